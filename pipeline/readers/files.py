"""Open an input file: transparent gzip, bounded reads, format sniffing, dispatch to a reader."""

from __future__ import annotations

import gzip
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from pipeline.errors import PageError
from pipeline.page import RawPage
from pipeline.readers import jsonl, warc
from pipeline.readers.sniff import GZIP_MAGIC, sniff, strip_gz
from pipeline.readers.walk import InputFile

MAX_PAGE_BYTES = 64 * 1024 * 1024
"""Largest single page (after decompression) we read; larger ones become an errors row."""

_SNIFF_BYTES = 8192


def read_input(
    item: InputFile, *, max_page_bytes: int = MAX_PAGE_BYTES, skipped: Counter[str] | None = None
) -> Iterator[RawPage | PageError]:
    """Every page in one input file, or the errors that stood in the way. Never raises.

    ``skipped`` counts container records that are not pages (WARC requests, non-HTML, revisits).
    """
    try:
        yield from _read(item, max_page_bytes, skipped if skipped is not None else Counter())
    except Exception as exc:  # an unexpected failure still ends as a row, never a crash
        yield PageError(item.rel, "read", type(exc).__name__, f"could not read the file: {exc}")


def _read(item: InputFile, max_page_bytes: int, skipped: Counter[str]) -> Iterator[RawPage | PageError]:
    if item.outside:
        yield PageError(item.rel, "read", "OutsideInput", "symlink points outside the input folder; not read")
        return
    with open(item.path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if not head:
        yield PageError(item.rel, "read", "EmptyFile", "the file is empty")
        return
    inner_name, named_gz = strip_gz(item.rel)
    is_gzip = head.startswith(GZIP_MAGIC)
    warnings: list[str] = []
    if named_gz and not is_gzip:
        warnings.append("named .gz but not gzip-compressed; read as is")
    if is_gzip:
        try:
            inner_head = _gunzip_head(item.path)
        except (OSError, EOFError, zlib.error) as exc:
            yield PageError(item.rel, "read", "BadGzip", f"gzip data is corrupt: {exc}")
            return
        if not inner_head:
            yield PageError(item.rel, "read", "EmptyFile", "the gzip file holds no data")
            return
    else:
        inner_head = head
    fmt, what = sniff(inner_name, inner_head)
    container = fmt + (".gz" if is_gzip else "")

    if fmt == "binary":
        yield PageError(item.rel, "read", "BinaryFile", f"not a web page: the content is a {what}")
        return
    if fmt == "not-a-page":
        yield PageError(item.rel, "read", "NotAPage", f"not a web page: a {what} file")
        return
    if fmt == "warc":
        yield from warc.read_warc(item.path, item.rel, container, skipped)
        return
    if fmt == "jsonl":
        yield from jsonl.read_jsonl(item.path, item.rel, container, gzipped=is_gzip, max_line_bytes=max_page_bytes)
        return

    if item.size > max_page_bytes and not is_gzip:
        yield _too_large(item.rel, item.size, max_page_bytes)
        return
    try:
        data = _read_all(item.path, is_gzip, max_page_bytes)
    except EOFError:
        yield PageError(item.rel, "read", "TruncatedGzip", "the gzip stream ends early (truncated file)")
        return
    except (OSError, zlib.error) as exc:
        yield PageError(item.rel, "read", "BadGzip", f"gzip data is corrupt: {exc}")
        return
    if data is None:
        yield _too_large(item.rel, None, max_page_bytes)
        return
    page = RawPage(doc_id=item.rel, data=data, kind=fmt, input_format=container)
    page.warnings.extend(warnings)
    yield page


def _too_large(doc_id: str, size: int | None, limit: int) -> PageError:
    shown = f"{size / 2**20:.0f} MiB" if size is not None else "more"
    return PageError(doc_id, "read", "TooLarge", f"page is {shown}, over the {limit / 2**20:.0f} MiB limit")


def _gunzip_head(path: Path) -> bytes:
    """The first decompressed bytes, without complaining if the stream is cut short later."""
    with open(path, "rb") as handle:
        compressed = handle.read(256 * 1024)
    return zlib.decompressobj(47).decompress(compressed, _SNIFF_BYTES)


def _read_all(path: Path, is_gzip: bool, limit: int) -> bytes | None:
    """The whole (decompressed) file, or None when it exceeds ``limit`` (a gzip bomb included)."""
    opener = gzip.open if is_gzip else open
    with opener(path, "rb") as stream:
        data = stream.read(limit + 1)
    return None if len(data) > limit else data
