"""Markup to an lxml tree: libxml2's forgiving HTML parser, with no network and no entity expansion.

XHTML is parsed as HTML on purpose: the HTML parser never loads DTDs or external entities, so
entity bombs and XXE in an XHTML page stay inert text.
"""

from __future__ import annotations

import re

from lxml import etree

_PARSER = etree.HTMLParser(
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    collect_ids=False,
    default_doctype=False,
    huge_tree=True,  # text nodes over 10 MB and nesting up to 2048 levels; no entity risk in HTML
)
# A DOCTYPE internal subset (<!DOCTYPE x [ <!ENTITY ...> ]>) has no business in a web page. The
# HTML parser never expands its entities anyway; it is dropped so that its text does not leak.
# Looked for at the head only, and its end within a bounded window: linear on any input.
_SUBSET_START = re.compile(r"<!DOCTYPE[^\[>]{0,500}\[", re.IGNORECASE)
_SUBSET_START_BYTES = re.compile(rb"<!DOCTYPE[^\[>]{0,2000}\[", re.IGNORECASE)  # the same in UTF-8 bytes, at most
_SUBSET_END = re.compile(r"\][ \t\r\n]{0,100}>")
_HEAD_WINDOW = 4096
_SUBSET_WINDOW = 1 << 20
# libxml2 (2.14) stops at the first </html>: all that follows is lost. Browsers ignore the tag and read on,
# and a CMS that includes a header file written as a whole document leaves one right after the header
# (the article follows it). One scan finds the first (a class per letter: the quickest of the searches tried).
_HTML_END_START = re.compile(rb"</[hH][tT][mM][lL]")
_HTML_END = re.compile(rb"</[hH][tT][mM][lL]\s*>")
_COMMENTS = re.compile(rb"<!--.*?(?:-->|$)", re.DOTALL)
_HTML_END_TAIL = 4096  # bytes after the first </html> looked at closely; more than that is more markup
_MAX_REPORTED_ERRORS = 100  # libxml2 reports no more errors of a document than this (XML_MAX_ERRORS)


class NestingTooDeep(Exception):
    """The markup nests deeper than libxml2 allows (2048): the parse would silently lose the rest."""


class NotUtf8(Exception):
    """Markup given to ``parse_utf8`` holds bytes that are not UTF-8."""


def parse_html(markup: str, utf8: bytes | None = None) -> etree._Element | None:
    """The document's root element, or None when there is nothing to parse.

    ``utf8``: the markup's own UTF-8 bytes without NUL, when the caller has them (the page's bytes,
    decoded as they are): parsed as they are, without encoding the text again.
    Raises NestingTooDeep when libxml2 gave up part-way because of excessive nesting.
    """
    kept = _drop_internal_subset(markup)
    data = utf8 if utf8 is not None and kept is markup else kept.encode("utf-8", "replace").replace(b"\x00", b"")
    return _parse(data)[0]


def parse_utf8(data: bytes) -> etree._Element | None:
    """``parse_html(data.decode("utf-8"), data)`` without decoding the text: for bytes without NUL whose markup has
    no DOCTYPE internal subset (``may_hold_internal_subset``), believed to be UTF-8.

    libxml2 decodes the bytes as UTF-8 and says when it meets bytes that are not: raises NotUtf8 then (nothing
    is lost but the parse; the caller decodes the page its own way). libxml2 reports 100 errors of a document at
    most, so with a full log, or no tree, Python's decoder decides. Raises NestingTooDeep as parse_html does.
    """
    try:
        root, errors = _parse(data)
    except NestingTooDeep:
        _check_utf8(data)
        raise
    if root is None or len(errors) >= _MAX_REPORTED_ERRORS or "ERR_INVALID_ENCODING" in errors:
        _check_utf8(data)
    return root


def may_hold_internal_subset(data: bytes) -> bool:
    """Whether the text of these UTF-8 bytes may hold what ``_drop_internal_subset`` drops. Read off the bytes: the
    text's head window of characters lies within four times as many bytes, and its pattern's characters other than
    the letters of DOCTYPE (which no other character matches, whatever the case) are any but "[" and ">", each of
    one to four bytes none of which is "[" or ">"."""
    return _SUBSET_START_BYTES.search(data, 0, 4 * _HEAD_WINDOW) is not None


def _check_utf8(data: bytes) -> None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotUtf8(str(exc)) from None


def _parse(data: bytes) -> tuple[etree._Element | None, list[str]]:
    """The root, and the kinds of the errors libxml2 reported (none when nothing was parsed)."""
    if not data or data.isspace():
        return None, []
    data = _without_early_html_end(data)
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None, []
    errors = [entry.type_name for entry in _PARSER.error_log]
    if "ERR_RESOURCE_LIMIT" in errors:
        raise NestingTooDeep("markup nests deeper than 2048 elements")
    return root, errors


def _without_early_html_end(data: bytes) -> bytes:
    """The markup without its </html> tags when one comes before more markup or text (not only comments
    and spaces): what a browser shows after it is then parsed too, as the browser does."""
    found = _HTML_END_START.search(data)
    if found is None:
        return data
    first = found.start()
    rest = _HTML_END.sub(b"", data[first:])
    if len(data) - first <= _HTML_END_TAIL and not _COMMENTS.sub(b"", rest).strip():
        return data  # only spaces and comments after it (most pages): nothing lost
    return data[:first] + rest


def _drop_internal_subset(markup: str) -> str:
    start = _SUBSET_START.search(markup, 0, _HEAD_WINDOW)
    if start is None:
        return markup
    end = _SUBSET_END.search(markup, start.end(), start.end() + _SUBSET_WINDOW)
    if end is None:
        return markup
    return markup[: start.start()] + markup[end.end() :]


# Where markup starts: a tag or end tag (group 1: "/", group 2: the name), a comment, <!...> or <?...>.
# A "<" followed by anything else is text, as in a browser.
_MARKUP_START = re.compile(r"<(?:(/?)([a-zA-Z][a-zA-Z0-9]*)|!--|[!?])")
_RAW_TEXT_END = {
    name: re.compile(rf"</{name}[\s/>]", re.IGNORECASE) for name in ("script", "style", "noscript", "template")
}
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "tr",
        "td",
        "th",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "blockquote",
        "pre",
        "form",
        "title",
        "hr",
    ]
)


def markup_to_lines(markup: str) -> list[str]:
    """Visible text of markup that cannot be parsed as a tree, one block per line.

    A single forward scan with ``str.find``: linear whatever the input (unclosed tags, comments
    and scripts end the text, as they do in a browser), so hostile pages cannot stall it.
    """
    import html as html_lib

    pieces: list[str] = []
    position = 0
    while True:
        match = _MARKUP_START.search(markup, position)
        if match is None:
            pieces.append(markup[position:])
            break
        pieces.append(markup[position : match.start()])
        if match.group(0) == "<!--":
            end = markup.find("-->", match.end())
            if end < 0:
                break
            position = end + 3
            continue
        close = markup.find(">", match.end())
        if close < 0:
            break
        position = close + 1
        name = (match.group(2) or "").lower()
        if not name:
            continue
        raw_end = None if match.group(1) else _RAW_TEXT_END.get(name)
        if raw_end is not None:
            end_tag = raw_end.search(markup, position)
            if end_tag is None:
                break
            close = markup.find(">", end_tag.start())
            if close < 0:
                break
            pieces.append(" ")
            position = close + 1
        elif name in _BLOCK_TAGS:
            pieces.append("\n")
    text = html_lib.unescape("".join(pieces))
    return [line.strip() for line in text.splitlines() if line.strip()]


def element_text(element: etree._Element | None) -> str:
    """All text inside an element, whitespace collapsed."""
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())
