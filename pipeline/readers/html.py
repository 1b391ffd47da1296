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
# A DOCTYPE internal subset (<!DOCTYPE x [ <!ENTITY ...> ]>) has no business in a web page.
_INTERNAL_SUBSET = re.compile(r"<!DOCTYPE[^\[>]{0,500}\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)


class NestingTooDeep(Exception):
    """The markup nests deeper than libxml2 allows (2048): the parse would silently lose the rest."""


def parse_html(markup: str) -> etree._Element | None:
    """The document's root element, or None when there is nothing to parse.

    Raises NestingTooDeep when libxml2 gave up part-way because of excessive nesting.
    """
    if "<!" in markup[:4096] and "[" in markup[:4096]:
        markup = _INTERNAL_SUBSET.sub("", markup, count=1)
    data = markup.encode("utf-8", "surrogatepass").replace(b"\x00", b"")
    if not data.strip():
        return None
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in _PARSER.error_log):
        raise NestingTooDeep("markup nests deeper than 2048 elements")
    return root


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>|<!--.*?-->|<![^>]*>", re.DOTALL)
_SKIP_CONTENT = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
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
    """Visible text of markup that cannot be parsed as a tree, one block per line (regex-based)."""
    import html as html_lib

    markup = _SKIP_CONTENT.sub(" ", markup)

    def replace(match: re.Match[str]) -> str:
        name = (match.group(2) or "").lower()
        return "\n" if name in _BLOCK_TAGS else ""

    text = html_lib.unescape(_TAG.sub(replace, markup))
    return [line.strip() for line in text.splitlines() if line.strip()]


def element_text(element: etree._Element | None) -> str:
    """All text inside an element, whitespace collapsed."""
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())
