"""What sits where a byline's names sit on real portals and is not a name: counts, roles, labels, widgets."""

from __future__ import annotations

import pytest

from pipeline.meta.bylines import is_media, parse_line, split_names, trailing_byline
from pipeline.meta.extract import byline_anchor
from tests.meta.helpers import html_page, run_meta

PROSE = "<p>" + "常德市金融系统开展金融知识普及活动，引导消费者理性选择金融产品和服务。" * 3 + "</p>"


def test_a_comment_count_in_brackets_is_not_a_trailing_byline() -> None:
    assert trailing_byline("留言与评论（共有 0 条评论）") == ([], None)
    assert trailing_byline("……共建清朗网络空间。(文/图 刘玺东 易赛楠)")[0] == ["刘玺东", "易赛楠"]


@pytest.mark.parametrize(
    ("note", "source"),
    [("（综合整理自澎湃新闻、智东西、雷锋网等）", None), ("（编译自路透社）", "路透社"), ("(整理自新华网)", "新华网")],
)
def test_a_compiled_from_note_names_sources_not_authors(note: str, source: str | None) -> None:
    assert trailing_byline("……未来阿里成为软硬件一体化协同发展的公司。" + note) == ([], source)


@pytest.mark.parametrize(
    "token",
    [
        "整理",
        "整合",
        "编译",
        "1164次阅读",
        "by Taboola",
        "2019-12",
        "10:07",
        "最后发表",
        "人气",
        "系统管理员",
        "Facebook",
        "WhatsApp",
        "E-mail",
    ],
)
def test_roles_counters_and_widgets_are_not_names(token: str) -> None:
    assert split_names(token)[0] == []


def test_a_role_after_the_names_is_dropped() -> None:
    body = "<h1>外媒眼中的武汉长假</h1><div>2020-10-04 20:30 来源：长江网</div>"
    body += "<p>长江网10月4日讯（记者陈智 整合） 国庆中秋长假过半。</p>"
    assert run_meta(html_page(body + PROSE, title="外媒眼中的武汉长假_长江网")).record.authors == ["陈智"]


def test_a_role_in_brackets_by_the_date_is_not_an_author() -> None:
    body = "<h1>逆水寒的新院门</h1><div>2019-09-05 11:10 游民星空[整理]</div>" + PROSE
    assert run_meta(html_page(body, title="逆水寒的新院门_游民星空")).record.authors == []


def test_a_publish_label_glued_to_its_date_is_not_a_name() -> None:
    body = "<h1>知道安全论坛举办</h1><div>发表于2014-08-24 21:30|</div><div>1164次阅读|</div>" + PROSE
    page = run_meta(html_page(body, title="知道安全论坛举办 - CSDN", head="<meta name='author' content='CSDN.NET'>"))
    assert page.record.authors == []
    assert page.record.published == "2014-08-24T21:30"


def test_a_marked_author_element_ends_at_the_next_label() -> None:
    body = (
        "<h1>日本最后一家传呼机公司停止服务</h1><div class='author-info'><span class='name'>张小明</span>"
        "<span class='time'>发布时间：09-3022:46</span></div>" + PROSE
    )
    page = run_meta(html_page(body, title="日本最后一家传呼机公司停止服务"))
    assert page.record.authors == ["张小明"]


def test_a_back_link_glued_to_the_names_is_cut() -> None:
    body = (
        "<h1>冒充公检法电诈团伙被端</h1><div>2019-09-11</div>" + PROSE + "<p>作者：余毅菁 向雪妮返回富达，查看更多</p>"
    )
    assert run_meta(html_page(body, title="冒充公检法电诈团伙被端")).record.authors == ["余毅菁", "向雪妮"]


def test_the_headline_again_in_a_related_list_below_the_text_is_not_where_the_byline_hangs() -> None:
    lines = ["苹果回应违反劳动法指控", "2019-09-09 19:32 来源：中新网"]
    lines += ["针对外媒的报道，苹果公司9日对记者表示，我们调查了中国劳工观察的说法，大多数指控都是错误的。"]
    lines += ["相关新闻", "苹果回应违反劳动法指控", "观察员", "2019-09-09"]
    assert byline_anchor(lines, 0) == 0
    assert (
        byline_anchor(["标题在此处", "搜索：", "标题在此处", "2019-09-09"], 0) == 2
    )  # a title shown twice over the post


def test_a_breadcrumb_marked_as_an_author_element_names_no_author() -> None:
    body = (
        "<div class='author-path'>当前位置 : 上海新闻网 > 新闻资讯 > 社会</div><h1>大牛股突然放量跌停</h1>"
        "<div>2019-09-26 07:19</div>" + PROSE
    )
    assert run_meta(html_page(body, title="大牛股突然放量跌停_上海新闻网")).record.authors == []


def test_a_label_glued_to_the_previous_value_starts_a_field() -> None:
    assert parse_line("2019-09-26 12:11来源：证券时报网作者：李在山").fields == [
        ("source", "证券时报网"),
        ("author", "李在山"),
    ]
    assert parse_line("来源：新华网 时间：12:30").fields == [("source", "新华网 "), ("date", "12:30")]


def test_a_source_glued_after_the_date_loses_its_bracketed_role() -> None:
    body = "<h1>逆水寒的新院门</h1><div>2019-09-05 11:10 游民星空[整理]</div>" + PROSE
    assert run_meta(html_page(body, title="逆水寒的新院门")).record.source == "游民星空"


def test_a_byline_led_by_the_kind_of_piece() -> None:
    body = "<h1>The nonstop sparring match</h1><div class='byline'>Analysis by Joan Biskupic, CNN</div>"
    body += (
        "<div>Published 1:00 PM EST, Mon November 6, 2023</div><p>" + "The justices heard the case again. " * 8 + "</p>"
    )
    assert run_meta(html_page(body, title="The nonstop sparring match | CNN")).record.authors == ["Joan Biskupic"]


def test_a_crumb_word_in_a_layout_modifier_marks_no_breadcrumb() -> None:
    from pipeline.meta.patterns import CRUMB_CLASS

    assert CRUMB_CLASS.search("position") and CRUMB_CLASS.search("cur_location") and CRUMB_CLASS.search("breadcrumb")
    assert not CRUMB_CLASS.search("summary-item--layout-position-image-left")
    assert not CRUMB_CLASS.search("content-header--position-above")


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源：本站原创", None),  # "this site's own": no outlet credited
        ("2018年6月18日 10:01 発信地：カノ/ナイジェリア", None),  # the dateline's place, labelled
        ("2019-09-30 22:46·新华社", "新华社"),
    ],
)
def test_labels_and_self_credits_are_not_sources(line: str, source: str | None) -> None:
    body = f"<h1>医技药剂党支部举办专业技能大赛</h1><div>{line}</div>" + PROSE
    assert run_meta(html_page(body, title="医技药剂党支部举办专业技能大赛")).record.source == source


def test_the_article_label_ending_a_trail_is_not_the_section() -> None:
    trail = "<div>首页</div><div>基金资讯</div><div>资讯正文</div>"
    body = trail + "<h1>9月26日盘中重要资讯汇总</h1><div>2019年9月26日 15:10 来源：天天基金网</div>" + PROSE
    assert run_meta(html_page(body, title="9月26日盘中重要资讯汇总")).record.section == "基金资讯"


def test_an_outlet_named_like_a_paper_or_a_site_is_a_source() -> None:
    assert split_names("IT之家") == ([], ["IT之家"])
    assert is_media("参考消息") and is_media("汽车之家")
    assert not is_media("王消")
