"""What the metadata step reads of a page: its visible lines, and (HTML) its head and a few elements.

HTML and dumps are brought to the same shape, visible text one block per line as a browser's
``innerText`` shows it, so that the headline, byline, breadcrumb and label rules are written once
and work on both. For HTML the lines, breadcrumbs, author elements, logos and home links come from
the page's one walk over the tree (``pipeline.readers.blocks``, shared with the main-text step);
the head is read here. The tree is only read, never changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import compress
from typing import Any

import pipeline.readers.blocks as shared_walk  # a module import: that module imports this package
from pipeline.meta import patterns as P
from pipeline.page import Page

HEADING_TEXT = 300  # characters of an h1-h3 text at most in PageView.headings (longer: not a heading)


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
    categories: list[Any] = field(default_factory=list)  # <a rel="category tag"> (blog engines)
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
    title = P.visible(page.html_title).strip() or None if page.html_title else None
    if page.tree is None:  # a dump (its mojibake was repaired by the reader)
        return PageView(lines=join_split_dates(shared_walk.visible_lines(page.lines or [])), title=title)
    tree = page.tree
    walked = shared_walk.page_blocks(page)
    view = PageView(lines=join_split_dates(walked.lines), title=title, tree=tree, crumbs=walked.crumbs)
    view.author_elements, view.logos = walked.author_elements, walked.logos
    view.home_links = walked.home_links
    view.categories = walked.categories
    view.html_lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or tree.get("xml:lang")
    read_head(walked.head_elements, view)
    if not page.html_title:
        view.title_blocks = title_blocks(tree)
    return view


def join_split_dates(lines: list[str]) -> list[str]:
    """A date printed in pieces, one element per line, as one line: "2024" / "03/05" / "10:21:35" (a big
    year over the month and day, xinhuanet's header) -> "2024 03/05 10:21:35". The lines are shared with
    the main-text stage: a new list is made when a piece is found, else the same list is returned."""
    four = compress(lines, map((4).__eq__, map(len, lines)))  # the lines of four characters, picked at C speed
    if not any(map(str.isdigit, four)):
        return lines  # no year alone on a line (most pages): nothing to join
    out: list[str] | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        if len(line) == 4 and line.isdigit() and index + 1 < len(lines) and P.MONTH_DAY_LINE.match(lines[index + 1]):
            if out is None:
                out = lines[:index]
            pieces = [line, lines[index + 1]]
            if index + 2 < len(lines) and P.TIME_LINE.match(lines[index + 2]):
                pieces.append(lines[index + 2])
            out.append(" ".join(pieces))
            index += len(pieces)
            continue
        if out is not None:
            out.append(line)
        index += 1
    return lines if out is None else out


def collapsed_text(element: Any) -> str:
    """The element's text with its whitespace collapsed: ``" ".join("".join(element.itertext()).split())``. A childless
    element's text is its ``.text`` (no iterator is made: most links and headings hold a text and nothing else)."""
    return " ".join(((element.text or "") if len(element) == 0 else "".join(element.itertext())).split())


def short_text(element: Any, longest: int) -> str | None:
    """The element's text with its whitespace collapsed (``" ".join(text.split())``), or None when that is
    longer than ``longest``. The text is read piece by piece and given up as soon as what was read, collapsed,
    passes ``longest`` (the whole text collapsed starts with it), so that a big container (an author element's
    parent holding the whole article) is not read to its end for a rule that wants a short label."""
    pieces: list[str] = []
    read, check = 0, longest
    for piece in element.itertext():
        pieces.append(piece)
        read += len(piece)
        if read > check:  # looked at when the raw text passes the limit, then each time it doubles
            if len(" ".join("".join(pieces).split())) > longest:
                return None
            check = 2 * read
    text = " ".join("".join(pieces).split())
    return text if len(text) <= longest else None


def heading_text(element: Any) -> str | None:
    """An h1-h3's text as ``PageView.headings`` holds it: collapsed, None when empty or longer than
    ``HEADING_TEXT`` (a container marked up as a heading)."""
    text = collapsed_text(element) if len(element) == 0 else short_text(element, HEADING_TEXT)
    return text if text and len(text) <= HEADING_TEXT else None


def title_blocks(tree: Any) -> list[str]:
    """Short texts of elements a CMS marks as titles (only read when the page has no <title>)."""
    out = []
    for element in P.TITLE_CLASS_XPATH(tree)[:40]:
        text = collapsed_text(element)
        if 2 <= len(text) <= 100:
            out.append(text)
    return out


def read_head(elements: list[Any], view: PageView) -> None:
    """Meta tags, JSON-LD, canonical link, <time> and headings, in one pass over those elements (the page
    walk's ``head_elements``: its elements of ``HEAD_TAGS``, in document order)."""
    meta = view.meta
    for element in elements:
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
            if view.canonical is None and "canonical" in (element.get("rel") or "").lower():
                view.canonical = (element.get("href") or "").strip() or None
        elif tag == "script":
            if "ld+json" in (element.get("type") or "").lower() and element.text:
                view.jsonld.extend(_jsonld_objects(element.text))
        elif tag == "time":
            value = element.get("datetime") or element.get("pubdate")
            if value:
                view.times.append(value.strip())
        else:
            text = heading_text(element)
            if text:
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
