"""Main text of a text dump: classify every line, then keep the densest run of prose.

A dump is the page's visible text, one block per line, with the ``<title>`` on line 1. Around the
article sit menus, login boxes, breadcrumbs, the headline and its metadata line, share and font
controls, related lists, comments and footers. Each line gets a kind and a weight: prose counts for
itself (its size in tokens), short neutral lines cost a little, boilerplate costs more, and headers
that end an article ("相关新闻", "责任编辑：", disclaimers, copyright) cannot be crossed. The main
block is the run of lines with the largest total weight; when the headline is found, the block
that follows it closely wins, so a long recommended story further down does not.

Inside the block only the neutral lines and prose are kept: a subheading such as
``凝心聚力 砥砺前行`` stays, a metadata line or a share widget does not. Lines that recur across the
site (``page.template_hashes``, learned in a batch run) are boilerplate wherever they are. Lines in a
Latin script are tried against the European and English furniture too (comment areas, share rows, galleries,
teaser lists, newsletter boxes, picture credits, bylines and date lines), and prose said twice in the dump (a
gallery's captions, a sidebar's teasers) weighs as a short line. An
article's 政府信息公开 info table (索引号, 发文字号 …, ``info_table``) inside the block or right over or
under it is the document's: its rows are kept, though they read like metadata lines.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from pipeline.meta.dates import is_signature_date
from pipeline.meta.patterns import agency_closing, is_metadata_line
from pipeline.page import Page
from pipeline.strip import patterns as P
from pipeline.strip.dom_pagetype import SIGN_MAX_CHARS, shows_thread_signs
from pipeline.strip.info_table import REACH, find_info_tables, is_near
from pipeline.strip.templates import line_hash
from pipeline.text import normalise_line

# Kinds of lines. Kept in the text when inside the main block: TEXT and SHORT.
TEXT = "text"  # prose: a sentence or a paragraph
SHORT = "short"  # a short neutral line: subheading, caption, list item, code
NAV = "nav"  # menu entries in one line
CONTROL = "control"  # font size, print, share, login, counts
META = "meta"  # date/source/author lines (the metadata step reads them)
CRUMB = "breadcrumb"
TEMPLATE = "template"  # recurs across the site's pages
HEADLINE = "headline"
RELATED = "related"  # header of a related or recommended list
END = "end"  # editor line, previous/next links, footer: the article is over
COMMENTS = "comments"  # the header of a comment area: the article is over (a thread's replies follow)
NOTICE = "notice"  # a disclaimer or copyright notice: the article is over, or not begun yet

KEPT = frozenset({TEXT, SHORT})
CLOSING_MARKS = "".join(P.CLOSING_BRACKETS) + "”’\"'」』"  # after a sentence's full stop

# How the main block was found.
AFTER_HEADLINE = "after headline"  # the text right after the headline
CONTENTS = "contents"  # the sections a table of contents announces
SHORT_RUN = "short run"  # the short lines after the headline (no prose there)
DENSEST = "densest"  # the best block anywhere
NO_BLOCK = "none"

# What a line is.
MIN_TEXT_SIZE = 8  # tokens a line needs to count as prose
TITLE_MAX_SIZE = 30  # a line ending in ！ or ？ shorter than this, without a 。, is a title
MEDIUM_TEXT_SIZE = 20  # a line this long with two commas is prose even without a full stop
LONG_TEXT_SIZE = 30  # a line this long with one comma is prose even without a full stop
UNPUNCTUATED_TEXT_SIZE = 60  # a line this long in Thai or Lao (no punctuation in those scripts) is prose
CONTROL_MAX_LENGTH = 80
FOOTER_MAX_LENGTH = 120  # a longer line naming a copyright or a licence is prose about it
NOTICE_MAX_LENGTH = 200  # a disclaimer runs longer (a platform's "本文为…号作者…上传并发布，仅代表该作者…")
LONG_LINE = 160  # longer lines are prose or plain text, never furniture
DATE_LINE_MAX_LENGTH = 60
PAGER_MAX_LENGTH = 200  # characters of a list's pager line, at most
BREADCRUMB_MAX_SEGMENT = 30
NAV_MIN_ITEMS = 3
NAV_MAX_ITEM = 8
NAV_MAX_MEAN_ITEM = 6.0
LINK_CELL_MAX = 20  # tab-separated cells this short, three or more in a row: a row of links
BRACKETED_MIN = 2
KIND_CACHE = 1 << 16  # lines whose kind is remembered (per process)
REPEATED_MAX_SHARE = 0.5  # prose said twice is a caption or a teaser, unless it is this share of the page's prose
LATIN_LINE_MAX = "\u2e80"  # a line opening below the CJK blocks, without a WIDE_CHARACTER, may be European furniture
LATIN_HEADER_MAX_LENGTH = 50  # a teaser list's header: "More Washington Examiner", "Most popular in the section"
WESTERN_META_MAX_LENGTH = 100  # a European byline or date line
DATE_LINE_MAX_WORDS = 3  # words of a date line besides its date, time, weekday and labels: a name or two
BYLINE_MAX_WORDS = 8  # ... of a byline with its date ("By …"): the names
CAPTION_MAX_LENGTH = 400  # a picture's caption opening with its credit
CAPTION_MIN_WORDS = 4  # lower-case words of a caption opening with a credit, when it holds a year
CREDITED_LINE_MAX_LENGTH = 160  # a line this short ending with a picture credit is a caption
CREDIT_TAIL_CHARS = 90  # characters at the end of a line where a picture credit is looked for

# What a line weighs in the block selection.
TEXT_LINE_COST = 5.0  # taken off every prose line: one short sentence alone weighs little
SHORT_COST = 2.0
SHORT_COST_PER_TOKEN = 0.2
SYMBOL_COST = 0.2  # a line of symbols only ("│", "────"): a drawing or a separator
SYMBOL_LINE_MAX = 40
BOILERPLATE_COST = 8.0
RELATED_COST = 40.0
BARRIER = float("-inf")

# The headline and the block after it.
HEADLINE_MAX_LENGTH = 200
HEADLINE_SLACK = 10  # spaces and punctuation a headline line may hold beyond its compact form
HEADLINE_MIN_KEY = 4
HEADLINE_MIN_PREFIX = 6
HEADLINE_BADGE = 2  # characters of a badge before a headline ("原创", "置顶")
HEADLINE_PREFIX_SHARE = 0.8  # a line this share of the headline's beginning is the headline, cut
HEADLINE_WINDOW = 25  # text lines after the headline where its article must start
HEADLINE_REACH = 80  # ... and lines of any kind
ANCHOR_MIN_SCORE = 20.0  # a block after the headline this strong beats any block elsewhere
LEAD_OVERRIDE = 5.0  # a later block this much larger, with no barrier between, is the body
LEAD_GAP = 50  # lines between a lead and its body
CONTENTS_MIN_SECTIONS = 3  # entries of a table of contents whose heading below is followed by prose
CONTENTS_MAX_IDLE = 5  # boilerplate lines in a row that end the last section of a body with a table of contents
TEASER_MIN_DATES = 2  # dated lines after a related header that make the lines under it a list of teasers ...
TEASER_PROSE_PER_DATE = 2  # ... with no more sentences than this for each
HEADLINE_COPY_GAP = 12  # lines without prose around a copy of the headline that cuts the article in two
LEAD_LINES = 2  # short lines right before the block that join it (subtitle, caption)
LEAD_MIN_SIZE = 4
TAIL_LINES = 2  # short sentences right after it that join it ("特此通知。")
ANNOUNCED_LIST_MAX = 80  # items of a list that the block's last sentence announces with a colon
TAIL_PARTS = 40  # lines after it that may join it: those, table rows, attachments and contacts
ANNOUNCING_MIN_SIZE = 6  # tokens of a sentence announcing a table with a colon ("任免下列同志职务：")
SHORT_RUN_MAX_LINES = 120
SHORT_RUN_MAX_IDLE = 5  # boilerplate lines in a row that end a run of short lines
SHORT_RUN_MIN_SIZE = 10
SHORT_RUN_MAX_MENU_SHARE = 0.5  # lines of one word (MENU_WORD) in a run of short lines that make it a menu
SHORT_RUN_MARGIN = 3.0  # a block elsewhere must weigh this many times the short run to win

# Threads and lists.
THREAD_STOPS = frozenset({END, NOTICE, RELATED, HEADLINE})
THREAD_MAX_IDLE = 15  # lines without a reply that end a thread
REPLY_MIN_SIZE = 4  # shorter lines in a thread are names and labels ("沙发", "楼主")
LIST_RUN = 3  # list items in a row that end the replies
MIN_SITE_REPLIES = 3  # replies that make a page of a forum's site (host, title) a thread
LIST_MIN_ITEMS = 8  # a block of this many item titles and no prose is an index page
LIST_ITEM_MIN_SIZE = 8
LIST_ITEM_SHARE = 0.4  # share of the block's lines that must be item titles (the rest: authors, dates)
LIST_PROSE_SHARE = 0.3  # a list holds little prose (a title with a comma looks like a sentence)
LIST_MAX_PROSE = 60  # a main block with less prose (tokens) than this may lose to a list of items
DATED_LIST_MIN_ITEMS = 5  # rows "title<TAB>date" in a run that make an index page (a portal's list shows 10-20)
DATED_ITEM_MIN_SIZE = 6  # tokens the title cell of such a row needs


@dataclass(slots=True)
class Line:
    """One dump line with its kind, its size in tokens and its weight for block selection."""

    text: str
    kind: str
    size: int
    weight: float = 0.0
    item: str | None = None  # the title cell when the dump line was a list row "title<TAB>date"
    table: bool = False  # a data table's row (see ``dump_rows``): text, though short
    repeated: bool = False  # prose said again elsewhere in the dump: a caption or a teaser (weighs as a short line)


def extract_lines(page: Page) -> Page:
    """Fill ``page.paragraphs`` (and ``page.headline``, ``record.page_type``) from ``page.lines``."""
    texts, link_rows, dated_rows, table_rows = dump_rows(page.lines or [])
    title, headline = page.html_title or "", page.headline
    keys = _headline_keys(headline, title)
    headlines = find_headlines(texts, keys)
    templates = page.template_hashes
    lines = [
        Line(text, HEADLINE, line_size(text))
        if i in headlines
        else classify_line(text, templates, i in link_rows, i in dated_rows)
        for i, text in enumerate(texts)
    ]
    for i, item in dated_rows.items():
        if lines[i].kind == SHORT:
            lines[i].item = item
    if page.headline is None and headlines:
        page.headline = texts[min(headlines)]
        if page.record.title is None or page.record.title == page.html_title:
            page.record.title = page.headline
    for i in table_rows:
        if lines[i].kind in (SHORT, NAV):
            lines[i].kind = SHORT  # a data table's row is text: short cells, not prose, so neutral below
            lines[i].table = True
    thread = is_thread(page.record.url or page.raw.url, title, texts)
    if not thread:
        _mark_repeated_prose(lines)
    for line in lines:
        if thread and line.kind == COMMENTS and P.COMMENT_COUNT.match(line.text):
            line.kind = CONTROL  # a post's count of comments ("40 条评论"), not the end of the thread
        line.weight = 0.0 if line.table else _weight(line)
    start, end, found_by = select_block(lines)
    kept = [line for line in lines[start : end + 1] if line.kind in KEPT] + _signature(lines, end)
    if found_by == SHORT_RUN:  # short lines only: drop the post headers ("ZG | 1周前") among them
        kept = [line for line in kept if not (line.kind == SHORT and P.HAS_DATE.search(line.text))]
    replies = thread_replies(lines, end) if thread is not False and kept else []
    if thread is None:  # a forum's site: a thread when replies follow the first post
        thread = len(replies) >= MIN_SITE_REPLIES
    if thread and kept:
        kept += replies
    elif found_by != AFTER_HEADLINE and sum(line.size for line in kept if line.kind == TEXT) < LIST_MAX_PROSE:
        # the short lines after a headline are a list only when its rows are dated ("title<TAB>date")
        items = _list_items(lines, dated_only=found_by == SHORT_RUN)
        if items is not None and sum(line.size for line in items) > sum(line.size for line in kept):
            kept = items
    page.record.page_type = "forum" if thread else "list" if _is_list(kept) else "article"
    if page.record.page_type == "list":  # an item's title without its date, as the DOM stage gives it
        kept = _with_first_item(lines, [line for line in kept if not _pager(line.text)])
        page.paragraphs = [line.item or line.text for line in kept]
    elif page.record.page_type == "article" and kept:
        page.paragraphs = _with_info_tables(lines, kept, texts, keys)
    else:
        page.paragraphs = [line.text for line in kept]
    return page


# Lines that part an info table from the document's text: prose left out, or the end of the article.
_FAR = frozenset({TEXT, END, COMMENTS, RELATED, NOTICE})


def _with_info_tables(lines: list[Line], kept: list[Line], texts: list[str], keys: tuple[str, ...]) -> list[str]:
    """The kept lines with the rows of the 政府信息公开 info tables that are the document's (``info_table``): inside
    the kept lines, or over or under them with no prose between; each row one line, as the HTML stage gives it."""
    tables = find_info_tables(
        texts, lambda index: lines[index].kind == HEADLINE or _headline_rank(_compact(texts[index]), keys) is not None
    )
    if not tables:
        return [line.text for line in kept]
    position = {id(line): index for index, line in enumerate(lines)}
    first, last = position[id(kept[0])], position[id(kept[-1])]

    def gap_is_clear(start: int, stop: int) -> bool:
        return stop - start <= REACH and not any(line.kind in _FAR for line in lines[start:stop])

    rows: dict[int, str] = {}
    covered: set[int] = set()
    for table in tables:
        if is_near(table, first, last, gap_is_clear):
            rows.update(table.rows)
            covered.update(range(table.first, table.last + 1))
    if not rows:
        return [line.text for line in kept]
    document = [(position[id(line)], line.text) for line in kept if position[id(line)] not in covered]
    return [text for _, text in sorted([*document, *rows.items()], key=lambda item: item[0])]


def _mark_repeated_prose(lines: list[Line]) -> None:
    """Prose said twice or more is a caption or a teaser that a gallery or a sidebar repeats ("U.S. Defense Secretary
    Mark Esper, left, and …" over the picture and in the slideshow), not a paragraph of the article: it weighs as a
    short line, so that it does not draw the main block (it is kept inside it). Copies in a row count once (a
    picture's caption shown under it and in its credit box: the article's). Unless the repeated lines are much of
    the prose: a page that shows its article twice (a print and a screen version)."""
    prose = [line.text for line in lines if line.kind == TEXT]
    if len(set(prose)) == len(prose):
        return  # (most pages: no prose line said twice)
    counts = Counter(
        line.text for i, line in enumerate(lines) if line.kind == TEXT and (i == 0 or lines[i - 1].text != line.text)
    )
    repeated = [line for line in lines if line.kind == TEXT and counts[line.text] > 1]
    if sum(line.size for line in repeated) <= REPEATED_MAX_SHARE * sum(
        line.size for line in lines if line.kind == TEXT
    ):
        for line in repeated:
            line.repeated = True


def _signature(lines: list[Line], end: int) -> list[Line]:
    """A notice's signature right after the main block: the body that signs it and the date under it
    ("吉林省人民政府" / "2022年1月27日"), short lines the block's weights leave out; or the date alone
    when the block ends with the body."""
    if end < 0:
        return []
    if end + 1 < len(lines) and is_signature_date(lines[end + 1].text, lines[end].text):
        return [lines[end + 1]]
    if end + 2 < len(lines) and is_signature_date(lines[end + 2].text, lines[end + 1].text):
        return lines[end + 1 : end + 3]
    return []


def is_thread(url: str | None, title: str, texts: Sequence[str] = ()) -> bool | None:
    """A forum thread or a Q&A page: by the path of its URL, or by the thread signs of its lines; None
    when only its host or its <title> names a forum or a Q&A site (where blog articles and detail pages
    are found too): undecided."""
    if (url and P.THREAD_URL.search(url)) or shows_thread_signs(
        [text for text in texts if len(text) <= SIGN_MAX_CHARS]
    ):
        return True
    if (url and P.FORUM_HOST.search(url)) or P.FORUM_TITLE.search(title):
        return None
    return False


def thread_replies(lines: list[Line], end: int) -> list[Line]:
    """The replies after the first post (the main block ending at ``end``) of a thread.

    A reply is prose, or a short line that is said once in the thread and carries no date: the
    labels every post repeats (主题 帖子 积分 回复 举报) and the post headers are not replies.
    """
    stop = next((i for i in range(end + 1, len(lines)) if lines[i].kind in THREAD_STOPS), len(lines))
    stop = _end_of_posts(lines, end + 1, stop)
    counts = Counter(line.text for line in lines[end + 1 : stop])
    replies: list[Line] = []
    idle = 0
    for line in lines[end + 1 : stop]:
        if line.kind in KEPT and counts[line.text] == 1 and not (line.kind == SHORT and _is_post_header(line)):
            replies.append(line)
            idle = 0
        else:
            idle += 1
            if idle > THREAD_MAX_IDLE:
                break
    return replies


def _end_of_posts(lines: list[Line], start: int, stop: int) -> int:
    """Where the replies end: at the first run of list items (bullets, numbers) after the last post
    header (a short dated line), a list of the author's other threads or of hot threads."""
    last_header = start
    for i in range(start, stop):
        if len(lines[i].text) <= DATE_LINE_MAX_LENGTH and P.HAS_DATE.search(lines[i].text):
            last_header = i
    run = 0
    for i in range(last_header + 1, stop):
        run = run + 1 if P.LIST_ITEM_MARK.match(lines[i].text) else 0
        if run >= LIST_RUN:
            return i + 1 - run
    return stop


def _is_post_header(line: Line) -> bool:
    return line.size < REPLY_MIN_SIZE or bool(P.HAS_DATE.search(line.text)) or bool(P.STAT_LINE.match(line.text))


def find_headlines(texts: list[str], keys: tuple[str, ...]) -> frozenset[int]:
    """Indexes of the lines showing the headline: those matching the first key that any line matches."""
    if not keys:
        return frozenset()
    shortest = min(len(key) for key in keys) * HEADLINE_PREFIX_SHARE
    longest = min(HEADLINE_MAX_LENGTH, 2 * max(len(key) for key in keys) + HEADLINE_SLACK)
    found: dict[int, list[int]] = {}
    openings = P.key_openings(keys)
    for i, text in enumerate(texts):
        # (a compact form is shorter than its line, and begins with a key's opening ideograph only if the line holds it)
        if shortest <= len(text) <= longest and P.may_show_key(text, openings):
            rank = _headline_rank(_compact(text), keys)
            if rank is not None:
                found.setdefault(rank, []).append(i)
    return frozenset(found[min(found)] if found else ()) | _wrapped_headlines(texts, keys)


def _wrapped_headlines(texts: list[str], keys: tuple[str, ...]) -> frozenset[int]:
    """Lines that spell a headline key together, a long headline wrapped over them ("吉林省人民政府关于禁止在" /
    "吉林省嫩江干流补充治理工程建设" / "征占地范围内新增建设项目" / "和迁入人口的通告"): the headline shown, not
    text (its last piece would otherwise open the text)."""
    openings = {key[0] for key in keys}
    out: set[int] = set()
    for i, text in enumerate(texts):
        if text[:1] not in openings or len(text) > HEADLINE_MAX_LENGTH:
            continue
        first = _compact(text)
        for key in keys:
            if HEADLINE_MIN_PREFIX <= len(first) < len(key) and key.startswith(first):
                shown, j = first, i + 1
                while len(shown) < len(key) and j < len(texts):
                    piece = _compact(texts[j])
                    if not piece or not key.startswith(shown + piece):
                        break
                    shown += piece
                    j += 1
                if shown == key:
                    out.update(range(i, j))
                    break
    return frozenset(out)


def dump_rows(raw_lines: list[str]) -> tuple[list[str], frozenset[int], dict[int, str], frozenset[int]]:
    """The dump's non-empty lines, normalised (mojibake was repaired by the reader), and what its tab
    separators said before normalising lost them: the rows of short cells (link rows: "理财：…\t银行还款是
    怎么算出来的\t…"); the list rows whose last cell is a date ("关于…的通知\t2024-05-10"), by index, with
    their title; and a data table's rows: cells with a measured value ("粮食\t万吨\t56.3\t1.2") and the
    header row of as many cells right above them, or the rows that follow a sentence announcing them
    with a colon ("任免下列同志职务：" then "孙立军\t…局长\t…局长")."""
    texts: list[str] = []
    link_rows: list[int] = []
    dated_rows: dict[int, str] = {}
    table_rows: set[int] = set()
    widths: dict[int, int] = {}  # cells of each tab-separated row, by index
    announced = False  # in the rows right after a sentence ending with a colon
    for raw in raw_lines:
        text = normalise_line(raw)
        if not text:
            continue
        index = len(texts)
        if "\t" in raw:
            cells = [cell for cell in map(normalise_line, raw.split("\t")) if cell]
            widths[index] = len(cells)
            item = _dated_item(cells)
            if item is not None:
                dated_rows[index] = item
            elif len(cells) >= 2 and (announced or any(P.MEASURED_CELL.match(cell) for cell in cells)):
                table_rows.add(index)
                if widths.get(index - 1) == len(cells):
                    table_rows.add(index - 1)  # the header: "产品名称\t单位\t产量\t比上年增长%"
            elif _is_link_row(cells):
                link_rows.append(index)
            announced = announced and index in table_rows
        else:
            announced = text[-1] in ":：" and line_size(text) >= ANNOUNCING_MIN_SIZE
        texts.append(text)
    return texts, frozenset(link_rows), dated_rows, frozenset(table_rows)


def _is_link_row(cells: list[str]) -> bool:
    return len(cells) >= NAV_MIN_ITEMS and all(
        len(cell) <= LINK_CELL_MAX and cell[-1] not in P.FULL_STOPS for cell in cells
    )


def _dated_item(cells: list[str]) -> str | None:
    """The title of a list row, its cells ending with the item's date: "关于…的通知\t2024-05-10" (a row
    "title\tdepartment\tdate" keeps its first cells); None for other rows."""
    if len(cells) < 2 or not P.DATE_CELL.match(cells[-1]):
        return None
    title = " ".join(cells[:-1])
    return title if line_size(title) >= DATED_ITEM_MIN_SIZE else None


def line_size(text: str) -> int:
    """Tokens in a line, roughly as the scorer counts them: one per CJK character, one per word (of the Latin,
    Greek, Cyrillic, Arabic, Hebrew or Hangul script: "Привет мир" is two)."""
    ascii_part = text.encode("ascii", "ignore")
    if (
        len(ascii_part) < len(text)
        and (text[0] < LATIN_LINE_MAX or "\uac00" <= text[0] <= "\ud7af")  # (most lines of Chinese: not so)
        and P.WIDE_CHARACTER.search(text) is None
    ):
        text = P.SPACED_LETTERS.sub("a", text)  # each run of such letters one ASCII letter: a word, or part of one
        ascii_part = text.encode("ascii", "ignore")
    return len(text) - len(ascii_part) + len(ascii_part.split())


def classify_line(
    text: str, template_hashes: frozenset[int] = frozenset(), link_row: bool = False, dated_row: bool = False
) -> Line:
    """The kind of one normalised line (the headline is found beforehand, by ``find_headlines``);
    ``link_row``: the raw line was a row of short tab-separated cells; ``dated_row``: a title cell and
    a date cell (a list item, not a post header)."""
    size = line_size(text)
    kind = line_kind(text, size, link_row, dated_row)
    if kind in KEPT and template_hashes and line_hash(text) in template_hashes:
        kind = TEMPLATE  # other kinds keep theirs: "发表评论" on every page still ends the article
    return Line(text, kind, size)


@lru_cache(maxsize=KIND_CACHE)
def line_kind(text: str, size: int, link_row: bool = False, dated_row: bool = False) -> str:
    """The kind of a line, template hashes aside. Cached: a site's menus and footers repeat on all
    its pages, and a worker cleans many pages of a site."""
    length = len(text)
    if text[0] == "©" and _is_credited_caption(text, length):
        return CONTROL  # a picture's credit and caption: "© Lucy Nicholson Detainees at Otay Mesa …"
    if length > LONG_LINE:  # too long for a header, a control, a footer or a metadata line
        return TEXT if _is_prose(text, size) else SHORT
    head = P.LINE_HEAD.match(text) if P.may_open_header(text) else None
    if head is not None:
        group = head.lastgroup
        if group == "prev_next" or group == "crumb":
            return END if group == "prev_next" else CRUMB
        if length <= P.END_OF_ARTICLE_MAX:
            return {"end": END, "comments": COMMENTS}.get(group or "", RELATED)
    if length <= CONTROL_MAX_LENGTH and (
        (P.may_open(text, P.CONTROL_OPENINGS) and P.CONTROL_LINE.match(text))
        or _is_bracketed_links(text)
        or P.PROMO_LINK.match(text)
        or P.TAGS_LINE.match(text)
    ):
        return CONTROL
    if length <= FOOTER_MAX_LENGTH and P.may_be_furniture(text):
        furniture = P.FURNITURE.search(text)
        if furniture is not None:
            if furniture.lastgroup != "footer":
                return NOTICE
            return CONTROL if text[0] in "Cc" and P.PICTURE_CREDIT.match(text) else END
    elif length <= NOTICE_MAX_LENGTH and P.platform_notice(text):
        return NOTICE
    if text[0] < LATIN_LINE_MAX and P.WIDE_CHARACTER.search(text) is None:  # (the vocabularies are Latin)
        latin = _latin_kind(text, length)
        if latin is not None:
            return latin
    if _is_breadcrumb_trail(text):
        return CRUMB
    if length <= DATE_LINE_MAX_LENGTH and (
        (P.may_open(text, P.DATE_LINE_OPENINGS) and P.DATE_LINE.match(text))
        or (text.startswith(P.LOCATION_OPENINGS) and P.LOCATION_LINE.match(text))
        or (text.startswith(P.BYLINE_OPENINGS) and P.BYLINE_LINE.match(text))
        or P.role_names_line(text)
        or agency_closing(text)
    ):
        return META
    if is_metadata_line(text):
        return META
    if link_row or _is_nav(text):
        return NAV
    if _is_prose(text, size):
        return TEXT
    if length <= DATE_LINE_MAX_LENGTH and not dated_row and ("：" in text or ":" in text) and P.DATETIME.search(text):
        return META  # a post or comment header: name, date and time, counts
    return SHORT


def _latin_kind(text: str, length: int) -> str | None:
    """The kind of a line in a Latin script that the vocabularies above miss: the European and English headers
    that end an article (comment areas, contact boxes, appeals, "Mehr zum Thema"), teaser-list and newsletter
    headers, share and gallery controls, ad labels, picture credits, notices, bylines and date lines; None for
    other lines."""
    if P.may_open_latin(text):  # (one of the line openings below may match: a few lines)
        kind = _latin_head_kind(text, length)
        if kind is not None:
            return kind
    if length <= NOTICE_MAX_LENGTH and (
        (P.EUROPEAN_NOTICE_HINT.search(text) and P.EUROPEAN_NOTICE.search(text))
        or (("Commons" in text or "CC" in text) and P.LICENCE_LINE.search(text))
    ):
        return NOTICE
    if (
        length <= WESTERN_META_MAX_LENGTH
        and "A" <= text[0] <= "Z"
        and P.WESTERN_META_LINE.match(text)
        and not P.SENTENCE_CLOSE.search(text)
    ):
        return META
    if length <= DATE_LINE_MAX_LENGTH and _is_latin_date_line(text, DATE_LINE_MAX_WORDS):
        return META
    if (
        length <= WESTERN_META_MAX_LENGTH
        and text.startswith(P.BYLINE_OPENINGS)
        and _is_latin_date_line(text, BYLINE_MAX_WORDS)
    ):
        return META  # a byline with its date: "By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m."
    if length <= CREDITED_LINE_MAX_LENGTH and _credit_tail(text):
        return CONTROL  # a picture's caption ending with its credit: "… (Photo: Getty Images)"
    return None


def _latin_head_kind(text: str, length: int) -> str | None:
    """The kind a Latin line opening takes (the vocabularies of LATIN_OPENING_WORDS), or None."""
    if length <= NOTICE_MAX_LENGTH and P.LATIN_COMMENTS.match(text):
        return COMMENTS
    if (length <= P.END_OF_ARTICLE_MAX and P.END_OF_ARTICLE_OTHER.match(text)) or (
        length <= CONTROL_MAX_LENGTH and P.CLOSING_CONTACT.match(text)
    ):
        return END
    if P.CLOSING_APPEAL.match(text) or (length <= FOOTER_MAX_LENGTH and P.LATIN_NEWSLETTER.match(text)):
        return RELATED  # an appeal or a newsletter box may stand inside the article: crossed at a cost (dom_select too)
    if length <= LATIN_HEADER_MAX_LENGTH and P.LATIN_RELATED.match(text):
        return RELATED
    if length <= FOOTER_MAX_LENGTH and P.EUROPEAN_FURNITURE.match(text):
        return CONTROL
    if length <= DATE_LINE_MAX_LENGTH and (
        P.LATIN_CONTROL.match(text) or P.SOURCE_LINE.match(text) or P.CREDIT_LINE.match(text) or P.READ_ALSO.match(text)
    ):
        return CONTROL
    if P.CONSENT_PLACEHOLDER.match(text):
        return CONTROL
    return None


def _is_credited_caption(text: str, length: int) -> bool:
    """A line opening with a picture's credit: "© Noelia Páez", "© Lucy Nicholson Detainees at …, on May 18, 2018."
    (CREDITED_CAPTION; with a year, a sentence: CAPTION_MIN_WORDS lower-case words)."""
    if length > CAPTION_MAX_LENGTH or P.CREDITED_CAPTION.match(text) is None:
        return False
    return P.YEAR.search(text) is None or sum(1 for word in text.split() if word[0].islower()) >= CAPTION_MIN_WORDS


def _is_latin_date_line(text: str, max_words: int) -> bool:
    """A date with at most a time, a weekday, a label and a name or two: "Updated 5:27 am CST, Wednesday, November 20,
    2019", "September 10, 2018 | by Catherine", "32M ago" (a subheading or a list item holds more words); not the
    signature of a quoted post, opening with a dash ("— Dele (@dele_official) November 19, 2019")."""
    if text[0] in "—–-" or P.DIGIT.search(text) is None or P.LATIN_DATE.search(text) is None:
        return False
    rest = P.LATIN_DATE_EXTRAS.sub(" ", P.LATIN_DATE.sub(" ", text))
    return len(rest.split()) <= max_words


def _credit_tail(text: str) -> bool:
    """A line ending with a picture credit (CREDIT_TAIL), tried only where one of its marks is."""
    tail = text[-CREDIT_TAIL_CHARS:]
    return ("©" in tail or ":" in tail or "/" in tail or "(c)" in tail) and P.CREDIT_TAIL.search(tail) is not None


def select_block(lines: list[Line]) -> tuple[int, int, str]:
    """(start, end, how it was found) of the main block, inclusive; (0, -1, NO_BLOCK) when there is none.

    ``best[i]`` is the best total of a block starting at line i (its weight plus the best
    continuation, when positive). The block follows the headline when the text right after it
    is substantial; else, when the headline is followed by short lines only (a code snippet, a
    thread of short replies) and no much larger block exists, those lines; else the best block
    anywhere. Short lines just before the block (a subtitle, a caption) join it.
    """
    n = len(lines)
    weights = [line.weight for line in lines]
    best = [0.0] * (n + 1)
    end_of = list(range(n + 1))
    for i in range(n - 1, -1, -1):
        weight = weights[i]
        follow = best[i + 1]
        if weight == BARRIER:
            best[i] = BARRIER
            end_of[i] = i
        elif follow > 0:
            best[i] = weight + follow
            end_of[i] = end_of[i + 1]
        else:
            best[i] = weight
            end_of[i] = i
    headlines = [i for i, line in enumerate(lines) if line.kind == HEADLINE]
    anchored = _anchored_start(lines, best, headlines)
    sections = _contents_body(lines, headlines[0] + 1 if headlines else 0)
    if sections is not None and (anchored is None or anchored <= sections[1]):
        return sections[0], sections[1], CONTENTS
    starts = [i for i in range(n) if lines[i].weight > 0]
    top = max(starts, key=lambda i: best[i]) if starts else None
    if anchored is not None and top is not None and 0 < top - end_of[anchored] <= LEAD_GAP:
        between = lines[end_of[anchored] + 1 : top]
        if best[top] >= LEAD_OVERRIDE * best[anchored] and all(line.weight != BARRIER for line in between):
            anchored = None  # what follows the headline was a lead or a summary: the body comes later
    if anchored is not None:
        start, end = anchored, _across_headline_copy(lines, best, end_of, anchored, end_of[anchored])
    else:
        run = _short_run_after(lines, headlines[0]) if headlines else None
        if (
            run is not None
            and (top is None or best[top] < SHORT_RUN_MARGIN * _kept_size(lines, *run))
            and not (top is not None and run[0] <= top <= run[1])  # prose in the run: the block is that
        ):
            return run[0], run[1], SHORT_RUN
        if top is None:
            return 0, -1, NO_BLOCK
        start, end = top, end_of[top]
    end = _before_related_list(lines, start, end)
    lead = start
    for _ in range(LEAD_LINES):
        if lead > 0 and (_is_lead(lines[lead - 1]) or _is_summary(lines, lead - 1, start, end)):
            lead -= 1
    if lead == 0 or lines[lead - 1].kind != RELATED:  # under a "相关新闻：" header they are its items
        start = lead
    closing = 0
    for _ in range(TAIL_PARTS):
        following = lines[end + 1] if end + 1 < n else None
        if following is None or following.kind != SHORT:
            break
        if following.table or P.ATTACHMENT_LINE.match(following.text) or P.CONTACT_LINE.match(following.text):
            end += 1  # the document's table, attachment ("附件：年度报告.pdf") or contact ("联系人：赵敏")
        elif following.text[-1] in P.FULL_STOPS and closing < TAIL_LINES:
            closing += 1
            end += 1  # a closing formula: "特此通知。"
        else:
            break
    return start, _announced_list(lines, end), AFTER_HEADLINE if anchored is not None else DENSEST


def _announced_list(lines: list[Line], end: int) -> int:
    """The block's end, carried over the list its last sentence announces with a colon ("The Doobie Brothers 50th
    Anniversary Tour 2020 dates:" then "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL" …): the short lines
    right after it, a date opening some of them (kept: items, not date lines), up to a menu's one-word entry or any
    other line."""
    if end < 0 or lines[end].kind != TEXT or lines[end].text[-1] not in ":：":
        return end
    last = end
    for i in range(end + 1, min(len(lines), end + 1 + ANNOUNCED_LIST_MAX)):
        line = lines[i]
        if line.kind not in (SHORT, META) or (line.kind == META and i == end + 1) or P.MENU_WORD.match(line.text):
            break  # (a date line right under the sentence: the article's, not an item)
        line.kind = SHORT
        last = i
    return last


def _across_headline_copy(lines: list[Line], best: list[float], end_of: list[int], start: int, end: int) -> int:
    """The block's end, carried over a copy of the headline that cuts the article in two (a gallery shows the
    headline over its pictures, between the lead and the body): when the copy follows the block within a few lines
    that weigh nothing, and the text a few lines after it weighs as much as the block at least."""
    n = len(lines)
    while True:
        copy = _next_weighing(lines, end + 1)
        if copy >= n or lines[copy].kind != HEADLINE:
            return end
        following = _next_weighing(lines, copy + 1)
        if following >= n or lines[following].weight <= 0 or best[following] < best[start]:
            return end
        end = end_of[following]


def _next_weighing(lines: list[Line], start: int) -> int:
    """The first line from ``start`` that weighs (prose) or is a barrier, within HEADLINE_COPY_GAP lines; else
    ``len(lines)``."""
    for i in range(start, min(len(lines), start + HEADLINE_COPY_GAP)):
        if lines[i].weight > 0 or lines[i].weight == BARRIER:
            return i
    return len(lines)


def _before_related_list(lines: list[Line], start: int, end: int) -> int:
    """The block's end, cut before a related header ("相关推荐") that no sentence follows in the block: the lines
    after it are the titles of its list (titles hold commas, not a closing full stop); or that dated lines follow,
    one for every TEASER_PROSE_PER_DATE sentences or fewer: a list of teasers, each with its date and its summary.
    A box of links inside an article has the article's paragraphs after it."""
    cut = teasers = end
    sentence = False  # a sentence seen, from the end
    dates = prose = 0
    for i in range(end, start, -1):
        line = lines[i]
        kind = line.kind
        if kind == TEXT:
            prose += 1
            sentence = sentence or line.text.rstrip(CLOSING_MARKS)[-1:] in "。."  # (a title may end with ？ or ！)
        elif kind == META:
            dates += 1
        elif kind == RELATED:
            if not sentence:
                cut = i - 1
            if dates >= TEASER_MIN_DATES and dates * TEASER_PROSE_PER_DATE >= prose:
                teasers = i - 1  # a list of teasers: a title, a byline, a date and a summary sentence each
    return cut if cut < end else teasers


def _contents_body(lines: list[Line], after: int) -> tuple[int, int] | None:
    """(start, end) of a body announced by a table of contents: neutral lines in a row after the
    headline that come back, in their order, as the headings of sections holding prose ("目次" then
    "2/1 昼「…」" … and below each "2/1 昼「…」" its paragraph and the shop's card). Such a body is
    cut into many short lines (cards, captions, tables) that block weights undervalue; its extent
    is known: from the first prose after the table to the end of its last section."""
    kept = [i for i in range(after, len(lines)) if lines[i].kind in KEPT]
    places: dict[str, list[int]] = {}
    for i in kept:
        places.setdefault(lines[i].text, []).append(i)
    if len(kept) - len(places) <= CONTENTS_MIN_SECTIONS:
        return None  # hardly a line comes back: no table of contents (most pages)
    runs: list[list[tuple[int, int]]] = []  # (entry, heading) of lines in a row that come back in order
    run: list[tuple[int, int]] = []
    for i in kept:
        found = places[lines[i].text]
        if len(found) == 1:  # said once
            if run:
                runs.append(run)
                run = []
            continue
        heading = next((place for place in found if place > (run[-1][1] if run else i)), None)
        if heading is None and run:  # the run is over; this line may begin another
            runs.append(run)
            run = []
            heading = next((place for place in found if place > i), None)
        if heading is not None:
            run.append((i, heading))
    runs.append(run)
    table = next((run for run in runs if _is_contents(lines, run)), None)
    if table is None:
        return None
    headings = [heading for _, heading in table]
    table_end, first = table[-1][0], headings[0]
    start = next((i for i in range(table_end + 1, first) if lines[i].kind == TEXT), first)
    end = last = headings[-1]
    if any(line.weight == BARRIER for line in lines[start:last]):
        return None  # a footer or a comment area between the sections: lists of teasers that repeat, no article
    idle = 0
    for i in range(last + 1, len(lines)):
        line = lines[i]
        if line.weight == BARRIER or line.kind in (RELATED, HEADLINE):
            break
        if line.kind in KEPT:
            end, idle = i, 0
        else:
            idle += 1
            if idle >= CONTENTS_MAX_IDLE:
                break
    return start, end


def _is_contents(lines: list[Line], run: list[tuple[int, int]]) -> bool:
    """Lines in a row that come back, in order, below their last one, with prose between their
    copies (``CONTENTS_MIN_SECTIONS`` times at least): a table of contents. A menu shown twice or a
    card repeated has no prose between its lines."""
    if len(run) < CONTENTS_MIN_SECTIONS or run[0][1] <= run[-1][0]:
        return False
    headings = [heading for _, heading in run]
    with_prose = sum(
        1 for here, following in pairwise(headings) if any(line.kind == TEXT for line in lines[here + 1 : following])
    )
    return with_prose >= CONTENTS_MIN_SECTIONS


def _is_lead(line: Line) -> bool:
    """A subtitle or a caption just above the text; not a byline, a post header or a counter."""
    return (
        line.kind == SHORT
        and line.size >= LEAD_MIN_SIZE
        and not P.HAS_DATE.search(line.text)
        and not P.COUNTER.search(line.text)
    )


def _is_summary(lines: list[Line], index: int, start: int, end: int) -> bool:
    """A summary over the block that its text says again (prose repeated, one of its copies in the block: "划重点："
    and the sentences it picks; a lead said again as the first paragraph)."""
    line = lines[index]
    return line.repeated and any(other.text == line.text for other in lines[start : end + 1])


def _anchored_start(lines: list[Line], best: list[float], headlines: list[int]) -> int | None:
    """Start of the best block soon after the first headline that has an article after it.

    A later copy of the headline usually sits in a list (a sidebar, "related"); it wins only when
    the text after it is much larger (the first copy was over a photo caption or a lead).
    """
    chosen: int | None = None
    for h in headlines:
        window = []
        seen = 0  # lines that count toward the window: boilerplate (share buttons, metadata) does not
        for i in range(h + 1, len(lines)):
            line = lines[i]
            if line.weight == BARRIER or line.kind == RELATED:
                if not window and (line.kind == NOTICE or (line.kind == END and P.PREV_NEXT.match(line.text))):
                    continue  # above the article: a notice ("版权声明：本文为博主原创…"), links to other posts
                break
            if line.weight > 0:
                window.append(i)
            if line.kind in KEPT:
                seen += 1
                if seen >= HEADLINE_WINDOW:
                    break
            elif i - h > HEADLINE_REACH:
                break
        if window:
            candidate = max(window, key=lambda i: best[i])
            if best[candidate] >= ANCHOR_MIN_SCORE and (
                chosen is None or best[candidate] >= LEAD_OVERRIDE * best[chosen]
            ):
                chosen = candidate
    return chosen


def _short_run_after(lines: list[Line], headline: int) -> tuple[int, int] | None:
    """The lines after the headline up to the next barrier or long stretch of boilerplate."""
    start = end = -1
    idle = 0
    for i in range(headline + 1, min(len(lines), headline + 1 + SHORT_RUN_MAX_LINES)):
        kind = lines[i].kind
        if kind in (END, COMMENTS, NOTICE, RELATED, HEADLINE):
            break
        if kind in KEPT:
            if start < 0:
                start = i
            end = i
            idle = 0
        elif start >= 0:
            idle += 1
            if idle >= SHORT_RUN_MAX_IDLE:
                break
    if start < 0 or _kept_size(lines, start, end) < SHORT_RUN_MIN_SIZE:
        return None
    kept = [line.text for line in lines[start : end + 1] if line.kind in KEPT]
    if sum(1 for text in kept if P.MENU_WORD.match(text)) >= SHORT_RUN_MAX_MENU_SHARE * len(kept):
        return None  # mostly a menu's entries, one word per line ("网易公开课", "新闻", "国内", "NBA")
    return start, end


def _kept_size(lines: list[Line], start: int, end: int) -> int:
    return sum(line.size for line in lines[start : end + 1] if line.kind in KEPT)


def _weight(line: Line) -> float:
    kind = line.kind
    if kind == TEXT and not line.repeated:
        return line.size - TEXT_LINE_COST
    if kind in (SHORT, TEXT):
        if line.size <= SYMBOL_LINE_MAX and not P.WORD_CHARACTER.search(line.text):
            return -SYMBOL_COST  # "│", "────", "*****": a drawing or a separator, no words to lose
        return -(SHORT_COST + SHORT_COST_PER_TOKEN * line.size)
    if kind in (END, COMMENTS, NOTICE, HEADLINE):
        return BARRIER
    if kind == RELATED:
        return -RELATED_COST
    return -BOILERPLATE_COST


def _is_prose(text: str, size: int) -> bool:
    if size < MIN_TEXT_SIZE:
        return False
    if P.may_open(text, P.ITEM_HEAD_OPENINGS) and P.ITEM_HEAD.match(text) and not text.endswith("。"):
        return False  # a dated list item ("05-10 关于…的通知"), not a sentence ("1/10 当全世界…的蒙古国。": a gallery)
    last = text[-1]
    if last in P.CLOSING_BRACKETS:
        stripped = text.rstrip("".join(P.CLOSING_BRACKETS))
        last = stripped[-1] if stripped else last
    if last in P.HEADLINE_MARKS and size < TITLE_MAX_SIZE and "。" not in text and not _opens_quote(text):
        return False  # "英国新增全球第二，或将在本月达峰值！": a title in a list, not a paragraph
    if last in P.TERMINAL:
        return not _truncated(text) or text.endswith("……")
    if last in "：:":
        return True
    if _truncated(text) or _item_tail(text):
        return False
    marks = len(P.SENTENCE_PUNCTUATION.findall(text))
    return (
        (marks >= 2 and size >= MEDIUM_TEXT_SIZE)
        or (marks >= 1 and size >= LONG_TEXT_SIZE)
        or (size >= UNPUNCTUATED_TEXT_SIZE and P.UNPUNCTUATED_SCRIPT.search(text) is not None)
    )


def _truncated(text: str) -> bool:
    """TRUNCATED.search, tried only on a line ending (spaces aside) as every match ends: with a dot or "…"."""
    return text.rstrip()[-1:] in P.TRUNCATED_LAST and P.TRUNCATED.search(text) is not None


def _item_tail(text: str) -> bool:
    """ITEM_TAIL.search, tried only on a line ending (spaces aside) as every match ends (``ITEM_TAIL_LAST``)."""
    last = text.rstrip()[-1:]
    return (last in P.ITEM_TAIL_LAST or last.isdigit() or last > "\uffff") and P.ITEM_TAIL.search(text) is not None


def _opens_quote(text: str) -> bool:
    return text[0] in "“\"「『‘'"


def _is_bracketed_links(text: str) -> bool:
    if "【" not in text and "[" not in text:
        return False
    rest, count = P.BRACKETED_LINK.subn("", text)
    return count >= BRACKETED_MIN and len(rest.strip()) <= 6


def _is_breadcrumb_trail(text: str) -> bool:
    """Short segments joined by arrows, from a home page: "首页 > 期刊要览 > 2022年第4期"."""
    if not P.BREADCRUMB_MARK.search(text):
        return False
    parts = [part for part in P.BREADCRUMB_SEPARATOR.split(text) if part]
    if len(parts) < 2 or any(len(part) > BREADCRUMB_MAX_SEGMENT for part in parts[:-1]):
        return False
    return bool(P.BREADCRUMB_ROOT.match(parts[0])) or (len(parts) >= 3 and any(m in text for m in ("»", ">>", "->")))


def _is_nav(text: str) -> bool:
    # (punctuation first: it rules out most lines, prose, at its first comma; the split after it runs on fewer)
    if text[-1] in "。！？!?" or P.SENTENCE_PUNCTUATION.search(text):
        return False
    if not P.NAV_SEPARATOR_CHAR.search(text):
        return False  # one item, whichever way it is split
    items = [item for item in P.NAV_SEPARATOR.split(text) if item] if P.NAV_SEPARATOR_HINT.search(text) else [text]
    if len(items) < NAV_MIN_ITEMS:
        items = text.split(" ")
        if len(items) < NAV_MIN_ITEMS + 1 or not all(_is_cjk(item[0]) for item in items):
            return False
    longest = max(len(item) for item in items)
    mean = sum(len(item) for item in items) / len(items)
    return longest <= NAV_MAX_ITEM * 2 and mean <= NAV_MAX_MEAN_ITEM


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _compact(text: str) -> str:
    """A line reduced for comparison with the headline: no spaces, punctuation or symbols."""
    return text.translate(P.HEADLINE_NOISE_DELETION).lower()  # (HEADLINE_NOISE.sub("", text), quicker)


def _headline_rank(compact: str, keys: tuple[str, ...]) -> int | None:
    """Rank of the first key the line equals, or whose long enough beginning it is (a cut line), or that a
    badge of a character or two opens ("原创" + the headline: the platform's mark glued to it)."""
    for rank, key in enumerate(keys):
        if compact == key:
            return rank
        if 0 < len(compact) - len(key) <= HEADLINE_BADGE and len(key) >= HEADLINE_MIN_PREFIX and compact.endswith(key):
            return rank
        if (
            len(compact) >= HEADLINE_MIN_PREFIX
            and key.startswith(compact)
            and len(compact) >= HEADLINE_PREFIX_SHARE * len(key)
        ):
            return rank
    return None


def _headline_keys(headline: str | None, title: str) -> tuple[str, ...]:
    """Compact forms the headline line may take, best first: the headline the metadata step found;
    then the <title> cut at its separators, beginnings longest first ("headline_section_site"; a
    headline may hold a separator itself); then its last segment when it is the longest ("site |
    headline"; a short last segment is the site's name, shown in the page's banner)."""
    cuts = [match.span() for match in P.TITLE_SEPARATOR.finditer(title) if 0 < match.start() < len(title)]
    candidates = [headline or "", title]
    candidates += [title[:start] for start, _ in reversed(cuts)]
    if cuts:
        last = title[cuts[-1][1] :]
        before = P.TITLE_SEPARATOR.split(title[: cuts[-1][0]])
        if len(_compact(last)) > max(len(_compact(segment)) for segment in before):
            candidates.append(last)
    keys: list[str] = []
    for candidate in candidates:
        key = _compact(candidate)
        if len(key) >= HEADLINE_MIN_KEY and key not in keys:
            keys.append(key)
    return tuple(keys)


def _is_list(kept: list[Line]) -> bool:
    """A block of item titles without prose: an index page."""
    if not kept:
        return False
    items = sum(1 for line in kept if line.size >= LIST_ITEM_MIN_SIZE)
    dated = sum(1 for line in kept if line.item is not None)
    prose = sum(line.size for line in kept if line.kind == TEXT)
    return (
        (items >= LIST_MIN_ITEMS or dated >= DATED_LIST_MIN_ITEMS)
        and max(items, dated) >= LIST_ITEM_SHARE * len(kept)
        and prose <= LIST_PROSE_SHARE * sum(line.size for line in kept)
    )


def _list_items(lines: list[Line], dated_only: bool = False) -> list[Line] | None:
    """The longest run of item titles (short neutral lines), for a page without an article. Rows
    "title<TAB>date" make a list with fewer items; ``dated_only``: only such a run counts."""
    best: list[Line] = []
    run: list[Line] = []
    items = dated = best_count = 0
    for line in lines:
        if line.kind in KEPT and P.pager(line.text):
            continue  # the list's pager: "共15页 首页 上一页 1 2 3 下一页 尾页 跳转到 页"
        if line.kind in KEPT and not _truncated(line.text):
            run.append(line)
            items += line.size >= LIST_ITEM_MIN_SIZE
            dated += line.item is not None
        elif line.kind in (END, COMMENTS, NOTICE, RELATED, HEADLINE, NAV, CRUMB, TEMPLATE):
            count = _list_count(items, dated, dated_only)
            if count > best_count:
                best, best_count = run, count
            run, items, dated = [], 0, 0
    count = _list_count(items, dated, dated_only)
    if count > best_count:
        best, best_count = run, count
    return best if best_count else None


def _pager(text: str) -> bool:
    """The list's pager: "共15条 首页 上一页 1 下一页 尾页" (a long line is none: PAGINATION backtracks on long runs of
    digits)."""
    return len(text) <= PAGER_MAX_LENGTH and P.pager(text)


def _with_first_item(lines: list[Line], kept: list[Line]) -> list[Line]:
    """A list's items with its first, when the headline search took it for the headline: a list page with no heading
    of its own ("当前位置：首页 > 通知公告" over the items) whose rows are a title over its date, the first one's as the
    others (the last item has its date under it too: in rows of a date over its title the line over the first date
    is the list's heading); not a heading the trail names ("当前位置：首页 > 通知公告" / "通知公告")."""
    if not kept:
        return kept
    position = {id(line): index for index, line in enumerate(lines)}
    first, last = position.get(id(kept[0]), 0), position.get(id(kept[-1]), 0)
    if first < 2 or last + 1 >= len(lines) or lines[first - 2].kind != HEADLINE:
        return kept
    headline = lines[first - 2].text.strip()
    if any(line.kind == CRUMB and line.text.rstrip(" >›»").endswith(headline) for line in lines[: first - 2]):
        return kept
    if all(P.DATE_LINE.match(lines[index].text) for index in (first - 1, first + 1, last + 1)):
        return [lines[first - 2], *kept]
    return kept


def _list_count(items: int, dated: int, dated_only: bool) -> int:
    """The items of a run that makes a list, 0 for a run that does not."""
    if dated >= DATED_LIST_MIN_ITEMS:
        return max(items, dated)
    return items if items >= LIST_MIN_ITEMS and not dated_only else 0
