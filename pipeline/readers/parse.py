"""The first steps: decode a RawPage, then give it structure (a tree for HTML, lines for dumps)."""

from __future__ import annotations

import html as html_lib
import re

from pipeline.page import Page
from pipeline.readers.decode import decode_bytes, scrub_text, strip_control_chars
from pipeline.readers.html import NestingTooDeep, element_text, markup_to_lines, parse_html

# The <title> before parsing (dumps of markup, template learning): looked for in the head only,
# start and end searched separately so that a page of unclosed <title>s stays linear.
_TITLE_START = re.compile(r"<title(?:\s[^>]{0,2000})?>", re.IGNORECASE)
_TITLE_END = re.compile(r"</title\s{0,100}>", re.IGNORECASE)
_TAGS = re.compile(r"<[^<>]{0,2000}>")
_TITLE_WINDOW = 200_000


def decode_page(page: Page) -> Page:
    """Bytes to text: ``page.html`` for markup, ``page.lines`` for dumps; ``page.html_title``."""
    if page.html is not None or page.lines is not None:
        return page  # already decoded
    raw = page.raw
    record = page.record
    if isinstance(raw.data, bytes):
        decoded = decode_bytes(raw.data, http_content_type=raw.http_charset)
        text = decoded.text
        record.encoding = decoded.encoding
        if decoded.errors:
            page.warn(f"{decoded.errors} undecodable bytes in {decoded.encoding} replaced by U+FFFD")
    else:
        text = scrub_text(raw.data)
        record.encoding = "utf-8"  # already text: the container (JSONL) was UTF-8
    text = strip_control_chars(text)
    if text.startswith("\ufeff"):
        text = text[1:]

    if raw.kind == "html":
        page.html = text
        page.html_title = markup_title(text)
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
        page.tree = parse_html(page.html)
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
    return page
