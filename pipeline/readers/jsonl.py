"""JSONL input: one page per line, ``{"html": ...}`` or ``{"text": ...}``, optional ``url``/``fetched_at``.

The doc_id of a line is ``<file>#<line number>`` (1-based), so a broken line is easy to find and
the ids stay stable when lines before it are fixed. A ``text`` page follows the dump convention
(its first line is the title) unless the object gives a ``title``.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from contextlib import nullcontext
from typing import Any, BinaryIO

from pipeline.errors import PageError
from pipeline.page import RawPage
from pipeline.readers.decode import clean_field, scrub_text

_UTF8_BOM = b"\xef\xbb\xbf"


def read_jsonl(
    stream: BinaryIO, rel: str, container: str, *, gzipped: bool, max_line_bytes: int
) -> Iterator[RawPage | PageError]:
    """Each non-blank line as a page, or as an errors row saying what is wrong with it."""
    number = 0
    found = False
    try:
        with gzip.GzipFile(fileobj=stream, mode="rb") if gzipped else nullcontext(stream) as lines:
            for number, line in enumerate(_bounded_lines(lines, max_line_bytes), start=1):
                if line is None:
                    found = True
                    yield PageError(f"{rel}#{number}", "read", "TooLarge", "JSONL line is over the page size limit")
                    continue
                if not line.strip():
                    continue
                found = True
                yield _page_from_line(line, f"{rel}#{number}", container)
    except EOFError:
        yield PageError(f"{rel}#{number + 1}", "read", "TruncatedGzip", f"gzip stream ends early after line {number}")
        return
    except (OSError, zlib.error) as exc:
        if not gzipped:
            raise  # an I/O error: the caller reports it
        yield PageError(f"{rel}#{number + 1}", "read", "BadGzip", f"gzip data is corrupt after line {number}: {exc}")
        return
    if not found:
        yield PageError(rel, "read", "EmptyFile", "the JSONL file holds only blank lines")


def _bounded_lines(stream, limit: int) -> Iterator[bytes | None]:
    """Lines of a binary stream; a line longer than ``limit`` is skipped and yields None."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # discard the rest of the long line
                line = stream.readline(1 << 20)
            yield None
            continue
        yield line


def _page_from_line(line: bytes, doc_id: str, container: str) -> RawPage | PageError:
    if line.startswith(_UTF8_BOM):
        line = line[len(_UTF8_BOM) :]  # a file saved with a BOM: json refuses it on line 1
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return PageError(doc_id, "read", "BadJSON", f"line is not valid JSON: {exc}")
    if not isinstance(obj, dict):
        return PageError(doc_id, "read", "BadJSON", "line is JSON but not an object")
    html, text = obj.get("html"), obj.get("text")
    title = _field(obj.get("title"))
    if isinstance(html, str) and html.strip():
        data, kind = html, "html"
    elif isinstance(text, str) and text.strip():
        data, kind = text, "dump"
        if title:
            data = title + "\n" + text
    else:
        return PageError(doc_id, "read", "NoContent", "object has no non-empty 'html' or 'text' field")
    return RawPage(
        doc_id=doc_id,
        data=scrub_text(data),
        kind=kind,
        input_format=container,
        url=_field(obj.get("url")),
        fetched_at=_field(obj.get("fetched_at"), numbers=True),
    )


def _field(value: Any, *, numbers: bool = False) -> str | None:
    """A metadata value as one clean line of text, or None (missing, empty, or not a string)."""
    if numbers and isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    return clean_field(value) if isinstance(value, str) else None
