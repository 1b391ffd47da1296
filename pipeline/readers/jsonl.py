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
from pathlib import Path

from pipeline.errors import PageError
from pipeline.page import RawPage


def read_jsonl(
    path: Path, rel: str, container: str, *, gzipped: bool, max_line_bytes: int
) -> Iterator[RawPage | PageError]:
    """Each non-blank line as a page, or as an errors row saying what is wrong with it."""
    opener = gzip.open if gzipped else open
    number = 0
    try:
        with opener(path, "rb") as stream:
            for number, line in enumerate(_bounded_lines(stream, max_line_bytes), start=1):
                if line is None:
                    yield PageError(f"{rel}#{number}", "read", "TooLarge", "JSONL line is over the page size limit")
                    continue
                if not line.strip():
                    continue
                yield _page_from_line(line, f"{rel}#{number}", container)
    except EOFError:
        yield PageError(f"{rel}#{number + 1}", "read", "TruncatedGzip", f"gzip stream ends early after line {number}")
    except (OSError, zlib.error) as exc:
        yield PageError(f"{rel}#{number + 1}", "read", "BadGzip", f"gzip data is corrupt after line {number}: {exc}")


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
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return PageError(doc_id, "read", "BadJSON", f"line is not valid JSON: {exc}")
    if not isinstance(obj, dict):
        return PageError(doc_id, "read", "BadJSON", "line is JSON but not an object")
    html, text = obj.get("html"), obj.get("text")
    url = obj.get("url")
    fetched_at = obj.get("fetched_at")
    title = obj.get("title")
    if isinstance(html, str) and html.strip():
        data, kind = html, "html"
    elif isinstance(text, str) and text.strip():
        data, kind = text, "dump"
        if isinstance(title, str) and title.strip():
            data = title.strip() + "\n" + text
    else:
        return PageError(doc_id, "read", "NoContent", "object has no non-empty 'html' or 'text' field")
    return RawPage(
        doc_id=doc_id,
        data=data,
        kind=kind,
        input_format=container,
        url=url if isinstance(url, str) and url else None,
        fetched_at=str(fetched_at) if fetched_at not in (None, "") else None,
    )
