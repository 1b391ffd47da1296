"""Text normalisation shared by the steps: spaces, invisible characters, one paragraph per line.

Only whitespace and invisible characters are touched, and the record text is composed (NFC: the same
characters, spelt one way): punctuation stays exactly as the page has it (the seed page writes ASCII
commas inside Chinese sentences; they are kept).

Mojibake (UTF-8 misread as GBK and saved again) is repaired once, by the reader
(``pipeline.readers.mojibake``, called from ``decode_page``); ``repair_mojibake`` here is the same
repair for a text on its own (public API).
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width characters (and the soft hyphen) vanish; every other space is handled by str.split.
_ZERO_WIDTH_CHARS = "\u200b-\u200d\u2060\ufeff\u00ad\u180e"  # (a character class's inside)
ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029\x85]")
# What normalisation changes besides space runs: every whitespace character ``str.split`` knows but
# the space and the line feed, and the zero-width ones. Spelt out in one class (the engine then scans
# for it in C, twice as fast as a negated class and ZERO_WIDTH one after the other); a test checks it
# against ``str.isspace`` over all of Unicode.
_ODD_SPACE_OR_INVISIBLE = re.compile(
    f"[\t\r\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000{_ZERO_WIDTH_CHARS}]"
)


# Icon-font glyphs: private-use characters that an icon font draws ("\ue621 发布会现场", "全文完。\ue004"), standing
# apart: no letter or digit touches them (a line's end, a space or punctuation on each side). One touching a word
# is kept ("王\ue123", "点赞\ue60b"): legacy Chinese encodings put rare characters, names' among them, in the
# private-use area.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_ICON_GLYPHS = re.compile(r"(?<![^\W_])[\ue000-\uf8ff]+(?![^\W_])")


def normalise_line(line: str) -> str:
    """One paragraph: invisible characters and icon glyphs removed, space runs collapsed, ends trimmed.

    Every Unicode space (NBSP, U+3000, thin spaces, tabs) becomes one plain space.
    """
    if not line.isascii():
        line = ZERO_WIDTH.sub("", line)
        if _PRIVATE_USE.search(line):
            line = _ICON_GLYPHS.sub("", line)
    return " ".join(line.split())


def split_paragraphs(text: str) -> list[str]:
    """Normalised non-empty lines of a text (any line-break convention)."""
    lines = (normalise_line(line) for line in _LINE_BREAKS.split(text))
    return [line for line in lines if line]


def join_paragraphs(paragraphs: list[str]) -> str:
    """The record text: normalised paragraphs, one per line, empty ones dropped.

    A paragraph holding line breaks becomes several lines, so the text is always one paragraph
    per line. Its characters are composed (Unicode NFC): a page written on a Mac may spell "ü" as "u" and a
    combining diaeresis, which looks the same but matches no search for "geprüft".
    """
    text = "\n".join(paragraphs)
    if not _normal(text):
        out: list[str] = []
        for paragraph in paragraphs:
            out.extend(split_paragraphs(paragraph))
        text = "\n".join(out)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _normal(text: str) -> bool:
    """Whether ``text`` is its own normalisation: lines already split on "\\n" only, each one
    trimmed, its spaces single, not empty, nothing invisible. A few scans in C instead of a
    split and a join per paragraph and line."""
    return (
        (not text or (text[0] not in " \n" and text[-1] not in " \n"))
        and "  " not in text
        and " \n" not in text
        and "\n " not in text
        and "\n\n" not in text
        and not _ODD_SPACE_OR_INVISIBLE.search(text)
        and not _PRIVATE_USE.search(text)
    )


def repair_mojibake(text: str, *, known: bool = False) -> str | None:
    """The text re-read as UTF-8 when it is UTF-8 misread as GBK; None when it is not.

    For a text on its own: pages come out of ``decode_page`` already repaired. ``known``: the text
    belongs to a page found misread (a short title), skip the test of the signature.
    """
    from pipeline.readers.mojibake import repair  # the reader owns it; imported late (no cycle)

    repaired = repair(text, known=known)
    return repaired.text if repaired is not None else None
