"""Open an input file: safe open, transparent gzip, bounded reads, format sniffing, dispatch to a reader.

A file is opened once, without following a symlink and without blocking (a FIFO swapped in after
the walk must not hang the run), and only read if it is a regular file. Decompression is bounded:
a small ``.gz`` that expands past the page size limit (a gzip bomb) stops at the limit.
"""

from __future__ import annotations

import io
import os
import stat
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from isal import isal_zlib
from isal.igzip_lib import IsalError

from pipeline.errors import PageError
from pipeline.page import RawPage
from pipeline.readers import jsonl, warc
from pipeline.readers.sniff import GZIP_MAGIC, sniff, strip_gz
from pipeline.readers.walk import InputFile, not_regular_problem, os_error_row

MAX_PAGE_BYTES = 64 * 1024 * 1024
"""Largest single page (after decompression) we read; larger ones become an errors row."""

_SNIFF_BYTES = 8192
_CHUNK = 1 << 20
_GZIP_FLAGS_AT = 3  # the header byte of a gzip member holding its flags
_GZIP_RESERVED_FLAGS = 0xE0  # its reserved bits: zlib refuses a member setting one, ISA-L reads it
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)  # the walk resolved symlinks; one appearing since is not followed
    | getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class GzipCutShort(EOFError):
    """The last gzip member ends early; ``partial`` holds what was decompressed before the cut."""

    def __init__(self, partial: bytes) -> None:
        super().__init__("gzip stream ends early")
        self.partial = partial


class InputProblem(Exception):
    """The file cannot be read at all: carries the errors row's kind and message."""

    def __init__(self, error: str, message: str) -> None:
        super().__init__(message)
        self.error = error
        self.message = message


def read_input(
    item: InputFile, *, max_page_bytes: int = MAX_PAGE_BYTES, skipped: Counter[str] | None = None
) -> Iterator[RawPage | PageError]:
    """Every page in one input file, or the errors that stood in the way. Never raises.

    ``skipped`` counts container records that are not pages (WARC requests, non-HTML, revisits).
    """
    try:
        yield from _read(item, max_page_bytes, skipped if skipped is not None else Counter())
    except OSError as exc:  # an I/O error part-way (EIO, a file truncated while read)
        yield PageError(item.rel, "read", *os_error_row(exc))
    except Exception as exc:  # an unexpected failure still ends as a row, never a crash
        yield PageError(item.rel, "read", type(exc).__name__, f"could not read the file: {exc}")


def open_input(item: InputFile) -> BinaryIO:
    """The file opened for reading, or InputProblem: never follows a symlink, never blocks."""
    try:
        fd = os.open(item.path, _OPEN_FLAGS)
    except OSError as exc:
        raise InputProblem(*os_error_row(exc)) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputProblem(*not_regular_problem(mode))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read(item: InputFile, max_page_bytes: int, skipped: Counter[str]) -> Iterator[RawPage | PageError]:
    if item.problem is not None:
        yield PageError(item.rel, "read", *item.problem)
        return
    if item.outside:
        yield PageError(item.rel, "read", "OutsideInput", "symlink points outside the input folder; not read")
        return
    try:
        handle = open_input(item)
    except InputProblem as problem:
        yield PageError(item.rel, "read", problem.error, problem.message)
        return
    with handle:
        yield from _read_open(item, handle, max_page_bytes, skipped)


def _read_open(
    item: InputFile, handle: BinaryIO, max_page_bytes: int, skipped: Counter[str]
) -> Iterator[RawPage | PageError]:
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
            inner_head = _gunzip_head(handle)
        except zlib.error as exc:
            yield PageError(item.rel, "read", "BadGzip", f"gzip data is corrupt: {exc}")
            return
        if not inner_head:
            yield PageError(item.rel, "read", "EmptyFile", "the gzip file holds no data")
            return
    else:
        inner_head = head
    handle.seek(0)
    fmt, what = sniff(inner_name, inner_head)
    container = fmt + (".gz" if is_gzip else "")

    if fmt == "binary":
        yield PageError(item.rel, "read", "BinaryFile", f"not a web page: the content is a {what}")
        return
    if fmt == "not-a-page":
        yield PageError(item.rel, "read", "NotAPage", f"not a web page: a {what} file")
        return
    if fmt == "warc":
        yield from warc.read_warc(handle, item.rel, container, skipped)
        return
    if fmt == "jsonl":
        yield from jsonl.read_jsonl(handle, item.rel, container, gzipped=is_gzip, max_line_bytes=max_page_bytes)
        return

    size = os.fstat(handle.fileno()).st_size
    if size > max_page_bytes and not is_gzip:
        yield _too_large(item.rel, f"page is {size / 2**20:.0f} MiB", max_page_bytes)
        return
    try:
        if is_gzip:
            data = _gunzip_bounded(handle, max_page_bytes, warnings)
        else:
            data = _read_bounded(handle, max_page_bytes, size)
    except EOFError:
        yield PageError(item.rel, "read", "TruncatedGzip", "the gzip stream ends early (truncated file)")
        return
    except zlib.error as exc:
        yield PageError(item.rel, "read", "BadGzip", f"gzip data is corrupt: {exc}")
        return
    if data is None:
        shown = "page decompresses to more" if is_gzip else "page grew while read and is more"
        yield _too_large(item.rel, shown, max_page_bytes)
        return
    page = RawPage(doc_id=item.rel, data=data, kind=fmt, input_format=container)
    page.warnings.extend(warnings)
    yield page


def _too_large(doc_id: str, what: str, limit: int) -> PageError:
    return PageError(doc_id, "read", "TooLarge", f"{what}, over the {limit / 2**20:.0f} MiB limit")


def _gunzip_head(handle: BinaryIO) -> bytes:
    """The first decompressed bytes, without complaining if the stream is cut short later."""
    handle.seek(0)
    compressed = handle.read(256 * 1024)
    return zlib.decompressobj(31).decompress(compressed, _SNIFF_BYTES)


def _read_bounded(handle: BinaryIO, limit: int, size: int) -> bytes | None:
    """The whole file, or None when it holds more than ``limit`` bytes.

    Read in a buffer of the file's ``size`` (from fstat) + 1, not of ``limit`` + 1: a buffer of the
    limit (64 MiB) is a fresh mmap that every page faults into, then shrunk; one of the file's size
    comes from the heap the previous page freed (a third of the cost of reading a page). A file
    that grew since its fstat is read on, still up to ``limit`` + 1 bytes.
    """
    data = handle.read(min(size, limit) + 1)
    if len(data) > size:
        data += handle.read(limit + 1 - len(data))
    return None if len(data) > limit else data


def _gunzip_bounded(handle: BinaryIO, limit: int, warnings: list[str]) -> bytes | None:
    """All gzip members of the file decompressed, or None past ``limit`` (a gzip bomb included).

    Never holds more than ``limit`` + 1 MiB. Raises EOFError when the last member is cut short
    and zlib.error when the data is corrupt. Bytes after the last member (other than zero
    padding) are ignored with a warning, as ``gzip -d`` does.

    ISA-L inflates first, at over twice zlib's speed: both passes of a batch gunzip every page. Its
    result stands only when it read every member to its end, checksums included (inflating valid
    data has one result); anything else (corrupt or cut-short data, a page over the limit) is
    decompressed again by zlib, which judges, so the errors and partial pages stay zlib's.
    """
    start = handle.tell()
    isal_warnings: list[str] = []
    try:
        data = _inflate_members(handle, limit, isal_warnings, isal_zlib.decompressobj, zlib_flags=True)
    except (IsalError, EOFError):
        data = None
    if data is not None:
        warnings += isal_warnings
        return data
    handle.seek(start)
    return _inflate_members(handle, limit, warnings, zlib.decompressobj)


def _inflate_members(
    handle: BinaryIO, limit: int, warnings: list[str], decompressobj: Callable[[int], Any], zlib_flags: bool = False
) -> bytes | None:
    """``_gunzip_bounded`` with one library's decompressor. ``zlib_flags``: a member whose header sets a reserved flag
    bit, which zlib refuses and ISA-L reads, raises EOFError (zlib is to judge it)."""
    out: list[bytes] = []  # joined at the end: a page of one chunk is not copied
    size = 0
    decompressor = decompressobj(31)
    pending = b""
    member_start = True
    while True:
        if not pending:
            pending = handle.read(_CHUNK)
            if not pending:
                break
        if member_start and zlib_flags:
            if len(pending) < _GZIP_FLAGS_AT + 1:
                pending += handle.read(_CHUNK)
            if len(pending) > _GZIP_FLAGS_AT and pending[_GZIP_FLAGS_AT] & _GZIP_RESERVED_FLAGS:
                raise EOFError("reserved gzip header flags")
        member_start = False
        # max_length bounds the output; when it is reached the output is over the limit.
        chunk = decompressor.decompress(pending, limit + 1 - size)
        out.append(chunk)
        size += len(chunk)
        if size > limit:
            return None
        pending = b""
        if decompressor.eof:
            pending = decompressor.unused_data
            if len(pending) < len(GZIP_MAGIC):
                pending += handle.read(_CHUNK)
            if not pending:
                break
            if not pending.startswith(GZIP_MAGIC):
                if pending.strip(b"\x00"):
                    warnings.append("bytes after the end of the gzip data were ignored")
                break
            decompressor = decompressobj(31)  # the next member of a multi-member file
            member_start = True
    if not decompressor.eof:
        raise GzipCutShort(b"".join(out))
    return b"".join(out)


def gunzip_in_memory(data: bytes, limit: int = MAX_PAGE_BYTES) -> tuple[bytes, list[str]]:
    """Gzip data held in memory (``clean_page``), decompressed with the same bounds. Never raises.

    Past ``limit`` (a gzip bomb) the result is empty; a cut-short stream gives what precedes the
    cut; corrupt data is returned as it is. The warnings say which happened.
    """
    warnings: list[str] = []
    try:
        out = _gunzip_bounded(io.BytesIO(data), limit, warnings)
    except GzipCutShort as cut:
        return cut.partial, ["the gzip data ends early (truncated); read as far as it goes"]
    except zlib.error:
        return data, ["gzip data is corrupt; read as it is"]
    if out is None:
        return b"", [f"gzip data decompresses to over the {limit / 2**20:.0f} MiB page limit; not read"]
    return out, warnings
