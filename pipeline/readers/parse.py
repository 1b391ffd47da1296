"""The first steps: decode a RawPage, then give it structure (a tree for HTML, lines for dumps)."""

from __future__ import annotations

import html as html_lib
import re

from pipeline.page import Page
from pipeline.readers.blocks import page_blocks
from pipeline.readers.decode import decode_bytes, scrub_text, strip_control_chars
from pipeline.readers.html import NestingTooDeep, element_text, markup_to_lines, parse_html
from pipeline.readers.mojibake import repair as repair_mojibake

# The <title> before parsing (dumps of markup, template learning): looked for in the head only,
# start and end searched separately so that a page of unclosed <title>s stays linear.
_TITLE_START = re.compile(r"<title(?:\s[^>]{0,2000})?>", re.IGNORECASE)
_TITLE_END = re.compile(r"</title\s{0,100}>", re.IGNORECASE)
_TAGS = re.compile(r"<[^<>]{0,2000}>")
_TITLE_WINDOW = 200_000
# Deleting a set of bytes from a page's bytes leaves the others: a C loop, far quicker than a pattern
# over the text. Kept: the ASCII controls ``strip_control_chars`` removes, and E4-E9, the UTF-8 lead
# bytes of U+4000-U+9FFF (CJK ideographs).
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if b >= 0x80 or strip_control_chars(chr(b)))
_NOT_CJK_LEAD_BYTES = bytes(b for b in range(256) if not 0xE4 <= b <= 0xE9)
_UNMARKED_BYTES = bytes(b for b in _NOT_CONTROL_BYTES if b in _NOT_CJK_LEAD_BYTES)
_MARKUP_BYTES = "markup_bytes"  # page.extras: the bytes the markup was decoded from, when they are its UTF-8


def decode_page(page: Page) -> Page:
    """Bytes to text: ``page.html`` for markup, ``page.lines`` for dumps; ``page.html_title``."""
    if page.html is not None or page.lines is not None:
        return page  # already decoded
    raw = page.raw
    record = page.record
    marked = None  # the page's control bytes and CJK lead bytes (one C scan of its bytes)
    if isinstance(raw.data, bytes):
        marked = raw.data.translate(None, _UNMARKED_BYTES)
        decoded = decode_bytes(raw.data, http_content_type=raw.http_charset)
        text = decoded.text
        record.encoding = decoded.encoding
        if decoded.errors:
            page.warn(f"{decoded.errors} undecodable bytes in {decoded.encoding} replaced by U+FFFD")
    else:
        text = scrub_text(raw.data)
        record.encoding = "utf-8"  # already text: the container (JSONL) was UTF-8
    if marked is None or marked.translate(None, _NOT_CONTROL_BYTES):
        text = strip_control_chars(text)  # (no control byte: no control character, in any encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    # UTF-8 once misread as GB18030/GBK and saved again. Its signature is CJK ideographs: in a page read
    # as UTF-8, bytes E4-E9 lead them; without any, there is no signature to look for.
    utf8 = isinstance(raw.data, bytes) and decoded.evidence == "utf-8"
    cjk_free = utf8 and marked is not None and not marked.translate(None, _NOT_CJK_LEAD_BYTES)
    repaired = None if cjk_free else repair_mojibake(text)
    if repaired is not None:
        text = repaired.text
        page.warn(repaired.message)

    if raw.kind == "html":
        page.html = text
        page.html_title = markup_title(text)
        if utf8 and text is decoded.text:
            page.extras[_MARKUP_BYTES] = raw.data  # the text's own UTF-8: the parser needs no re-encoding
    else:
        first, _, rest = text.partition("\n")
        page.html_title = " ".join(first.split()) or None
        page.lines = rest.splitlines()
    return page


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
    """Decode if needed, then parse markup into ``page.tree`` (dumps keep their lines)."""
    decode_page(page)
    if page.html is None or page.tree is not None:
        return page
    try:
        page.tree = parse_html(page.html, page.extras.pop(_MARKUP_BYTES, None))
    except NestingTooDeep:
        page.warn("markup nests deeper than 2048 elements; read as plain text")
        lines = markup_to_lines(page.html)
        if lines and lines[0] == page.html_title:
            lines = lines[1:]
        page.lines = lines
        return page
    if page.tree is not None:
        title = page.tree.find(".//title")
        if title is not None:
            page.html_title = element_text(title) or None
        page_blocks(page)  # the page's one walk, read by the metadata and main-text steps
    return page
