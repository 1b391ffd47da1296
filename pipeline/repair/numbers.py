"""Rule-based repair of numbers damaged in crawled (mostly Chinese) text.

Each rule is a small function ``rule(text, ctx) -> list[Edit]`` that only proposes
changes it can justify from the text itself (valid months and days, plausible years,
a unique split); ``repair_numbers`` runs them in order and keeps an audit trail.
No library does this: ftfy's width fix also rewrites Chinese punctuation (，→ ,).

Rules run in this order, each on the output of the previous one:

1. ``fullwidth_digits``        ２０２０年 -> 2020年, ７８．５% -> 78.5%, C２C -> C2C
2. ``year_split_by_space``     20 20年 -> 2020年 (inline markup split the year)
3. ``percent_separator_lost``  78.5%10家 -> 78.5%；10家
4. ``year_month_glued``        20204月 -> 2020年4月
5. ``month_day_glued``         729日 -> 7月29日

Rules 2-5 never touch guarded spans (URLs, e-mail, phone, document and index numbers,
times, version strings, code).  The whole thing is idempotent.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from pipeline.repair import patterns as P
from pipeline.repair.audit import Repair, context_of

#: longest month, leap-year February included (2月29日 is valid in some year)
_DAYS_IN_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MIN_YEAR = 1900
_CLAUSE_WINDOW = 200  # characters after a glued percentage searched for the clause's end


class Edit(NamedTuple):
    """Replace ``text[start:end]`` by ``replacement`` (coordinates of the rule's input)."""

    start: int
    end: int
    replacement: str
    rule: str
    confidence: float


@dataclass(slots=True)
class Context:
    """What the rules need besides the text: the plausible years, the lazy guard spans."""

    max_year: int
    _guard_text: str | None = field(default=None, init=False, repr=False)
    _guard_starts: list[int] = field(default_factory=list, init=False, repr=False)
    _guard_max_ends: list[int] = field(default_factory=list, init=False, repr=False)

    def guarded(self, text: str, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a URL, phone number, time, code span ..."""
        if self._guard_text is not text:  # computed once per text, only when needed
            self._guard_text = text
            spans = [m.span() for m in P.GUARDS.finditer(text)]
            if "%" in text:
                spans += [m.span() for m in P.PERCENT_ESCAPES.finditer(text) if P.HEX_LETTER_ESCAPE.search(m.group())]
            spans.sort()
            self._guard_starts = [s for s, _ in spans]
            self._guard_max_ends = list(itertools.accumulate((e for _, e in spans), max))
        # among the spans starting before ``end``, does any reach past ``start``? (log time)
        i = bisect.bisect_left(self._guard_starts, end)
        return i > 0 and self._guard_max_ends[i - 1] > start


# --- rules -----------------------------------------------------------------------------


def fullwidth_digits(text: str, ctx: Context) -> list[Edit]:
    """Full-width digits -> ASCII, and a full-width ``．`` between digits -> ``.``.

    Only number tokens change: Chinese punctuation elsewhere (，。：；（）％) stays, and
    ``．`` between two ASCII digits stays (an author's choice, not damage).  ``％`` and
    ``，`` are left as written: pages that write ``21.8％`` or ``78，843，977`` do so with
    ASCII digits too.  Japanese text that writes multi-digit numbers in ASCII and single
    digits full-width (``築73年、２階建て``) follows a house style and is left alone.

    >>> repair_numbers("２０２０年增长７８．５％，见[１]")[0]
    '2020年增长78.5％，见[1]'
    >>> repair_numbers("C２C电商，DOI: １０．１２６７７/MOM.２０１８．８２００２")[0]
    'C2C电商，DOI: 10.12677/MOM.2018.82002'
    >>> repair_numbers("節約2．8％、築73年、２階建ての古い建物")[0]
    '節約2．8％、築73年、２階建ての古い建物'
    """
    if not P.FW_DIGIT.search(text):
        return []
    if _japanese_single_digit_style(text):
        return []
    edits = []
    for m in P.NUMBER_TOKEN.finditer(text):
        token = m.group()
        if P.FW_DIGIT.search(token):
            edits.append(Edit(m.start(), m.end(), token.translate(P.FW_NUMBER_TABLE), "fullwidth-digits", 0.98))
    return edits


def _japanese_single_digit_style(text: str) -> bool:
    """Japanese house style: ASCII for numbers of 2+ digits, full-width for single digits.

    Recognised only when every full-width number is one digit, the text already has
    ASCII digits, and it is Japanese (two kana or more, at least 5% of its kana and Han:
    Chinese pages borrow の now and then).  Damage turns all digits full-width: it never makes this mix.
    """
    if P.FW_MULTI_DIGIT.search(text) or not P.ASCII_DIGIT.search(text):
        return False
    kana = len(P.KANA.findall(text))
    return kana >= 2 and kana * 20 >= kana + len(P.HAN.findall(text))


def year_split_by_space(text: str, ctx: Context) -> list[Edit]:
    """A year split in two by a space or NBSP (inline markup) before 年 -> one number.

    The grouping proves it: the parts (1-3 digits each) make exactly four digits and a
    plausible year (1900 .. crawl year + 1) right before 年; prose never spaces a year
    that way, while a markup split (``<b>20</b> 20年``) does.

    >>> repair_numbers("早在20\u00a020年，公司就已上市")[0]
    '早在2020年，公司就已上市'
    >>> repair_numbers("第1 23年")[0]  # not a plausible year
    '第1 23年'
    """
    edits = []
    for m in P.YEAR_SPLIT.finditer(text):
        head, tail = m.group(1), m.group(2)
        year = head + tail
        if len(year) != 4 or not _MIN_YEAR <= int(year) <= ctx.max_year:
            continue
        if ctx.guarded(text, m.start(), m.end()):
            continue
        edits.append(Edit(m.start(), m.end(), year + "年", "year-split-by-space", 0.8))
    return edits


def percent_separator_lost(text: str, ctx: Context) -> list[Edit]:
    """A percentage glued to the next number gets its separator back.

    Which separator: ``、`` when the next number is a percentage too, or the next item
    repeats the shape of this one (``1994年21.8％1995年15％``): a list; ``。`` when the
    next number starts a time phrase (年/月/日/季度: a new sentence); otherwise ``；``
    when the following clause has its own comma (clauses that contain commas are
    separated by semicolons), else ``，``.

    >>> repair_numbers("立案率78.5%10家政协委员会客厅开门会客")[0]
    '立案率78.5%，10家政协委员会客厅开门会客'
    >>> repair_numbers("分别增长108.4%28.3%16.2%。")[0]
    '分别增长108.4%、28.3%、16.2%。'
    >>> repair_numbers("利率1994年21.8％1995年15％，即使")[0]
    '利率1994年21.8％、1995年15％，即使'
    >>> repair_numbers("同比增长5.7%3月份，增速有所滑落")[0]
    '同比增长5.7%。3月份，增速有所滑落'
    >>> repair_numbers("占比5.15%59个城市中，有23座城市")[0]
    '占比5.15%；59个城市中，有23座城市'
    >>> repair_numbers("10%-20%、5%的、50%以上、x=100%5;")[0]
    '10%-20%、5%的、50%以上、x=100%5;'
    """
    edits: list[Edit] = []
    last_end = -1
    for m in P.PERCENT_GLUED.finditer(text):
        if m.start() < last_end:
            continue
        # walk the chain 108.4%28.3%16.2%: each gap after a percent sign
        start, pos = m.start(), m.end()
        while pos < len(text) and "0" <= text[pos] <= "9":
            nxt = P.NEXT_NUMBER.match(text, pos)
            assert nxt is not None
            if not nxt.group(1) and not P.AFTER_NEXT_NUMBER.match(text, nxt.end()):
                break
            if ctx.guarded(text, start, nxt.end()):
                break
            sep, confidence = _percent_separator(text, start, pos, nxt)
            edits.append(
                Edit(
                    start,
                    nxt.end(),
                    text[start:pos] + sep + text[pos : nxt.end()],
                    "percent-separator-lost",
                    confidence,
                )
            )
            if not nxt.group(1):  # the next number is not a percentage: chain ends
                break
            start, pos = nxt.start(), nxt.end()
        last_end = pos
    # chained edits overlap on the middle number: merge them into one edit each chain
    return _merge_chains(edits)


def _percent_separator(text: str, start: int, pos: int, nxt: re.Match[str]) -> tuple[str, float]:
    """The separator for the gap at ``pos`` after the percentage at ``start``, with the
    rule's confidence in it."""
    if nxt.group(1):
        return "、", 0.9
    if start and text[start - 1] in "年月份" and P.DATED_PERCENT.match(text, pos):
        return "、", 0.8  # 1994年21.8％、1995年15％: the items share a shape
    if P.TIME_LEAD.match(text, pos):
        return "。", 0.8
    window_end = pos + _CLAUSE_WINDOW  # bounded: a page of glued percentages stays linear
    end = P.SENTENCE_END.search(text, pos, window_end)
    clause = text[pos : end.start() if end else window_end]
    if P.CLAUSE_COMMA.search(clause):
        return "；", 0.6
    return "，", 0.7


def _merge_chains(edits: list[Edit]) -> list[Edit]:
    """Merge overlapping percent edits of one chain (a%b%c) into a single edit."""
    merged: list[Edit] = []
    for e in edits:
        if merged and e.start < merged[-1].end:
            prev = merged[-1]
            # prev covers [prev.start, prev.end); e starts inside it at the shared number
            overlap = prev.end - e.start
            replacement = prev.replacement + e.replacement[overlap:]
            merged[-1] = Edit(prev.start, e.end, replacement, prev.rule, min(prev.confidence, e.confidence))
        else:
            merged.append(e)
    return merged


def year_month_glued(text: str, ctx: Context) -> list[Edit]:
    """``YYYYM月`` / ``YYYYMM月`` -> ``YYYY年M月`` when the month is valid (1-12, 01-09)
    and the year plausible (1900 .. crawl year + 1).

    >>> repair_numbers("20204月，丽水市政协组织“云端议政”")[0]
    '2020年4月，丽水市政协组织“云端议政”'
    >>> repair_numbers("日期：202201月27日；200410月下旬")[0]
    '日期：2022年01月27日；2004年10月下旬'
    >>> repair_numbers("2020年4月、第20204号、20204人、202013月、1998-20204月")[0]
    '2020年4月、第20204号、20204人、202013月、1998-20204月'
    """
    edits = []
    for m in P.YEAR_MONTH.finditer(text):
        year, month = m.group(1), m.group(2)
        if not _MIN_YEAR <= int(year) <= ctx.max_year:
            continue
        if ctx.guarded(text, m.start(), m.end()):
            continue
        edits.append(Edit(m.start(), m.end(), f"{year}年{month}月", "year-month-glued", 0.95))
    return edits


def month_day_glued(text: str, ctx: Context) -> list[Edit]:
    """``MDD日`` / ``MMD日`` / ``MMDD日`` -> ``M月D日`` when exactly one split is a valid date.

    ``1110日`` can only be 11月10日; ``112日`` is 1月12日 or 11月2日, so it stays.  Two
    digits change only when they are no valid day (``38日`` -> 3月8日, never ``24日``).
    Counts of days stay, told by the words around them: 满120日, 历时45日, 45日内,
    700日以上, 45日后 (two digits), 120日均线, 520日元.

    >>> repair_numbers("729日，李某到医院检查；1225日上午开会；新华社北京59日电")[0]
    '7月29日，李某到医院检查；12月25日上午开会；新华社北京5月9日电'
    >>> repair_numbers("李克强61日主持召开会议，42日和30日")[0]
    '李克强6月1日主持召开会议，4月2日和30日'
    >>> repair_numbers("24日上午；112日；自受理之日起120日内；售价520日元")[0]
    '24日上午；112日；自受理之日起120日内；售价520日元'
    """
    edits = []
    for m in P.MONTH_DAY.finditer(text):
        digits = m.group(1)
        split = _unique_month_day(digits)
        if split is None:
            continue
        after = m.end()
        if P.NOT_DATE_AFTER.match(text, after):
            continue
        before = max(0, m.start() - 3)
        if P.DAY_COUNT_BEFORE.search(text, before, m.start()):
            continue
        if len(digits) == 2 and (
            P.NOT_DATE_AFTER_2.match(text, after) or P.DAY_COUNT_BEFORE_2.search(text, before, m.start())
        ):
            continue
        if ctx.guarded(text, m.start(), m.end()):
            continue
        month, day = split
        confidence = 0.75 if len(digits) == 2 else 0.9
        edits.append(Edit(m.start(), m.end(), f"{month}月{day}日", "month-day-glued", confidence))
    return edits


def _unique_month_day(digits: str) -> tuple[str, str] | None:
    """The only valid (month, day) split of ``digits``, or None (none or ambiguous).

    A two-digit number that is itself a valid day (``24``) is a day, not damage.
    Zero-padded parts are accepted only in matching style (``0510`` -> 05月10日).
    """
    if len(digits) == 2 and 1 <= int(digits) <= 31:
        return None
    found = None
    for cut in (1, 2):
        month, day = digits[:cut], digits[cut:]
        if not 1 <= len(day) <= 2 or not _valid_month_day(month, day):
            continue
        if found is not None:
            return None
        found = (month, day)
    return found


def _valid_month_day(month: str, day: str) -> bool:
    """True for a real calendar date; a leading zero only in a two-digit part that
    matches a two-digit other part (05月10日 yes, 1月02日 no)."""
    if (month[0] == "0" and len(day) != 2) or (day[0] == "0" and len(month) != 2):
        return False
    m, d = int(month), int(day)
    return 1 <= m <= 12 and 1 <= d <= _DAYS_IN_MONTH[m]


Rule = Callable[[str, Context], list[Edit]]

#: the rules in the order they run (see the module docstring)
RULES: tuple[Rule, ...] = (
    fullwidth_digits,
    year_split_by_space,
    percent_separator_lost,
    year_month_glued,
    month_day_glued,
)


# --- orchestration ---------------------------------------------------------------------


def repair_numbers(text: str, *, crawl_year: int | None = None) -> tuple[str, list[Repair]]:
    """Repair damaged numbers in ``text``; return the new text and one ``Repair`` per change.

    ``crawl_year`` bounds plausible years (1900 .. crawl_year + 1; default: this year).
    Text with nothing to repair costs one regex scan and comes back as the same object.

    >>> repair_numbers("20211月，《办法》施行；立案率78.5%10家")[0]
    '2021年1月，《办法》施行；立案率78.5%，10家'
    """
    if not text or not P.CANDIDATE.search(text):
        return text, []
    year = crawl_year if crawl_year is not None else _dt.date.today().year
    ctx = Context(max_year=year + 1)
    current = text
    history: list[list[Edit]] = []  # the edits of each applied rule, in its input coords
    repairs: list[Repair] = []
    for rule in RULES:
        edits = rule(current, ctx)
        if not edits:
            continue
        for e in edits:
            start = _to_input(e.start, history, end=False)
            end = _to_input(e.end, history, end=True)
            repairs.append(
                Repair(e.rule, text[start:end], e.replacement, start, context_of(text, start, end), e.confidence)
            )
        current = _apply(current, edits)
        history.append(edits)
    repairs.sort(key=lambda r: r.offset)
    return current, repairs


def _apply(text: str, edits: list[Edit]) -> str:
    """``text`` with the (sorted, non-overlapping) ``edits`` made."""
    parts, pos = [], 0
    for e in edits:
        parts.append(text[pos : e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def _to_input(pos: int, history: list[list[Edit]], *, end: bool) -> int:
    """Map a position in the current text back to the input text, undoing each rule's
    edits from the last to the first.  Inside an equal-length edit the position maps
    one to one; inside any other edit, to the edit's start (or its end, for ``end``)."""
    for edits in reversed(history):
        delta = 0
        for e in edits:
            new_start = e.start + delta
            if pos <= new_start:
                break
            if pos < new_start + len(e.replacement):  # inside this edit
                if len(e.replacement) == e.end - e.start:
                    pos, delta = e.start + (pos - new_start), 0
                else:
                    pos, delta = (e.end if end else e.start), 0
                break
            delta += len(e.replacement) - (e.end - e.start)
        pos -= delta
    return pos


__all__ = ["RULES", "Context", "Edit", "repair_numbers"]
