"""The first steps: decode a RawPage, then give it structure (a tree for HTML, lines for dumps)."""

from __future__ import annotations

import html as html_lib
import re
from codecs import BOM_UTF8
from typing import Any

from pipeline.page import Page, RawPage
from pipeline.readers.blocks import page_blocks
from pipeline.readers.decode import decode_bytes, scrub_text, strip_control_chars
from pipeline.readers.html import (
    NestingTooDeep,
    NotUtf8,
    element_text,
    markup_to_lines,
    may_hold_internal_subset,
    parse_html,
    parse_utf8,
)
from pipeline.readers.mojibake import HINT_WINDOW, misread_signs
from pipeline.readers.mojibake import repair as repair_mojibake

# The <title> before parsing (dumps of markup, template learning): looked for in the head only,
# start and end searched separately so that a page of unclosed <title>s stays linear.
_TITLE_START = re.compile(r"<title(?:\s[^>]{0,2000})?>", re.IGNORECASE)
_TITLE_END = re.compile(r"</title\s{0,100}>", re.IGNORECASE)
_TAGS = re.compile(r"<[^<>]{0,2000}>")
_TITLE_WINDOW = 200_000
# Deleting a set of bytes from a page's bytes leaves the others: a C loop, far quicker than a pattern
# over the text. Kept: the ASCII controls ``strip_control_chars`` removes, and every non-ASCII byte.
_CONTROL_BYTES = bytes(b for b in range(0x80) if not strip_control_chars(chr(b)))
_UNMARKED_BYTES = bytes(b for b in range(0x80) if b not in _CONTROL_BYTES)
_ASCII_BYTES = bytes(range(0x80))
_CJK_LEAD = re.compile(rb"[\xe4-\xe9]")  # the lead bytes of the CJK ideographs U+4E00-U+9FFF in UTF-8
_MARKUP_BYTES = "markup_bytes"  # page.extras: the bytes the markup was decoded from, when they are its UTF-8


def decode_page(page: Page) -> Page:
    """Bytes to text: ``page.html`` for markup, ``page.lines`` for dumps; ``page.html_title``."""
    if page.markup is not None or page.lines is not None:
        return page  # already decoded
    _decode(page, *_scan(page.raw.data))
    return page


def _scan(data: bytes | str) -> tuple[bytes | None, bool]:
    """The page's non-ASCII bytes and whether it has control bytes, found with two C scans of its bytes (``None,
    True`` for a page given as text)."""
    if not isinstance(data, bytes):
        return None, True
    marked = data.translate(None, _UNMARKED_BYTES)
    high = marked.translate(None, _CONTROL_BYTES)
    return high, len(high) < len(marked)


def _decode(page: Page, high: bytes | None, controls: bool) -> None:
    """``decode_page``, given what ``_scan`` found."""
    raw = page.raw
    record = page.record
    if isinstance(raw.data, bytes):
        non_ascii = len(high) if high is not None else None
        decoded = decode_bytes(raw.data, http_content_type=raw.http_charset, non_ascii=non_ascii)
        text = decoded.text
        record.encoding = decoded.encoding
        if decoded.errors:
            page.warn(f"{decoded.errors} undecodable bytes in {decoded.encoding} replaced by U+FFFD")
    else:
        text = scrub_text(raw.data)
        record.encoding = "utf-8"  # already text: the container (JSONL) was UTF-8
    if controls:
        text = strip_control_chars(text)  # (no control byte: no control character, in any encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    # UTF-8 once misread as GB18030/GBK and saved again. Its signature is CJK ideographs, looked for among
    # the text's non-ASCII characters: for a page read as UTF-8, its non-ASCII bytes decoded (removing
    # ASCII bytes from UTF-8 leaves the other characters whole), a far shorter scan than the text's.
    # The characters typical of it are all CJK ideographs (U+4E00-U+9FFF), led by bytes E4-E9 in UTF-8:
    # a page read as UTF-8 without any of those bytes has none. Markup read otherwise is encoded as UTF-8 for the
    # parser: its non-ASCII characters come out of that encoding, as they would out of the text's head.
    utf8 = isinstance(raw.data, bytes) and decoded.evidence == "utf-8"
    markup_utf8 = None if utf8 or raw.kind != "html" or len(text) > HINT_WINDOW else _encoded(text)
    repaired = None
    if not utf8:
        if markup_utf8 is not None:
            repaired = repair_mojibake(text, non_ascii=markup_utf8.translate(None, _ASCII_BYTES).decode("utf-8"))
        else:
            repaired = repair_mojibake(text)
    elif high is not None and _CJK_LEAD.search(high):
        repaired = repair_mojibake(text, non_ascii=high.decode("utf-8"))
    if repaired is not None:
        text = repaired.text
        page.warn(repaired.message)

    if raw.kind == "html":
        page.html = text
        page.html_title = markup_title(text)
        # the text's own UTF-8, for the parser (without NUL: decoding gives none but from control bytes, stripped)
        if utf8 and text is decoded.text:
            page.extras[_MARKUP_BYTES] = raw.data
        elif markup_utf8 is not None and repaired is None:
            page.extras[_MARKUP_BYTES] = markup_utf8
    else:
        first, _, rest = text.partition("\n")
        page.html_title = " ".join(first.split()) or None
        page.lines = rest.splitlines()


def _encoded(text: str) -> bytes | None:
    """The text's UTF-8; None when it cannot be encoded as it is (a lone surrogate, which decoding never gives)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def _parseable_utf8(raw: RawPage, high: bytes | None, controls: bool) -> bytes | None:
    """The page's bytes when they are markup the parser can read as they are, with no need of its text first:
    what ``decode_page`` would read as UTF-8 and leave as it is (non-ASCII bytes that are UTF-8; no control byte
    to strip, no BOM; within the mojibake test's window, without the signs of the misreading) and without a DOCTYPE
    internal subset to drop. What the non-ASCII bytes alone cannot show, ASCII bytes cutting a character in two,
    libxml2 finds (``parse_utf8``)."""
    data = raw.data
    if raw.kind != "html" or high is None or controls or len(data) > HINT_WINDOW or data.startswith(BOM_UTF8):
        return None
    try:
        non_ascii = high.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if _CJK_LEAD.search(high) and misread_signs(non_ascii):
        return None
    if may_hold_internal_subset(data):
        return None
    return data


def markup_title(markup: str) -> str | None:
    """The text of the first <title> in the head of some markup, whitespace collapsed."""
    start = _TITLE_START.search(markup, 0, _TITLE_WINDOW)
    if start is None:
        return None
    end = _TITLE_END.search(markup, start.end(), _TITLE_WINDOW)
    if end is None:
        return None
    title = _TAGS.sub("", markup[start.end() : end.start()])
    return " ".join(html_lib.unescape(title).split()) or None


def parse_page(page: Page) -> Page:
    """Decode if needed, then parse markup into ``page.tree`` (dumps keep their lines).

    A page of valid UTF-8 is parsed from its bytes, and its text decoded only if a step reads ``page.html``
    (``_parse_utf8_page``): most never do."""
    if page.markup is None and page.lines is None:
        high, controls = _scan(page.raw.data)
        utf8 = _parseable_utf8(page.raw, high, controls)
        if utf8 is not None and _parse_utf8_page(page, utf8):
            return page
        _decode(page, high, controls)
    if page.markup is None or page.tree is not None:
        return page
    try:
        page.tree = parse_html(page.html, page.extras.pop(_MARKUP_BYTES, None))
    except NestingTooDeep:
        _read_as_text(page)
        return page
    if page.tree is not None:
        _title_and_blocks(page, page.tree)
    return page


def _parse_utf8_page(page: Page, data: bytes) -> bool:
    """``parse_page`` for bytes ``_parseable_utf8`` gave: ``decode_page`` would set the encoding, the text (these
    bytes decoded) and the markup's title, which the tree's <title> replaces. False when libxml2 finds bytes that
    are not UTF-8 after all (nothing set: the page is decoded the usual way)."""
    try:
        tree = parse_utf8(data)
    except NotUtf8:
        return False
    except NestingTooDeep:
        page.record.encoding = "utf-8"
        page.markup = data
        page.html_title = markup_title(page.html)
        _read_as_text(page)
        return True
    page.record.encoding = "utf-8"
    page.markup = data  # decoded when read (page.html)
    if tree is None or not _title_and_blocks(page, tree):
        page.html_title = markup_title(page.html)
    return True


def _title_and_blocks(page: Page, tree: Any) -> bool:
    """Keep the tree with its walk, and the text of its first <title> as ``page.html_title``; False without one."""
    page.tree = tree
    # the first <title> below the root: what find(".//title") gives (lxml's ElementPath runs this very
    # iterator for that path), without the path machinery around it
    title = next(tree.iterdescendants("title"), None)
    if title is not None:
        page.html_title = element_text(title) or None
    page_blocks(page)  # the page's one walk, read by the metadata and main-text steps
    return title is not None


def _read_as_text(page: Page) -> None:
    page.warn("markup nests deeper than 2048 elements; read as plain text")
    lines = markup_to_lines(page.html)
    if lines and lines[0] == page.html_title:
        lines = lines[1:]
    page.lines = lines
