"""Builders for small input files of our own making (WARC, gzip, JSONL), used by tests and raw/."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def warc_record(
    uri: str,
    body: bytes,
    *,
    content_type: str = "text/html; charset=utf-8",
    record_type: str = "response",
    status: str = "200 OK",
    date: str = "2024-05-01T08:00:00Z",
) -> bytes:
    """One uncompressed WARC/1.0 record; responses carry an HTTP head before the body."""
    if record_type in ("response", "revisit"):
        http = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
        block = http.encode("latin-1") + body
        warc_content_type = "application/http; msgtype=response"
    elif record_type == "request":
        block = body
        warc_content_type = "application/http; msgtype=request"
    else:
        block = body
        warc_content_type = content_type
    head = (
        "WARC/1.0\r\n"
        f"WARC-Type: {record_type}\r\n"
        f"WARC-Target-URI: {uri}\r\n"
        f"WARC-Date: {date}\r\n"
        f"WARC-Record-ID: <urn:uuid:{hashlib.md5(uri.encode() + record_type.encode() + body).hexdigest()}>\r\n"
        f"Content-Type: {warc_content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return head.encode("latin-1") + block + b"\r\n\r\n"


def warc_file(records: list[bytes], *, compress: bool) -> bytes:
    """A WARC file; compressed per record (one gzip member each), as crawlers write them."""
    if not compress:
        return b"".join(records)
    return b"".join(gzip_bytes(record) for record in records)


def jsonl_lines(objects: list[dict | str]) -> bytes:
    """JSONL; a str item is written as a raw (possibly broken) line."""
    out = io.StringIO()
    for obj in objects:
        out.write((obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False)) + "\n")
    return out.getvalue().encode("utf-8")
