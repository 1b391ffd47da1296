"""The first step: decode a RawPage and give it structure (a tree for HTML, lines for dumps)."""

from __future__ import annotations

from pipeline.page import Page
from pipeline.readers.decode import decode_bytes, strip_control_chars
from pipeline.readers.html import NestingTooDeep, element_text, markup_to_lines, parse_html


def parse_page(page: Page) -> Page:
    """Decode the payload, then parse markup into ``page.tree`` or split a dump into lines."""
    raw = page.raw
    record = page.record
    if isinstance(raw.data, bytes):
        decoded = decode_bytes(raw.data, http_content_type=raw.http_charset)
        text = decoded.text
        record.encoding = decoded.encoding
        if decoded.errors:
            page.warn(f"{decoded.errors} undecodable bytes in {decoded.encoding} replaced by U+FFFD")
    else:
        text = raw.data
        record.encoding = "utf-8"  # already text: the container (JSONL) was UTF-8
    text = strip_control_chars(text)

    if raw.kind == "html":
        page.html = text
        try:
            page.tree = parse_html(text)
        except NestingTooDeep:
            page.warn("markup nests deeper than 2048 elements; read as plain text")
            lines = markup_to_lines(text)
            page.html_title = lines[0] if lines else None
            page.lines = lines[1:]
            return page
        if page.tree is not None:
            title = page.tree.find(".//title")
            page.html_title = element_text(title) or None
    else:
        if text.startswith("\ufeff"):
            text = text[1:]
        first, _, rest = text.partition("\n")
        page.html_title = " ".join(first.split()) or None
        page.lines = rest.splitlines()
    return page
