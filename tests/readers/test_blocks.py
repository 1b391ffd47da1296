"""The page's one shared walk (pipeline/readers/blocks.py): what each stage reads of it.

The metadata lines and the extractor's blocks come from the same pass but follow each their own
rules (the lines break at <label> and at source line breaks, show a relative date's tooltip, keep
text the extractor drops); small pages of our own making pin each rule down.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.meta import patterns as MP
from pipeline.meta.view import build_view
from pipeline.page import Page
from pipeline.process import clean_page, new_page, raw_page_from
from pipeline.readers.blocks import _may_be_home, page_blocks, visible_lines, walk_tree
from pipeline.readers.html import parse_html
from pipeline.readers.parse import decode_page, parse_page
from pipeline.strip.dom_blocks import NAV, STRONG, classify_names, segment


def parsed(body: str) -> Page:
    html = f"<html><head><title>标题</title></head><body>{body}</body></html>"
    return parse_page(new_page(raw_page_from(html.encode("utf-8"), name="page.html")))


def texts(page: Page) -> list[str]:
    return [block.text for block in page.blocks.segmented.blocks if block.text]


def test_parse_makes_the_walk_once_and_both_stages_read_it() -> None:
    page = parsed("<div><p>第一段文字。</p><p>第二段文字。</p></div>")
    walked = page.blocks
    assert walked is not None
    assert page_blocks(page) is walked  # kept on the page, not walked again
    assert build_view(page).lines is walked.lines  # what the metadata step reads
    assert texts(page) == ["第一段文字。", "第二段文字。"]
    assert walked.lines == ["第一段文字。", "第二段文字。"]


def test_a_tree_without_a_page_gets_its_own_walk() -> None:
    other = parse_html("<html><body><p>乙</p></body></html>")
    assert [block.text for block in segment(other).blocks] == ["乙"]


def test_label_breaks_the_metadata_lines_only() -> None:
    page = parsed("<div><label>来源：</label>新华社 <label>时间：</label>2024-05-20</div>")
    assert texts(page) == ["来源：新华社 时间：2024-05-20"]
    assert page.blocks.lines == ["来源：", "新华社", "时间：", "2024-05-20"]


def test_source_line_breaks_split_metadata_lines_not_blocks() -> None:
    page = parsed("<div>来源：人民网\n  作者：张三</div>")
    assert texts(page) == ["来源：人民网 作者：张三"]
    assert page.blocks.lines == ["来源：人民网", "作者：张三"]


def test_text_the_extractor_drops_is_still_shown_to_the_metadata_step() -> None:
    page = parsed(
        '<p>正文开始<span style="display:none">隐藏的字</span>正文结束</p>'
        "<p>视频：<video>您的浏览器不支持视频</video></p>"
        "<p>甲<span hidden>乙</span>丙</p>"
    )
    assert texts(page) == ["正文开始正文结束", "视频：", "甲丙"]
    assert page.blocks.lines == ["正文开始隐藏的字正文结束", "视频：您的浏览器不支持视频", "甲乙丙"]


def test_hidden_blocks_and_scripts_are_hidden_from_both() -> None:
    page = parsed('<div style="display: none">弹窗内容</div><script>var a = 1;</script><p>正文。</p>')
    assert texts(page) == ["正文。"]
    assert page.blocks.lines == ["正文。"]


def test_relative_date_shows_its_tooltip_to_the_metadata_step() -> None:
    page = parsed('<div>发布于 <span title="2023-05-28 10:28:25">3天前</span></div>')
    assert texts(page) == ["发布于 3天前"]
    assert page.blocks.lines == ["发布于 2023-05-28 10:28:25"]


def test_invisible_characters_leave_the_metadata_lines() -> None:
    page = parsed("<p>作\u200b者：张三</p><p>\u200b</p><p>a \u200b b</p>")
    assert page.blocks.lines == ["作者：张三", "a b"]


def test_visible_lines_of_a_dump() -> None:
    raw = ["  标题\u3000一 ", "\t", "来源：\xa0新华社", "\u200b", "a \u200b b", "\ue000私有区", "x\u2028y"]
    assert visible_lines(raw) == ["标题 一", "来源： 新华社", "a b", "私有区", "x y"]


def test_marks_for_the_metadata_step() -> None:
    page = parsed(
        '<div class="breadcrumb">首页 &gt; 新闻</div>'
        '<div id="position">当前位置</div>'
        '<a href="/">网站首页</a><a href="/news/2024/a.html">一篇文章</a><a href="../index.html">返回</a>'
        '<span class="author-name">王五</span><a rel="author" href="/u/1">赵六</a>'
        '<img src="/images/logo.png" alt="某某网"><img src="/a.jpg">'
    )
    walked = page.blocks
    assert [element.text for element in walked.crumbs] == ["首页 > 新闻", "当前位置"]
    assert [element.text for element in walked.home_links] == ["网站首页", "返回"]
    assert [element.text for element in walked.author_elements] == ["王五", "赵六"]
    assert [element.get("alt") for element in walked.logos] == ["某某网"]


def test_walk_reads_the_tree_without_changing_it() -> None:
    root = parse_html("<html><body><div class='nav'><a href='/'>首页</a></div><p>正文。</p></body></html>")
    before = [(element.tag, element.text, element.tail, dict(element.attrib)) for element in root.iter()]
    walk_tree(root)
    assert [(element.tag, element.text, element.tail, dict(element.attrib)) for element in root.iter()] == before


def test_class_names_are_read_one_by_one() -> None:
    # A name alone says what the whole string says: "footer" is strong navigation wherever it is.
    assert classify_names("post-2551586 post type-post footer") == classify_names("footer")
    bits, bonus = classify_names("footer")
    assert bits & NAV and bits & STRONG and bonus == 1.0
    # Taxonomy labels and layout utilities are not roles; a content name gets its bonus.
    assert classify_names("tag-sidebar mt-20 entry-content") == (0, classify_names("entry-content")[1])
    assert classify_names("entry-content")[1] > 1.0
    # A content name beside a boilerplate one gets no bonus.
    assert classify_names("entry-content sidebar")[1] == 1.0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["/", ".", "..", "?", "#", "a", "index", "home", "Default", ".html", "http:", "//",
                                 "x.com", " ", "HTTPS:", "i", "d", "h", "=1"]), max_size=8))  # fmt: skip
def test_home_link_prefilter_never_rejects_a_home_link(parts: list[str]) -> None:
    href = "".join(parts)
    if MP.HOME_HREF.match(href):
        assert _may_be_home(href)


def test_control_characters_are_removed_whatever_the_encoding() -> None:
    for data in (
        b"<p>a\x01b\x7fc</p>",
        "<p>甲\x0b乙</p>".encode("gb18030"),
        "\ufeff<p>a\x02b</p>".encode("utf-16"),
    ):
        page = decode_page(new_page(raw_page_from(data, name="page.html")))
        assert not regex.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", page.html or "")
    page = decode_page(new_page(raw_page_from(b"<p>a\tb\r\nc</p>", name="page.html")))
    assert page.html == "<p>a\tb\r\nc</p>"


def test_clean_page_keeps_the_article_paragraphs() -> None:
    body = "<div class='nav'><a href='/'>首页</a> <a href='/a'>新闻</a></div><h1>标题</h1>" + "".join(
        f"<p>这是第{i}段正文，内容足够长，用来确认正文被完整保留下来。</p>" for i in range(4)
    )
    record = clean_page(f"<html><head><title>标题_某某网</title></head><body>{body}</body></html>".encode())
    assert record.text.split("\n") == [f"这是第{i}段正文，内容足够长，用来确认正文被完整保留下来。" for i in range(4)]


def test_text_for_screen_readers_only_is_not_page_text_but_the_metadata_lines_keep_it():
    page = parsed(
        '<div><a class="skip-link screen-reader-text" href="#c">Skip to content</a>'
        '<p>第一段文字。<span class="sr-only">(opens in a new window)</span></p>'
        '<p><span class="screen-reader-text">Posted on</span> 2024-05-20</p></div>'
    )
    assert texts(page) == ["第一段文字。", "2024-05-20"]
    assert "Posted on 2024-05-20" in page.blocks.lines


def test_a_hidden_class_hides_unless_a_breakpoint_shows_it():
    # Bootstrap's and Tailwind's "hidden" is display:none; "hidden lg:block" shows on wide screens
    page = parsed(
        '<div><p>第一段文字。</p><span class="hidden"><span itemprop="name">jdadmin</span> 540 960</span>'
        '<div class="hidden lg:block"><p>宽屏显示的第二段。</p></div><p class="field-label-hidden">第三段。</p></div>'
    )
    assert texts(page) == ["第一段文字。", "宽屏显示的第二段。", "第三段。"]
    assert any("jdadmin" in line for line in page.blocks.lines)  # the metadata lines still read it
