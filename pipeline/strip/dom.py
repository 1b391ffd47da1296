"""Main text from an HTML tree (first version: visible block text without script/style/nav).

The tree is read, never modified: the metadata step and others share it.
"""

from __future__ import annotations

from lxml import etree

from pipeline.page import Page

_SKIP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "form",
        "select",
        "button",
        "iframe",
        "head",
        "title",
    ]
)
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "td",
        "th",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "blockquote",
        "dt",
        "dd",
        "figcaption",
        "caption",
        "section",
        "article",
        "tr",
        "br",
    ]
)


def extract_dom(page: Page) -> Page:
    """One line per block of visible text, in document order."""
    parts: list[str] = []
    walker = etree.iterwalk(page.tree, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _SKIP:
                walker.skip_subtree()  # its "end" event still comes and adds the tail
                continue
            if tag in _BLOCKS:
                parts.append("\n")
            if element.text:
                parts.append(element.text)
        else:
            if tag in _BLOCKS:
                parts.append("\n")
            if element.tail and element is not page.tree:
                parts.append(element.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    page.paragraphs = [line for line in lines if line]
    return page
