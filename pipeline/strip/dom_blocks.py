"""The page as a flat list of text blocks, plus the span of each container: what the extractor reads.

A block is the text between two block-level boundaries (``<p>``, ``<div>``, ``<li>``, ``<br>`` …),
with what the scorer needs: its length, how much of it is link text, its punctuation, the kind
of element it comes from, and the boilerplate containers (class/id vocabulary, ``<nav>`` …)
around it. A container is a block-level element with the range of blocks it holds, so the
total weight of any element is a difference of prefix sums.

The blocks come from the page's one walk over the tree (``pipeline.readers.blocks``, shared with
the metadata step); this module holds their types, the class/id vocabulary test, and the joining
of data-table cells into one block per row (cells separated by " | ").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

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
    nodes: Sequence[str] = ()  # its text nodes, as the site-template learning hashes them
    punct: int = -1  # 1 when it has sentence punctuation, -1 until ``punctuated`` looked
    boiler: int = -1  # 1 when it is a boilerplate line, -1 until the selection looked
    info: bool = False  # in a 政府信息公开 info table (``info_table``): the document's rows, never metadata


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
    named: list[Container] = field(default_factory=list)  # the containers with a content bonus, in their order


def smallest_holding(containers: list[Container], first: int, last: int) -> Container | None:
    """The smallest element holding blocks[first:last] (None when no element does)."""
    found = None
    for container in containers:
        if (
            container.first <= first
            and container.last >= last
            and (found is None or container.last - container.first < found.last - found.first)
        ):
            found = container
    return found


MIN_TWIN_CELLS = 6  # distinct cells of a table that a twin may repeat (see ``drop_repeated_tables``)
# class/id string -> (bits, bonus); read directly by the page walk (a lookup is cheaper than a call)
CLASSIFIED: dict[str, tuple[int, float]] = {}
_token_cache: dict[str, int] = {}
# What a class/id token says (bits of ``_token_hits``): which vocabularies it belongs to.
_NAV_HIT, _RELATED_HIT, _COMMENT_HIT, _META_HIT, _POST_HIT, _STRONG_HIT, _CONTENT_HIT = (1 << i for i in range(7))
_ROLE_HITS = _NAV_HIT | _RELATED_HIT | _COMMENT_HIT | _META_HIT


def _word_hits() -> dict[str, int]:
    """The ``_*_HIT`` bits of each word of the vocabularies: a name's words are looked up once each rather
    than intersected with each vocabulary."""
    bits: dict[str, int] = {}
    for words, hit in (
        (P.NAV_WORDS, _NAV_HIT),
        (P.RELATED_WORDS, _RELATED_HIT),
        (P.COMMENT_WORDS, _COMMENT_HIT),
        (P.META_WORDS, _META_HIT),
        (P.CONTENT_WORDS, _CONTENT_HIT),
    ):
        for word in words:
            bits[word] = bits.get(word, 0) | hit
    return bits


_WORD_HITS = _word_hits()
# Each vocabulary's pattern for parts of a name ("navbar", "commentlist"), with its bit.
_PART_HITS = (
    (P.NAV_PART, _NAV_HIT),
    (P.RELATED_PART, _RELATED_HIT),
    (P.COMMENT_PART, _COMMENT_HIT),
    (P.META_PART, _META_HIT),
    (P.POST_PART, _POST_HIT),
    (P.STRONG_PART, _STRONG_HIT),
    (P.CONTENT_PART, _CONTENT_HIT),
)


def classify_names(names: str) -> tuple[int, float]:
    """Boilerplate bits and content bonus of a class/id string (cached: pages reuse them).

    Each whitespace-separated name is read alone (none of the vocabulary spans two names) and
    cached too: the strings of a page are mostly new combinations of names seen before
    ("post-2551586 post type-post status-publish hentry category-news").
    """
    cached = CLASSIFIED.get(names)
    if cached is not None:
        return cached
    hits = 0
    for token in names.split():
        token_hits = _token_cache.get(token)
        if token_hits is None:
            token_hits = _token_hits_cached(token)
        hits |= token_hits
    classified = _CLASSES[hits]
    if len(CLASSIFIED) > 50_000:
        CLASSIFIED.clear()
    CLASSIFIED[names] = classified
    return classified


def _class_of(hits: int) -> tuple[int, float]:
    """The boilerplate bits and content bonus that names with these ``_*_HIT`` bits give."""
    bits = 0
    if hits & _NAV_HIT:
        bits |= NAV
        if hits & _STRONG_HIT:
            bits |= STRONG
    if hits & _RELATED_HIT:
        bits |= RELATED
    if hits & _COMMENT_HIT:
        bits |= COMMENT
    if hits & _META_HIT:
        bits |= META
    if hits & _POST_HIT:
        bits |= POST
    bonus = P.CONTENT_BONUS if hits & _CONTENT_HIT and not hits & _ROLE_HITS else 1.0
    return bits, bonus


_CLASSES = [_class_of(hits) for hits in range(1 << 7)]  # (one lookup per new class/id string)


def _token_hits_cached(token: str) -> int:
    """``_token_hits`` of a name not cached as it is: a plain name's (``_plain_hits``), else the one cached under
    its digits-as-one-zero form ("menu-item-4071" and "menu-item-559881" are "menu-item-0"): every pattern of the
    vocabularies reads a run of digits whole (``\\d+``, or one ``\\d`` after "-" or "_"), and no vocabulary word
    holds a digit."""
    token_hits = _plain_hits(token)
    if token_hits is None:
        key = P.DIGIT_RUN.sub("0", token) if P.DIGIT_RUN.search(token) else token
        token_hits = _token_cache.get(key)
        if token_hits is None:
            token_hits = _token_hits(key)
            if len(_token_cache) > 50_000:  # a crawl of many sites: keep memory flat
                _token_cache.clear()
            _token_cache[key] = token_hits
    elif len(_token_cache) > 50_000:
        _token_cache.clear()
    _token_cache[token] = token_hits
    return token_hits


# What ``_plain_hits`` knows of a word besides its ``_*_HIT`` bits (``_word_info``).
_STEM_WORD = 1 << 8  # holds a stem of the *_PART patterns (``P.PART_STEM``): the name is searched for parts
_LABEL_WORD = 1 << 9  # a taxonomy label ("tag", "is"), or a numbered one ("post", "page")
_PREFIX_WORD = 1 << 10  # ends with a utility prefix ("text", "border") ...
_SIDE_WORD = 1 << 11  # ... or is a side ("top", "center"): with both, a name may be a utility class
_MARGIN_WORD = 1 << 12  # "mt", "p" ...
_NUMBER = 1 << 13  # ... and a number: so may it ("mt-20")
_CAPITALS = 1 << 14  # with capitals ("PromoSmall", "GTM") ...
_LETTERS_AND_DIGITS = 1 << 15  # ... or letters and digits ("block1"): its NAME_TOKEN words are read in it
_CONTEXT_WORD = 1 << 16  # "skip", "social": read with the name's other words (``_token_hits``)
_NOT_PLAIN = 1 << 17  # another character: the name takes the patterns' way
_HIT_BITS = (1 << 8) - 1
_word_info: dict[str, int] = {}


def _plain_hits(name: str) -> int | None:
    """``_token_hits`` of a plain name, ASCII letters and digits joined by "-" or "_" ("menu-item", "site-header",
    "post-2551586", "PromoSmall-wrapper", "block1": nine names in ten), read from a cache of its words; None for
    another name, which takes the patterns' way (``_token_hits``). Why a plain name needs no pattern:

    - a build tool's hash (CLASS_HASH) needs "__" with a capital or a digit next to a letter, or "css-" and a word
      of letters and digits (the name then takes the patterns' way); "css-" and a number is taken off before a
      name's words, which it leaves as they were, and holds no vocabulary;
    - a taxonomy label (TAXONOMY_CLASS) opens the name and is followed by a separator, or a numbered label is
      followed by a separator and its number, which ends the name;
    - UTILITY_CLASS can match only where a word ends with a prefix and a side word follows, or a margin word and a
      number are found: such a name takes the patterns' way, as one holding "skip" or "social" does;
    - NAME_TOKEN never spans a separator: the name's words are those of its words;
    - a *_PART pattern finds nothing in a name none of whose words holds one of its stems (``P.PART_STEM``) and
      that holds none of ``P.PART_NAME_STEMS``."""
    words = name.replace("_", "-").split("-")
    info = 0
    for word in words:
        word_info = _word_info.get(word)
        if word_info is None:
            word_info = _word_info_of(word)
        info |= word_info
    if (
        info & (_NOT_PLAIN | _CONTEXT_WORD)
        or (info & _PREFIX_WORD and info & _SIDE_WORD)
        or (info & _MARGIN_WORD and info & _NUMBER)
    ):
        return None
    lower = name
    if info & (_CAPITALS | _LETTERS_AND_DIGITS):
        if "__" in name or (info & _LETTERS_AND_DIGITS and name.startswith("css-")):
            return None
        lower = name.lower()
    if info & _LABEL_WORD and len(words) > 1:  # (an empty first word: the name opens with a separator)
        if lower[: len(words[0])] in P.TAXONOMY_LABELS:
            return 0
        if info & _NUMBER and words[-1] and lower[: -len(words[-1]) - 1] in P.NUMBERED_LABELS:
            return 0
    hits = info & _HIT_BITS
    parts = info & _STEM_WORD
    if not parts:
        for stem in P.PART_NAME_STEMS:
            if stem in lower:
                parts = 1
                break
    if parts and P.ANY_PART.search(lower):
        for part, hit in _PART_HITS:
            if not hits & hit and part.search(lower):
                hits |= hit
    return hits


def _word_info_of(word: str) -> int:
    """The ``_*_HIT`` bits and the ``_plain_hits`` flags of a word (cached; "": between two separators)."""
    if not word:
        info = 0
    elif not (word.isascii() and word.isalnum()):
        info = _NOT_PLAIN
    elif word.isdigit():
        info = _NUMBER
    else:
        lower = word.lower()
        if lower == word and word.isalpha():
            tokens = [word]
            info = 0
        else:
            tokens = [token.lower() for token in P.NAME_TOKEN.findall(word)]
            info = _CAPITALS if word.isalpha() else _LETTERS_AND_DIGITS
        for token in tokens:
            info |= _WORD_HITS.get(token, 0)
            if token in ("skip", "social"):
                info |= _CONTEXT_WORD
        if lower in P.LABEL_WORDS:
            info |= _LABEL_WORD
        if lower.endswith(P.UTILITY_PREFIXES):
            info |= _PREFIX_WORD
        if lower in P.UTILITY_SIDES:
            info |= _SIDE_WORD
        if lower in P.MARGIN_WORDS:
            info |= _MARGIN_WORD
        if P.PART_STEM.search(lower):
            info |= _STEM_WORD
    if len(_word_info) > 50_000:
        _word_info.clear()
    _word_info[word] = info
    return info


def _token_hits(name: str) -> int:
    """The vocabularies one class or id name belongs to (the ``_*_HIT`` bits)."""
    if "__" in name or name.startswith("css-"):  # a build tool's hash: "ImageText_Container__Gg0MW" is no ad ("gg")
        normal = P.DIGIT_RUN.sub("0", name)  # (its length read as the caller's cache key reads it)
        if P.CLASS_HASH.search(normal):
            name = P.CLASS_HASH.sub("", normal)
    if "-" in name or "_" in name:  # both patterns join words with them
        if P.TAXONOMY_CLASS.match(name):  # "tag-comments", "has-sidebar": labels, not roles (a whole name
            return 0  # holds no space: the pattern can only match it from its start to its end)
        if P.UTILITY_HINT.search(name):
            name = P.UTILITY_CLASS.sub(" ", name)  # "borders-bottom", "mt-20": layout, not roles
    lower = name.lower()
    if name == lower and name.isascii() and name.isalpha():
        tokens = {name}  # "article", "sidebar": one word, as NAME_TOKEN would find it
    else:
        tokens = set(map(str.lower, P.NAME_TOKEN.findall(name)))
        if "skip" in tokens and tokens & P.CONTENT_WORDS:
            tokens.discard("skip")  # "skip-main", "skip-content": the target of a skip link, the main content
        if "social" in tokens and "embed" in tokens:
            tokens.discard("social")  # "social-media-embed": a post (a tweet) the article quotes, not share buttons
    hits = 0
    for token in tokens:
        hits |= _WORD_HITS.get(token, 0)
    if P.ANY_PART.search(lower):  # one search where most names (nine in ten) find no part of any vocabulary
        for part, hit in _PART_HITS:
            if part.search(lower):
                hits |= hit
    return hits


def segment(root: etree._Element) -> Segmented:
    """Blocks and containers of a tree that has no page (a page's come with its shared walk,
    ``pipeline.readers.blocks.page_blocks``, made once by the parse step)."""
    from pipeline.readers.blocks import walk  # that module builds on this one's types

    return walk(root).segmented


def drop_repeated_tables(kept: list[Block]) -> list[Block]:
    """The kept blocks without a table whose cells all repeat those of the table kept right before it: the same
    data shown twice, laid out once for narrow screens and once for wide ones (a 信息公开 page's "索引号 | … | 分类
    | …" table after its one-pair-per-row twin), of which a style sheet shows one. The twins are large enough
    (MIN_TWIN_CELLS distinct cells) not to be a results list's small tables, where a club and a status repeat."""
    cells: dict[int, set[str]] = {}
    for block in kept:
        if block.cell is not None and block.text:
            cells.setdefault(block.cell[0], set()).update(filter(None, map(str.strip, block.text.split("|"))))
    repeated: set[int] = set()
    before: set[str] = set()
    for table, found in cells.items():  # (in the order the tables were kept)
        if len(before) >= MIN_TWIN_CELLS and len(found) >= MIN_TWIN_CELLS // 2 and found <= before:
            repeated.add(table)
        else:
            before = found
    if not repeated:
        return kept
    return [block for block in kept if block.cell is None or block.cell[0] not in repeated]


def merge_table_rows(blocks: list[Block], nested: dict[int, bool]) -> None:
    """Data tables (no nested table, short cells, several rows and columns): one block per row.

    The first block of a row takes the row's text, cells joined by " | "; the others are emptied
    in place so the containers' block ranges stay valid. An empty cell keeps its place ("李春燕 |
    宿迁市水利局局长 |" under "姓名 | 任职 | 免职"): without it a value moves to another column.
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
        width = max(blocks[i].cell[2] for i in indexes) + 1  # type: ignore[index]
        for members in rows.values():
            if len(members) < 2:
                continue
            parts: list[str] = []
            last_cell = -1
            for i in members:
                block = blocks[i]
                cell = block.cell[2]  # type: ignore[index]
                if parts and cell == last_cell:
                    parts[-1] += " " + block.text
                else:
                    parts.extend([""] * max(0, cell - last_cell - 1))  # empty cells before this one
                    parts.append(block.text)
                last_cell = cell
            parts.extend([""] * max(0, width - 1 - last_cell))
            head = blocks[members[0]]
            head.text = " | ".join(parts).strip()
            head.chars = sum(blocks[i].chars for i in members)
            head.link_chars = sum(blocks[i].link_chars for i in members)
            head.kind = "tr"
            head.nodes = tuple(node for i in members for node in blocks[i].nodes)
            for i in members[1:]:
                empty = blocks[i]
                empty.text = ""
                empty.chars = empty.link_chars = 0
                empty.raw = None
