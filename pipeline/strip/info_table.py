"""The info table of a government information-disclosure page (政府信息公开), found the same way in a page's blocks
and in a dump's lines.

Over (or under) a published document such a page sets a table of its particulars: "索 引 号：11220000013544357T/
2022-00426", "发文机关：吉林省人民政府", "成文日期：2022年01月27日", "标　　题：…", "发文字号：吉政明电〔2022〕1号",
"发布日期：2022年01月28日". The table is the document's (the gold keeps it in the main text, one row per line), not
the page's byline, though it names a date and an issuer as a byline does.

What makes one: rows in a row that each open with a short label and its colon (a merged table row, a dump line, a
label line with its value on the next line), holding ``MIN_LABELS`` distinct labels of the table's vocabulary
(``INFO_TABLE_LABELS``), one row at least opening with a label only such a table writes (索引号, 发文字号 …). A
news byline (发布日期：… 来源：… 作者：…, on one line or a few) has none of those. The trigger is the vocabulary
and the shape, never a site. Whether a table found is the document's (near the kept text) is for the caller to say: the
HTML and dump stages measure that distance on their own units (``is_near``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.meta.patterns import FIELD_LABEL_COLON
from pipeline.strip import patterns as P

MIN_LABELS = 3  # distinct labels of the vocabulary in the table (one row at least opening with a table-only one)
MAX_ROW = 300  # characters of a row (a wide row holding the title)
MAX_VALUE = 200  # characters of a value on the line under its label
MAX_OPENING = 16  # characters before a row's colon (a label of up to six ideographs, spaces between them)
REACH = 8  # lines (blocks) between the table and the document's kept text, none of them prose
CELL_BOUNDARY = " \t|｜"  # what precedes a label inside a row: a space or a cell separator


@dataclass(slots=True)
class InfoTable:
    """A run of rows that makes an info table: indexes into the texts it was found in."""

    first: int  # its first row
    last: int  # its last line (a value under its label included)
    rows: list[tuple[int, str]]  # (index, the row as one line: cells joined by a space, a label and its value too)


def find_info_tables(texts: Sequence[str], is_headline: Callable[[int], bool] | None = None) -> list[InfoTable]:
    """The info tables among ``texts`` (block texts or dump lines, in page order; empty ones are skipped).
    ``is_headline(index)``: whether a text shows the headline, the value of no label over it but a title's
    ("标　　题：", not an empty last row "主题词：" of a dump, its value cell empty)."""
    if not _opens_with_table_label(texts):
        return []  # (most pages: one search over the texts, joined)
    tables: list[InfoTable] = []
    run: list[tuple[int, int, str]] = []  # (index, last index, row text)
    count = len(texts)
    index = 0
    while index < count:
        text = texts[index]
        if not text:
            index += 1
            continue
        opening = _row_opening(text)
        if opening is None:
            if run:
                _close(run, tables)
                run = []
            index += 1
            continue
        row, last = text, index
        if opening == len(text):  # a label alone, its value on the next line: "索引号：" / "FJ06000-0200-2024-00012"
            following = next((j for j in range(index + 1, count) if texts[j]), None)
            if (
                following is not None
                and (is_headline is None or _label(text) in P.INFO_TITLE_LABELS or not is_headline(following))
                and len(texts[following]) <= MAX_VALUE
                and _row_opening(texts[following]) is None
            ):
                row, last = f"{text} {texts[following]}", following
        run.append((index, last, row))
        index = last + 1
    if run:
        _close(run, tables)
    return tables


def _opens_with_table_label(texts: Sequence[str]) -> bool:
    """Whether a text opens with a label only an info table writes, as a row of every table does."""
    return P.INFO_TABLE_ONLY_OPENING.search("\n" + "\n".join(texts)) is not None


def _row_opening(text: str) -> int | None:
    """Where the value of a row opening with a label and its colon starts (None: no such row). The cheap tests
    first: most texts open with no ideograph or hold no colon near their start."""
    if len(text) > MAX_ROW or not "\u3400" <= text[0] <= "\u9fff":
        return None
    if text.find("：", 1, MAX_OPENING) < 0 and text.find(":", 1, MAX_OPENING) < 0:
        return None
    opening = P.INFO_ROW_OPENING.match(text)
    return opening.end() if opening is not None else None


def _close(run: list[tuple[int, int, str]], tables: list[InfoTable]) -> None:
    """Keep a run of rows that makes a table: at its ends, rows of the table's own (a breadcrumb's "当前位置：" over
    it is not one, nor a byline under it), enough distinct labels inside."""
    rows = list(run)
    while rows and not _table_row(rows[0][2]):
        rows.pop(0)
    while rows and not _table_row(rows[-1][2]):
        rows.pop()
    if not any(P.INFO_TABLE_ONLY_LABEL.match(text) for _, _, text in rows):
        return
    labels: set[str] = set()
    for _, _, text in rows:
        for match in P.INFO_LABEL.finditer(text):
            start = match.start()
            if start == 0 or text[start - 1] in CELL_BOUNDARY:
                labels.add("".join(match.group().split()))
    if len(labels) >= MIN_LABELS:
        tables.append(InfoTable(rows[0][0], rows[-1][1], [(index, _one_line(text)) for index, _, text in rows]))


def _table_row(text: str) -> bool:
    """A row opening with a label of the vocabulary and holding no byline label the vocabulary leaves out: not
    "发布时间：2021-03-15 09:30 来源：某某日报 作者：王小明", though it opens with one."""
    if _label(text) not in P.INFO_TABLE_LABELS:
        return False
    return all("".join(match["label"].split()) in P.INFO_TABLE_LABELS for match in FIELD_LABEL_COLON.finditer(text))


def _label(text: str) -> str:
    """The label a row opens with, its spaces removed ("索  引 号：…" -> "索引号"); "" for none."""
    opening = P.INFO_ROW_OPENING.match(text)
    return "".join(opening["label"].split()) if opening is not None else ""


def _one_line(row: str) -> str:
    """A row as one line: its cells (" | " of a merged table row, tabs of a dump line) joined by one space, as the
    gold writes them (it separates them with tabs)."""
    return " ".join(P.INFO_CELL_SEPARATOR.sub(" ", row).split())


def is_near(table: InfoTable, first: int, last: int, gap_is_clear: Callable[[int, int], bool]) -> bool:
    """Whether a table belongs to the document kept from ``first`` to ``last`` (indexes in the same texts): inside
    it, or right over or under it with only short non-prose lines between (the headline, a byline, a document
    number, font controls), as ``gap_is_clear(start, stop)`` says of the texts between them."""
    if table.last >= first and table.first <= last:
        return True
    if table.last < first:
        return gap_is_clear(table.last + 1, first)
    return gap_is_clear(last + 1, table.first)
