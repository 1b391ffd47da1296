"""Text normalisation shared by the steps: spaces, invisible characters, one paragraph per line.

Only whitespace and invisible characters are touched: punctuation stays exactly as the page has it
(the seed page writes ASCII commas inside Chinese sentences; they are kept).

``repair_mojibake`` undoes one common crawl accident: UTF-8 bytes decoded as GBK and saved again
as UTF-8 ("浠ユ垬鏃跺唴" for "以战时内"). The page is valid UTF-8, so the decoder cannot see it.
"""

from __future__ import annotations

import codecs
import re

# Zero-width characters (and the soft hyphen) vanish; every other space is handled by str.split.
ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\u180e]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029\x85]")

# Mojibake of UTF-8 read as GBK: lots of CJK from rare GBK rows, and the tell-tale pairs that
# Chinese punctuation becomes (，→ 锛� 。→ 銆� “ → 鈥�). Cheap pre-check before the round trip.
_MOJIBAKE_HINT = re.compile(r"[锛紝銆鈥鐨涓鍦鏄浜鍙缃鎴鏂]")
_REPLACEMENT = "\ufffd"
MOJIBAKE_MIN_HINTS = 3  # fewer tell-tale characters than this: not worth a round trip
MOJIBAKE_MIN_GAIN = 0.8  # share of the re-decoded text that must be valid UTF-8


def _gbk_fallback(error: UnicodeEncodeError) -> tuple[bytes, int]:
    """Bytes for what GBK cannot encode, when undoing a GBK misreading.

    "€" was the single byte 0x80 (code page 936); private-use characters were GBK's user-defined
    byte pairs (GB18030 maps them back); anything else (an NBSP from an ``&nbsp;`` decoded after
    the misreading) never was GBK: it keeps its own UTF-8 bytes.
    """
    out = bytearray()
    for ch in error.object[error.start : error.end]:
        if ch == "\u20ac":
            out += b"\x80"
        elif "\ue000" <= ch <= "\uf8ff":
            out += ch.encode("gb18030")
        else:
            out += ch.encode("utf-8", "surrogatepass")
    return bytes(out), error.end


codecs.register_error("pipeline.gbk-misread", _gbk_fallback)


def normalise_line(line: str) -> str:
    """One paragraph: invisible characters removed, space runs collapsed, ends trimmed.

    Every Unicode space (NBSP, U+3000, thin spaces, tabs) becomes one plain space.
    """
    if not line.isascii():
        line = ZERO_WIDTH.sub("", line)
    return " ".join(line.split())


def split_paragraphs(text: str) -> list[str]:
    """Normalised non-empty lines of a text (any line-break convention)."""
    lines = (normalise_line(line) for line in _LINE_BREAKS.split(text))
    return [line for line in lines if line]


def join_paragraphs(paragraphs: list[str]) -> str:
    """The record text: normalised paragraphs, one per line, empty ones dropped.

    A paragraph holding line breaks becomes several lines, so the text is always one paragraph
    per line.
    """
    out: list[str] = []
    for paragraph in paragraphs:
        out.extend(split_paragraphs(paragraph))
    return "\n".join(out)


def repair_mojibake(text: str, *, known: bool = False) -> str | None:
    """The text re-read as UTF-8 when it is UTF-8 that was decoded as GBK; None when it is not.

    Bytes the first wrong decoding lost (shown as U+FFFD) stay lost: the characters around them
    become U+FFFD and are dropped, the rest comes back intact. ``known``: the rest of the page was
    misread, skip the quick test for tell-tale characters (a short title has too few of them).
    """
    if not known and len(_MOJIBAKE_HINT.findall(text, 0, 20_000)) < MOJIBAKE_MIN_HINTS:
        return None
    pieces = []
    for piece in text.split(_REPLACEMENT):
        try:
            data = piece.encode("gbk", errors="pipeline.gbk-misread")
        except UnicodeEncodeError:
            return None
        pieces.append(data.decode("utf-8", errors="replace"))
    repaired = "".join(pieces)
    non_ascii = sum(1 for ch in repaired if ord(ch) > 127)
    if not non_ascii or repaired.count(_REPLACEMENT) > (1 - MOJIBAKE_MIN_GAIN) * non_ascii:
        return None
    return repaired.replace(_REPLACEMENT, "")
