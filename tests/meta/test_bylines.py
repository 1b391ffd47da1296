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
