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
# over the text. Kept: the ASCII controls ``strip_control_chars`` removes, and every non-ASCII byte.
_CONTROL_BYTES = bytes(b for b in range(0x80) if not strip_control_chars(chr(b)))
_UNMARKED_BYTES = bytes(b for b in range(0x80) if b not in _CONTROL_BYTES)
_NOT_CJK_LEAD_BYTES = bytes(b for b in range(256) if not 0xE4 <= b <= 0xE9)
_MARKUP_BYTES = "markup_bytes"  # page.extras: the bytes the markup was decoded from, when they are its UTF-8


def decode_page(page: Page) -> Page:
    """Bytes to text: ``page.html`` for markup, ``page.lines`` for dumps; ``page.html_title``."""
    if page.html is not None or page.lines is not None:
        return page  # already decoded
    raw = page.raw
    record = page.record
    high = None  # the page's non-ASCII bytes, and whether it has control bytes (C scans of its bytes)
    controls = True
    if isinstance(raw.data, bytes):
        marked = raw.data.translate(None, _UNMARKED_BYTES)
        high = marked.translate(None, _CONTROL_BYTES)
        controls = len(high) < len(marked)
        decoded = decode_bytes(raw.data, http_content_type=raw.http_charset)
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
    # a page read as UTF-8 without any of those bytes has none.
    utf8 = isinstance(raw.data, bytes) and decoded.evidence == "utf-8"
    repaired = None
    if not utf8:
        repaired = repair_mojibake(text)
    elif high is not None and high.translate(None, _NOT_CJK_LEAD_BYTES):
        repaired = repair_mojibake(text, non_ascii=high.decode("utf-8"))
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
        # the first <title> below the root: what find(".//title") gives (lxml's ElementPath runs this very
        # iterator for that path), without the path machinery around it
        title = next(page.tree.iterdescendants("title"), None)
        if title is not None:
            page.html_title = element_text(title) or None
        page_blocks(page)  # the page's one walk, read by the metadata and main-text steps
    return page
