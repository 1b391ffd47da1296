"""Gzipped pages are inflated by ISA-L, but what is read from damaged data stays zlib's verdict."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from pipeline.errors import PageError
from pipeline.readers import read_input, walk_inputs
from pipeline.readers.files import gunzip_in_memory

PAGE = (
    "<html><head><title>测试页面</title></head><body>" + "<p>第一段正文，数字 2024 年。</p>" * 400 + "</body></html>"
).encode()


def zlib_members(data: bytes) -> bytes:
    """Every member decompressed by zlib alone (the reference)."""
    out = b""
    while data.startswith(b"\x1f\x8b"):
        decompressor = zlib.decompressobj(31)
        out += decompressor.decompress(data)
        data = decompressor.unused_data
    return out


def zlib_error(data: bytes) -> str:
    try:
        zlib_members(data)
    except zlib.error as exc:
        return str(exc)
    raise AssertionError("zlib read the data")


def read_one(tmp_path: Path, data: bytes) -> list:
    (tmp_path / "page.html.gz").write_bytes(data)
    return [out for item in walk_inputs(tmp_path) for out in read_input(item)]


def test_whole_members_read_as_zlib_reads_them(tmp_path: Path):
    data = gzip.compress(PAGE) + gzip.compress(b"<p>second member</p>") + b"\x00" * 8
    (page,) = read_one(tmp_path, data)
    assert page.data == zlib_members(data[:-8]) == PAGE + b"<p>second member</p>"
    assert not page.warnings


def test_a_bad_checksum_is_reported_in_zlib_words(tmp_path: Path):
    data = bytearray(gzip.compress(PAGE))
    data[-6] ^= 0xFF  # a byte of the CRC-32 in the trailer
    (error,) = read_one(tmp_path, bytes(data))
    assert isinstance(error, PageError) and error.error == "BadGzip"
    assert error.message == f"gzip data is corrupt: {zlib_error(bytes(data))}"
    assert "incorrect data check" in error.message


def test_corrupt_deflate_data_is_reported_in_zlib_words(tmp_path: Path):
    data = bytearray(gzip.compress(PAGE))
    for at in range(len(data) // 2, len(data) // 2 + 16):  # garbage in the middle of the deflate data
        data[at] = 0xA5
    (error,) = read_one(tmp_path, bytes(data))
    assert isinstance(error, PageError) and error.error == "BadGzip"
    assert error.message == f"gzip data is corrupt: {zlib_error(bytes(data))}"


def test_a_cut_stream_gives_what_zlib_decompresses_before_the_cut():
    data = gzip.compress(PAGE)[:-100]
    expected = zlib.decompressobj(31).decompress(data)
    text, warnings = gunzip_in_memory(data)
    assert text == expected and 0 < len(text) < len(PAGE)
    assert warnings == ["the gzip data ends early (truncated); read as far as it goes"]


def test_a_member_setting_a_reserved_header_flag_is_judged_by_zlib(tmp_path: Path):
    """zlib refuses a gzip member whose header sets a reserved flag bit; ISA-L would read it."""
    second = bytearray(gzip.compress(b"<p>second member</p>"))
    second[3] |= 0x20
    data = gzip.compress(PAGE) + bytes(second)
    (error,) = read_one(tmp_path, data)
    assert isinstance(error, PageError) and error.error == "BadGzip"
    first = bytearray(gzip.compress(PAGE))
    first[3] |= 0x40
    assert gunzip_in_memory(bytes(first))[1] == ["gzip data is corrupt; read as it is"]
