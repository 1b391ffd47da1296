"""Choose the main-text container among the blocks of a page, then keep its article blocks.

Weights: a block's sentence text (non-link characters, when it has punctuation, full-width
，。！？；： counted) is for it; link-heavy text, text in boilerplate elements (navigation, related
lists, comments, site-template lines), boilerplate lines and teasers of news lists are against
it; short label-like lines a little against. Long paragraphs whose first sentence is a link stay
text. Class/id words are not believed blindly: an element holding most of the page's text is a
misnamed wrapper, unless its words are strong (footer, modal) or it comes after the article
that follows the headline.

Container: the block-level element with the largest total weight (a prefix-sum difference per
element: every element is scored in one pass), times a bonus when its class/id says "content"
(TRS_Editor, article-content, zoom …). A run of loose sibling blocks (paragraphs of a layout cell)
competes too (Kadane's algorithm). When the winner holds little of the page's text but a
content-named element holds nearly all of it, that element wins (an article cut up by cards).

Keeping: inside the container, blocks in boilerplate elements, link lists, controls, pagination,
picture credits, credit lines of role words and names ("编辑 杨娟 校对 王心"), metadata lines
(``pipeline.meta.patterns.is_metadata_line``; European bylines and date lines), the headline and
footers are dropped, and a closing header ("相关新闻", "Comments", a press release's "Media contact")
ends the article; the header of a link box inside it ("Related topics") is dropped alone. The lead
between the headline and a container that starts after it is the article's too.
"""

from __future__ import annotations

from itertools import accumulate

from pipeline.meta.dates import is_signature_date
from pipeline.meta.patterns import agency_closing, is_metadata_line
from pipeline.strip import patterns as P
from pipeline.strip.dom_blocks import COMMENT, RELATED, STRONG, Block, Container, Flagged, punctuated, smallest_holding
from pipeline.strip.dom_contents import Contents, is_prose
from pipeline.strip.templates import is_template_block

# Block weights (characters of text outside links count for a block, link text against it).
LINK_DENSE = 0.5  # a block with more link text than this is navigation ...
LINKED_PROSE_CHARS = 80  # ... unless it is a paragraph this long, with sentences, and
LINKED_PROSE_DENSITY = 0.75  # no more link text than this
SHORT = 10  # characters: below this a line is a label, not a sentence
SHORT_PENALTY = 3.0
LONG_UNPUNCTUATED = 40  # a line this long counts half even without punctuation
UNPUNCTUATED_FACTOR = 0.2  # a 10-40 character line without punctuation: a subheading or a caption, maybe
TEASER_FACTOR = 0.5  # a truncated teaser ("…【详细】") counts against
TEASER_TAIL = 24  # characters at the end of a block where a teaser's "…【详细】" is looked for
MIN_TEASERS = 3  # linked title, summary, linked title …: this many summaries make a list of teasers
MAX_TEASER_TITLE = 80
TABLE_ROW_FACTOR = 0.5  # a row of a data table counts half
# Container choice.
RUN_ADVANTAGE = 1.5  # a run of blocks beats the best element when it weighs this much more
SMALL_SHARE = 0.5  # a best container with less of the page's sentence text than this, and ...
COVER_SHARE = 0.9  # ... a content-named one with this much: the named one holds the article
TRUSTED_SHARE = 0.5  # a flagged element with more of the page's text than this is a wrapper
STRONG_TRUSTED_SHARE = 0.9  # ... or this, when its name is a strong word (footer, modal …)
ANCHOR_GAP = 60.0  # fewer free characters than this between the headline and an element: it is the article
ANCHOR_GAP_SHARE = 0.15  # ... or less than this share of the element's own text
MIN_PART = 80.0  # text of a part of an article cut by an inline box (see ``article_parts``)
MAX_GAP_BLOCKS = 10  # blocks of that box
# Line tests.
MAX_CONTROL_LINE = 60
MAX_FOOTER_LINE = 100  # longer lines mentioning 联系电话/版权所有 are sentences
MAX_NOTICE_LINE = 200  # a platform's disclaimer runs longer ("本文为澎湃号作者或机构在澎湃新闻上传并发布，…")
MAX_METADATA_LINE = 160  # is_metadata_line says no to longer lines
MAX_WESTERN_META = 100  # a European byline and date line
MAX_THREAD_JUNK = 60
MAX_HEADLINE = 120
MAX_ATTACHMENT_LINE = 100
MAX_HEADER_LINE = 60  # a kicker or subtitle around the headline, no sentence
HEADER_REACH = 3  # blocks after the headline searched for its byline (a subtitle may sit between)
LEAD_REACH = 6  # blocks between the headline and the article body searched for its lead
MIN_LEAD = 30  # characters: a lead is a sentence, not a kicker
LEAD_LINKS = 0.2  # a lead is not a link
END_FACTOR = 2.0  # a closing header ends the article unless more than twice the text kept follows it
MAX_APPEAL = 300  # an appeal for support or a comment header closing the article: up to a short paragraph
MAX_CREDITED = 160  # a line this short ending with a picture credit is a caption (any caption, whatever its length)
CREDIT_TAIL_CHARS = 90  # characters at the end of a line where a picture credit is looked for
MAX_FURNITURE_LINE = 120
MAX_LICENCE_LINE = 200
MAX_PHP_WARNING = 400


def base_weights(blocks: list[Block]) -> list[float]:
    """The weight of each block from its own text (see the module docstring)."""
    weights: list[float] = []
    add = weights.append  # (a loop over every block of the page: names bound once)
    for block in blocks:
        chars = block.chars
        if not chars:
            add(0.0)
            continue
        link_chars = block.link_chars
        text = chars - link_chars
        if link_chars > LINK_DENSE * chars:
            if _attachment(block.text, chars):
                add(float(chars))  # a document's attachment, linked for download
            elif is_linked_prose(block):
                add(text - 0.5 * link_chars)
            else:
                add(-float(chars))
        elif text < SHORT:
            add(TABLE_ROW_FACTOR * text if block.kind == "tr" else -SHORT_PENALTY)
        elif block.kind == "tr":
            add(TABLE_ROW_FACTOR * text)  # a row of a data table
        elif punctuated(block):
            if is_boilerplate(block):
                add(-float(chars))
            elif _teaser_end(block.text[-TEASER_TAIL:]):
                add(-TEASER_FACTOR * text)  # a list of teasers is not an article
            else:
                add(float(text))
        elif is_boilerplate(block):
            add(-float(chars))
        else:
            add((0.5 if text >= LONG_UNPUNCTUATED else UNPUNCTUATED_FACTOR) * text)
    _mark_teasers(blocks, weights)
    return weights


def _mark_teasers(blocks: list[Block], weights: list[float]) -> None:
    """Summaries in a list of teasers (a linked title, its summary, the next linked title …, three
    times or more) count against, like truncated teasers: a news list is not an article."""
    run: list[int] = []  # summaries of the current title/summary run
    i = 1
    n = len(blocks)
    while i < n:
        if weights[i] > 0 and _is_linked_title(blocks[i - 1]) and (i + 1 == n or _is_linked_title(blocks[i + 1])):
            run.append(i)
            i += 2
            continue
        if len(run) >= MIN_TEASERS:
            for j in run:
                weights[j] = -TEASER_FACTOR * weights[j]
        run = []
        i += 1
    if len(run) >= MIN_TEASERS:
        for j in run:
            weights[j] = -TEASER_FACTOR * weights[j]


def _is_linked_title(block: Block) -> bool:
    """A short line that is mostly a link, and not a bare URL (a list of items with their shop links
    is not a list of teasers)."""
    return (
        4 <= block.chars <= MAX_TEASER_TITLE
        and block.link_chars > LINK_DENSE * block.chars
        and not P.URL_TEXT.match(block.text)
    )


def thread_weights(blocks: list[Block], base: list[float], inside_posts: list[bool]) -> list[float]:
    """Forum weights: short replies inside post/comment containers count as text too."""
    weights = base.copy()
    for i, block in enumerate(blocks):
        if (
            inside_posts[i]
            and weights[i] <= 0 < block.chars
            and block.link_chars <= LINK_DENSE * block.chars
            and not _is_thread_junk(block.text, block.chars)
        ):
            weights[i] = float(block.chars - block.link_chars)
    return weights


def flag_depths(
    flagged: list[Flagged],
    blocks: list[Block],
    mask: int,
    base: list[float],
    anchor: int | None = None,
    inside_posts: list[bool] | None = None,
) -> list[int]:
    """Per block, the depth of the deepest boilerplate element around it (-1: none).

    A flagged element holding most of the page's text is a misnamed wrapper ("Page-ad-margins",
    "main-with-sidebar", "entry-content-read-more"), not boilerplate, and is ignored. Related
    lists and strong words (footer, modal …) are believed unless the element holds the headline
    (``anchor``, a block index) or the first text after it, or (strong words) nearly all the
    text. Comment areas are always believed. On a thread (``inside_posts`` given), an element
    whose text is mostly posts ("MoreAnswers") is part of the thread.
    """
    n_blocks = len(blocks)
    if not flagged:
        return [-1] * n_blocks
    trusted: list[Flagged] = []
    positive = [0.0, *accumulate(w if w > 0 else 0.0 for w in base)]
    trust = TRUSTED_SHARE * positive[-1]
    strong_trust = STRONG_TRUSTED_SHARE * positive[-1]
    in_posts = None
    if inside_posts is not None:
        in_posts = [
            0.0,
            *accumulate(w if w > 0 and inside else 0.0 for w, inside in zip(base, inside_posts, strict=True)),
        ]
    free: list[int] | None = None  # prefix sums of text outside links and flagged elements
    siblings = _sibling_shares(flagged, mask, positive)
    for span in flagged:
        if not span.bits & mask:
            continue
        share = positive[span.last] - positive[span.first]
        if span.bits & (RELATED | STRONG | COMMENT) == 0 and siblings.get(id(span), 0.0) > trust:
            continue  # one of the sections of the article: all alike, named alike, holding most of the text
        if in_posts is not None and share > 0 and in_posts[span.last] - in_posts[span.first] > share / 2:
            continue
        if share > trust and not span.bits & COMMENT:
            if not span.bits & (RELATED | STRONG):
                continue
            if anchor is not None:
                if span.first <= anchor < span.last:
                    continue
                if span.first > anchor:
                    if free is None:
                        free = _free_text(blocks, flagged, mask)
                    if free[span.first] - free[anchor + 1] < max(ANCHOR_GAP, ANCHOR_GAP_SHARE * share):
                        continue
            if span.bits & STRONG and share > strong_trust:
                continue
        trusted.append(span)
    return _innermost_depths(trusted, n_blocks, walk_order=True)


def _sibling_shares(flagged: list[Flagged], mask: int, positive: list[float]) -> dict[int, float]:
    """For flagged elements in a row with the same depth and flags ("TestReport__Section--Ads" five
    times, "top-article" then "bottom-article"), each with text of its own and hardly any text between
    them, the text they hold together (keyed by ``id`` of each span; spans alone are left out): an
    article cut into sections that a class word flags is no more boilerplate than a misnamed wrapper."""
    shares: dict[int, float] = {}
    last_of: dict[tuple[int, int], list[Flagged]] = {}  # (depth, bits) -> the current row of spans
    rows: list[list[Flagged]] = []
    for span in flagged:  # (in the order their elements end: a row's spans come in order)
        if not span.bits & mask or positive[span.last] - positive[span.first] < ANCHOR_GAP:
            continue  # (a date line, a menu between sections: no section of the article, left as they are)
        key = (span.depth, span.bits)
        row = last_of.get(key)
        if row and span.first >= row[-1].last and positive[span.first] - positive[row[-1].last] < ANCHOR_GAP:
            row.append(span)
            continue
        row = [span]
        rows.append(row)
        last_of[key] = row
    for row in rows:
        if len(row) > 1:
            total = positive[row[-1].last] - positive[row[0].first]
            for span in row:
                shares[id(span)] = total
    return shares


_PAINT_LIMIT = 8  # blocks painted per block of the page, at most, by the spans of ``_innermost_depths``


def _innermost_depths(spans: list[Flagged], n_blocks: int, walk_order: bool = False) -> list[int]:
    """Per block, the depth of the innermost span around it (-1: none), in linear time: the spans
    are elements, so they nest or do not meet, and a sweep with a stack finds the innermost.
    ``walk_order``: each span comes after the spans inside it (the walk's ``Segmented.flagged`` lists an element
    when it ends), which saves sorting them to paint them."""
    depths = [-1] * n_blocks
    if not spans:
        return depths
    if sum(span.last - span.first for span in spans) <= _PAINT_LIMIT * n_blocks:
        # In that order each span starts after (or with, and ends within) those before it: painted one after
        # the other, the innermost around a block paints it last. Slice assignments run in C, quicker than
        # the sweep below unless the spans nest deep (then their total length is bounded, and the sweep runs).
        # (In the walk's order reversed, each span comes before those inside it: painted so, the same.)
        for span in reversed(spans) if walk_order else _outer_first(spans):
            first, last = span.first, min(span.last, n_blocks)
            if first < last:
                depths[first:last] = [span.depth] * (last - first)
        return depths
    spans = _outer_first(spans)
    stack: list[Flagged] = []
    k = 0
    for i in range(n_blocks):
        while stack and stack[-1].last <= i:
            stack.pop()
        while k < len(spans) and spans[k].first == i:
            stack.append(spans[k])
            k += 1
        while stack and stack[-1].last <= i:
            stack.pop()
        if stack:
            depths[i] = stack[-1].depth
    return depths


def _outer_first(spans: list[Flagged]) -> list[Flagged]:
    """The spans by where they start, each before the spans inside it."""
    return sorted(spans, key=lambda span: (span.first, -span.last, span.depth))


def _free_text(blocks: list[Block], flagged: list[Flagged], mask: int) -> list[int]:
    """Prefix sums of the characters outside links and outside every flagged element."""
    inside = _innermost_depths([span for span in flagged if span.bits & mask], len(blocks), walk_order=True)
    free = [0]
    for block, depth in zip(blocks, inside, strict=True):
        free.append(free[-1] + (0 if depth >= 0 else block.chars - block.link_chars))
    return free


def block_weights(blocks: list[Block], base: list[float], depths: list[int], templates: frozenset[int]) -> list[float]:
    """Base weights, with blocks in boilerplate elements or on the site template counted against."""
    weights = base.copy()
    for i, depth in enumerate(depths):
        if depth >= 0:
            weights[i] = -float(blocks[i].chars)
    if templates:
        for i, block in enumerate(blocks):
            if block.chars and is_template_block(block.nodes, templates):
                weights[i] = -float(block.chars)
    return weights


def best_container(containers: list[Container], weights: list[float]) -> Container | None:
    """The container with the largest (bonus-weighted) total weight.

    A run of sibling blocks with no element of its own (paragraphs loose in a layout cell, among
    the cell's menus and link lists) competes too: the best run of blocks, found by Kadane's
    algorithm, wins when it clearly outweighs every element; its depth is that of the smallest
    element around it.
    """
    prefix = [0.0, *accumulate(weights)]
    best: Container | None = None
    best_score = 0.0
    for container in containers:
        score = prefix[container.last] - prefix[container.first]
        if score > 0 and container.bonus != 1.0:
            score *= container.bonus
        if score > best_score:
            best, best_score = container, score
    first, last, run_score = _best_run(weights)
    if best is None or run_score > RUN_ADVANTAGE * best_score:
        around = smallest_holding(containers, first, last)
        if around is not None and run_score > 0:
            best = Container(around.element, first, last, around.depth, 1.0)
    return _named_cover(containers, weights, best) if best is not None else None


_POSITIVE = (0.0).__lt__


def article_parts(
    blocks: list[Block],
    named: list[Container],
    weights: list[float],
    depths: list[int],
    best: Container,
    anchor: int | None,
) -> list[Container]:
    """The parts of an article an inline box cuts in two or more (a related link, an ad teaser between two
    "body-content" or "field--story" elements): the container chosen, with the elements before and after it that
    share its tag and one of its class names, when the container's class says "content" (a bonus), each part
    holds MIN_PART of text and no text lies between two parts, only a box of boilerplate (links, flagged
    elements) of MAX_GAP_BLOCKS blocks at most.

    Parts are elements, in document order, none inside another; a part before the headline (``anchor``) is not
    the article's. Without such parts: ``[best]``. ``named``: the page's containers with a content bonus (the
    walk's ``Segmented.named``)."""
    if best.bonus <= 1.0:
        return [best]
    names = best.element.get("class")
    if not names:
        return [best]
    tag = best.element.tag
    own = set(names.split())
    candidates = [
        container
        for container in named
        if (container.last <= best.first or container.first >= best.last)
        and container.element.tag == tag
        and own.intersection((container.element.get("class") or "").split())
    ]
    if not candidates:
        return [best]

    def is_part(container: Container) -> bool:
        own_weights = weights[container.first : container.last]
        first = next((i for i, weight in enumerate(own_weights, container.first) if weight), container.first)
        return (
            sum(filter(_POSITIVE, own_weights)) >= MIN_PART
            and sum(own_weights) > 0
            and not 0 <= depths[first] <= container.depth  # (inside no boilerplate element)
            and (anchor is None or container.first > anchor or best.first <= anchor)
        )

    def box_between(first: int, last: int) -> bool:  # blocks[first:last] hold a box, no text
        seen = 0
        text = 0.0
        for i in range(first, last):
            if blocks[i].chars:
                seen += 1
                text += max(weights[i], 0.0)
                if seen > MAX_GAP_BLOCKS or text >= ANCHOR_GAP:
                    return False
        return True

    parts = [best]
    before = sorted((c for c in candidates if c.last <= best.first), key=lambda c: -c.last)
    for container in before:  # nearest first: each joins when nothing but a box lies between
        if container.last <= parts[0].first and box_between(container.last, parts[0].first) and is_part(container):
            parts.insert(0, container)
    after = sorted((c for c in candidates if c.first >= best.last), key=lambda c: c.first)
    for container in after:
        if container.first >= parts[-1].last and box_between(parts[-1].last, container.first) and is_part(container):
            parts.append(container)
    return parts


def _named_cover(containers: list[Container], weights: list[float], best: Container) -> Container:
    """A content-named container ("entry-content") holding nearly all the page's text, when the best
    one holds little of it: the article is cut up by cards or link boxes that outweigh its parts."""
    positive = [0.0, *accumulate(w if w > 0 else 0.0 for w in weights)]
    total = positive[-1]
    if positive[best.last] - positive[best.first] >= SMALL_SHARE * total:
        return best
    cover = None
    for container in containers:
        if (
            container.bonus > 1.0
            and positive[container.last] - positive[container.first] >= COVER_SHARE * total
            and (cover is None or container.last - container.first < cover.last - cover.first)
        ):
            cover = container
    return cover or best


def _best_run(weights: list[float]) -> tuple[int, int, float]:
    """The contiguous run of blocks with the largest total weight: (first, last, total)."""
    best_first = best_last = 0
    best_total = 0.0
    first = 0
    total = 0.0
    for index, weight in enumerate(weights):
        if total <= 0:
            first, total = index, weight
        else:
            total += weight
        if total > best_total:
            best_first, best_last, best_total = first, index + 1, total
    return best_first, best_last, best_total


def is_linked_prose(block: Block) -> bool:
    """A long sentence paragraph whose first sentence (or more) is a link: text, not navigation."""
    return (
        block.chars >= LINKED_PROSE_CHARS
        and block.link_chars <= LINKED_PROSE_DENSITY * block.chars
        and punctuated(block)
        and bool(P.SENTENCE_MARK.search(block.text))
    )


def covering_container(containers: list[Container], weights: list[float], share: float) -> Container | None:
    """The smallest container holding ``share`` of the positive weight: all posts of a thread."""
    positive = [0.0, *accumulate(w if w > 0 else 0.0 for w in weights)]
    needed = share * positive[-1]
    if needed <= 0:
        return None
    best: Container | None = None
    for container in containers:
        if positive[container.last] - positive[container.first] >= needed and (
            best is None or container.last - container.first < best.last - best.first
        ):
            best = container
    return best


_key_cache: dict[str, str] = {}


def headline_key(text: str) -> str:
    """A line as compared with the headline: no spaces, punctuation or symbols, lower case (cached:
    each short block is compared more than once, and a site's pages repeat their template lines)."""
    key = _key_cache.get(text)
    if key is None:
        key = text.translate(P.HEADLINE_NOISE_DELETION).lower()  # (HEADLINE_NOISE.sub("", text), quicker)
        if len(text) <= MAX_HEADLINE:  # longer lines are never the headline: not worth keeping
            if len(_key_cache) > 50_000:
                _key_cache.clear()
            _key_cache[text] = key
    return key


HeadlineMarks = tuple[tuple[str, ...] | None, tuple[str, ...] | None, int]


def headline_marks(keys: set[str]) -> HeadlineMarks:
    """What a line shows of the headline keys before its own key is made (``shows_headline``): their first
    characters (``patterns.key_openings``), their last ones when each is a CJK ideograph (kept as it is in the
    key, as the first ones are: the line holds it), and the length of the shortest key. A line shorter than that
    shows none: its key is the line with characters deleted and the others lower-cased, and only "İ" lower-cases
    to two."""
    closings = tuple(key[-1:] for key in keys)
    if not all(P.IDEOGRAPH.match(closing) for closing in closings):
        closings = None
    return P.key_openings(keys), closings, min(map(len, keys), default=0)


def shows_headline(text: str, headlines: set[str], marks: HeadlineMarks) -> bool:
    """Whether a line is the headline: its ``headline_key`` is among ``headlines`` (``marks``: their
    ``headline_marks``). A key not remembered is made only for a line that is long enough and holds an opening
    and a closing: most lines of a page are new, and most are short or hold none of them."""
    key = _key_cache.get(text)
    if key is None:
        openings, closings, shortest = marks
        if (
            (len(text) < shortest and "\u0130" not in text)
            or not P.may_show_key(text, openings)
            or not P.may_show_key(text, closings)
        ):
            return False
        key = headline_key(text)
    return key in headlines


def keep_blocks(
    blocks: list[Block],
    container: Container,
    depths: list[int],
    templates: frozenset[int],
    headlines: set[str],
    thread: bool = False,
    weights: list[float] | None = None,
    anchor: int | None = None,
    contents: Contents | None = None,
) -> list[Block]:
    """The article blocks inside the container, in order (``thread``: the posts of a forum page).

    An article ends at a closing header ("相关新闻", "Related", "Comments") when less text
    follows it in the container than twice what was kept before it (else it heads an inline box).
    A container that holds the headline (block ``anchor``) holds its header too: the short lines
    over it and between it and its byline (a kicker "聚焦产业集群 推动转型升级", a subtitle
    "——我市推进先进制造业集群建设综述") are not text.

    With a table of contents (``contents``), the table is not text, only prose comes before the body
    it announces, and the cards its sections repeat are text whatever their class words and links.
    """
    kept: list[Block] = []
    cards: set[int] = set()
    if contents is not None:
        for first, last in contents.cards:
            cards.update(range(first, last))
    kept_chars = 0
    marks = headline_marks(headlines)
    header_end = _header_end(blocks, container, anchor) if not thread else None
    after = [0.0] * (container.last - container.first + 1)  # positive weight from block i on
    if weights is not None:
        for i in range(container.last - 1, container.first - 1, -1):
            w = weights[i]
            after[i - container.first] = after[i + 1 - container.first] + (w if w > 0 else 0.0)
    for i in range(container.first, container.last):
        block = blocks[i]
        text = block.text
        if not text or block.info:  # (an info table's rows are the caller's: ``info_table``)
            continue
        chars = block.chars
        if (
            not thread
            and kept_chars
            and chars <= MAX_APPEAL
            and after[i + 1 - container.first] < END_FACTOR * kept_chars
            and ((chars <= P.END_OF_ARTICLE_MAX and P.ARTICLE_END.match(text)) or P.CLOSING_APPEAL.match(text))
        ):
            break
        if contents is not None and (
            contents.table.first <= i < contents.table.last or (i < contents.first and not is_prose(block))
        ):
            continue
        card = i in cards
        if depths[i] > container.depth and not card:
            continue
        if templates and is_template_block(block.nodes, templates):
            continue
        if (
            block.link_chars > LINK_DENSE * chars
            and not card
            and not is_linked_prose(block)
            and not _attachment(text, chars)
        ):
            continue
        if thread and _is_thread_junk(text, chars):
            continue
        if is_boilerplate(block) or (is_metadata(block) and not (kept and is_signature_date(text, kept[-1].text))):
            continue  # (a notice's signature date is part of it: "吉林省人民政府" / "2022年1月27日")
        if chars <= P.END_OF_ARTICLE_MAX and _heads_link_box(blocks, i, container.last):
            continue
        if (block.kind == "caption" or chars <= MAX_CREDITED) and _credit_tail(text):
            continue  # a picture's caption with its credit
        if headlines and chars <= MAX_HEADLINE and shows_headline(text, headlines, marks):
            continue
        if header_end is not None and i < header_end and chars <= MAX_HEADER_LINE and not P.SENTENCE_CLOSE.search(text):
            continue
        kept.append(block)
        kept_chars += chars
    return kept


def _heads_link_box(blocks: list[Block], index: int, end: int) -> bool:
    """A related-list header ("Related topics", "相关链接", "Mehr zum Thema") over a list of links: the
    box's title, not text, even where the article goes on after the box."""
    for following_index in range(index + 1, end):  # (the next block first: most lines are followed by text)
        following = blocks[following_index]
        if following.chars:
            return (
                following.link_chars > LINK_DENSE * following.chars
                and not is_linked_prose(following)
                and bool(P.LINK_BOX_HEADER.match(blocks[index].text))
            )
    return False


def lead_blocks(
    blocks: list[Block],
    container: Container,
    flagged: list[Flagged],
    mask: int,
    base: list[float],
    anchor: int | None,
) -> list[Block]:
    """The lead (standfirst, chapô) between the headline and a container that starts after it: the
    article's header holds the headline, the lead and the byline, its body is the container.

    A lead is a sentence paragraph (text for ``base_weights``, ending like a sentence, no caption) within
    LEAD_REACH blocks after the headline, inside no boilerplate element but the one holding the
    headline too (the article's own ``<header>``); metadata lines and bylines are not leads.
    """
    if anchor is None or not anchor < container.first <= anchor + 1 + LEAD_REACH:
        return []
    around = [
        span
        for span in flagged
        if span.bits & mask
        and not span.first <= anchor < span.last
        and not (span.first == anchor + 1 and span.last <= container.first and not span.bits & (RELATED | COMMENT))
    ]
    leads = []
    for i in range(anchor + 1, container.first):
        block = blocks[i]
        if (
            block.chars >= MIN_LEAD
            and not block.info
            and block.kind != "caption"  # a picture's caption under the headline is no lead
            and base[i] > 0
            and block.link_chars <= LEAD_LINKS * block.chars
            and (P.SENTENCE_CLOSE.search(block.text) or P.SHORT_WORD_CLOSE.search(block.text))
            and not is_metadata(block)
            and not any(span.first <= i < span.last for span in around)
        ):
            leads.append(block)
    return leads


def _attachment(text: str, chars: int) -> bool:
    # (an attachment's file name has a dot before its extension: most link lines have none)
    return chars <= MAX_ATTACHMENT_LINE and "." in text and bool(P.ATTACHMENT_LINE.match(text))


def _teaser_end(tail: str) -> bool:
    """TEASER_END, tried only on a tail holding what every match has: dots or an ellipsis, or the
    详细/详情/全文 of a details link."""
    return ("…" in tail or ".." in tail or "。。" in tail or "详" in tail or "全文" in tail) and bool(
        P.TEASER_END.search(tail)
    )


def _header_end(blocks: list[Block], container: Container, anchor: int | None) -> int | None:
    """The index of the byline under a headline the container holds (the headline's own when no
    metadata line follows it within HEADER_REACH blocks); None when the headline is elsewhere."""
    if anchor is None or not container.first <= anchor < container.last:
        return None
    for i in range(anchor + 1, min(anchor + 1 + HEADER_REACH, container.last)):
        if blocks[i].text and is_metadata(blocks[i]):
            return i
    return anchor


_boiler_cache: dict[str, tuple[int, bool]] = {}


def is_boilerplate(block: Block) -> bool:
    """``_is_boilerplate_line`` of a block, looked up once (metadata lines aside: ``is_metadata``).

    Short lines are remembered between pages too: a site repeats its menus, footers and controls.
    """
    if block.boiler < 0:
        text, chars = block.text, block.chars
        if chars <= MAX_FOOTER_LINE:
            known = _boiler_cache.get(text)
            if known is None or known[0] != chars:  # (a table row counts its cells' characters)
                known = (chars, _is_boilerplate_line(text, chars))
                if len(_boiler_cache) > 50_000:
                    _boiler_cache.clear()
                _boiler_cache[text] = known
            found = known[1]
        else:
            found = _is_boilerplate_line(text, chars)
        block.boiler = 1 if found else 0
    return block.boiler == 1


_metadata_cache: dict[str, tuple[int, bool]] = {}


def is_metadata(block: Block) -> bool:
    """A metadata line (发布日期/来源/作者/字号/浏览次数 …), as the metadata stage defines it, or a
    European byline or date line ("Por Lucía Ferrer", "Publié le 14/05/2024") that is no sentence.

    Remembered per text (with its character count, which a table row counts from its cells): a block
    is asked up to four times, and a site repeats its bylines and date lines."""
    chars = block.chars
    if chars > MAX_METADATA_LINE:
        return False
    text = block.text
    if block.info:
        return False  # a row of a 政府信息公开 page's info table (索引号, 发文字号 …): the document's, kept as text
    known = _metadata_cache.get(text)
    if known is None or known[0] != chars:
        known = (chars, _is_metadata_text(text, chars))
        if len(_metadata_cache) > 20_000:
            _metadata_cache.clear()
        _metadata_cache[text] = known
    return known[1]


def _is_metadata_text(text: str, chars: int) -> bool:
    if (
        chars <= MAX_WESTERN_META
        and "A" <= text[:1] <= "Z"  # (every WESTERN_META_LINE opens with a capitalised Latin word)
        and P.WESTERN_META_LINE.match(text)
        and not P.SENTENCE_CLOSE.search(text)
    ):
        return True
    return is_metadata_line(text)


def _is_boilerplate_line(text: str, chars: int) -> bool:
    """Controls, prev/next links, breadcrumbs, pagination, picture and agency credits, footers and notices.

    The Latin line openings (credits, "Read also", European furniture and consent placeholders) are tried only on
    a line whose first word may open one of them (``_latin_word``, ``_may_open_latin``); PROMO_LINK and TAGS_LINE
    only on a line holding the words every match of theirs holds (点击 or 戳; 关键 or 标签)."""
    if (P.PREV_NEXT_OR_BREADCRUMB_HINT.match(text) and (P.PREV_NEXT.match(text) or P.BREADCRUMB.match(text))) or (
        text[0] == "<" and P.MARKUP_LINE.match(text)
    ):
        return True
    word: str | None = ""  # the line's first word (``_latin_word``) once read; "" until then
    if chars <= MAX_CONTROL_LINE:
        if (
            (P.may_open(text, P.CONTROL_OPENINGS) and P.CONTROL_LINE.match(text))
            or P.pager(text)
            or P.role_names_line(text)
            or agency_closing(text)  # "kvo/mbr/dpa": the metadata step read the agency from it
        ):
            return True
        if not "\u4e00" <= text[0] <= "\u9fff" or text[0] in P.SHORT_TEST_IDEOGRAPHS:  # (most Chinese lines: no)
            word = _latin_word(text)
            if (
                (_may_open_latin(word) and (P.CREDIT_LINE.match(text) or P.READ_ALSO.match(text)))
                or (("点击" in text or "戳" in text) and P.PROMO_LINK.match(text))
                or (("关键" in text or "标签" in text) and P.TAGS_LINE.match(text))
            ):
                return True
    if (
        chars <= MAX_FOOTER_LINE
        and P.may_be_furniture(text)
        and (P.FOOTER_ANYWHERE.search(text) or P.FOOTER_START.match(text) or P.NOTICE_LINE.search(text))
    ):
        return True
    if MAX_FOOTER_LINE < chars <= MAX_NOTICE_LINE and P.platform_notice(text):
        return True
    if text[0] > "\u2e7f" or chars > MAX_PHP_WARNING:
        return False  # (the tests below are for European lines)
    if chars <= MAX_FURNITURE_LINE:  # (a longer line is a paragraph: its first word is not worth reading)
        if word == "":
            word = _latin_word(text)
        latin = _may_open_latin(word)
        if latin and P.EUROPEAN_FURNITURE.match(text):
            return True
        if (
            chars <= MAX_CONTROL_LINE
            and (latin or (word is not None and word.startswith(_STOCK_STEMS)))
            and P.SOURCE_LINE.match(text)
        ):
            return True
        if latin and P.CONSENT_PLACEHOLDER.match(text):  # (chars <= MAX_PHP_WARNING)
            return True
    elif ("on line" in text and P.EUROPEAN_FURNITURE.match(text)) or P.CONSENT_PLACEHOLDER.match(text):
        return True
    if chars <= MAX_NOTICE_LINE and P.EUROPEAN_NOTICE_HINT.search(text) and P.EUROPEAN_NOTICE.search(text):
        return True
    return chars <= MAX_LICENCE_LINE and ("Commons" in text or "CC" in text) and bool(P.LICENCE_LINE.search(text))


# Words SOURCE_LINE's stock agencies open with that may run into their next word ("GettyImages", "AdobeStock",
# "imagoimages"): the first word of such a line is none of P.LATIN_OPENING_WORDS.
_STOCK_STEMS = ("getty", "adobe", "imago")


def _latin_word(text: str) -> str | None:
    """The first word of a line as the Latin line openings read it (``P.LATIN_OPENING``: after the marks they allow),
    lower-cased; None when any opening may match: a line opening with a number or with a word holding a character
    outside ASCII (matching ignoring case equates some of those with ASCII letters: "ſ" with "s", the Kelvin sign
    with "k"); "-" when the line opens with no word (none of them can match: each opens with a word)."""
    first = P.LATIN_OPENING.match(text)
    if first is None:
        return "-"
    word = first.group(1)
    if not word.isascii() or word[0].isdigit():
        return None
    return word.lower()


def _may_open_latin(word: str | None) -> bool:
    """Whether a line with this first word (``_latin_word``) may be one of CREDIT_LINE, READ_ALSO, EUROPEAN_FURNITURE
    or CONSENT_PLACEHOLDER: each of their matches opens with one of P.LATIN_OPENING_WORDS (or a word beginning with
    one of P.LATIN_OPENING_STEMS: "Photographer", "Fotografin"), after the marks P.LATIN_OPENING skips, and ends
    that word there (tests/strip/test_latin_guard.py tries every branch). Most lines of a European page open
    with another word: four pattern matches saved."""
    return word is None or word in P.LATIN_OPENING_WORDS or word.startswith(P.LATIN_OPENING_STEMS)


def _credit_tail(text: str) -> bool:
    """Whether a line ends with a picture credit ("… © AFP / MARCO BERTORELLO", "… Kuva: ALEXANDER BECHER",
    "(mlharing / iStock.com)"); CREDIT_TAIL is tried only where one of its marks is."""
    tail = text[-CREDIT_TAIL_CHARS:]
    return ("©" in tail or ":" in tail or "/" in tail or "(c)" in tail) and bool(P.CREDIT_TAIL.search(tail))


def _is_thread_junk(text: str, chars: int) -> bool:
    """Lines around forum posts: user and time lines, floor numbers, reply/quote controls."""
    if chars > MAX_THREAD_JUNK:
        return False
    return bool(
        P.DATE_LINE.match(text)
        or P.LOCATION_LINE.match(text)
        or P.FORUM_MARKER.match(text)
        or P.POST_BYLINE.match(text)
        or _is_boilerplate_line(text, chars)
        or is_metadata_line(text)
    )


def _dated_tail(tail: str) -> bool:
    """An item's tail (``P.ITEM_TAIL``) that is a date ("2024-05-01", "(07/13 08:41)"), not a count ("(15)")."""
    return any(mark in tail for mark in "-/.:")


def keep_items(
    blocks: list[Block], container: Container, depths: list[int], templates: frozenset[int], headlines: set[str]
) -> list[str]:
    """The lines of a list page's item container: titles (dates and counts after them, dates before them removed)."""
    kept: list[str] = []
    marks = headline_marks(headlines)
    for i in range(container.first, container.last):
        block = blocks[i]
        text = block.text
        if not text or depths[i] > container.depth or is_boilerplate(block) or is_metadata(block):
            continue
        if templates and is_template_block(block.nodes, templates):
            continue
        title = P.ITEM_TAIL.sub("", text).strip()
        linked_dated = block.link_chars and _dated_tail(text.strip()[len(title) :])
        if title[:1].isdigit() or title[:1] in "[(（【":
            undated = P.ITEM_LEAD_DATE.sub("", title, count=1)
            if undated != title:  # "2024-05-01 关于…的通知": the date first
                title, linked_dated = undated, bool(block.link_chars)
        if headlines and not linked_dated and shows_headline(text, headlines, marks):
            continue  # the list's heading (a linked item with its date is an item, even if taken for the headline)
        if P.DATE_LINE.match(text):
            continue
        if title:
            kept.append(title)
    return kept
