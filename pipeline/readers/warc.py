"""WARC input (plain or gzipped): HTML response records become pages; everything else is counted.

Pages are numbered among the file's HTML responses: ``crawl.warc.gz#1`` is its first page.
Non-HTML responses, revisits, requests and metadata records are skipped and counted in
``WarcStats`` (the runner puts the counts in run.json). A record cut short by a truncated file
becomes an errors row. fastwarc parses; we check the record length ourselves because a
truncated file otherwise just ends the iteration. Damage in the middle of a file (a corrupt gzip
member, a broken header) is one errors row, and reading resumes at the next record start found.
Compressed HTTP bodies are inflated with a bound, so a compression bomb is a TooLarge row.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from pipeline.errors import PageError
from pipeline.page import RawPage

_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "application/html")
MAX_RECORD_BYTES = 64 * 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b"
_GZIP_MEMBER = b"\x1f\x8b\x08"  # gzip magic and the deflate method byte


def read_warc(stream: BinaryIO, rel: str, container: str, skipped: Counter[str]) -> Iterator[RawPage | PageError]:
    """Pages from the HTML response records of one WARC file; ``skipped`` counts the rest by kind.

    Corrupt data in the middle of the file (a damaged gzip member, a broken header) becomes one
    errors row, and reading resumes at the next record start found after it.
    """
    number = 0
    records = 0
    start = stream.tell()
    compressed = stream.read(2) == GZIP_MAGIC
    corrupt: str | None = None  # the damage met last, reported once per damaged stretch
    while True:
        stream.seek(start)
        last = None
        iterator = iter(ArchiveIterator(stream, parse_http=False, fsspec_args=False, max_content_length=None))
        try:
            for record in _records(iterator):
                if corrupt is not None:
                    number += 1
                    yield _corrupt_row(rel, number, corrupt, record.stream_pos)
                    corrupt = None
                records += 1
                last = record.stream_pos
                page = _page_from_record(record, rel, container, number + 1, skipped)
                if page is not None:
                    number += 1
                    yield page
            break
        except _CorruptWarc as exc:
            if corrupt is None:
                corrupt = f"WARC data is corrupt {f'after record {records}' if records else 'at its start'} ({exc})"
            resume = _next_record_start(stream, (last if last is not None else start) + 1, compressed)
            if resume is None:
                break
            start = resume
    if records == 0:
        why = f" ({corrupt})" if corrupt else ""
        yield PageError(rel, "read", "BadWarc", f"no WARC records could be read from the file{why}")
    elif corrupt is not None:
        yield _corrupt_row(rel, number + 1, corrupt, None)


def _corrupt_row(rel: str, number: int, message: str, resumed_at: int | None) -> PageError:
    rest = f"reading resumed at byte {resumed_at}" if resumed_at is not None else "the rest of the file is not read"
    return PageError(f"{rel}#{number}", "read", "BadWarc", f"{message}; {rest}")


class _CorruptWarc(Exception):
    """fastwarc could not parse or decompress the next record."""


def _records(iterator: Iterator) -> Iterator:
    """The records of an ArchiveIterator, each fully read; a parse failure raises _CorruptWarc."""
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            return
        except Exception as exc:  # fastwarc raises OSError (and possibly others) on corrupt data
            raise _CorruptWarc(str(exc) or type(exc).__name__) from None
        yield record


def _page_from_record(
    record, rel: str, container: str, number: int, skipped: Counter[str]
) -> RawPage | PageError | None:
    kind = record.record_type
    declared = record.headers.get("Content-Length")
    if kind in (WarcRecordType.no_type, WarcRecordType.unknown) and (
        record.headers.get("WARC-Type") is None or declared is None or not declared.strip().isdigit()
    ):
        return PageError(f"{rel}#{number}", "read", "BadWarc", "a WARC record without WARC-Type or Content-Length")
    if kind != WarcRecordType.response:
        skipped[_type_name(kind)] += 1
        return None
    if declared is None or not declared.strip().isdigit():
        return PageError(f"{rel}#{number}", "read", "TruncatedWarc", "WARC record header is cut short")
    if int(declared) > MAX_RECORD_BYTES:
        return PageError(f"{rel}#{number}", "read", "TooLarge", "WARC record is over the page size limit")
    try:
        block = record.reader.read()
    except Exception as exc:
        raise _CorruptWarc(str(exc) or type(exc).__name__) from None
    if len(block) < int(declared):
        return PageError(f"{rel}#{number}", "read", "TruncatedWarc", "WARC record body is cut short")
    return _page_from_block(block, record, rel, container, number, skipped)


_SYNC_CHUNK = 1 << 20


def _next_record_start(stream: BinaryIO, offset: int, compressed: bool) -> int | None:
    """Where the next record seems to start at or after ``offset``: a gzip member or a WARC header."""
    marker = _GZIP_MEMBER if compressed else b"WARC/1."
    stream.seek(offset)
    position = offset
    carry = b""
    while True:
        chunk = stream.read(_SYNC_CHUNK)
        if not chunk:
            return None
        window = carry + chunk
        found = window.find(marker)
        if found >= 0:
            return position - len(carry) + found
        carry = window[-(len(marker) - 1) :]
        position += len(chunk)


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
    except RecordTooLarge as exc:
        return PageError(doc_id, "read", "TooLarge", str(exc))
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
    """Undo chunked transfer encoding and gzip/deflate/br content encoding, bounded in size.

    Raises ValueError for undecodable data and RecordTooLarge when the body expands past
    MAX_RECORD_BYTES (a compression bomb).
    """
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    encoding = headers.get("content-encoding", "").lower().strip()
    if encoding in ("gzip", "x-gzip", "deflate"):
        try:
            return _inflate(body, 47 if encoding != "deflate" else 15)
        except zlib.error:
            if encoding != "deflate":
                raise ValueError("bad gzip content encoding") from None
        try:
            return _inflate(body, -15)  # raw deflate, as some servers send it
        except zlib.error:
            raise ValueError("bad deflate content encoding") from None
    if encoding == "br":
        return _unbrotli(body)
    return body


class RecordTooLarge(ValueError):
    """A compressed HTTP body expands past the page size limit."""


def _inflate(body: bytes, wbits: int) -> bytes:
    decompressor = zlib.decompressobj(wbits)
    out = decompressor.decompress(body, MAX_RECORD_BYTES + 1)
    if len(out) > MAX_RECORD_BYTES:
        raise RecordTooLarge("the decompressed HTTP body is over the page size limit")
    return out


def _unbrotli(body: bytes) -> bytes:
    try:
        import brotli  # type: ignore[import-not-found]
    except ImportError:
        raise ValueError("brotli content encoding (install 'brotli' to read it)") from None
    decompressor = brotli.Decompressor()
    try:
        out = decompressor.process(body, output_buffer_limit=MAX_RECORD_BYTES + 1)
    except TypeError:  # brotli < 1.1 cannot bound its output: refuse rather than risk a bomb
        raise ValueError("brotli content encoding (brotli >= 1.1 is needed to read it safely)") from None
    except brotli.error as exc:
        raise ValueError(f"bad brotli content encoding: {exc}") from None
    if len(out) > MAX_RECORD_BYTES:
        raise RecordTooLarge("the decompressed HTTP body is over the page size limit")
    return out


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
