"""A table of contents announces the article's body: its entries come back, in order, as the body's headings.

Some articles are cut into sections of a short paragraph plus an embedded card each (a shop's or a
product's sheet, a data box): their weights are low (cards are link text inside "widget" elements) and
the container choice or the keeping loses most of the body. A table of contents before them says where
the body is: a run of in-page links (``<a href="#…">``) whose texts come back below, in the same order,
as headings (``<h2>``…), with prose between them. The body then runs from the first prose after the
table to the end of the element holding the headings; the cards its sections repeat (an element of the
same class inside most sections) are the article's, whatever their class words or their links say.

The same evidence as the dump path's (``pipeline.strip.lines._contents_body``), read from blocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from pipeline.strip.dom_blocks import COMMENT, RELATED, Block, Container, Flagged, punctuated, smallest_holding

MIN_SECTIONS = 3  # entries of a table of contents whose heading below is followed by prose
MAX_ENTRY = 120  # characters of a table entry (a heading, not a paragraph)
LINK_SHARE = 0.5  # an entry is mostly link text; a heading mostly not
IN_PAGE_SHARE = 0.5  # this share of the entries at least link inside the page ("#…")
MIN_PROSE = 10  # characters of a sentence between two headings


@dataclass(slots=True)
class Contents:
    """A body announced by a table of contents (block indexes)."""

    table: Container  # the element holding the table's entries (not text)
    first: int  # the first block of the body: the first prose after the table
    headings: list[int]  # the section headings, in order
    body: Container  # the smallest element holding the body's start and every heading
    cards: list[tuple[int, int]]  # block ranges of the cards the sections repeat


def find_contents(blocks: list[Block], containers: list[Container], flagged: list[Flagged]) -> Contents | None:
    """The body a table of contents announces, or None (most pages: fewer than three headings that
    are also links higher up)."""
    heading_at: dict[str, list[int]] = {}
    for i in [i for i, block in enumerate(blocks) if block.kind == "h"]:  # (a comprehension: the quick pass)
        block = blocks[i]
        if block.chars and block.link_chars <= LINK_SHARE * block.chars:
            heading_at.setdefault(block.text, []).append(i)
    if len(heading_at) < MIN_SECTIONS:
        return None
    run = _entries(blocks, heading_at)
    if run is None:
        return None
    headings = [heading for _, heading in run]
    first_entry, last_entry = run[0][0], run[-1][0]
    table = smallest_holding(containers, first_entry, last_entry + 1)
    if table is None or not _links_in_page(table, len(run)):
        return None
    first = next(
        (i for i in range(table.last, headings[0]) if is_prose(blocks[i]) and blocks[i].chars >= MIN_PROSE),
        headings[0],
    )
    body = smallest_holding(containers, first, headings[-1] + 1)
    if body is None:
        return None
    return Contents(table, first, headings, body, _cards(containers, flagged, headings, body))


def _entries(blocks: list[Block], heading_at: dict[str, list[int]]) -> list[tuple[int, int]] | None:
    """The first run of link blocks in a row whose texts come back, in order, as headings further
    down with prose between them (``MIN_SECTIONS`` times): (entry, heading) pairs."""
    last_heading = max(places[-1] for places in heading_at.values())
    shown = [i for i, block in enumerate(blocks[:last_heading]) if block.text in heading_at]  # entries or headings
    if len(shown) - len(heading_at) < MIN_SECTIONS:
        return None  # hardly a heading is shown twice: no table of contents (most pages)
    run: list[tuple[int, int]] = []
    previous = -1
    for i in shown:
        block = blocks[i]
        places = heading_at[block.text] if block.link_chars > LINK_SHARE * block.chars else None
        heading = None
        if places and run and all(not other.chars for other in blocks[previous + 1 : i]):
            heading = next((place for place in places if place > run[-1][1]), None)
        if heading is None:
            if _is_contents(blocks, run):
                return run
            run = []
            if places:  # the first entry of a run, maybe
                heading = next((place for place in places if place > i), None)
        if heading is not None:
            run.append((i, heading))
            previous = i
    return run if _is_contents(blocks, run) else None


def _is_contents(blocks: list[Block], run: list[tuple[int, int]]) -> bool:
    """Entries whose headings all come after the table, with prose between them ``MIN_SECTIONS`` times
    (a menu shown twice, or a card repeated, has none)."""
    if len(run) < MIN_SECTIONS or run[0][1] <= run[-1][0]:
        return False
    headings = [heading for _, heading in run]
    with_prose = 0
    for here, following in pairwise(headings):
        if any(is_prose(block) for block in blocks[here + 1 : following]):
            with_prose += 1
    if with_prose < MIN_SECTIONS - 1:  # (the last section's prose is below its heading, not between two)
        return False
    return with_prose >= MIN_SECTIONS or any(is_prose(block) for block in blocks[headings[-1] + 1 : headings[-1] + 4])


def is_prose(block: Block) -> bool:
    """A sentence, not a link: what sections hold between their headings."""
    return block.chars >= MIN_PROSE // 2 and block.link_chars <= LINK_SHARE * block.chars and punctuated(block)


def _links_in_page(table: Container, entries: int) -> bool:
    """Whether the table's links point inside the page ("#section-2"): a table of contents, not a
    list of other pages' titles."""
    in_page = 0
    for link in table.element.iter("a"):
        href = link.get("href")
        if href and "#" in href:
            in_page += 1
    return in_page >= IN_PAGE_SHARE * entries


def _cards(
    containers: list[Container], flagged: list[Flagged], headings: list[int], body: Container
) -> list[tuple[int, int]]:
    """The flagged elements ("rstinfo-widget", "product-box") of one class found in ``MIN_SECTIONS``
    sections or more: each section's card. Related lists and comments are never cards."""
    bounds = [*headings, body.last]
    element_of = {(c.first, c.last, c.depth): c.element for c in containers if body.first <= c.first < body.last}
    by_class: dict[str, list[tuple[int, int, int]]] = {}  # class -> (section, first, last)
    outer: list[Flagged] = []
    for span in sorted(flagged, key=lambda span: (span.first, -span.last)):
        if not headings[0] < span.first or span.last > body.last or span.bits & (RELATED | COMMENT):
            continue
        if outer and span.last <= outer[-1].last:
            continue  # inside a flagged element already seen
        outer.append(span)
        section = next((k for k in range(len(headings)) if bounds[k] < span.first and span.last <= bounds[k + 1]), None)
        element = element_of.get((span.first, span.last, span.depth))
        if section is None or element is None:
            continue
        by_class.setdefault(element.get("class") or element.tag, []).append((section, span.first, span.last))
    cards = []
    for found in by_class.values():
        if len({section for section, _, _ in found}) >= MIN_SECTIONS:
            cards.extend((first, last) for _, first, last in found)
    return cards
