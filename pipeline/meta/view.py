"""What the metadata step reads of a page: its visible lines, and (HTML) its head and a few elements.

HTML and dumps are brought to the same shape, visible text one block per line as a browser's
``innerText`` shows it, so that the headline, byline, breadcrumb and label rules are written once
and work on both. The tree is only read, never changed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from pipeline.meta import patterns as P
from pipeline.page import Page
from pipeline.text import normalise_line, repair_mojibake

# Elements whose text is never shown.
_SKIP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "select",
        "option",
        "textarea",
        "iframe",
        "svg",
        "button",
    ]
)
# Elements that start a new line of text.
_BLOCKS = frozenset(
    [
        "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5",
        "h6", "dl", "dt", "dd", "section", "article", "header", "footer", "nav", "aside", "blockquote", "pre", "form",
        "hr", "figure", "figcaption", "caption", "main", "address", "center", "fieldset", "legend", "details",
        "summary", "label",
    ]
)  # fmt: skip
_HEADINGS = ("h1", "h2", "h3")
# Inline elements whose text may be a relative date with the exact one in a tooltip.
_TOOLTIP_TAGS = frozenset(["span", "a", "abbr", "time", "em", "i", "b", "font", "small"])
# Substrings one of which a breadcrumb's class or id holds, checked (by the standard library's engine, quick
# on literals) before the full pattern: most blocks have none.
_CRUMB_HINT = re.compile("rumb|osition|OSITION|ocation|OCATION|ath|ATH|eizhi|dqwz|urpos|read")
MAX_MARKED = 30  # elements of each kind remembered on the way (home links, active items, authors)


@dataclass(slots=True)
class PageView:
    """The page as the metadata rules see it."""

    lines: list[str]
    title: str | None  # the <title> or line 1 of a dump
    meta: dict[str, list[str]] = field(default_factory=dict)  # lower-cased name/property/itemprop -> contents
    jsonld: list[dict[str, Any]] = field(default_factory=list)  # JSON-LD objects (graphs flattened)
    headings: list[tuple[str, str]] = field(default_factory=list)  # (tag, text) of h1/h2/h3 in order
    times: list[str] = field(default_factory=list)  # datetime attributes of <time> (and pubdate)
    title_blocks: list[str] = field(default_factory=list)  # texts of CMS title blocks (class="title")
    crumbs: list[Any] = field(default_factory=list)  # elements whose class/id names a breadcrumb
    author_elements: list[Any] = field(default_factory=list)  # elements marked as authors
    logos: list[Any] = field(default_factory=list)  # logo images
    home_links: list[Any] = field(default_factory=list)  # <a> elements pointing at a site's root page
    canonical: str | None = None
    html_lang: str | None = None
    tree: Any = None

    def first_meta(self, names: tuple[str, ...] | list[str]) -> str | None:
        """The first non-empty content among meta names, in the order given."""
        for name in names:
            for value in self.meta.get(name.lower(), ()):
                value = " ".join(value.split())
                if value:
                    return value
        return None


def build_view(page: Page) -> PageView:
    """The lines (and for HTML the head signals) of a parsed page."""
    if page.tree is None:
        raw_lines, title = page.lines or [], page.html_title
        text = "\n".join(raw_lines)
        repaired = repair_mojibake(text)
        if repaired is not None:  # a dump of UTF-8 misread as GBK: read it as the text stage does
            text = repaired
            title = repair_mojibake(title, known=True) or title if title else title
        if not text.isascii():
            text = P.INVISIBLE.sub("", text)
        lines = [line for line in (normalise_line(raw) for raw in text.split("\n")) if line]
        title = P.INVISIBLE.sub("", title).strip() or None if title else None
        return PageView(lines=lines, title=title)
    tree = page.tree
    crumbs: list[Any] = []
    marks: dict[str, list[Any]] = {"author": [], "logo": [], "home": []}
    title = P.INVISIBLE.sub("", page.html_title).strip() or None if page.html_title else None
    view = PageView(lines=tree_lines(tree, crumbs, marks), title=title, tree=tree, crumbs=crumbs)
    view.author_elements, view.logos = marks["author"], marks["logo"]
    view.home_links = marks["home"]
    view.html_lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or tree.get("xml:lang")
    read_head(tree, view)
    if not page.html_title:
        view.title_blocks = title_blocks(tree)
    return view


def title_blocks(tree: Any) -> list[str]:
    """Short texts of elements a CMS marks as titles (only read when the page has no <title>)."""
    out = []
    for element in P.TITLE_CLASS_XPATH(tree)[:40]:
        text = " ".join("".join(element.itertext()).split())
        if 2 <= len(text) <= 100:
            out.append(text)
    return out


def tree_lines(root: Any, crumbs: list[Any] | None = None, marks: dict[str, list[Any]] | None = None) -> list[str]:
    """Visible text, one block per line (inline elements run together, as innerText does).

    Blocks hidden by an inline ``display:none`` are skipped. ``crumbs`` (when given) receives the
    blocks whose class or id names a breadcrumb, noticed on the way: no second pass over the tree.
    ``marks`` (when given) receives elements marked as authors (class "author"/"byline", rel or
    itemprop "author") under "author", and logo images under "logo".
    This loop is the metadata step's main cost, hence its plainness.
    """
    parts: list[str] = []
    append = parts.append
    crumb_class = P.CRUMB_CLASS.search
    home_href = P.HOME_HREF.match
    hint = _CRUMB_HINT.search
    skip, blocks, tooltip_tags = _SKIP, _BLOCKS, _TOOLTIP_TAGS
    authors = marks["author"] if marks is not None else None
    logos = marks["logo"] if marks is not None else None
    homes = marks["home"] if marks is not None else None
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if tag in skip or not isinstance(tag, str):
                if not isinstance(tag, str) and element.tail:
                    append(element.tail)
                walker.skip_subtree()
                continue
            cls = element.get("class")
            if authors is not None:
                if cls is not None and ("uthor" in cls or "byline" in cls or "autor" in cls):
                    if len(authors) < MAX_MARKED:
                        authors.append(element)
                elif tag == "a":
                    if element.get("rel") == "author" and len(authors) < MAX_MARKED:
                        authors.append(element)
                    href = element.get("href")
                    if href and len(homes) < MAX_MARKED and href.count("/") <= 4 and home_href(href):
                        homes.append(element)
                elif tag == "img" and "logo" in (cls or "") + (element.get("src") or "") + (element.get("id") or ""):
                    logos.append(element)
            if tag in blocks:
                style = element.get("style")
                if style and "none" in style and _display_none(style):
                    walker.skip_subtree()
                    continue
                if crumbs is not None:
                    if cls and hint(cls) and crumb_class(cls):
                        crumbs.append(element)
                    else:
                        ident = element.get("id")
                        if ident and hint(ident) and crumb_class(ident):
                            crumbs.append(element)
                append("\n")
            text = element.text
            if text:
                if tag in tooltip_tags and len(text) < 20 and ("前" in text or "ago" in text or "天" in text):
                    text = _tooltip_date(element, text)
                append(text)
        else:
            if tag in blocks:
                append("\n")
            if element.tail and element is not root and isinstance(tag, str):
                append(element.tail)
    joined = "".join(parts)
    if not joined.isascii():
        joined = P.INVISIBLE.sub("", joined)
    return [" ".join(raw.split()) for raw in joined.split("\n") if raw and not raw.isspace()]


def _tooltip_date(element: Any, text: str) -> str:
    """ "11个月前" shown, "2023-05-28 10:28:25" in the tooltip: the exact date replaces the relative one."""
    if not P.RELATIVE_DATE.search(text):
        return text
    for name in ("title", "data-tooltip", "datetime", "data-time"):
        value = element.get(name)
        if value and P.DATE_IN_TOOLTIP.search(value):
            return value
    return text


def _display_none(style: str) -> bool:
    compact = style.replace(" ", "").lower()
    return "display:none" in compact or "visibility:hidden" in compact


def read_head(tree: Any, view: PageView) -> None:
    """Meta tags, JSON-LD, canonical link, <time> and headings, in one pass over those elements."""
    meta = view.meta
    for element in tree.iter("meta", "link", "script", "time", "h1", "h2", "h3"):
        tag = element.tag
        if tag == "meta":
            name = (
                element.get("name") or element.get("property") or element.get("itemprop") or element.get("http-equiv")
            )
            content = element.get("content")
            if content is None:
                content = element.get("datetime")
            if name and content is not None:
                meta.setdefault(name.strip().lower(), []).append(content)
        elif tag == "link":
            rel = (element.get("rel") or "").lower()
            if "canonical" in rel and view.canonical is None:
                view.canonical = (element.get("href") or "").strip() or None
        elif tag == "script":
            if "ld+json" in (element.get("type") or "").lower() and element.text:
                view.jsonld.extend(_jsonld_objects(element.text))
        elif tag == "time":
            value = element.get("datetime") or element.get("pubdate")
            if value:
                view.times.append(value.strip())
        else:
            text = " ".join("".join(element.itertext()).split())
            if text and len(text) <= 300:
                view.headings.append((tag, text))


def _jsonld_objects(text: str) -> list[dict[str, Any]]:
    """The objects of a JSON-LD block, @graph members included; nothing when it does not parse."""
    try:
        data = json.loads(text.strip().rstrip(";"))
    except ValueError:
        return []
    out: list[dict[str, Any]] = []
    stack = [data]
    while stack and len(out) < 50:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            out.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(reversed(graph))
    return out
