"""Each reader on small files we make: HTML, dumps, gzip, WARC, JSONL, and the broken kinds."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pipeline.errors import PageError
from pipeline.page import RawPage
from pipeline.readers import read_input, walk_inputs
from pipeline.readers.sniff import sniff
from tests.builders import DATA, gzip_bytes, jsonl_lines, warc_file, warc_record


def read_all(root: Path) -> tuple[list[RawPage], list[PageError], Counter]:
    pages, errors, skipped = [], [], Counter()
    for item in walk_inputs(root):
        for out in read_input(item, skipped=skipped):
            (errors if isinstance(out, PageError) else pages).append(out)
    return pages, errors, skipped


def test_walk_is_recursive_sorted_posix_and_skips_hidden(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.html").write_text("<p>x</p>")
    (tmp_path / "a.html").write_text("<p>a</p>")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("[core]")
    (tmp_path / "dir.html").mkdir()  # a folder with a page-like name is walked into, not read
    (tmp_path / "dir.html" / "inner.txt").write_text("title\nline")
    rels = [item.rel for item in walk_inputs(tmp_path)]
    assert rels == ["a.html", "b/x.html", "dir.html/inner.txt"]


def test_symlink_outside_input_is_reported_not_read(tmp_path: Path):
    outside = tmp_path / "secret.txt"
    outside.write_text("secret\ncontent")
    root = tmp_path / "in"
    root.mkdir()
    (root / "link.txt").symlink_to(outside)
    pages, errors, _ = read_all(root)
    assert not pages
    assert [e.error for e in errors] == ["OutsideInput"]


def test_sniff_overrules_lying_extensions():
    assert sniff("page.txt", b"<!DOCTYPE html><html><body>x")[0] == "html"
    assert sniff("page.html", b"\x89PNG\r\n\x1a\n\x00\x00")[0] == "binary"
    assert sniff("page.html", b"%PDF-1.7 ...")[0] == "binary"
    assert sniff("noext", b"WARC/1.0\r\n")[0] == "warc"
    assert sniff("noext", b'{"html": "<p>x</p>"}\n')[0] == "jsonl"
    assert sniff("noext", b"<html><body>x</body></html>")[0] == "html"
    assert sniff("notes", "标题\n正文".encode())[0] == "dump"
    assert sniff("style.css", b"body { color: red }")[0] == "not-a-page"


def test_html_files_in_gbk_and_utf8(tmp_path: Path):
    (tmp_path / "gbk.html").write_bytes((DATA / "gov_article_gbk.html").read_bytes())
    (tmp_path / "utf8.htm").write_bytes((DATA / "news_utf8.html").read_bytes())
    (tmp_path / "saved.asp").write_bytes((DATA / "news_utf8.html").read_bytes())
    pages, errors, _ = read_all(tmp_path)
    assert not errors
    assert sorted(p.doc_id for p in pages) == ["gbk.html", "saved.asp", "utf8.htm"]
    assert all(p.kind == "html" and p.input_format == "html" for p in pages)


def test_gzip_page_and_truncated_gzip(tmp_path: Path):
    data = gzip_bytes((DATA / "news_utf8.html").read_bytes())
    (tmp_path / "ok.html.gz").write_bytes(data)
    (tmp_path / "cut.html.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "fake.html.gz").write_bytes(b"<html><body><p>not compressed</p></body></html>")
    pages, errors, _ = read_all(tmp_path)
    by_id = {p.doc_id: p for p in pages}
    assert by_id["ok.html.gz"].input_format == "html.gz"
    assert by_id["ok.html.gz"].data == (DATA / "news_utf8.html").read_bytes()
    assert "fake.html.gz" in by_id and by_id["fake.html.gz"].warnings  # read as is, with a warning
    assert [(e.doc_id, e.error) for e in errors] == [("cut.html.gz", "TruncatedGzip")]


def test_empty_and_binary_files_are_errors(tmp_path: Path):
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp_path / "archive.htm").write_bytes(b"PK\x03\x04" + bytes(200))
    pages, errors, _ = read_all(tmp_path)
    assert not pages
    assert {(e.doc_id, e.error) for e in errors} == {
        ("empty.html", "EmptyFile"),
        ("image.html", "BinaryFile"),
        ("archive.htm", "BinaryFile"),
    }
    assert all(e.message for e in errors)


def test_warc_pages_numbered_and_non_html_skipped(tmp_path: Path):
    html = (DATA / "news_utf8.html").read_bytes()
    records = [
        warc_record("http://a.example/", b"GET / HTTP/1.1\r\n\r\n", record_type="request"),
        warc_record("http://a.example/", html),
        warc_record("http://a.example/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
        warc_record("http://a.example/2", html, content_type="text/html"),
        warc_record("http://a.example/2", b"", record_type="revisit"),
    ]
    for compress in (False, True):
        name = "crawl.warc.gz" if compress else "crawl.warc"
        (tmp_path / name).write_bytes(warc_file(records, compress=compress))
    pages, errors, skipped = read_all(tmp_path)
    assert not errors
    assert [p.doc_id for p in pages] == ["crawl.warc#1", "crawl.warc#2", "crawl.warc.gz#1", "crawl.warc.gz#2"]
    assert pages[0].url == "http://a.example/" and pages[0].fetched_at
    assert pages[0].http_charset == "text/html; charset=utf-8"
    assert skipped["warc-request"] == 2 and skipped["warc-revisit"] == 2 and skipped["warc-non-html"] == 2


def test_truncated_warc_keeps_complete_pages_and_reports_the_cut(tmp_path: Path):
    html = (DATA / "news_utf8.html").read_bytes()
    data = warc_file([warc_record("http://a.example/1", html), warc_record("http://a.example/2", html)], compress=False)
    (tmp_path / "cut.warc").write_bytes(data[: len(data) - 300])
    pages, errors, _ = read_all(tmp_path)
    assert [p.doc_id for p in pages] == ["cut.warc#1"]
    assert [(e.doc_id, e.error) for e in errors] == [("cut.warc#2", "TruncatedWarc")]


def test_jsonl_with_broken_line(tmp_path: Path):
    lines = [
        {"url": "http://a.example/1", "html": "<html><title>A</title><body><p>正文一</p></body></html>"},
        '{"url": "http://a.example/2", "html": "<p>unterminated',
        {"text": "标题\n正文二", "fetched_at": "2024-01-02T03:04:05Z"},
        {"url": "http://a.example/4"},
        "",
        {"html": "<p>five</p>"},
    ]
    (tmp_path / "pages.jsonl").write_bytes(jsonl_lines(lines))
    pages, errors, _ = read_all(tmp_path)
    assert [p.doc_id for p in pages] == ["pages.jsonl#1", "pages.jsonl#3", "pages.jsonl#6"]
    assert [p.kind for p in pages] == ["html", "dump", "html"]
    assert pages[1].fetched_at == "2024-01-02T03:04:05Z"
    assert [(e.doc_id, e.error) for e in errors] == [("pages.jsonl#2", "BadJSON"), ("pages.jsonl#4", "NoContent")]


def test_a_file_that_grows_after_its_fstat_is_read_whole_or_refused(tmp_path: Path):
    """The read is sized by the file's fstat size; a file longer by then is read on, up to the limit."""
    from pipeline.readers.files import _read_bounded

    path = tmp_path / "growing.html"
    path.write_bytes(b"<p>" + b"x" * 5000 + b"</p>")
    with open(path, "rb") as handle:
        assert _read_bounded(handle, 10_000, 100) == path.read_bytes()  # stated 100 bytes, holds 5007
    with open(path, "rb") as handle:
        assert _read_bounded(handle, 5007, 5007) == path.read_bytes()  # exactly the limit
    with open(path, "rb") as handle:
        assert _read_bounded(handle, 5006, 100) is None  # one byte over the limit
    with open(path, "rb") as handle:
        assert _read_bounded(handle, 10_000, 0) == path.read_bytes()  # empty at the fstat
