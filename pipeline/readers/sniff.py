"""What is in a file: decided by its name, overruled by its content where the name lies."""

from __future__ import annotations

import re
from typing import Literal

from pipeline.readers.decode import utf16_without_bom

Format = Literal["html", "dump", "warc", "jsonl", "binary", "not-a-page"]

HTML_SUFFIXES = frozenset(
    {".html", ".htm", ".shtml", ".shtm", ".xhtml", ".xht", ".asp", ".aspx", ".php", ".jsp", ".jspx", ".cgi"}
)
DUMP_SUFFIXES = frozenset({".txt", ".text"})
WARC_SUFFIXES = frozenset({".warc", ".arc"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".jl"})
# Assets a mirrored site carries beside its pages: reported as "not a page", not parsed.
ASSET_SUFFIXES = frozenset(
    {
        ".css", ".js", ".mjs", ".map", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp",
        ".tif", ".tiff", ".woff", ".woff2", ".ttf", ".eot", ".otf", ".mp3", ".mp4", ".avi", ".mov",
        ".wmv", ".flv", ".swf", ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip",
        ".rar", ".7z", ".tar", ".exe", ".dll", ".so", ".bin", ".wasm", ".pyc",
    }
)  # fmt: skip

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"RIFF", "RIFF media file"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"\x00asm", "WebAssembly binary"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"\x1f\x8b", "gzip archive (compressed twice?)"),  # seen only after one gzip layer was removed
)
_WEBP = re.compile(rb"^RIFF....WEBP", re.DOTALL)
_MARKUP = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|script|link|frameset|article)[\s>/]",
    re.IGNORECASE,
)
# C0 control bytes no text encoding uses (ESC is left out: ISO-2022-JP is made of escapes).
_CONTROL_BYTE_SET = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_MAX_CONTROL_SHARE = 0.05  # text with a few stray control characters is still text
_DOCUMENT_START = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
GZIP_MAGIC = b"\x1f\x8b"


def strip_gz(name: str) -> tuple[str, bool]:
    """The name without a ``.gz``/``.gzip`` suffix, and whether it had one."""
    lower = name.lower()
    for suffix in (".gz", ".gzip"):
        if lower.endswith(suffix):
            return name[: -len(suffix)], True
    return name, False


def suffix_of(name: str) -> str:
    """The last extension of a (de-gzipped) file name, lower-cased, with its dot."""
    dot = name.rfind(".")
    slash = max(name.rfind("/"), name.rfind("\\"))
    return name[dot:].lower() if dot > slash + 1 else ""


def binary_kind(head: bytes) -> str | None:
    """What binary format the first bytes show, or None when they look like text."""
    if head.startswith(_UTF16_BOMS):
        return None
    for magic, what in _MAGIC:
        if head.startswith(magic):
            if magic == b"MZ" and _MARKUP.search(head[:2048]):
                continue  # "MZ" is also how a text page may start
            return what
    sample = head[:8192]
    # Counted by deleting them (a C loop over a byte table, five times quicker than a pattern search).
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTE_SET))
    if not controls:
        return None
    if utf16_without_bom(sample):
        return None
    if controls > len(sample) * _MAX_CONTROL_SHARE:
        return "binary file of no known format"
    return None


def _as_text_head(head: bytes) -> bytes:
    """The head re-encoded as UTF-8 when it is UTF-16 (with or without BOM), for the markup checks."""
    codec = "utf-16" if head.startswith(_UTF16_BOMS) else utf16_without_bom(head)
    if codec is None:
        return head
    return head.decode(codec, "ignore").encode("utf-8")


def looks_like_markup(head: bytes) -> bool:
    """True when the first kilobytes carry HTML tags."""
    return bool(_MARKUP.search(head[:4096]))


def sniff(name: str, head: bytes) -> tuple[Format, str]:
    """The format of a (decompressed) file and, for binary files, what it is.

    The extension decides unless the content contradicts it: WARC magic, a binary signature,
    HTML markup in a ``.txt``, a JSON object in a file without a known extension.
    """
    suffix = suffix_of(name)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return "warc", ""
    what = binary_kind(head)
    if what:
        return "binary", what
    if suffix in WARC_SUFFIXES:
        return "warc", ""  # a WARC that does not start with a WARC header: the reader reports it
    if suffix in JSONL_SUFFIXES:
        return "jsonl", ""
    if suffix in HTML_SUFFIXES:
        return "html", ""
    text_head = _as_text_head(head)
    if suffix in DUMP_SUFFIXES:
        return ("html", "") if _starts_with_document(text_head.lstrip(b"\xef\xbb\xbf \t\r\n")) else ("dump", "")
    if suffix in ASSET_SUFFIXES:
        return "not-a-page", suffix
    if stripped.startswith(b"{"):
        return "jsonl", ""
    if looks_like_markup(text_head):
        return "html", ""
    return "dump", ""


def _starts_with_document(stripped: bytes) -> bool:
    return bool(_DOCUMENT_START.match(stripped[:256]))
