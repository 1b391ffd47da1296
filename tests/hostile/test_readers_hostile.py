"""Readers on hostile files, one case at a time: what each becomes, and that reading stays bounded.

Every case ends as pages or as errors rows whose kind says what went wrong; nothing raises,
nothing blocks, nothing outside the input folder is opened.
"""

from __future__ import annotations

import errno
import gzip
import os
import threading
import tracemalloc
import zlib
from collections import Counter
from pathlib import Path

import pytest

from pipeline.errors import PageError
from pipeline.page import RawPage
from pipeline.readers import files as files_module
from pipeline.readers import read_input, walk_inputs
from pipeline.readers.walk import InputFile, WalkStats
from tests.builders import gzip_bytes, jsonl_lines, warc_record
from tests.hostile.makers import ZH, article, corrupt_middle_warc, gzip_bomb, mixed_warc, warc_with_cut, zip_bytes

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")


def read_all(root: Path, **options) -> tuple[list[RawPage], list[PageError], Counter, WalkStats]:
    pages, errors, skipped, stats = [], [], Counter(), WalkStats()
    for item in walk_inputs(root, stats):
        for out in read_input(item, skipped=skipped, **options):
            (errors if isinstance(out, PageError) else pages).append(out)
    return pages, errors, skipped, stats


def kinds(errors: list[PageError]) -> dict[str, str]:
    return {e.doc_id: e.error for e in errors}


def kinds_messages(errors: list[PageError]) -> dict[str, str]:
    return {e.doc_id: e.message for e in errors}


def read_file(path: Path, **options) -> list[RawPage | PageError]:
    return list(read_input(InputFile(path, path.name, path.stat().st_size), **options))


def finishes(function, seconds: float = 10.0):
    """Run ``function`` in a thread; fail (instead of hanging the suite) if it blocks."""
    result: list = []
    thread = threading.Thread(target=lambda: result.append(function()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"blocked for more than {seconds} s"
    return result[0]


# --- empty, binary, compressed -------------------------------------------------------------------


def test_empty_files_plain_and_gzipped(tmp_path: Path):
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "empty.html.gz").write_bytes(gzip_bytes(b""))
    (tmp_path / "blank.jsonl").write_bytes(b"\n\n  \n")
    pages, errors, _, _ = read_all(tmp_path)
    assert not pages
    assert kinds(errors) == {"empty.html": "EmptyFile", "empty.html.gz": "EmptyFile", "blank.jsonl": "EmptyFile"}


def test_binary_files_named_html(tmp_path: Path):
    (tmp_path / "a.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "b.html").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    (tmp_path / "c.html").write_bytes(zip_bytes())
    (tmp_path / "d.html.gz").write_bytes(gzip_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100)))
    (tmp_path / "e.htm").write_bytes(bytes(range(256)) * 8)
    pages, errors, _, _ = read_all(tmp_path)
    assert not pages
    assert set(kinds(errors).values()) == {"BinaryFile"} and len(errors) == 5
    messages = {e.doc_id: e.message for e in errors}
    assert "PNG" in messages["a.html"] and "PDF" in messages["b.html"] and "ZIP" in messages["c.html"]
    assert "PNG" in messages["d.html.gz"]


def test_truncated_and_corrupt_gzip(tmp_path: Path):
    data = gzip_bytes(article(ZH, paragraphs=50).encode())
    (tmp_path / "cut.html.gz").write_bytes(data[: len(data) // 2])
    corrupt = bytearray(data)
    corrupt[30:60] = bytes(30)
    (tmp_path / "corrupt.html.gz").write_bytes(bytes(corrupt))
    (tmp_path / "header-only.html.gz").write_bytes(data[:10])
    pages, errors, _, _ = read_all(tmp_path)
    assert not pages
    assert kinds(errors) == {
        "cut.html.gz": "TruncatedGzip",
        "corrupt.html.gz": "BadGzip",
        "header-only.html.gz": "EmptyFile",
    }


def test_a_gz_that_is_not_gzip_is_read_as_is_with_a_warning(tmp_path: Path):
    html = article(ZH).encode()
    (tmp_path / "page.html.gz").write_bytes(html)
    [page] = read_file(tmp_path / "page.html.gz")
    assert isinstance(page, RawPage) and page.data == html and page.input_format == "html"
    assert any("not gzip" in warning for warning in page.warnings)


def test_multi_member_gzip_trailing_zeros_and_trailing_garbage(tmp_path: Path):
    first, second = article(ZH).encode(), "<p>第二部分</p>".encode()
    (tmp_path / "members.html.gz").write_bytes(gzip_bytes(first) + gzip_bytes(second))
    (tmp_path / "zeros.html.gz").write_bytes(gzip_bytes(first) + bytes(512))
    (tmp_path / "garbage.html.gz").write_bytes(gzip_bytes(first) + b"garbage after the end")
    pages, errors, _, _ = read_all(tmp_path)
    assert not errors
    by_id = {p.doc_id: p for p in pages}
    assert by_id["members.html.gz"].data == first + second and not by_id["members.html.gz"].warnings
    assert by_id["zeros.html.gz"].data == first and not by_id["zeros.html.gz"].warnings
    assert by_id["garbage.html.gz"].data == first
    assert any("after the end of the gzip data" in w for w in by_id["garbage.html.gz"].warnings)


def test_gzip_compressed_twice_is_reported_not_read_as_mojibake(tmp_path: Path):
    (tmp_path / "twice.html.gz").write_bytes(gzip_bytes(gzip_bytes(article(ZH).encode())))
    [error] = read_file(tmp_path / "twice.html.gz")
    assert isinstance(error, PageError) and error.error == "BinaryFile" and "gzip" in error.message


def test_a_gzip_bomb_stops_at_the_limit_with_bounded_memory(tmp_path: Path):
    limit = 2 * 2**20
    (tmp_path / "bomb.html.gz").write_bytes(gzip_bomb(40 * 2**20))
    assert (tmp_path / "bomb.html.gz").stat().st_size < 100_000
    tracemalloc.start()
    try:
        [error] = read_file(tmp_path / "bomb.html.gz", max_page_bytes=limit)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(error, PageError) and error.error == "TooLarge"
    assert "decompresses" in error.message
    assert peak < 4 * limit  # never the 40 MiB the bomb expands to


def test_a_page_over_the_limit_is_an_error_not_a_truncated_page(tmp_path: Path):
    (tmp_path / "big.html").write_bytes(article(ZH).encode() * 2000)
    [error] = read_file(tmp_path / "big.html", max_page_bytes=100_000)
    assert isinstance(error, PageError) and error.error == "TooLarge"


# --- WARC ------------------------------------------------------------------------------------------


def test_truncated_warc_keeps_the_complete_records(tmp_path: Path):
    (tmp_path / "cut.warc.gz").write_bytes(warc_with_cut(3))
    pages, errors, _, _ = read_all(tmp_path)
    assert [p.doc_id for p in pages] == ["cut.warc.gz#1", "cut.warc.gz#2"]
    assert kinds(errors) == {"cut.warc.gz#3": "TruncatedWarc"}


def test_warc_non_html_revisit_request_and_metadata_records_are_counted(tmp_path: Path):
    (tmp_path / "mixed.warc.gz").write_bytes(mixed_warc())
    pages, errors, skipped, _ = read_all(tmp_path)
    assert [p.doc_id for p in pages] == ["mixed.warc.gz#1"] and not errors
    assert pages[0].url == "http://w.example/"
    assert skipped == Counter({"warc-request": 1, "warc-revisit": 1, "warc-non-html": 2, "warc-metadata": 1})


def test_corrupt_data_in_the_middle_of_a_warc_is_one_row_and_reading_resumes(tmp_path: Path):
    (tmp_path / "corrupt.warc.gz").write_bytes(corrupt_middle_warc())
    records = [warc_record(f"http://p.example/{i}", article(f"{ZH} 第{i}篇").encode()) for i in range(3)]
    (tmp_path / "plain.warc").write_bytes(records[0] + b"WARC/1.0\r\nContent-Length: nonsense\r\n\r\n" + records[2])
    pages, errors, _, _ = read_all(tmp_path)
    assert [p.doc_id for p in pages] == ["corrupt.warc.gz#1", "corrupt.warc.gz#3", "plain.warc#1", "plain.warc#3"]
    assert kinds(errors) == {"corrupt.warc.gz#2": "BadWarc", "plain.warc#2": "BadWarc"}
    assert b"\xe7\xac\xac2\xe7\xaf\x87" in pages[1].data  # 第2篇: the record after the damage
    assert "resumed" in kinds_messages(errors)["corrupt.warc.gz#2"]


def test_a_file_that_is_no_warc_at_all(tmp_path: Path):
    (tmp_path / "junk.warc").write_bytes(b"this is not a WARC file\n" * 20)
    (tmp_path / "junk.warc.gz").write_bytes(gzip_bytes(b"nor is this one\n" * 20))
    (tmp_path / "header.warc").write_bytes(b"WARC/1.0\r\n" + b"no headers, no record\n" * 40)
    (tmp_path / "binary.warc").write_bytes(bytes(range(256)) * 4)
    pages, errors, skipped, _ = read_all(tmp_path)
    assert not pages and not skipped
    assert kinds(errors) == {
        "binary.warc": "BinaryFile",
        "header.warc#1": "BadWarc",
        "junk.warc": "BadWarc",
        "junk.warc.gz": "BadWarc",
    }


def http_response_record(uri: str, headers: str, body: bytes) -> bytes:
    """A WARC response record whose HTTP block has the given header lines (for encodings)."""
    block = f"HTTP/1.1 200 OK\r\n{headers}Content-Length: {len(body)}\r\n\r\n".encode() + body
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-01T08:00:00Z\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def test_warc_http_bodies_that_bomb_or_lie(tmp_path: Path):
    html = article(ZH).encode()
    chunked = f"{len(html):x}\r\n".encode() + html + b"\r\n0\r\n\r\n"
    cases = [
        ("Content-Encoding: gzip", gzip_bomb(70 * 2**20)),
        ("Content-Encoding: gzip", b"\x1f\x8b\x08bad"),
        ("Content-Encoding: deflate", zlib.compress(html)),
        ("Transfer-Encoding: chunked", chunked),
        ("Content-Encoding: zstd-or-whatever", html),
    ]
    records = [
        http_response_record(f"http://b.example/{i}", f"Content-Type: text/html\r\n{header}\r\n", body)
        for i, (header, body) in enumerate(cases)
    ]
    (tmp_path / "bodies.warc").write_bytes(b"".join(records))
    tracemalloc.start()
    try:
        pages, errors, _, _ = read_all(tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert kinds(errors) == {"bodies.warc#1": "TooLarge", "bodies.warc#2": "BadHttpBody"}
    assert [p.doc_id for p in pages] == ["bodies.warc#3", "bodies.warc#4", "bodies.warc#5"]
    assert pages[0].data == html and pages[1].data == html
    assert peak < 200 * 2**20  # the 70 MiB bomb is never held whole


def test_brotli_bomb_in_a_warc_is_bounded(tmp_path: Path):
    brotli = pytest.importorskip("brotli")
    bomb = brotli.compress(b"A" * (80 * 2**20), quality=1)
    record = http_response_record("http://br.example/", "Content-Type: text/html\r\nContent-Encoding: br\r\n", bomb)
    (tmp_path / "br.warc").write_bytes(record)
    pages, errors, _, _ = read_all(tmp_path)
    assert not pages and kinds(errors) == {"br.warc#1": "TooLarge"}


# --- JSONL -----------------------------------------------------------------------------------------


def test_jsonl_broken_lines_bom_surrogates_and_deep_nesting(tmp_path: Path):
    lines = [
        "\ufeff" + '{"html": "<p>first line after a BOM</p>"}',
        '{"html": "<p>unterminated',
        '{"url": "http://j.example/\\u0000x\\ud800", "text": "标题\\n正文 \\ud83d 孤立 \\ud83d\\ude00 成对"}',
        "[" * 200_000,
        '"just a string"',
        '{"html": 42, "text": ["not", "text"]}',
        '{"html": "' + "x" * 3000 + '"}',
    ]
    (tmp_path / "pages.jsonl").write_bytes(jsonl_lines(lines))
    pages, errors, _, _ = read_all(tmp_path, max_page_bytes=2000)
    assert [p.doc_id for p in pages] == ["pages.jsonl#1", "pages.jsonl#3"]
    assert kinds(errors) == {
        "pages.jsonl#2": "BadJSON",
        "pages.jsonl#4": "TooLarge",
        "pages.jsonl#5": "BadJSON",
        "pages.jsonl#6": "NoContent",
        "pages.jsonl#7": "TooLarge",
    }
    third = pages[1]
    assert third.url == "http://j.example/x\ufffd"
    assert third.data == "标题\n正文 \ufffd 孤立 😀 成对"
    third.data.encode("utf-8")


def test_jsonl_deeply_nested_line_within_the_limit(tmp_path: Path):
    (tmp_path / "deep.jsonl").write_bytes(b"[" * 100_000 + b"\n" + b'{"html": "<p>ok</p>"}\n')
    pages, errors, _, _ = read_all(tmp_path)
    assert [p.doc_id for p in pages] == ["deep.jsonl#2"]
    assert kinds(errors) == {"deep.jsonl#1": "BadJSON"}


def test_truncated_gzipped_jsonl_keeps_the_lines_before_the_cut(tmp_path: Path):
    data = gzip_bytes(jsonl_lines([{"html": f"<p>{i} {ZH}</p>"} for i in range(200)]))
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) * 2 // 3])
    pages, errors, _, _ = read_all(tmp_path)
    assert pages and pages[0].doc_id == "cut.jsonl.gz#1"
    assert [e.error for e in errors] == ["TruncatedGzip"]
    assert errors[0].doc_id == f"cut.jsonl.gz#{len(pages) + 1}"


# --- the file system: names, folders, links, special files --------------------------------------


def test_names_with_spaces_unicode_and_bytes_that_are_not_utf8(tmp_path: Path):
    (tmp_path / "a page 中文 名字 (1).html").write_bytes(article(ZH).encode())
    (tmp_path / "x.html").mkdir()
    (tmp_path / "x.html" / "inner.htm").write_bytes(article(ZH).encode())
    (tmp_path / "empty-dir.html").mkdir()
    raw_name = os.fsdecode(b"gbk-" + "测试".encode("gbk") + b".html")
    try:
        (tmp_path / raw_name).write_bytes(article(ZH).encode())
    except (OSError, UnicodeError):
        pytest.skip("the file system does not take non-UTF-8 names")
    pages, errors, _, _ = read_all(tmp_path)
    assert not errors
    assert sorted(p.doc_id for p in pages) == [
        "a page 中文 名字 (1).html",
        "gbk-\\xb2\\xe2\\xca\\xd4.html",
        "x.html/inner.htm",
    ]
    for page in pages:
        page.doc_id.encode("utf-8")  # a doc_id any output file can hold


def test_symlinks_never_lead_outside_and_never_loop(tmp_path: Path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.html").write_bytes(b"<p>secret</p>")
    root = tmp_path / "input"
    root.mkdir()
    (root / "page.html").write_bytes(article(ZH).encode())
    try:
        (root / "to-secret.html").symlink_to(outside / "secret.html")
    except OSError:
        pytest.skip("no symlinks on this system")
    (root / "to-outside-dir").symlink_to(outside)
    (root / "to-root").symlink_to(root)
    (root / "loop-a").symlink_to(root / "loop-b")
    (root / "loop-b").symlink_to(root / "loop-a")
    (root / "dangling.html").symlink_to(root / "missing.html")
    (root / "relative.html").symlink_to("page.html")
    (root / "sub").mkdir()
    (root / "sub" / "up.html").symlink_to("../../outside/secret.html")
    opened: list[str] = []
    real_open = os.open

    def spy(path, *args, **kwargs):
        opened.append(os.path.realpath(path))
        return real_open(path, *args, **kwargs)

    files_module.os.open = spy
    try:
        pages, errors, _, stats = read_all(root)
    finally:
        files_module.os.open = real_open
    assert [p.doc_id for p in pages] == ["page.html", "relative.html"]
    assert pages[1].data == pages[0].data
    assert kinds(errors) == {
        "dangling.html": "BrokenSymlink",
        "loop-a": "BrokenSymlink",
        "loop-b": "BrokenSymlink",
        "sub/up.html": "OutsideInput",
        "to-secret.html": "OutsideInput",
    }
    assert stats.symlinked_dirs == 2
    assert not [path for path in opened if path.startswith(str(outside.resolve()))]


def test_a_file_replaced_by_a_symlink_after_the_walk_is_not_followed(tmp_path: Path):
    (tmp_path / "secret.html").write_bytes(b"<p>secret</p>")
    root = tmp_path / "input"
    root.mkdir()
    (root / "page.html").write_bytes(b"<p>page</p>")
    [item] = walk_inputs(root)
    (root / "page.html").unlink()
    try:
        (root / "page.html").symlink_to(tmp_path / "secret.html")
    except OSError:
        pytest.skip("no symlinks on this system")
    [error] = list(read_input(item))
    if not hasattr(os, "O_NOFOLLOW"):
        pytest.skip("no O_NOFOLLOW on this system")
    assert isinstance(error, PageError) and error.error == "ChangedDuringRun"


@needs_fifo
def test_a_fifo_never_blocks_the_walk_or_the_read(tmp_path: Path):
    os.mkfifo(tmp_path / "pipe.html")
    (tmp_path / "link.html").symlink_to(tmp_path / "pipe.html")
    (tmp_path / "page.html").write_bytes(article(ZH).encode())
    pages, errors, _, _ = finishes(lambda: read_all(tmp_path))
    assert [p.doc_id for p in pages] == ["page.html"]
    assert kinds(errors) == {"link.html": "NotRegularFile", "pipe.html": "NotRegularFile"}
    assert all("FIFO" in e.message for e in errors)
    # a regular file swapped for a FIFO after the walk: opened without blocking, then refused
    [item] = [i for i in walk_inputs(tmp_path) if i.rel == "page.html"]
    (tmp_path / "page.html").unlink()
    os.mkfifo(tmp_path / "page.html")
    [error] = finishes(lambda: list(read_input(item)))
    assert isinstance(error, PageError) and error.error == "NotRegularFile"


@needs_fifo
def test_a_fifo_given_as_the_input_itself(tmp_path: Path):
    os.mkfifo(tmp_path / "pipe.html")
    [item] = list(walk_inputs(tmp_path / "pipe.html"))
    [error] = finishes(lambda: list(read_input(item)))
    assert isinstance(error, PageError) and error.error == "NotRegularFile"


def test_a_file_that_vanishes_between_walk_and_read(tmp_path: Path):
    (tmp_path / "gone.html").write_bytes(article(ZH).encode())
    [item] = walk_inputs(tmp_path)
    (tmp_path / "gone.html").unlink()
    [error] = list(read_input(item))
    assert isinstance(error, PageError) and (error.doc_id, error.error) == ("gone.html", "Vanished")


@pytest.mark.skipif(AS_ROOT, reason="root reads files whatever their permissions say")
def test_unreadable_file_and_folder_with_real_permissions(tmp_path: Path):
    (tmp_path / "locked.html").write_bytes(article(ZH).encode())
    (tmp_path / "locked.html").chmod(0)
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "page.html").write_bytes(article(ZH).encode())
    (tmp_path / "closed").chmod(0)
    try:
        pages, errors, _, _ = read_all(tmp_path)
    finally:
        (tmp_path / "closed").chmod(0o755)
        (tmp_path / "locked.html").chmod(0o644)
    assert not pages
    assert kinds(errors) == {"closed": "UnreadableFolder", "locked.html": "Unreadable"}


def test_permission_denied_becomes_an_unreadable_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The same outcome as a chmod 000 file, checked even when the tests run as root."""
    (tmp_path / "locked.html").write_bytes(article(ZH).encode())
    [item] = walk_inputs(tmp_path)

    def denied(path, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(files_module.os, "open", denied)
    [error] = list(read_input(item))
    assert isinstance(error, PageError) and error.error == "Unreadable" and "permission" in error.message


def test_an_io_error_while_reading_is_a_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "page.html").write_bytes(article(ZH).encode())
    [item] = walk_inputs(tmp_path)

    def broken_read(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(files_module, "_read_bounded", broken_read)
    [error] = list(read_input(item))
    assert isinstance(error, PageError) and error.error == "ReadFailed" and "Input/output" in error.message


def test_hidden_files_are_skipped_and_counted(tmp_path: Path):
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_bytes(b"ref: refs/heads/main")
    (tmp_path / "page.html").write_bytes(article(ZH).encode())
    pages, errors, _, stats = read_all(tmp_path)
    assert [p.doc_id for p in pages] == ["page.html"] and not errors
    assert stats.hidden == 2


def test_zlib_never_leaks_out_of_the_reader(tmp_path: Path):
    """A stream valid for a while then broken mid-way: a row, not a zlib.error."""
    data = zlib.compress(article(ZH, paragraphs=80).encode())
    member = gzip.compress(article(ZH, paragraphs=80).encode(), mtime=0)
    broken = bytearray(member)
    broken[len(broken) // 2 : len(broken) // 2 + 20] = b"\xff" * 20
    (tmp_path / "mid.html.gz").write_bytes(bytes(broken))
    (tmp_path / "zlib.html.gz").write_bytes(b"\x1f\x8b" + data)
    pages, errors, _, _ = read_all(tmp_path)
    assert not pages
    assert kinds(errors) == {"mid.html.gz": "BadGzip", "zlib.html.gz": "BadGzip"}


def test_a_single_file_input_given_through_a_symlink_is_read(tmp_path: Path):
    (tmp_path / "page.html").write_bytes(article(ZH).encode())
    try:
        (tmp_path / "link.html").symlink_to(tmp_path / "page.html")
    except OSError:
        pytest.skip("no symlinks on this system")
    [page] = [out for item in walk_inputs(tmp_path / "link.html") for out in read_input(item)]
    assert isinstance(page, RawPage) and page.doc_id == "link.html"
    [error] = [out for item in walk_inputs(tmp_path / "missing.html") for out in read_input(item)]
    assert isinstance(error, PageError) and error.error == "Vanished"
