"""Marks content platforms set around an article (toutiao/网易号 badges, WeChat-style signatures, portal banners, forum
controls), found on unseen pages rendered to dumps in session 7: they are not the headline, the site or a person."""

from __future__ import annotations

from pipeline import clean_page
from pipeline.meta.bylines import find_editors, split_names

HEADLINE = "最不愁吃肉的国家：顿顿有肉吃，却要靠中国运输蔬菜水果"
PARAGRAPH = (
    "当全世界绝大部分国家都在为能够吸引中国游客到来而绞尽脑汁的时候，只有这么一个国家一脸淡定，"
    "一副你们爱来不来的样子，这个国家便是位于中国与俄罗斯两国中间的内陆国。"
)


def _html(body: str, title: str = HEADLINE) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def test_a_badge_glued_to_the_headline_is_not_part_of_it_in_html_and_in_a_dump():
    html = _html(
        f"<div class='header'><h2><span class='badge'>原创</span>{HEADLINE}</h2>"
        f"<div class='author'>去驴行</div><span>关注</span></div>"
        f"<div class='article-content'><p>{PARAGRAPH}</p><p>2019-09-08 11:42:03</p></div>"
    )
    assert clean_page(html, name="page.html").title == HEADLINE
    titles = [
        "新时代中国奇迹：这片沙漠被收服了",
        "老照片：1933年的中国各地鸟瞰图",
        "新疆最小众的草原库尔德宁",
        "全球最大的公园",
    ]
    related = ["相关推荐"] + [line for title in titles * 2 for line in ("9图", title)]
    comments = ["7 条评论", "评论", "海之声322 1小时前", "转发了。", "回复 1", "青柠荔 2小时前", "收回来。"]
    top = [HEADLINE, "登录", "侵权投诉", "首页 / 图片 / 正文", "搜索", "原创" + HEADLINE, " 去驴行", "关注"]
    controls = ["2019-09-08 11:42:03", "举报", "分享到", "收藏"]
    dump = "\n".join([*top, "1/10 " + PARAGRAPH, *controls, *related, *comments])
    record = clean_page(dump.encode("utf-8"), name="page.txt")
    assert record.title == HEADLINE
    assert "海之声322" not in record.authors  # a commenter, found when the headline line was not


def test_a_quote_or_a_reply_mark_opening_the_headline_stays():
    for shown in ("《北京影人》5月20日起播出", "【赛马娘】情人节赠礼"):
        html = _html(f"<h1>{shown}</h1><div class='content'><p>{PARAGRAPH}</p></div>", title=shown)
        assert clean_page(html, name="page.html").title == shown


PROMPTS = [
    "扫描下方二维码解锁更多技能",
    "1、回复【公租房】查看最新消息",
    "2、回复【福利】查看各种政策福利",
    "点击菜单栏【便民服务】",
]


def test_an_editor_line_with_a_bar_names_the_editor():
    assert find_editors([HEADLINE, PARAGRAPH, "编辑|禤志杰", "责编丨陈梦莹", *PROMPTS], 0) == ["禤志杰", "陈梦莹"]
    assert find_editors([HEADLINE, "评论|编辑|收藏", PARAGRAPH], 0) == []  # a menu's bars


def test_editors_signed_with_a_bar_under_the_article():
    body = [f"第{i}段。{PARAGRAPH}" for i in range(15)]  # the credits far under the byline
    lines = [HEADLINE, HEADLINE, "2019-08-13 14:07 来源：澎湃新闻", *body, "编辑|禤志杰", "责编丨陈梦莹", *PROMPTS]
    record = clean_page("\n".join(lines).encode("utf-8"), name="page.txt")
    assert record.editors == ["禤志杰", "陈梦莹"]
    assert "禤志杰" not in record.text


def test_a_hotline_over_a_dump_is_not_the_site_name():
    lines = ["【资讯汇总】9月26日盘中重要资讯汇总", "财富热线：400-6533-789 APP下载", "最新活动   帮助中心"]
    lines += ["【资讯汇总】9月26日盘中重要资讯汇总", "2019-09-26 10:09:11", PARAGRAPH]
    record = clean_page("\n".join(lines).encode("utf-8"), name="page.txt")
    assert record.site_name is None or "热线" not in record.site_name


def test_a_forum_control_is_not_an_author():
    for control in ("回复", "回帖", "发帖"):
        assert split_names(control)[0] == [], control
    assert split_names("染织坊")[0] == ["染织坊"]


def test_a_title_naming_the_site_first_gives_its_last_segment_as_the_headline():
    headline = "最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%"
    html = _html(
        "<h1><a href='/'>今日股市行情_明日大盘_股票行情_明日股市_大盘预测 - 明日大盘网，权威股市行情资讯网站</a></h1>"
        f"<div class='content'><h3>{headline}</h3><p>2019-09-26 10:09:11</p><p>{PARAGRAPH}</p></div>",
        title=f"明日股市预测--{headline}",
    )
    record = clean_page(html, name="page.html")
    assert record.title == headline
    assert record.published == "2019-09-26T10:09:11"


def test_the_h1_wins_over_a_sidebar_line_showing_the_whole_title_with_the_site():
    headline = "常德市金融系统积极开展“金融知识普及月 金融知识进万家”活动"
    html = _html(
        f"<h1 class='entry-h1'>{headline}</h1><div class='entry'><p>{PARAGRAPH}</p></div>"
        f"<h3 class='widget-title'>热门文章</h3><ul><li><a href='/a/1'>{headline} | 当代商报</a></li>"
        "<li><a href='/a/2'>湖南省召开全省金融工作会议</a></li></ul>",
        title=f"{headline}--当代商报",
    )
    assert clean_page(html, name="page.html").title == headline


def test_counters_and_empty_fields_of_a_columnist_card_are_not_names():
    for text in ("总篇数919篇", "暂无简介", "共12篇"):
        assert split_names(text)[0] == [], text


def test_a_byline_of_cells_with_counters_and_glued_labels():
    headline = "第三届知道安全论坛鸟巢举办 知道创宇发布新版ZoomEye"
    lines = [f"{headline}-CSDN.NET", "首页", "博客", "订阅业界RSS CSDN首页> 业界", headline]
    lines += ["发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星", PARAGRAPH]
    record = clean_page("\n".join(lines).encode("utf-8"), name="page.txt")
    assert record.published == "2014-08-24T21:30"  # "次阅读", "条评论" count, they are not a comment's date
    assert record.source == "CSDN"
    assert record.authors == ["魏星"]


def test_controls_and_labels_read_in_a_names_place_are_not_authors():
    from pipeline.meta.bylines import is_ui_phrase

    for label in ("Published", "Filed to", "Tweet This", "Aktuelle Meldung", "このニュースをシェア", "情報元"):
        assert is_ui_phrase(label), label
    for name in ("Jane Doe", "Müller", "张三", "中沢克二", "Beachbody", "Walter von Aachen"):
        assert not is_ui_phrase(name), name


def test_a_banners_controls_and_weather_over_a_dump_are_not_the_site_name():
    from pipeline.meta import patterns as P

    for line in ("Toggle navigation", "Open Menu", "SUBSCRIBE", "Trending Latest Sections", "55°F", "サイトマップ"):
        assert P.NOT_SITE.search(line), line
    for name in ("The Verge", "Deccan Herald", "Live Science", "Breaking Defense Weekly"):
        assert not P.NOT_SITE.search(name), name
