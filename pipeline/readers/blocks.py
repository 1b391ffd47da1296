"""The page as blocks: one walk over the lxml tree, shared by the metadata and main-text stages.

Both stages read the page as a browser shows it, text one block after another. They used to walk
the tree each on their own; this module walks it once (``walk_tree``) and gives each what it needs:

- the main-text extractor (``pipeline.strip.dom``): the text blocks between block-level
  boundaries (length, link text, kind, table cell), the block range of every block-level element
  and the elements whose tag or class/id names boilerplate (``pipeline.strip.dom_blocks.Segmented``);
- the metadata step (``pipeline.meta.view``): the visible lines as ``innerText`` shows them (a line
  per block of its own, wider, set of block tags, and per source line break), the elements whose
  class/id names a breadcrumb, the elements marked as authors, logo images and home links.

The two stages disagree on a few details and the walk keeps both: the metadata lines also break
at ``<label>``; they show a relative date ("3天前") as the exact one of its tooltip; and they keep
the text of elements the extractor drops (media fallbacks, inline elements hidden by a style).
Those elements are walked for the metadata lines only, in a loop of their own (``_meta_only``),
so that the main loop pays nothing for them.

The result is computed once per page and kept in ``page.blocks`` (``page_blocks``); the parse step
builds it, as the structure of the page. The walk is iterative and reads the tree without
changing it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from pipeline.meta import patterns as MP
from pipeline.page import Page
from pipeline.strip import patterns as SP
from pipeline.strip.dom_blocks import CLASSIFIED, Block, Container, Flagged, Segmented, classify_names, merge_table_rows

MAX_MARKED = 30  # elements of each kind remembered for the metadata step (authors, home links)
_HOME_PAGE_NAME = len(".default.shtml")  # the longest page name a home link may end with

# The tags the metadata lines break at (the extractor's block tags are ``SP.BLOCK_KIND``, br and hr).
META_BLOCKS = frozenset(
    [
        "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5",
        "h6", "dl", "dt", "dd", "section", "article", "header", "footer", "nav", "aside", "blockquote", "pre", "form",
        "hr", "figure", "figcaption", "caption", "main", "address", "center", "fieldset", "legend", "details",
        "summary", "label",
    ]
)  # fmt: skip
# Elements whose text the metadata lines never show (the extractor drops more: ``SP.SKIP_TAGS``).
META_SKIP = frozenset(
    [
        "script", "style", "noscript", "template", "head", "title", "select", "option", "textarea", "iframe", "svg",
        "button",
    ]
)  # fmt: skip
# The elements the metadata step reads the head signals from (``pipeline.meta.view.read_head``): listed by the
# walk in document order, wherever they are (the walk enters no <head> or <script>: those subtrees are looked
# through for them), as ``root.iter(*HEAD_TAGS)`` lists them, so that the tree is not gone through again.
HEAD_TAGS = ("meta", "link", "script", "time", "h1", "h2", "h3")
# Inline elements whose text may be a relative date with the exact one in a tooltip.
TOOLTIP_TAGS = frozenset(["span", "a", "abbr", "time", "em", "i", "b", "font", "small"])
_TOOLTIP_ATTRIBUTES = ("title", "data-tooltip", "datetime", "data-time")
# Substrings one of which a breadcrumb's class or id holds, checked (by the standard library's engine, quick
# on literals) before the full pattern ``CRUMB_CLASS``.
_CRUMB_HINTS = ("rumb", "osition", "OSITION", "ocation", "OCATION", "ath", "ATH", "eizhi", "dqwz", "urpos", "read")
_CRUMB_HINT = re.compile("|".join(_CRUMB_HINTS))
# Substrings one of which a class attribute holds when ``_class_marks`` marks it (the literal tests it opens
# with, a breadcrumb's hints among them): the compiled walk looks for them in the attribute's bytes before it
# asks ``_class_marks`` (all ASCII: found in the UTF-8 bytes exactly when found in the text).
_AUTHOR_HINTS = ("uthor", "byline", "autor")
_SCREEN_READER_HINTS = ("sr", "reader", "hidden", "invisible", "assistive")
_MARK_HINTS = (*_AUTHOR_HINTS, *_CRUMB_HINTS, *_SCREEN_READER_HINTS)


@dataclass(slots=True)
class PageBlocks:
    """What the shared walk found on a page."""

    segmented: Segmented  # blocks, containers, flagged elements, <h1> texts (the main-text stage)
    lines: list[str]  # visible lines, whitespace collapsed (the metadata stage)
    crumbs: list[Any] = field(default_factory=list)  # block elements whose class or id names a breadcrumb
    author_elements: list[Any] = field(default_factory=list)  # class author/byline, rel="author"
    logos: list[Any] = field(default_factory=list)  # <img> whose class, src or id says logo
    home_links: list[Any] = field(default_factory=list)  # <a> pointing at a site's root page
    categories: list[Any] = field(default_factory=list)  # <a rel="category …">, a blog post's categories
    head_elements: list[Any] = field(default_factory=list)  # the HEAD_TAGS elements, in document order


def page_blocks(page: Page) -> PageBlocks | None:
    """The page's blocks, walked on first use and kept on the page (None without a tree)."""
    if page.blocks is None and page.tree is not None:
        page.blocks = walk(page.tree)
    return page.blocks


def walk(root: Any) -> PageBlocks:
    """``walk_tree``, compiled when the extension is built (``compiled_walk``)."""
    return (compiled_walk or walk_tree)(root)


# What the walk does at each tag, read with one dict lookup per event: the extractor's action (low
# bits) and flags.
_INLINE, _PLAIN, _BLOCK, _LINK, _BREAK, _SKIP, _NODE = range(7)
_ACTION = 7
_LINE = 1 << 3  # a metadata line boundary (``META_BLOCKS``)
_TOOLTIP = 1 << 4  # an inline element whose text may be a relative date (``TOOLTIP_TAGS``)
_META_SKIP = 1 << 5  # skipped by the metadata lines too (``META_SKIP``)
_LOOK = 1 << 6  # an element whose style (or hidden attribute) may hide it
_ENDS_BLOCK = 1 << 7  # a boundary of the extractor's blocks (block-level elements, br, hr)
_TABLE, _ROW, _CELL, _PRE, _H1 = (1 << i for i in range(8, 13))
_SKIPPED = 1 << 13  # set on an open element the extractor skips


def _codes() -> dict[object, int]:
    codes: dict[object, int] = {}
    for tag in SP.PLAIN_INLINE_TAGS:
        codes[tag] = _PLAIN
    for tag in SP.BLOCK_KIND:
        codes[tag] = _BLOCK | _LOOK | _ENDS_BLOCK
    codes["a"] = _LINK | _LOOK
    codes["br"] = codes["hr"] = _BREAK | _ENDS_BLOCK
    for tag in SP.SKIP_TAGS:
        codes[tag] = _SKIP | (_META_SKIP if tag in META_SKIP else 0)
    for node in (etree.Comment, etree.ProcessingInstruction, etree.Entity):
        codes[node] = _NODE
    for tag in META_BLOCKS:
        codes[tag] = codes.get(tag, _INLINE | _LOOK) | _LINE
    for tag in TOOLTIP_TAGS:
        codes[tag] = codes.get(tag, _INLINE | _LOOK) | _TOOLTIP
    for tag, flag in (("table", _TABLE), ("tr", _ROW), ("td", _CELL), ("th", _CELL), ("pre", _PRE), ("h1", _H1)):
        codes[tag] |= flag
    return codes


_CODES = _codes()
_DEFAULT_CODE = _INLINE | _LOOK  # any other tag: inline, its style read
# Kind and heading level of the extractor's blocks.
_BLOCK_INFO = {tag: (kind, int(tag[1]) if kind == "h" else 0) for tag, kind in SP.BLOCK_KIND.items()}


def walk_tree(root: Any) -> PageBlocks:
    """One pass over the tree: the extractor's blocks and containers, the metadata lines and marks.

    The extractor's part: a block is the text gathered between two block boundaries; each block-level
    element records the range of blocks it holds and its boilerplate bits. The metadata part: every
    text node goes to the lines too, which break at each start and end of ``META_BLOCKS``; the class,
    id and links of the elements are looked at for the marks. Most elements have no attribute of
    interest: the attributes are listed once, read only when present. This loop is the main cost of
    both stages, hence its plainness (and its caches: a site repeats its class names, styles, links).
    """
    blocks: list[Block] = []
    containers: list[Container] = []
    flagged: list[Flagged] = []
    h1: list[str] = []
    # The metadata lines' text, as segments between their boundaries (a segment of spaces only is
    # dropped at once): ``line_parts`` the open segment, ``line_seen`` when it holds more than spaces.
    segments: list[str] = []
    line_parts: list[str] = []
    line_seen = False
    found = PageBlocks(Segmented(blocks, containers, flagged, h1), [])
    named = found.segmented.named
    crumbs, authors, logos, homes = found.crumbs, found.author_elements, found.logos, found.home_links
    categories = found.categories

    pieces: list[str] = []  # text of the open block
    visible = False  # ``pieces`` hold more than spaces
    link_chars = 0  # characters of ``pieces`` inside links
    link_depth = 0
    # open block-level elements: (element, first block, bonus, boilerplate bits, kind, heading level)
    open_blocks: list[tuple[Any, int, float, int, str, int]] = []
    tables: list[list[int]] = []  # open tables: [table id, row, cell]
    table_count = 0
    table_nested: dict[int, bool] = {}
    in_pre = 0
    codes, default_code, block_info = _CODES, _DEFAULT_CODE, _BLOCK_INFO
    never_flagged = SP.NEVER_FLAGGED
    tag_flags = SP.TAG_FLAGS
    style_cache = _style_cache
    crumb_cache = _crumb_cache
    names_cache = CLASSIFIED
    marks_cache = _marks_cache
    home_cache = _home_cache
    append_part = line_parts.append

    # the codes of the open elements, read back at their ends (quicker than their tags)
    open_codes: list[int] = []
    push_code, pop_code = open_codes.append, open_codes.pop

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if event == "start":
            tag = element.tag
            code = codes.get(tag, default_code)
            action = code & _ACTION
            if action == _NODE:  # an entity reference (iterwalk passes over comments and PIs): its tail shows
                push_code(code)
                continue
            if action == _SKIP:
                if code & _META_SKIP:
                    push_code(code | _SKIPPED)
                    walker.skip_subtree()
                    continue
                code |= _SKIPPED
                # A media fallback, an input, an object: not text for the extractor, but shown.
                cls = element.get("class")
                _mark(element, tag, cls, found)
                line_seen = _meta_only(walker, element, cls, (segments, line_parts, line_seen), found)
            else:
                if code & _LOOK:  # several attributes are read: list them first (few elements have any)
                    attributes = element.keys()
                    cls = element.get("class") if attributes and "class" in attributes else None
                else:
                    attributes = None
                    cls = element.get("class")
                marks = (marks_cache.get(cls) or _class_marks(cls)) if cls else 0
                if marks & _AUTHOR_MARK:
                    if len(authors) < MAX_MARKED:
                        authors.append(element)
                elif action == _LINK and attributes:
                    href = element.get("href") if "href" in attributes and len(homes) < MAX_MARKED else None
                    if href:
                        home = home_cache.get(href)
                        if home is None:
                            home = _is_home(href)
                        if home:
                            homes.append(element)
                    if "rel" in attributes:
                        rel = element.get("rel")
                        if rel == "author" and len(authors) < MAX_MARKED:
                            authors.append(element)
                        elif "category" in rel and len(categories) < MAX_MARKED:
                            categories.append(element)  # rel="category tag": a blog post's category
                elif action == _PLAIN and tag == "img" and _is_logo(element, cls):
                    logos.append(element)
                screen_reader = marks & _SCREEN_READER_MARK
                if attributes and ("style" in attributes or "hidden" in attributes or screen_reader):
                    style = element.get("style")
                    if style:
                        hidden = style_cache.get(style)
                        if hidden is None:
                            hidden = _is_hidden_style(style)
                    else:
                        hidden = False
                    if hidden or "hidden" in attributes or screen_reader:
                        code |= _SKIPPED
                        if code & _LINE and style and _meta_hidden(style):
                            push_code(code)
                            walker.skip_subtree()  # hidden for both
                            continue
                        # Hidden for the extractor only: an inline element's style, a hidden attribute, text
                        # for screen readers (the metadata lines keep it: "Posted on", "By").
                        line_seen = _meta_only(walker, element, cls, (segments, line_parts, line_seen), found)
                if not code & _SKIPPED:
                    push_code(code)
                    if code & (_LINE | _ENDS_BLOCK):
                        ident = element.get("id") if attributes is None or "id" in attributes else None
                        if code & _LINE:
                            crumb = marks & _CRUMB_MARK
                            if not crumb and ident:
                                crumb = crumb_cache.get(ident)
                                if crumb is None:
                                    crumb = _is_crumb(ident)
                            if crumb:
                                crumbs.append(element)
                            if line_parts:
                                if line_seen:
                                    segments.append("".join(line_parts))
                                    line_seen = False
                                line_parts.clear()
                        if code & _ENDS_BLOCK:
                            if visible:
                                top = open_blocks[-1] if open_blocks else None
                                blocks.append(_new_block(pieces, link_chars, top, tables, in_pre > 0))
                                pieces = []  # the block keeps the list
                                visible = False
                                link_chars = 0
                            elif pieces:
                                pieces.clear()
                            if action == _BLOCK:
                                # Class and id are read when the element closes holding blocks (``_weighed``):
                                # most wrappers of nothing (icons, spacers) never need their words classified.
                                if tag in never_flagged:
                                    names, tag_bits = None, 0
                                else:
                                    names = (f"{cls} {ident}" if cls else ident) if ident else cls
                                    tag_bits = tag_flags.get(tag, 0)
                                kind, level = block_info[tag]
                                open_blocks.append((element, len(blocks), names, tag_bits, kind, level))
                                if code & _TABLE:
                                    for open_table in tables:
                                        table_nested[open_table[0]] = True
                                    table_count += 1
                                    tables.append([table_count, -1, -1])
                                elif code & _ROW:
                                    if tables:
                                        tables[-1][1] += 1
                                        tables[-1][2] = -1
                                elif code & _CELL:
                                    if tables:
                                        tables[-1][2] += 1
                                elif code & _PRE:
                                    in_pre += 1
                    elif action == _LINK:
                        link_depth += 1
                    text = element.text
                    if text:
                        pieces.append(text)
                        if not visible and not text.isspace():
                            visible = True
                        if link_depth:
                            link_chars += len(text.strip())
                        if code & _TOOLTIP and len(text) < 20 and ("前" in text or "ago" in text or "天" in text):
                            text = _tooltip_date(element, text)
                        append_part(text)
                        if not line_seen and not text.isspace():
                            line_seen = True
                    continue
        else:
            code = pop_code()
            action = code & _ACTION
        # The end of an element (or of one ``_meta_only`` walked to its end).
        if not code & _SKIPPED:
            if action == _BLOCK:
                if visible:
                    block = _new_block(pieces, link_chars, open_blocks[-1], tables, in_pre > 0)
                    blocks.append(block)
                    if code & _H1:
                        h1.append(block.text)
                    pieces = []  # the block keeps the list
                    visible = False
                    link_chars = 0
                elif pieces:
                    pieces.clear()
                opened, first, names, bits, _, _ = open_blocks.pop()
                last = len(blocks)
                if last > first:
                    bonus = 1.0
                    if names:
                        named_bits, bonus = names_cache.get(names) or classify_names(names)
                        bits |= named_bits
                    depth = len(open_blocks)
                    containers.append(Container(opened, first, last, depth, bonus))
                    if bonus > 1.0:
                        named.append(containers[-1])
                    if bits:
                        flagged.append(Flagged(first, last, depth, bits))
                if code & _TABLE:
                    if tables:
                        tables.pop()
                elif code & _PRE:
                    in_pre -= 1
            elif action == _LINK:
                link_depth -= 1
        if code & _LINE and line_parts:
            if line_seen:
                segments.append("".join(line_parts))
                line_seen = False
            line_parts.clear()
        tail = element.tail
        if tail:
            pieces.append(tail)
            if not visible and not tail.isspace():
                visible = True
            if link_depth:
                link_chars += len(tail.strip())
            if element is not root:
                append_part(tail)
                if not line_seen and not tail.isspace():
                    line_seen = True
    if visible:
        blocks.append(_new_block(pieces, link_chars, None, [], False))
    if table_count:
        merge_table_rows(blocks, table_nested)
    if line_seen:
        segments.append("".join(line_parts))
    found.lines = visible_lines(segments)
    found.head_elements = list(root.iter(*HEAD_TAGS))  # (the compiled walk lists them as it goes)
    return found


def _meta_only(
    walker: Any, top: Any, cls: str | None, lines: tuple[list[str], list[str], bool], found: PageBlocks
) -> bool:
    """The metadata lines' walk of an element the extractor skips (an inline element hidden by its
    style, a media fallback): its text and its descendants', up to and including its end event.

    ``top``'s start was seen (and marked) by the caller; the caller handles its end (tail).
    ``lines``: the walk's line segments, open segment and whether it shows text; returns the latter."""
    segments, parts, seen = lines

    def text(value: str) -> None:
        nonlocal seen
        parts.append(value)
        if not seen and not value.isspace():
            seen = True

    def br() -> None:
        nonlocal seen
        if parts:
            if seen:
                segments.append("".join(parts))
                seen = False
            parts.clear()

    if top.tag in META_BLOCKS:
        _crumb(top, cls, found.crumbs)
        br()
    if top.text:
        text(_shown(top, top.text))
    for event, element in walker:
        tag = element.tag
        if event == "end":
            if element is top:
                return seen
            if tag in META_BLOCKS:
                br()
            if element.tail and isinstance(tag, str):
                text(element.tail)
            continue
        if tag in META_SKIP or not isinstance(tag, str):
            if not isinstance(tag, str) and element.tail:
                text(element.tail)
            walker.skip_subtree()
            continue
        element_cls = element.get("class")
        _mark(element, tag, element_cls, found)
        if tag in META_BLOCKS:
            style = element.get("style")
            if style and _meta_hidden(style):
                walker.skip_subtree()
                continue
            _crumb(element, element_cls, found.crumbs)
            br()
        if element.text:
            text(_shown(element, element.text))
    return seen


def _mark(element: Any, tag: str, cls: str | None, found: PageBlocks) -> None:
    """Remember an element marked as an author, a link home or a logo (the main loop inlines this)."""
    if cls is not None and ("uthor" in cls or "byline" in cls or "autor" in cls):
        if len(found.author_elements) < MAX_MARKED:
            found.author_elements.append(element)
    elif tag == "a":
        _mark_link(element, found.author_elements, found.home_links)
    elif tag == "img" and _is_logo(element, cls):
        found.logos.append(element)


def _crumb(element: Any, cls: str | None, crumbs: list[Any]) -> None:
    if cls and _is_crumb(cls):
        crumbs.append(element)
    else:
        ident = element.get("id")
        if ident and _is_crumb(ident):
            crumbs.append(element)


def _mark_link(element: Any, authors: list[Any], homes: list[Any]) -> None:
    """An <a rel="author">, or a link to a site's root page (its text may be the site's name)."""
    if element.get("rel") == "author" and len(authors) < MAX_MARKED:
        authors.append(element)
    href = element.get("href")
    if href and len(homes) < MAX_MARKED and _is_home(href):
        homes.append(element)


def _is_home(href: str) -> bool:
    """A link to a site's root page ("/", "http://www.x.com/", "../index.html"); cached: a site's
    pages repeat their menus."""
    found = _home_cache.get(href)
    if found is None:
        found = href.count("/") <= 4 and _may_be_home(href) and MP.HOME_HREF.match(href) is not None
        _home_cache[href] = found
        if len(_home_cache) > _CACHE_SIZE:
            _home_cache.clear()
    return found


def _may_be_home(href: str) -> bool:
    """Whether a link can be one ``HOME_HREF`` matches, tested first because that pattern is slow:
    "//host/" with at most one "/" after the host (an "http:" or "https:" before it), or "./", "../",
    "/" followed by at most "index.html"-like; nothing with a "#"."""
    href = href.strip()
    if "#" in href:
        return False
    path = href.split("?", 1)[0]  # the query may hold anything
    cut = path.rfind("/") + 1
    last = path[cut:]  # the page name, or the host of "//host"
    page_name = len(last) <= _HOME_PAGE_NAME and (not last or last[0] in ".iIdDhH")
    scheme = path.find("//")
    if scheme >= 0 and path[:scheme].lower() in ("", "http:", "https:"):
        after = path.count("/", scheme + 2)
        if after == 0 or (after == 1 and page_name):
            return True
    return page_name and not path[:cut].replace(".", "").replace("/", "")


def _is_logo(element: Any, cls: str | None) -> bool:
    return "logo" in (cls or "") + (element.get("src") or "") + (element.get("id") or "")


# Answers kept between pages (a site repeats its class names, styles and menus), cleared when full.
_CACHE_SIZE = 50_000
_crumb_cache: dict[str, bool] = {}
_style_cache: dict[str, bool] = {}
_home_cache: dict[str, bool] = {}
_marks_cache: dict[str, int] = {}  # class attribute -> _AUTHOR_MARK | _CRUMB_MARK | _NO_MARK
_AUTHOR_MARK, _CRUMB_MARK, _NO_MARK, _SCREEN_READER_MARK = 1, 2, 4, 8


def _is_crumb(name: str) -> bool:
    """Whether a class or id names a breadcrumb (cached)."""
    found = _crumb_cache.get(name)
    if found is None:
        found = bool(_CRUMB_HINT.search(name) and MP.CRUMB_CLASS.search(name))
        _crumb_cache[name] = found
        if len(_crumb_cache) > _CACHE_SIZE:
            _crumb_cache.clear()
    return found


def _class_marks(cls: str) -> int:
    """What a class attribute marks: an author or byline, a breadcrumb, text its class hides (screen readers
    only, "hidden"); cached, never 0."""
    marks = _NO_MARK
    if "uthor" in cls or "byline" in cls or "autor" in cls:  # _AUTHOR_HINTS
        marks |= _AUTHOR_MARK
    if _is_crumb(cls):
        marks |= _CRUMB_MARK
    if (
        "sr" in cls or "reader" in cls or "hidden" in cls or "invisible" in cls or "assistive" in cls
    ) and SP.HIDDEN_CLASS.search(cls):  # _SCREEN_READER_HINTS
        marks |= _SCREEN_READER_MARK
    _marks_cache[cls] = marks
    if len(_marks_cache) > _CACHE_SIZE:
        _marks_cache.clear()
    return marks


def _is_hidden_style(style: str) -> bool:
    """Whether an inline style hides its element (display:none, visibility:hidden; cached)."""
    found = SP.HIDDEN_STYLE.search(style) is not None
    _style_cache[style] = found
    if len(_style_cache) > _CACHE_SIZE:
        _style_cache.clear()
    return found


def _meta_hidden(style: str) -> bool:
    """The metadata lines' test of a hidden block (display:none or visibility:hidden)."""
    if "none" not in style:
        return False
    compact = style.replace(" ", "").lower()
    return "display:none" in compact or "visibility:hidden" in compact


def _tooltip_date(element: Any, text: str) -> str:
    """ "11个月前" shown, "2023-05-28 10:28:25" in the tooltip: the exact date replaces the relative one."""
    if not MP.RELATIVE_DATE.search(text):
        return text
    for name in _TOOLTIP_ATTRIBUTES:
        value = element.get(name)
        if value and MP.DATE_IN_TOOLTIP.search(value):
            return value
    return text


def _shown(element: Any, text: str) -> str:
    if element.tag in TOOLTIP_TAGS and len(text) < 20 and ("前" in text or "ago" in text or "天" in text):
        return _tooltip_date(element, text)
    return text


def visible_lines(segments: list[str]) -> list[str]:
    """The metadata lines: the segments between block boundaries (or a dump's lines), split at line
    breaks, invisible characters (zero-width spaces, private use, unassigned) removed, whitespace
    collapsed, empty ones dropped.

    Invisible characters are neither printable nor whitespace: a line printable once collapsed has
    none, and only the others (few) pay for the pattern.
    """
    lines = []
    for raw in "\n".join(segments).split("\n"):
        line = raw.strip()
        if not line:
            continue
        if "  " in line or not line.isprintable():  # (else its spaces are single ASCII ones already)
            line = " ".join(raw.split())
            if not line.isprintable():
                line = " ".join(MP.INVISIBLE.sub("", raw).split())
                if not line:
                    continue
        lines.append(line)
    return lines


def _new_block(pieces: list[str], links: int, top: tuple | None, tables: list[list[int]], in_pre: bool) -> Block:
    """The block for the text nodes gathered since the last boundary (some of them not only spaces)."""
    raw = "".join(pieces)
    text = raw.strip()
    if "  " not in text and text.isprintable():  # only single ASCII spaces between its words already
        spaces = text.count(" ")
    else:
        words = raw.split()
        text = " ".join(words)
        spaces = len(words) - 1
    chars = len(text) - spaces
    if in_pre:
        lines = [" ".join(line.split()) for line in raw.splitlines()]
        text = "\n".join(line for line in lines if line)
    return Block(
        text,
        chars,
        min(links, chars),
        top[4] if top else "p",
        top[5] if top else 0,
        tuple(tables[-1]) if tables else None,  # type: ignore[arg-type]
        raw if spaces and "\n" in raw and not in_pre else None,
        pieces,
    )


# The compiled twin of ``walk_tree`` (``_walk.pyx``, built by setup.py where a C compiler is at hand):
# the same results (tests/readers/test_walk_compiled.py), about three times quicker. Imported last: it
# reads this module's codes and helpers. PIPELINE_PURE_PYTHON=1 keeps the Python walk (to compare, to debug).
compiled_walk: Callable[[Any], PageBlocks] | None = None
if not os.environ.get("PIPELINE_PURE_PYTHON"):
    try:
        from pipeline.readers._walk import walk_tree as compiled_walk
    except ImportError:  # not built: the Python walk
        compiled_walk = None
