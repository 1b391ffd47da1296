"""Main text from an HTML tree: blocks, page type, content container, article blocks.

1. The page's shared walk (``pipeline.readers.blocks``, made by the parse step) gives the text
   blocks (paragraphs, headings, list items, table rows, captions), the block range of every
   block-level element, and the elements whose tag or class/id names boilerplate (nav, footer,
   share, related, comments …).
2. ``dom_pagetype``: a forum thread (posts are the content) or not.
3. ``dom_select``: weigh the blocks (sentence text for, links and boilerplate against), choose the
   container with the largest weight (or, on a thread, the one holding nearly all posts), then
   keep its blocks that are not boilerplate lines (controls, metadata, headline, footers …).
4. With almost no sentence in that container and many title-like items elsewhere, the page is a
   list page: its text is the item titles. So is a post whose body is a list of links right under
   its headline, with a short note after it (a link roll: ``dom_pagetype.is_link_roll``).
5. Otherwise an article, unless the page shows thread signs (answer counters, floors, forum
   software, a QAPage type): then a forum page, its comment containers read as its posts.
6. An article's 政府信息公开 info table (索引号, 发文字号 …, ``info_table``) inside the kept blocks or
   right over or under them is the document's: its rows join the text, wherever the container ends.

The tree is read, never modified: the metadata step and others share it. Table rows come out
as one line with cells joined by " | " (a tab would be lost in the text normalisation); an info
table's cells are joined by a space, as a dump of the page gives them.
"""

from __future__ import annotations

import pipeline.meta.extract as meta_extract  # a module: that package imports this one (via the page walk)
from pipeline.page import Page
from pipeline.readers import blocks as shared_walk  # a module: it imports this package's types
from pipeline.strip import patterns as P
from pipeline.strip.dom_blocks import (
    COMMENT,
    META,
    NAV,
    RELATED,
    Block,
    Segmented,
    display_text,
    drop_repeated_tables,
    punctuated,
)
from pipeline.strip.dom_contents import find_contents
from pipeline.strip.dom_jsonld import jsonld_paragraphs
from pipeline.strip.dom_pagetype import (
    MAX_LIST_SENTENCES,
    MAX_ROLL_NOTE,
    holds_posts,
    in_posts,
    is_link_roll,
    list_container,
    looks_like_forum,
    sentence_chars,
    thread_signs,
)
from pipeline.strip.dom_select import (
    MAX_HEADLINE,
    MIN_LEAD,
    article_parts,
    base_weights,
    best_container,
    block_weights,
    covering_container,
    flag_depths,
    headline_key,
    headline_marks,
    is_boilerplate,
    is_metadata,
    keep_blocks,
    keep_items,
    lead_blocks,
    shows_headline,
    thread_weights,
)
from pipeline.strip.info_table import REACH, InfoTable, find_info_tables, is_near

THREAD_SHARE = 0.85  # the thread container holds this share of the page's post text
ARTICLE_FLAGS = NAV | RELATED | COMMENT | META
THREAD_FLAGS = NAV | RELATED | META  # on a forum page the comments are the posts
MIN_TITLE_HEAD = 4  # characters
ANCHOR_TEXT = 60.0  # text characters between the first <h1> and a later headline line: the <h1> was a logo


def extract_dom(page: Page) -> Page:
    """Fill ``page.paragraphs`` (one per block kept), ``page.record.page_type`` and, when no step
    found it, ``page.headline``."""
    segmented = shared_walk.page_blocks(page).segmented
    blocks = segmented.blocks
    candidates = [page.headline] if page.headline else []
    if page.headline is None:
        page.headline = _headline(segmented.h1, page.html_title)
        candidates = [page.headline, _title_head(page.html_title)]
    headlines = {key for key in map(headline_key, filter(None, candidates)) if key}
    base = base_weights(blocks)
    anchor = _headline_anchor(blocks, base, headlines, segmented.h1)
    if looks_like_forum(blocks, segmented.flagged, base):
        page.paragraphs = _thread(segmented, base, anchor, page.template_hashes, headlines)
        page.record.page_type = "forum"
        return page
    depths = flag_depths(segmented.flagged, blocks, ARTICLE_FLAGS, base, anchor)
    weights = block_weights(blocks, base, depths, page.template_hashes)
    containers = segmented.containers
    container = best_container(containers, weights)
    contents = find_contents(blocks, containers, segmented.flagged)
    if contents is not None and (
        container is None or not container.first <= contents.first < contents.headings[-1] < container.last
    ):
        container = contents.body  # the body the table announces, wherever the weights put the text
    note = sentence_chars(blocks, container) if contents is None and container is not None else 0
    if contents is None and (container is None or note < MAX_ROLL_NOTE):
        boilerplate = [is_boilerplate(block) if block.chars else False for block in blocks]
        items = list_container(blocks, containers, depths, boilerplate)
        if items is not None and (
            container is None or note < MAX_LIST_SENTENCES or is_link_roll(items, container, containers, anchor)
        ):
            page.paragraphs = keep_items(blocks, items, depths, page.template_hashes, headlines)
            page.record.page_type = "list"
            return page
    reading = page.extras.get(meta_extract.PAGE_READING)  # the JSON-LD the metadata step read
    if thread_signs(blocks, segmented.flagged, reading.view.jsonld if reading is not None else ()):
        page.record.page_type = "forum"  # a thread or a Q&A page whose posts are not marked up as posts
        if holds_posts(segmented.flagged, base):  # ... but in comment containers: its replies or answers
            page.paragraphs = _thread(segmented, base, anchor, page.template_hashes, headlines)
            return page
    else:
        page.record.page_type = "article"
    if container is None:
        page.paragraphs = []
    else:
        tables = (
            find_info_tables(
                [block.text for block in blocks], lambda index: headline_key(blocks[index].text) in headlines
            )
            if page.record.page_type == "article"
            else []
        )
        for table in tables:
            for index in range(table.first, table.last + 1):
                blocks[index].info = True  # the document's rows, not metadata: kept whole (``_with_info_tables``)
        parts = [container]
        if contents is None and page.record.page_type == "article":  # (a thread's posts are not cut by boxes)
            parts = article_parts(blocks, segmented.named, weights, depths, container, anchor)
        kept = []
        for part in parts:
            kept += keep_blocks(
                blocks,
                part,
                depths,
                page.template_hashes,
                headlines,
                weights=weights,
                anchor=anchor,
                contents=contents,
            )
        lead = lead_blocks(blocks, parts[0], segmented.flagged, ARTICLE_FLAGS, base, anchor)
        if tables:
            page.paragraphs = _with_info_tables(blocks, lead + kept, tables, headlines)
        else:
            page.paragraphs = [display_text(block) for block in lead + drop_repeated_tables(kept)]
    if not page.paragraphs and reading is not None and page.record.page_type == "article":
        page.paragraphs = jsonld_paragraphs(reading.view.jsonld)  # a page rendered in the browser: its JSON-LD
    return page


def _with_info_tables(
    blocks: list[Block], kept: list[Block], tables: list[InfoTable], headlines: set[str]
) -> list[str]:
    """The kept blocks (in page order) with the rows of the info tables that are the document's: inside what was
    kept, or over or under it with no prose between (``info_table.is_near``), wherever the content container ends.
    A row is one line, its cells joined by a space; a table shown twice (narrow and wide screens) is kept once."""
    if not kept:
        return []
    position = {id(block): index for index, block in enumerate(blocks)}
    first, last = position[id(kept[0])], position[id(kept[-1])]
    marks = headline_marks(headlines)

    def gap_is_clear(start: int, stop: int) -> bool:
        between = [block for block in blocks[start:stop] if block.text]
        return len(between) <= REACH and not any(
            block.chars >= MIN_LEAD
            and punctuated(block)
            and not is_metadata(block)
            and not is_boilerplate(block)
            and not shows_headline(block.text, headlines, marks)
            for block in between
        )

    rows: dict[int, str] = {}
    for table in tables:
        if is_near(table, first, last, gap_is_clear):
            rows.update(table.rows)
    if not rows:
        return [display_text(block) for block in drop_repeated_tables(kept)]
    document = sorted([*kept, *(blocks[index] for index in rows)], key=lambda block: position[id(block)])
    return [rows.get(position[id(block)]) or display_text(block) for block in drop_repeated_tables(document)]


def _thread(
    segmented: Segmented, base: list[float], anchor: int | None, templates: frozenset[int], headlines: set[str]
) -> list[str]:
    """The posts of a forum thread: short replies count, comment containers are content."""
    blocks = segmented.blocks
    inside_posts = in_posts(segmented.flagged, len(blocks))
    base = thread_weights(blocks, base, inside_posts)
    depths = flag_depths(segmented.flagged, blocks, THREAD_FLAGS, base, anchor, inside_posts)
    weights = block_weights(blocks, base, depths, templates)
    container = covering_container(segmented.containers, weights, THREAD_SHARE)
    if container is None:
        return []
    kept = keep_blocks(blocks, container, depths, templates, headlines, thread=True, weights=weights)
    return [display_text(block) for block in kept]


def _anchor(blocks: list[Block], keys: set[str]) -> int | None:
    """Index of the first block showing the headline: the article text starts after it."""
    keys.discard("")
    if not keys:
        return None
    marks = headline_marks(keys)
    for index, block in enumerate(blocks):
        if block.chars <= MAX_HEADLINE and shows_headline(block.text, keys, marks):
            return index
    return None


def _headline_anchor(blocks: list[Block], base: list[float], headlines: set[str], h1: list[str]) -> int | None:
    """The block showing the headline: the first <h1>'s, or the headline's when that comes later with
    no text between them (the first <h1> of some sites is their logo; a headline line after text is a
    subheading or a teaser that has the same words)."""
    first_h1 = _anchor(blocks, {headline_key(text) for text in h1[:1]})
    found = _anchor(blocks, headlines)
    if found is None or first_h1 is None:
        return first_h1 if found is None else found
    if found <= first_h1:
        return found
    between = sum(weight for weight in base[first_h1:found] if weight > 0)
    return found if between < ANCHOR_TEXT else first_h1


def _headline(h1: list[str], title: str | None) -> str | None:
    """The headline when no step found one: the first <h1>, else the title's first segment."""
    for text in h1:
        if 2 <= len(text) <= MAX_HEADLINE:
            return text
    return _title_head(title)


def _title_head(title: str | None) -> str | None:
    """The first segment of a "headline_section_site" <title> (None when too short to be one)."""
    if not title:
        return None
    first = P.TITLE_SEPARATOR.split(title, maxsplit=1)[0].strip()
    return first if len(first) >= MIN_TITLE_HEAD else None
