"""WARC input (plain or gzipped): HTML response records become pages; everything else is counted.

Pages are numbered among the file's HTML responses: ``crawl.warc.gz#1`` is its first page.
Non-HTML responses, revisits, requests and metadata records are skipped and counted in
``WarcStats`` (the runner puts the counts in run.json). A record cut short by a truncated file
becomes an errors row. fastwarc parses; we check the record length ourselves because a
truncated file otherwise just ends the iteration.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecordType

from pipeline.errors import PageError
from pipeline.page import RawPage

_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "application/html")
MAX_RECORD_BYTES = 64 * 1024 * 1024


def read_warc(path: Path, rel: str, container: str, skipped: Counter[str]) -> Iterator[RawPage | PageError]:
    """Pages from the HTML response records of one WARC file; ``skipped`` counts the rest by kind."""
    number = 0
    records = 0
    with open(path, "rb") as stream:
        iterator = ArchiveIterator(
            stream,
            parse_http=False,
            fsspec_args=False,
            max_content_length=None,
        )
        for record in iterator:
            records += 1
            kind = record.record_type
            if kind != WarcRecordType.response:
                skipped[_type_name(kind)] += 1
                continue
            declared = record.headers.get("Content-Length")
            if declared is None or not declared.strip().isdigit():
                number += 1
                yield PageError(f"{rel}#{number}", "read", "TruncatedWarc", "WARC record header is cut short")
                continue
            if int(declared) > MAX_RECORD_BYTES:
                number += 1
                record.reader.consume()
                yield PageError(f"{rel}#{number}", "read", "TooLarge", "WARC record is over the page size limit")
                continue
            block = record.reader.read()
            if len(block) < int(declared):
                number += 1
                yield PageError(f"{rel}#{number}", "read", "TruncatedWarc", "WARC record body is cut short")
                continue
            page = _page_from_block(block, record, rel, container, number + 1, skipped)
            if page is None:
                continue
            number += 1
            yield page
    if records == 0:
        yield PageError(rel, "read", "BadWarc", "no WARC records could be read from the file")


def _type_name(kind: WarcRecordType) -> str:
    name = getattr(kind, "name", str(kind))
    return f"warc-{name}"


def _page_from_block(
    block: bytes, record, rel: str, container: str, number: int, skipped: Counter[str]
) -> RawPage | PageError | None:
    """An HTTP response block as a page; None (and counted) when it is not HTML."""
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = block.partition(b"\n\n")
    headers = _parse_headers(head)
    content_type = headers.get("content-type", "")
    status = _status(head)
    if content_type and content_type.lower().split(";")[0].strip() not in _HTML_TYPES:
        skipped["warc-non-html"] += 1
        return None
    if status is not None and not 200 <= status < 300:
        skipped[f"warc-http-{status // 100}xx"] += 1
        return None
    doc_id = f"{rel}#{number}"
    try:
        body = _decode_transfer(body, headers)
    except (ValueError, OSError, EOFError) as exc:
        return PageError(doc_id, "read", "BadHttpBody", f"cannot undo the HTTP encoding: {exc}")
    if not body.strip():
        skipped["warc-empty"] += 1
        return None
    return RawPage(
        doc_id=doc_id,
        data=body,
        kind="html",
        input_format=container,
        url=record.headers.get("WARC-Target-URI") or None,
        fetched_at=record.headers.get("WARC-Date") or None,
        http_charset=content_type or None,
    )


def _status(head: bytes) -> int | None:
    first = head.split(b"\n", 1)[0].split()
    if len(first) >= 2 and first[0].startswith(b"HTTP/") and first[1].isdigit():
        return int(first[1])
    return None


def _parse_headers(head: bytes) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in head.split(b"\n")[1:]:
        name, sep, value = line.partition(b":")
        if sep:
            headers[name.strip().decode("latin-1").lower()] = value.strip().decode("latin-1")
    return headers


def _decode_transfer(body: bytes, headers: dict[str, str]) -> bytes:
    """Undo chunked transfer encoding and gzip/deflate/br content encoding, bounded in size."""
    import zlib

    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    encoding = headers.get("content-encoding", "").lower().strip()
    if encoding in ("gzip", "x-gzip", "deflate"):
        wbits = 47 if encoding != "deflate" else 15
        try:
            decompressor = zlib.decompressobj(wbits)
            out = decompressor.decompress(body, MAX_RECORD_BYTES)
        except zlib.error:
            if encoding != "deflate":
                raise ValueError("bad gzip content encoding") from None
            out = zlib.decompressobj(-15).decompress(body, MAX_RECORD_BYTES)  # raw deflate
        return out
    if encoding == "br":
        try:
            import brotli  # type: ignore[import-not-found]
        except ImportError:
            raise ValueError("brotli content encoding (install 'brotli' to read it)") from None
        return brotli.decompress(body)
    return body


def _dechunk(body: bytes) -> bytes:
    out = bytearray()
    pos = 0
    while pos < len(body):
        end = body.find(b"\r\n", pos)
        if end < 0:
            break
        size_field = body[pos:end].split(b";")[0].strip()
        try:
            size = int(size_field, 16)
        except ValueError:
            return body  # not really chunked: keep the body as stored
        if size == 0:
            break
        out += body[end + 2 : end + 2 + size]
        pos = end + 2 + size + 2
    return bytes(out)
