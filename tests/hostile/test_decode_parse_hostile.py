"""Decoding and parsing hostile pages: lying and missing encodings, control characters, entity
bombs and external entities, absurd nesting, and markup built to make regexes backtrack."""

from __future__ import annotations

import multiprocessing
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from pipeline import clean_page
from pipeline.readers.decode import clean_field, decode_bytes, scrub_text, utf16_without_bom
from pipeline.readers.html import markup_to_lines, parse_html
from pipeline.readers.parse import markup_title
from tests.builders import gzip_bytes
from tests.hostile.makers import (
    BOMB_UNIT,
    LATIN,
    SECRET,
    ZH,
    ZH_TW,
    article,
    deep_nesting,
    entity_bomb,
    external_entities,
    gzip_bomb,
)

# --- encodings -----------------------------------------------------------------------------------

HTTP_EQUIV_UTF8 = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'


@pytest.mark.parametrize(
    ("data", "codec", "passage"),
    [
        (article(ZH, head='<meta charset="utf-8">').encode("gbk"), "gb18030", ZH),
        (article(ZH, head=HTTP_EQUIV_UTF8).encode("gbk"), "gb18030", ZH),
        (article(ZH_TW, title="測試").encode("big5"), "big5hkscs", ZH_TW),
        (article(LATIN, title="Été").encode("latin-1"), "cp1252", LATIN),
        (article(ZH).encode("utf-16"), "utf-16", ZH),
        (article(ZH).encode("utf-16-le"), "utf-16", ZH),
        (article(ZH).encode("utf-16-be"), "utf-16", ZH),
        (article(LATIN).encode("utf-16-le"), "utf-16", LATIN),
        (("一二三" + article(ZH)).encode("utf-16-le"), "utf-16", ZH),  # CJK with zero low bytes first
        (article(ZH, head='<meta charset="utf-16">').encode("utf-8"), "utf-8", ZH),
    ],
)  # fmt: skip
def test_pages_are_decoded_with_the_right_codec(data: bytes, codec: str, passage: str):
    decoded = decode_bytes(data)
    assert (decoded.encoding, decoded.errors) == (codec, 0)
    assert passage in decoded.text
    record = clean_page(data, name="page.html")
    assert record.encoding == codec and passage in record.text


PYTHON_ONLY_CODECS = ["base64", "zlib", "hex", "rot13", "uu", "bz2", "quopri", "idna", "punycode", "undefined",
                      "unicode_escape", "raw_unicode_escape", "utf-7", "mbcs"]  # fmt: skip


@pytest.mark.parametrize("label", PYTHON_ONLY_CODECS)
def test_a_charset_naming_a_python_codec_is_ignored_not_obeyed(label: str):
    page = article(f"{ZH} \\x41\\u0041 +AGEA-", head=f'<meta charset="{label}">').encode("gb18030")
    for content_type in (None, f"text/html; charset={label}"):
        decoded = decode_bytes(page, http_content_type=content_type)
        assert decoded.encoding == "gb18030" and ZH in decoded.text
        assert "\\x41\\u0041 +AGEA-" in decoded.text  # no escape or UTF-7 decoding happened
    assert ZH in clean_page(page, name="page.html").text


def test_utf16_detection_does_not_fire_on_text_with_stray_nuls():
    page = article(f"开头\x00中间\x00结尾 {ZH}").encode("utf-8")
    assert utf16_without_bom(page) is None
    assert decode_bytes(page).encoding == "utf-8"
    assert utf16_without_bom(b"<p>" + b"\x00" * 64 + b"</p>") is None
    assert utf16_without_bom("<html>".encode("utf-16-le") + bytes(range(1, 256)) * 3) is None


def test_utf16_pages_named_txt_are_sniffed_as_html():
    record = clean_page(("<!DOCTYPE html>" + article(ZH)).encode("utf-16-le"), name="saved.txt")
    assert record.encoding == "utf-16" and ZH in record.text
    assert "<p>" not in record.text


def test_nul_and_control_characters_never_reach_the_record():
    page = article(f"开头\x00NUL\x01\x02\x07\x08\x0b\x0c\x1b\x7f结尾，{ZH}").encode()
    record = clean_page(page, name="page.html")
    assert "开头NUL结尾" in record.text
    assert not any(ch in record.text for ch in "\x00\x01\x02\x07\x08\x0b\x0c\x1b\x7f")
    dump = clean_page(f"标题\x00\n正文\x00第一行\r\n第二行\x1b[31m红色\r第三行 {ZH}".encode(), name="page.txt")
    assert dump.title is None or "\x00" not in dump.title
    assert not any(ch in dump.text for ch in "\x00\x1b\r")


def test_text_given_as_str_with_lone_surrogates_is_scrubbed():
    record = clean_page(article(f"{ZH} \ud800 孤立代理 \udfff"), name="page.html")
    record.text.encode("utf-8")
    assert "孤立代理" in record.text
    assert scrub_text("a\ud800b\udfffc") == "a\ufffdb\ufffdc"
    assert scrub_text("😀 ok") == "😀 ok"
    assert clean_field(" http://x.example/\x00a\n b \ud800 ") == "http://x.example/a b \ufffd"
    assert clean_field("\x00\x01 ") is None


def test_clean_page_on_gzip_bytes_is_bounded_too():
    bomb = gzip_bomb(200 * 2**20)
    tracemalloc.start()
    try:
        record = clean_page(bomb, name="bomb.html.gz")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 150 * 2**20  # the 64 MiB limit, never the 200 MiB the bomb expands to
    assert record.text == "" and any("page limit" in warning for warning in record.warnings)
    paragraphs = "".join(f"<p>{ZH} 第{i}段</p>" for i in range(300))
    whole = gzip_bytes(article(paragraphs, paragraphs=1).encode())
    cut = clean_page(whole[: len(whole) // 2], name="cut.html.gz")
    assert "第1段" in cut.text and "第299段" not in cut.text
    assert any("ends early" in warning for warning in cut.warnings)


# --- entities, XXE, nesting ----------------------------------------------------------------------


def test_an_entity_bomb_is_never_expanded():
    start = time.perf_counter()
    record = clean_page(entity_bomb().encode(), name="bomb.xhtml")
    assert time.perf_counter() - start < 10
    assert "the real text of this page" in record.text
    for value in (record.text, record.title or "", *record.warnings):
        assert BOMB_UNIT * 2 not in value
    assert "ENTITY" not in record.text and "]>" not in record.text


def test_external_entities_are_never_resolved(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    page = external_entities(secret, "http://127.0.0.1:9").encode()
    record = clean_page(page, name="xxe.xhtml")
    assert "the real text of this page follows here" in record.text
    dumped = repr(record.to_dict())
    assert SECRET not in dumped
    passwd = Path("/etc/passwd")
    if passwd.exists():
        first = passwd.read_text(errors="replace").splitlines()[0]
        assert first not in dumped
    tree = parse_html(page.decode())
    assert tree is not None and SECRET not in "".join(tree.itertext())


def test_xhtml_prolog_declaring_another_encoding_does_not_fool_the_parser():
    page = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n' + article(ZH)).encode("utf-8")
    record = clean_page(page, name="page.xhtml")
    assert record.encoding == "utf-8" and ZH in record.text


def test_60000_deep_nesting_keeps_the_text():
    start = time.perf_counter()
    record = clean_page(deep_nesting(60_000).encode(), name="deep.html")
    assert time.perf_counter() - start < 30
    assert ZH in record.text
    assert any("nests deeper" in warning for warning in record.warnings)


# --- markup that makes backtracking regexes quadratic --------------------------------------------

PATHOLOGICAL = {
    "unclosed tags": "<a" * 400_000,
    "unclosed comment": "<html><body><p>x</p><!--" + "x" * 1_000_000,
    "unclosed scripts": "<html><body>" + "<script>x" * 200_000,
    "unclosed titles": "<title>" * 100_000 + "<body>x",
    "many doctype subsets": "<!DOCTYPE x [" * 150_000,
    "lone angle brackets": "<" * 1_000_000,
    "long tag name": "<" + "a" * 1_000_000,
    "huge attribute": '<div class="' + "x" * 2_000_000,
    "many unclosed comments": "<!--<!--" * 200_000,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_reader_helpers_stay_linear_on_pathological_markup(name: str):
    markup = PATHOLOGICAL[name]
    start = time.perf_counter()
    markup_to_lines(markup)
    markup_title(markup)
    parse_html(markup)
    # a quadratic scan of these 1-2 MB inputs takes minutes; a linear one well under a second
    assert time.perf_counter() - start < 10


def test_markup_to_lines_reads_like_a_browser():
    markup = (
        "<html><head><title>标题 &amp; 副题</title><style>p { color: red }</style></head>"
        "<body><script>var a = '<p>not text</p>';</SCRIPT ><div>第一段<br>第二行</div>"
        "<!-- hidden --><p>第三段 a < b</p><noscript>no</noscript><p>末段"
    )
    assert markup_to_lines(markup) == ["标题 & 副题", "第一段", "第二行", "第三段 a < b", "末段"]
    assert markup_title(markup) == "标题 & 副题"
    assert markup_to_lines("<p>文字<script>unclosed") == ["文字"]
    assert markup_to_lines("<p>文字<!-- unclosed") == ["文字"]


# --- whole pages of repeated patterns, through every step -----------------------------------------

REPEATED = {
    "glued percentages": "78.5%10家",
    "percentage chains": "12.5%",
    "glued year and month": "20204月",
    "full-width digits": "２０２１年２月２０日",
    "bylines": "来源：新华社 记者 张三 责任编辑：李四 ",
    "breadcrumbs": "首页 > 新闻 > ",
    "phone numbers": "电话：0571-88888888 ",
    "dates": "2021-02-20 09:30:00 ",
}
PAGE_SECONDS = 8  # each page is 200 kB: linear steps take well under a second, quadratic ones minutes


def _clean_repeated(unit: str, kind: str) -> None:
    text = unit * (200_000 // len(unit.encode()))
    if kind == "html":
        clean_page(f"<html><body><div><p>{ZH}</p><p>{text}</p></div></body></html>".encode(), name="page.html")
    else:
        clean_page(f"标题\n{ZH}\n{text}".encode(), name="page.txt")


def finishes_within(seconds: float, function, *args) -> bool:
    """Run ``function`` in a forked process; kill it (the process we started) if it overruns."""
    process = multiprocessing.get_context("fork").Process(target=function, args=args)
    process.start()
    process.join(seconds)
    if process.is_alive():
        process.kill()
        process.join()
        return False
    return process.exitcode == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses fork to stop a runaway page")
@pytest.mark.parametrize(("name", "kind"), [(name, kind) for name in REPEATED for kind in ("html", "dump")])
def test_pages_of_repeated_patterns_are_cleaned_in_bounded_time(name: str, kind: str):
    assert finishes_within(PAGE_SECONDS, _clean_repeated, REPEATED[name], kind)
