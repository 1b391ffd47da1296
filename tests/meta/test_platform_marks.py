"""Marks content platforms set around an article (toutiao/网易号 badges, WeChat-style signatures, portal banners, forum
controls), found on unseen pages and their rendered dumps: they are not the headline, the site or a person."""

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


QQ_HEADLINE = "儿歌一分钱被改成一元钱 原作者女儿：改成这样不觉得拗口吗？"
QQ_PARAGRAPH = (
    "近日，一张截图在朋友圈流传，那首著名的儿童歌曲《一分钱》被改成了《一元钱》，有人感叹，时光飞逝，"
    "过去的“一分钱”“与时俱进”成了“一块钱”，也有质疑，这样改编经典，难道不是恶搞吗？"
)


def test_a_reporter_credited_in_the_text_beats_the_platform_account_by_the_date():
    """A portal's header shows the account that posted the article (企鹅号 "扬眼") by the date; the text's own
    credit "扬子晚报记者 张楠" names the person who wrote it."""
    body = (
        f"<h1>{QQ_HEADLINE}</h1><div class='info'><span>2019-09-07 19:02</span>"
        f"<a class='author' href='/omn/author/5183008'><div>扬眼</div><span class='qiehao'>企鹅号</span></a></div>"
        f"<div class='content-article'><p>{QQ_PARAGRAPH}</p><p>{PARAGRAPH}</p><p>扬子晚报记者 张楠</p></div>"
    )
    record = clean_page(_html(body, title=QQ_HEADLINE + "_腾讯新闻"), name="page.html")
    assert record.authors == ["张楠"]
    dump = "\n".join(
        [
            QQ_HEADLINE + "_腾讯新闻",
            "腾讯新闻",
            QQ_HEADLINE,
            "2019",
            "09/07",
            "19:02",
            "扬眼",
            "企鹅号",
            "分享",
            QQ_PARAGRAPH,
            PARAGRAPH,
            "扬子晚报记者 张楠",
            "相关新闻",
        ]
    )
    record = clean_page(dump.encode("utf-8"), name="page.txt")
    assert record.published == "2019-09-07T19:02"  # the date a dump shows in three lines
    assert record.authors == ["张楠"]


def test_the_signed_in_users_address_in_a_banner_is_no_section():
    """A page saved while signed in shows the account's address among the banner's links right over the
    headline ("网易号" / "name_notify@163.com" / "申请入驻"): neither it nor a piece of it is a category."""
    headline = "5月20日至31日，京沪高速无锡至江阴大桥至广陵枢纽段封闭！"
    body = (
        "<ul class='bar'><li><a href='/'>客户端下载</a></li><li><a href='/hao'>网易号</a></li>"
        "<li><a href='/user'>kingname_notify@163.com</a></li><li><a href='/join'>申请入驻</a></li></ul>"
        f"<h1>{headline}</h1><div class='post'><p>2019-05-17</p><p>{PARAGRAPH}</p><p>{QQ_PARAGRAPH}</p></div>"
    )
    record = clean_page(_html(body, title=headline), name="page.html")
    assert record.title == headline
    assert record.section is None


def _news_index(line_under_heading: str) -> bytes:
    """A portal's index page: a heading, one line under it (a poster's handle, a menu entry), fifteen items."""
    outlets = ["新京报", "澎湃新闻", "中国新闻网", "人民网", "央视新闻"]
    items = "".join(
        f'<li><a href="/news/2024/5/{day}/n{day}.html">第{day}批重点项目集中开工 总投资超过百亿元</a>'
        f"<span class='src'>{outlets[day % 5]}</span><span>2024-05-{day:02d}</span></li>"
        for day in range(1, 16)
    )
    body = (
        "<div class='nav'><a href='/'>首页</a><a href='/yw'>要闻</a><a href='/sh'>社会</a></div>"
        f"<h2 class='list-title'>要闻</h2><div class='user'>{line_under_heading}</div><ul class='list'>{items}</ul>"
        "<div class='page'>共15条 首页 上一页 1 下一页 尾页</div>"
        "<div class='footer'>版权所有：某某新闻网 京ICP备12345678号</div>"
    )
    return _html(body, title="要闻_某某新闻网")


def test_an_unlabelled_name_by_a_list_pages_heading_is_neither_its_author_nor_its_source():
    for line in ("染织坊", "网易公开课", "华夏时报"):
        record = clean_page(_news_index(line), name="page.html")
        assert record.page_type == "list"
        assert record.title == "要闻"
        assert (record.source, record.authors) == (None, [])


def test_a_law_saying_unrelated_to_the_case_is_no_disclaimer_naming_the_site():
    """ "与乐趣园无关" in a forum's disclaimer names the site; "扣押与案件无关的财物" in a law's text does not."""
    articles = [f"第{n}条 监察机关在调查过程中，不得查封、扣押、冻结与案件无关的财物。" for n in "一二三四五"]
    body = (
        "<h1>中华人民共和国监察法</h1><div class='info'>发布时间: 2018-05-17</div><div class='content'>"
        + "".join(f"<p>{line}</p>" for line in [PARAGRAPH, *articles, "（二）查封、扣押、冻结与案件无关的财物的；"])
        + "</div><div class='footer'>主办单位：山西医科大学纪检监察室 版权所有</div>"
    )
    head = "<title>中华人民共和国监察法-纪检</title><meta name='keywords' content='纪检,纪检监察'>"
    record = clean_page(f"<html><head>{head}</head><body>{body}</body></html>".encode(), name="page.html")
    assert record.site_name == "山西医科大学纪检监察室"
    forum = _html(
        f"<h1>{HEADLINE}</h1><div class='post'><p>{PARAGRAPH}</p></div>"
        "<div class='footer'>本帖内容纯属作者个人观点，与乐趣园无关</div>",
        title=HEADLINE,
    )
    assert clean_page(forum, name="page.html").site_name == "乐趣园"


def test_a_portals_first_channel_is_not_the_sites_name():
    """A dump of a page whose <title> names no site opens with the portal's channel menu: its first entry
    ("国际") does not name the site; a blog's name heading its page still does."""
    headline = "补壹刀：别笑！18人的“新八国联军”今天成立了"
    menu = ["国际", "国内", "军事", "财经", "科技", "汽车", "娱乐", "更多"]
    dump = "\n".join([headline, *menu, headline, "2020-06-05 20:35", PARAGRAPH, QQ_PARAGRAPH, "责编：薛艺磊"])
    assert clean_page(dump.encode("utf-8"), name="page.txt").site_name is None
    blog = "\n".join([headline, "洞庭一叶", "首页", "博文", "相册", headline, "2020-06-05 20:35", PARAGRAPH])
    assert clean_page(blog.encode("utf-8"), name="page.txt").site_name == "洞庭一叶"
