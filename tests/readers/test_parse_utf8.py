"""Pages of valid UTF-8 are parsed from their bytes, their text decoded only when a step reads ``page.html``.

The short way must give exactly what decoding first gives (``decode_page`` then ``parse_page``, the way every
other page goes): the same encoding, warnings, title, text, lines, tree and walk. Checked on pages made for each
case the short way hands back (bytes that are not UTF-8 after all, a BOM, control bytes, a DOCTYPE internal
subset, no <title>, nothing to parse, nesting too deep) and on every HTML page of the corpora.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from pipeline.page import Page
from pipeline.process import new_page, raw_page_from
from pipeline.readers.parse import decode_page, parse_page
from tests.builders import SHARED

DATA = Path(__file__).resolve().parents[1] / "data"
HEAD = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>标题 | 网站</title></head>"
BODY = "<body><div class='article'><h1>标题</h1><p>正文第一段，共十二个汉字。</p><p>Second paragraph.</p></div></body>"
PAGE = HEAD + BODY + "</html>"


def ways(data: bytes, name: str = "page.html") -> tuple[Page, Page]:
    """The page parsed the short way (``parse_page`` alone) and decoded first."""
    short = parse_page(new_page(raw_page_from(data, name=name)))
    decoded = parse_page(decode_page(new_page(raw_page_from(data, name=name))))
    return short, decoded


def state(page: Page) -> tuple[Any, ...]:
    blocks = page.blocks
    return (
        page.record.encoding,
        page.record.warnings,
        page.html_title,
        page.html,
        page.lines,
        etree.tostring(page.tree, encoding="unicode") if page.tree is not None else None,
        [block.text for block in blocks.segmented.blocks] if blocks is not None else None,
        blocks.lines if blocks is not None else None,
    )


def assert_same(data: bytes, name: str = "page.html") -> tuple[Page, Page]:
    short, decoded = ways(data, name)
    assert state(short) == state(decoded)
    return short, decoded


def test_a_utf8_page_is_parsed_from_its_bytes_and_its_text_decoded_when_read() -> None:
    data = PAGE.encode("utf-8")
    page = parse_page(new_page(raw_page_from(data, name="page.html")))
    assert page.markup is data  # not decoded by the parse
    assert page.record.encoding == "utf-8" and page.html_title == "标题 | 网站"
    texts = [block.text for block in page.blocks.segmented.blocks]
    assert texts == ["标题", "正文第一段，共十二个汉字。", "Second paragraph."]
    assert page.html == PAGE and page.markup == PAGE  # decoded once, kept
    assert_same(data)


def test_ascii_bytes_cutting_a_character_in_two_are_found_by_the_parser() -> None:
    # The non-ASCII bytes alone (E4 B8 AD twice) are valid UTF-8; the page is not: libxml2 says so.
    data = HEAD.encode() + b"<body><p>\xe4\xb8a\xad \xe4\xb8\xad</p></body></html>"
    short, _ = assert_same(data)
    assert isinstance(short.markup, str) and short.record.encoding != "utf-8"


def test_the_same_beyond_the_hundred_errors_libxml2_reports() -> None:
    # libxml2 stops reporting errors after 100: the one about the encoding would go unreported
    data = HEAD.encode() + b"<body>" + b"</x>" * 150 + b"<p>\xe4\xb8a\xad \xe4\xb8\xad</p></body></html>"
    short, _ = assert_same(data)
    assert short.record.encoding != "utf-8"


def test_the_same_past_the_hundred_errors_on_valid_utf8() -> None:
    data = (HEAD + "<body>" + "</x>" * 150 + "<p>中文</p></body></html>").encode("utf-8")
    short, _ = assert_same(data)
    assert short.record.encoding == "utf-8"


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + PAGE.encode("utf-8"),  # a BOM
        PAGE.encode("utf-8").replace(b"<p>", b"<p>\x0b", 1),  # a control byte
        PAGE.encode("utf-8").replace(b"<p>", b"<p>\x00", 1),  # a NUL
        PAGE.encode("gb18030"),  # another encoding
        b"",
        b" \n\t ",
        b"just text, no markup",
        "<p>只有一段，没有标题。</p>".encode(),
        # no <title> element: the title read off the markup (here inside a script)
        "<html><body><script>var t = '<title>脚本里的标题</title>';</script><p>正文</p></body></html>".encode(),
        "<title>空</title><title>第二个</title><p>x</p>".encode(),
        b"<html><head><title> </title></head><body><p>x</p></body></html>",
    ],
)
def test_the_same_for_each_case_the_short_way_hands_back_or_reads_apart(data: bytes) -> None:
    assert_same(data)


def test_a_doctype_internal_subset_is_dropped_as_before() -> None:
    data = ('<!DOCTYPE html [ <!ENTITY x "实体"> ]>' + PAGE.removeprefix("<!DOCTYPE html>")).encode("utf-8")
    short, _ = assert_same(data)
    assert "ENTITY" not in etree.tostring(short.tree, encoding="unicode")


def test_a_page_nesting_too_deep_is_read_as_text_the_same_way() -> None:
    data = ("<html><head><title>深</title></head><body>" + "<div>" * 3000 + "深处的文字" + "</div>" * 3000).encode()
    short, _ = assert_same(data)
    assert short.tree is None and "深处的文字" in (short.lines or [])


def test_the_misreading_of_utf8_as_gbk_is_still_repaired() -> None:
    text = "在新时代中部地区崛起中争先出彩，国务院新闻办举行系列主题新闻发布会。" * 4
    data = (HEAD + f"<body><p>{text}</p></body></html>").encode("utf-8").decode("gb18030", "replace").encode("utf-8")
    short, _ = assert_same(data)
    assert any("misread" in warning for warning in short.record.warnings)


def html_pages(folder: Path) -> list[Path]:
    suffixes = (".html", ".htm", ".html.gz", ".htm.gz", ".shtml")
    return sorted(path for path in folder.rglob("*") if path.is_file() and path.name.endswith(suffixes))


def test_the_same_on_the_fixtures() -> None:
    pages = html_pages(DATA)
    assert len(pages) >= 40
    for path in pages:
        data, name = path.read_bytes(), path.name
        if name.endswith(".gz"):
            data, name = gzip.decompress(data), name[:-3]
        short, decoded = ways(data, name)
        assert state(short) == state(decoded), path.name


@pytest.mark.skipif(not (SHARED / "corpora").is_dir(), reason="../shared/corpora is absent")
def test_the_same_on_every_corpus_page() -> None:
    pages = html_pages(SHARED / "corpora")
    assert len(pages) > 300
    short_ways = 0
    for path in pages:
        data, name = path.read_bytes(), path.name
        if name.endswith(".gz"):
            data, name = gzip.decompress(data), name[:-3]
        short, decoded = ways(data, name)
        short_ways += isinstance(short.markup, bytes)
        assert state(short) == state(decoded), path.name
    assert short_ways > len(pages) // 2
