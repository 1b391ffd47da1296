"""Source, authors and editors: labels, bylines in the text, names split into persons."""

from __future__ import annotations

from pipeline.meta.bylines import leading_byline, read_byline, split_names, trailing_byline
from tests.meta.helpers import html_page, run_meta


def test_two_authors_separated_by_a_space():
    assert split_names("徐文燕 叶瑞胜") == (["徐文燕", "叶瑞胜"], [])


def test_names_split_on_enumeration_marks_and_roles_go():
    assert split_names("记者 戴小河、印朋")[0] == ["戴小河", "印朋"]
    assert split_names("本报记者 王乐文 方 敏")[0] == ["王乐文", "方敏"]  # a spaced-out name is joined
    assert split_names("赵 培：北京物资学院，北京")[0] == ["赵培"]  # affiliation after the colon


def test_an_outlet_is_a_source_not_an_author():
    persons, media = split_names("政能亮特约评论员 韩涵")
    assert persons == ["韩涵"] and media == ["政能亮"]
    persons, media = split_names("新华社记者邹多为、唐诗凝、丁乐")
    assert persons == ["邹多为", "唐诗凝", "丁乐"] and media == ["新华社"]


def test_source_label_is_never_folded_into_the_authors():
    credits = read_byline(
        ["丽水市政协绘就精彩履职画卷", "发布日期:2021年02月20日 来源:联谊报 作者:徐文燕 叶瑞胜 字号:[][][]"], 0
    )
    assert credits.best_source() == "联谊报"
    assert credits.best_authors() == ["徐文燕", "叶瑞胜"]


def test_source_in_brackets_and_a_date_glued_to_it():
    credits = read_byline(["标题", "来源：[ 人民网 ]"], 0)
    assert credits.best_source() == "人民网"
    credits = read_byline(["标题", "来源：人民日报2024-05-13 08:49"], 0)
    assert credits.best_source() == "人民日报"
    assert credits.best_date() == "2024-05-13T08:49"


def test_unlabelled_outlet_next_to_the_date():
    assert read_byline(["标题", "2024-05-20 14:33·新华社"], 0).best_source() == "新华社"
    assert read_byline(["标题", "2024年05月10日 00:26", "每日经济新闻"], 0).best_source() == "每日经济新闻"


def test_places_and_reposts_are_not_sources():
    credits = read_byline(["标题", "2024-05-08 23:23", "来自甘肃", "|来自: 互联网"], 0)
    assert credits.best_source() is None
    assert read_byline(["标题", "来源：转载"], 0).best_source() is None


def test_editors_are_kept_apart_without_their_codes():
    page = run_meta(
        html_page(
            "<h1>人民币中间价创逾五年新低</h1><p>2016年05月25日10:10 来源：新浪财经</p><p>正文第一段，很长的内容。</p>"
            "<p>责任编辑：支全明 SF099</p><p>（责编：郝帅、杨迪）</p>",
            title="人民币中间价创逾五年新低_新浪财经_新浪网",
        )
    )
    assert page.record.editors == ["支全明", "郝帅", "杨迪"]
    assert "支全明" not in page.record.authors


def test_leading_byline_in_the_first_paragraph():
    assert leading_byline("本报讯（记者 胡晓蓉）近日，昆明市……")[0] == ["胡晓蓉"]
    assert leading_byline("新华社乌鲁木齐5月9日电（记者邹伟）中共中央……")[0] == ["邹伟"]
    assert leading_byline("本报讯 （实习记者 樊亮 张明超 记者惠禾）13岁，……")[0] == ["樊亮", "张明超", "惠禾"]


def test_trailing_bylines():
    assert trailing_byline("……过一个平安、祥和的新春佳节。（记者 胡晓蓉）")[0] == ["胡晓蓉"]
    assert trailing_byline("……电价上调的压力正在加大。（姚峰 上海报道）")[0] == ["姚峰"]
    assert trailing_byline("……过一个平安、祥和、温馨、廉洁的新春佳节。（常书香 马丹阳 ）")[0] == ["常书香", "马丹阳"]
    assert trailing_byline("……上证报记者了解到。（来源：上海证券报）") == ([], "上海证券报")
    assert trailing_byline("第一章就此结束。（待续）") == ([], None)


def test_trailing_byline_found_after_stripping():
    body = (
        "<h1>洛阳职业技术学院剪窗花</h1><p>2022.01.20 16:31</p>"
        "<p>1月20日，洛阳职业技术学院举办活动，大家认认真真在红纸中间剪出了“廉洁”两字，"
        "过一个平安、祥和的新春佳节。（常书香 马丹阳 ）</p>"
    )
    page = run_meta(html_page(body, title="洛阳职业技术学院剪窗花_河南日报网"))
    assert page.record.authors == ["常书香", "马丹阳"]


def test_english_byline_and_json_ld_author():
    head = (
        '<script type="application/ld+json">'
        '{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"}}</script>'
    )
    page = run_meta(
        html_page(
            "<h1>A headline</h1><p>Text of the story, long enough.</p>", title="A headline | Example News", head=head
        )
    )
    assert page.record.authors == ["Jane Doe"]
    body = '<h1>Another headline</h1><p class="byline">By John Smith</p><p>Text of the story.</p>'
    page = run_meta(html_page(body, title="Another headline - Example"))
    assert page.record.authors == ["John Smith"]


def test_names_never_hold_the_csv_separator():
    page = run_meta(html_page("<h1>标题甲乙丙</h1><p>作者：张三; 李四</p><p>正文。</p>", title="标题甲乙丙_站"))
    assert page.record.authors == ["张三", "李四"]
    assert all("; " not in name for name in page.record.authors + page.record.editors)


def test_forum_thread_author_heads_the_profile_block_and_first_post_dates_it():
    lines = [
        "建议对鼠神进行改版",
        "[复制链接]",
        "前程往事",
        "1",
        "主题",
        "1",
        "帖子",
        "5",
        "积分",
        "新手上路",
        "积分",
        "5",
    ]
    lines += ["发消息", "电梯直达", "楼主", "发表于 2024-4-5 23:20:45 | 只看该作者 来自 - 贵州遵义 |倒序浏览 |阅读模式"]
    credits = read_byline(lines, 0)
    assert credits.best_authors() == ["前程往事"]  # not the badge "新手上路" further down the block
    assert credits.best_date() == "2024-04-05T23:20:45"  # the widgets on the line are not comments
    assert credits.best_source() is None  # "来自 - 贵州遵义" is where the poster is


def test_a_qq_number_can_be_a_user_name():
    lines = ["游戏全屏问题", "[复制链接]", "1657811359", "1", "主题", "1", "帖子"]
    assert read_byline(lines, 0).best_authors() == ["1657811359"]


def test_handles_printed_by_posts():
    assert read_byline(["标题标题", "henryspace @henryspace", "2023-07-06 23:12"], 0).best_authors() == ["henryspace"]
    assert read_byline(["标题标题", "0", "my38778570 的个人博客", "创建于 11个月前"], 0).best_authors() == [
        "my38778570"
    ]
    assert read_byline(["标题标题", "歪哦釉 | 83 | 1周前", "## 问题描述"], 0).best_authors() == ["歪哦釉"]
    assert read_byline(["标题标题", "再睡一夏 | 455 | 2024-01-03", "问题描述"], 0).best_authors() == ["再睡一夏"]
    assert read_byline(["标题标题", "ggjjzhzz 发表于 2005-9-15 11:46:00"], 0).best_authors() == ["ggjjzhzz"]


def test_latin_words_before_a_date_are_a_label_not_a_name():
    assert read_byline(["Headline here", "Veröffentlicht am 9. Juli 2016"], 0).best_authors() == []
    assert read_byline(["Headline here", "Freitag, 5. Juni 2015"], 0).best_date() == "2015-06-05"


def test_a_menu_row_is_not_a_byline():
    lines = ["当前位置：", "首页｜新华社记者看东北｜人物专访", "农机专家李金泽", "2005年08月16日 来源：新华网"]
    lines += ["新华网黑龙江频道 记者 伊琳 李清芬"]
    credits = read_byline(lines, 2)
    assert credits.best_authors() == ["伊琳", "李清芬"]
    assert credits.best_source() == "新华网"


def test_photo_credits_and_follow_buttons_are_not_names():
    assert split_names("顶端新闻·河南商报记者马俊峰/文受访者供图")[0] == ["马俊峰"]
    assert read_byline(["标题标题", "管不饿关注", "2024-05-08 23:23"], 0).best_authors() == ["管不饿"]


def test_a_credit_inside_the_text_ranks_below_the_byline():
    text = (
        "天津创业环保股份有限公司及董事会全体成员保证公告内容的真实、准确和完整，对公告的虚假记载、误导性陈述或者重大遗漏负连带责任。"
        * 2
    )
    lines = [
        "创业环保第一季度报告会计差错的提示性公告",
        "上海证券报网络版",
        "2005.08.2605:39",
        text,
        "2005年8月25日（来源：上海证券报）",
    ]
    credits = read_byline(lines, 0)
    assert credits.best_source() == "上海证券报网络版"  # kept exactly as printed
    assert credits.best_date() == "2005-08-26T05:39"


def test_blog_post_footer_names_the_poster_beside_the_reporters():
    body = (
        "<div>13岁女孩辍学后生下女婴</div>"
        "<p>本报讯 （实习记者 樊亮 张明超 记者惠禾）13岁，正是花季的年龄，可13岁的李某却成了妈妈。昨日8时40分许，"
        "她在长春市某医院生下一名重3000克、只有8个多月大的女婴。据医生介绍，此次生育不但对她的身体造成很大伤害，"
        "而且女婴得了吸入性肺炎，需要观察治疗。</p>"
        + "<p>18时许，记者来到这家医院，看到13岁的李某虚弱地躺在床上。</p>" * 12
        + "<p>作者:zboygirl 阅读(1660) 评论(5) 编辑 发表于:2005-07-31 12:30</p>"
    )
    page = run_meta(f"<html><body>{body}</body></html>")
    assert page.record.authors == ["zboygirl", "樊亮", "张明超", "惠禾"]
    assert page.record.published == "2005-07-31T12:30"  # counters on the footer line are not comments


def test_closing_credit_of_the_text_is_the_source():
    body = "<h1>比赛革命的革命</h1><p>正文第一段，讲了很多事情，很长很长。</p><p>——《北京之春》1996年6月号</p>"
    assert run_meta(html_page(body, title="比赛革命的革命")).record.source == "北京之春"
    body = "<h1>十大科技骗局</h1><p>2005-01-06 08:13 来源：转载文章</p><p>正文很长。</p><p>转自《北京科技报》</p>"
    assert run_meta(html_page(body, title="十大科技骗局")).record.source == "北京科技报"


def test_dump_widgets_after_a_source_are_cut():
    credits = read_byline(["标题标题", "2024-05-13 09:16:04 来源: 北青网-北京青年报 北京 举报"], 0)
    assert credits.best_source() == "北青网-北京青年报"
    credits = read_byline(["标题标题", "2004-12-10 11:55:08 来源: 网易商业报道 发表评论 查看评论"], 0)
    assert credits.best_source() == "网易商业报道"
    assert credits.best_date() == "2004-12-10T11:55:08"


def test_a_bare_name_after_the_source_is_the_author_only_when_it_is_a_name():
    """CCDI-style bylines print the reporter right after the outlet, without a role word."""
    credits = read_byline(["湖南：以案为鉴", "来源：中央纪委国家监委网站 李云舒  发布时间：2024-05-12 07:30"], 0)
    assert credits.best_source() == "中央纪委国家监委网站"
    assert credits.best_authors() == ["李云舒"]
    for line in ("来源：人民网 北京", "来源：新华网 评论", "来源：新华网 李云舒 张华", "来源：新华网 欧阳"):
        assert read_byline(["标题", line], 0).best_authors() == [], line


NOTICE_BODY = (
    "<h1>关于做好春节期间安全生产工作的通知</h1>"
    "<p>各乡镇人民政府，市直各单位：春节将至，为切实做好春节期间安全生产工作，现就有关事项通知如下。</p>"
    "<p>一、强化隐患排查整治。各地各部门要深入开展安全隐患排查，做到整改到位。</p>"
    "<p>瑞金市安全生产委员会办公室</p><p>{date}</p>"
)


def test_a_notice_signed_by_a_body_is_credited_to_it():
    for date in ("二〇二一年二月二十日", "2021年2月20日"):
        page = run_meta(html_page(NOTICE_BODY.format(date=date), title="关于做好春节期间安全生产工作的通知"))
        assert page.record.source == "瑞金市安全生产委员会办公室", date
    labelled = NOTICE_BODY.format(date="2021年2月20日").replace("</h1>", "</h1><div>来源：瑞金市应急管理局</div>")
    assert run_meta(html_page(labelled, title="通知")).record.source == "瑞金市应急管理局"
    unsigned = NOTICE_BODY.format(date="2021年2月20日，全市召开部署会。")
    assert run_meta(html_page(unsigned, title="通知")).record.source is None


def test_a_role_qualifier_or_an_affiliation_in_brackets_is_not_a_name():
    for line, authors in [
        ("记者（实习）：张三 通讯员 李四", ["张三", "李四"]),
        ("记者 张三（实习）", ["张三"]),
        ("记者(见习) 王五", ["王五"]),
        ("作者：张三（北京大学） 李四（清华大学）", ["张三", "李四"]),
        ("作者：郭励弘\t我来说两句(0)", ["郭励弘"]),  # a comment counter after the name is no aside
    ]:
        credits = read_byline(["关于做好防汛工作的报道", f"发布时间：2024-05-20 10:00 {line}"], 0)
        assert credits.best_authors() == authors, line


_ARTICLE = "<p>" + "县里今年新建了三座污水处理厂，处理能力比去年提高一倍，出水水质全部达到一级标准。" * 3 + "</p>"


def test_a_blog_footer_prompt_before_the_posting_date_is_not_an_author():
    body = (
        "<h1>谈谈社交网站的未来</h1>" + _ARTICLE + "<div class='postFoot'>[<a href='javascript:StorePage()'>"
        "点击此处收藏本文</a>]&nbsp;&nbsp;发表于2005年09月07日 11:57 AM</div>"
    )
    page = run_meta(html_page(body, title="谈谈社交网站的未来"))
    assert page.record.published == "2005-09-07T11:57"
    assert page.record.authors == []


def test_a_disclaimer_in_an_author_card_gives_no_names():
    # a content platform's "原创" popup inside the author card: its clauses split like a list of names
    assert split_names("主动申请，作者保证其发布作品系原创，如存在侵权，请联系平台处理。")[0] == []


def test_interface_phrases_are_not_names_but_four_character_names_are():
    assert split_names("已加载全部评论")[0] == []
    assert split_names("建置时间")[0] == []
    assert split_names("欧阳明日 司马相如")[0] == ["欧阳明日", "司马相如"]  # compound surnames
