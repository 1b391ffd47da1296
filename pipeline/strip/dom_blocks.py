"""One pass over an lxml tree: the page as a flat list of text blocks, plus the span of each container.

A block is the text between two block-level boundaries (``<p>``, ``<div>``, ``<li>``, ``<br>`` …),
with what the scorer needs: its length, how much of it is link text, its punctuation, the kind
of element it comes from, and the boilerplate containers (class/id vocabulary, ``<nav>`` …)
around it. A container is a block-level element with the range of blocks it holds, so the
total weight of any element is a difference of prefix sums.

The walk is iterative (``iterwalk``), never recursive, and reads the tree without touching it.
Cells of data tables are joined into one block per row afterwards (cells separated by " | ").
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from pipeline.strip import patterns as P

# Flags of boilerplate containers (bits).
NAV = 1  # navigation, menus, headers/footers, sidebars, share/print/login widgets, ads
RELATED = 2  # related / recommended / ranked article lists
COMMENT = 4  # comment areas (the content itself on forum pages)
META = 8  # bylines, dates, tags, author boxes
POST = 16  # a post of a forum thread (evidence for the page type, never dropped)
STRONG = 32  # boilerplate whatever its size (footer, login, modal …): never taken for a wrapper


@dataclass(slots=True)
class Block:
    """A run of text between two block boundaries."""

    text: str
    chars: int  # characters, spaces excluded
    link_chars: int  # of which inside <a>
    kind: str  # "p", "h", "li", "td", "tr", "pre", "caption", "dt", "dd", "quote"
    level: int  # heading level (1..6) for kind "h", else 0
    cell: tuple[int, int, int] | None = None  # (table, row, cell) inside a table
    raw: str | None = None  # the source text when it had line breaks (see ``display_text``)
    nodes: tuple[str, ...] = ()  # its text nodes, as the site-template learning hashes them
    punct: int = -1  # 1 when it has sentence punctuation, -1 until ``punctuated`` looked
    boiler: int = -1  # 1 when it is a boilerplate line, -1 until the selection looked


def punctuated(block: Block) -> bool:
    """Whether a block has sentence punctuation (full-width ，。！？；： included); looked up once."""
    if block.punct < 0:
        block.punct = 1 if P.PUNCTUATION.search(block.text) else 0
    return block.punct == 1


def display_text(block: Block) -> str:
    """The block's text as shown: a line break between two CJK characters joins them without a space."""
    if block.raw is None:
        return block.text
    return " ".join(P.CJK_NEWLINE.sub("", block.raw).split())


@dataclass(slots=True)
class Container:
    """A block-level element and the blocks it holds: ``blocks[first:last]``."""

    element: etree._Element
    first: int
    last: int
    depth: int  # block-level ancestors
    bonus: float  # >1 for content-like class/id ("article", "TRS_Editor", "zoom" …)


@dataclass(slots=True)
class Flagged:
    """An element that looks like boilerplate (class/id words, tag), with the blocks it holds."""

    first: int
    last: int
    depth: int
    bits: int


@dataclass(slots=True)
class Segmented:
    blocks: list[Block]
    containers: list[Container]
    flagged: list[Flagged]
    h1: list[str]  # texts of <h1> elements, in document order


_class_cache: dict[str, tuple[int, float]] = {}


def classify_names(names: str) -> tuple[int, float]:
    """Boilerplate bits and content bonus of a class/id string (cached: pages reuse them)."""
    cached = _class_cache.get(names)
    if cached is not None:
        return cached
    names = P.TAXONOMY_CLASS.sub(" ", names)  # "tag-comments", "has-sidebar": labels, not roles
    names = P.UTILITY_CLASS.sub(" ", names)  # "borders-bottom", "mt-20": layout, not roles
    lower = names.lower()
    tokens = {token.lower() for token in P.NAME_TOKEN.findall(names)}
    bits = 0
    if tokens & P.NAV_WORDS or P.NAV_PART.search(lower):
        bits |= NAV
    if tokens & P.RELATED_WORDS or P.RELATED_PART.search(lower):
        bits |= RELATED
    if tokens & P.COMMENT_WORDS or P.COMMENT_PART.search(lower):
        bits |= COMMENT
    if tokens & P.META_WORDS or P.META_PART.search(lower):
        bits |= META
    if P.POST_PART.search(lower):
        bits |= POST
    if bits & NAV and P.STRONG_PART.search(lower):
        bits |= STRONG
    bonus = 1.0
    if not bits & (NAV | RELATED | COMMENT | META) and (P.CONTENT_PART.search(lower) or tokens & P.CONTENT_WORDS):
        bonus = P.CONTENT_BONUS
    if len(_class_cache) > 50_000:  # a crawl of many sites: keep memory flat
        _class_cache.clear()
    _class_cache[names] = (bits, bonus)
    return bits, bonus


def _new_block(pieces: list[str], links: int, top: tuple | None, tables: list[list[int]], in_pre: bool) -> Block | None:
    """The block for the text nodes gathered since the last boundary (None when they are only spaces)."""
    raw = "".join(pieces)
    words = raw.split()
    if not words:
        return None
    text = " ".join(words)
    chars = len(text) - len(words) + 1
    if in_pre:
        lines = [" ".join(line.split()) for line in raw.splitlines()]
        text = "\n".join(line for line in lines if line)
    return Block(
        text,
        chars,
        min(links, chars),
        top[4] if top else "p",
        top[5] if top else 0,
        (tables[-1][0], tables[-1][1], tables[-1][2]) if tables else None,
        raw if len(words) > 1 and "\n" in raw and not in_pre else None,
        tuple(pieces),
    )


# What the walk does at each tag (one dict lookup per event).
_INLINE, _PLAIN, _BLOCK, _LINK, _BREAK, _SKIP, _NODE = range(7)
_ACTIONS: dict[object, int] = {
    **dict.fromkeys(P.PLAIN_INLINE_TAGS, _PLAIN),
    **dict.fromkeys(P.BLOCK_KIND, _BLOCK),
    "a": _LINK,
    "br": _BREAK,
    "hr": _BREAK,
    **dict.fromkeys(P.SKIP_TAGS, _SKIP),
    etree.Comment: _NODE,
    etree.ProcessingInstruction: _NODE,
    etree.Entity: _NODE,
}


def segment(root: etree._Element) -> Segmented:
    """Blocks and containers of a page, in document order."""
    blocks: list[Block] = []
    containers: list[Container] = []
    flagged: list[Flagged] = []
    h1: list[str] = []

    pieces: list[str] = []  # text of the open block
    visible = False  # ``pieces`` hold more than spaces
    link_chars = 0  # characters of ``pieces`` inside links
    link_depth = 0
    # open block-level elements: (element, first block, bonus, boilerplate bits, kind, heading level)
    open_blocks: list[tuple[etree._Element, int, float, int, str, int]] = []
    tables: list[list[int]] = []  # open tables: [table id, row, cell]
    table_count = 0
    table_nested: dict[int, bool] = {}
    in_pre = 0
    skipped: etree._Element | None = None
    actions = _ACTIONS
    block_kinds = P.BLOCK_KIND
    never_flagged = P.NEVER_FLAGGED
    tag_flags = P.TAG_FLAGS
    hidden_style = P.HIDDEN_STYLE

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        action = actions.get(tag, _INLINE)
        if event == "start":
            if action == _NODE:  # a comment or processing instruction: only its tail shows
                continue
            if action == _SKIP:
                walker.skip_subtree()
                skipped = element
                continue
            if action != _PLAIN and action != _BREAK:
                style = element.get("style")
                if (style and hidden_style.search(style)) or element.get("hidden") is not None:
                    walker.skip_subtree()
                    skipped = element
                    continue
            if action in (_BLOCK, _BREAK):
                if pieces:
                    if visible:
                        block = _new_block(
                            pieces, link_chars, open_blocks[-1] if open_blocks else None, tables, in_pre > 0
                        )
                        if block is not None:
                            blocks.append(block)
                    pieces.clear()
                    visible = False
                    link_chars = 0
                if action == _BLOCK:
                    kind = block_kinds[tag]
                    names = element.get("class")
                    ident = element.get("id")
                    if ident:
                        names = f"{names} {ident}" if names else ident
                    bits, bonus = classify_names(names) if names else (0, 1.0)
                    if tag in tag_flags:
                        bits |= tag_flags[tag]
                    if tag in never_flagged:
                        bits, bonus = 0, 1.0
                    open_blocks.append((element, len(blocks), bonus, bits, kind, int(tag[1]) if kind == "h" else 0))
                    if tag == "table":
                        for open_table in tables:
                            table_nested[open_table[0]] = True
                        table_count += 1
                        tables.append([table_count, -1, -1])
                    elif tag == "tr":
                        if tables:
                            tables[-1][1] += 1
                            tables[-1][2] = -1
                    elif tag == "td" or tag == "th":
                        if tables:
                            tables[-1][2] += 1
                    elif tag == "pre":
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
        else:
            if element is not skipped:
                if action == _BLOCK:
                    if pieces:
                        if visible:
                            block = _new_block(pieces, link_chars, open_blocks[-1], tables, in_pre > 0)
                            if block is not None:
                                blocks.append(block)
                                if tag == "h1":
                                    h1.append(block.text)
                        pieces.clear()
                        visible = False
                        link_chars = 0
                    opened, first, bonus, bits, _, _ = open_blocks.pop()
                    last = len(blocks)
                    if last > first:
                        depth = len(open_blocks)
                        containers.append(Container(opened, first, last, depth, bonus))
                        if bits:
                            flagged.append(Flagged(first, last, depth, bits))
                    if tag == "table":
                        if tables:
                            tables.pop()
                    elif tag == "pre":
                        in_pre -= 1
                elif action == _LINK:
                    link_depth -= 1
            tail = element.tail
            if tail:
                pieces.append(tail)
                if not visible and not tail.isspace():
                    visible = True
                if link_depth:
                    link_chars += len(tail.strip())
    if visible:
        block = _new_block(pieces, link_chars, None, [], False)
        if block is not None:
            blocks.append(block)
    if table_count:
        _merge_table_rows(blocks, table_nested)
    return Segmented(blocks, containers, flagged, h1)


def _merge_table_rows(blocks: list[Block], nested: dict[int, bool]) -> None:
    """Data tables (no nested table, short cells, several rows and columns): one block per row.

    The first block of a row takes the row's text, cells joined by " | "; the others are emptied
    in place so the containers' block ranges stay valid.
    """
    by_table: dict[int, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.cell is not None:
            by_table.setdefault(block.cell[0], []).append(index)
    for table, indexes in by_table.items():
        if nested.get(table):
            continue
        rows: dict[int, list[int]] = {}
        for index in indexes:
            rows.setdefault(blocks[index].cell[1], []).append(index)  # type: ignore[index]
        if len(rows) < 2:
            continue
        cells_per_row = [len({blocks[i].cell[2] for i in members}) for members in rows.values()]  # type: ignore[index]
        if max(cells_per_row) < 2 or any(blocks[i].chars > P.MAX_CELL_CHARS for i in indexes):
            continue
        for members in rows.values():
            if len(members) < 2:
                continue
            parts: list[str] = []
            last_cell = None
            for i in members:
                block = blocks[i]
                cell = block.cell[2]  # type: ignore[index]
                if parts and cell == last_cell:
                    parts[-1] += " " + block.text
                else:
                    parts.append(block.text)
                last_cell = cell
            head = blocks[members[0]]
            head.text = " | ".join(parts)
            head.chars = sum(blocks[i].chars for i in members)
            head.link_chars = sum(blocks[i].link_chars for i in members)
            head.kind = "tr"
            head.nodes = tuple(node for i in members for node in blocks[i].nodes)
            for i in members[1:]:
                empty = blocks[i]
                empty.text = ""
                empty.chars = empty.link_chars = 0
                empty.raw = None
