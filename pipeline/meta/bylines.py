"""Bylines: the publish date, source, authors and editors credited around the headline.

The lines just after (and a few before) the headline hold them, labelled ("发布时间：2021年02月20日
来源：联谊报 作者：徐文燕 叶瑞胜") or not ("2024-05-20 14:33·新华社", "2003-7-24 钱江晚报", a line with
only "每日经济新闻" or a person's handle next to the date line). Editors ("责任编辑：林涛",
"（责编：郝帅、杨迪）") usually close the article, so they are looked for further down.
A media outlet is a source, never an author; places ("来自甘肃", "发布于：北京市") are neither.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress, pairwise
from typing import Any

from pipeline.meta import patterns as P
from pipeline.meta.dates import FoundDate, find_dates, find_year_month, iso_from_parts, plausible
from pipeline.meta.title import title_key

AFTER = 12  # lines after the headline that may hold its byline once the text has started
AFTER_MAX = 24  # lines after the headline read while no text has started (profile blocks, counters)
IN_TEXT = 3  # rank penalty of a credit found inside the text rather than in the byline block
PROFILE_REACH = 4  # lines after a name searched for the counters of a forum profile block
PROFILE_SENTENCE = 20  # characters of a line with a clause in it that no profile block holds, at least
PROFILE_ROW_NAME = 20  # characters of a table row's name ("Grüne", "Die Linke"), at most
BEFORE = 4  # lines before it (some sites print date and source above the headline)
TABLE_BEFORE = 16  # lines before it searched for a disclosure table of label and value cells
TABLE_LABELS = 2  # label cells that make such a table
ACCOUNT_SCAN = 30  # lines over the headline searched for the card of the account that published it
ACCOUNT_RANK = 6  # an account's name is the source only when the page credits none
EDITOR_SCAN = 400  # lines after the headline searched for editor credits
EDITOR_LINE = 100  # characters of a line that may hold an editor credit, at most
SHORT_LINE = 120
BYLINE_REST = 45  # characters besides its dates that a date line may hold
ROLE_BYLINE_MAX = 80  # characters of an unlabelled role byline ("新华社记者邹多为", "By Jane Doe"), at most
MAX_HANDLE_HAN = 8  # Han characters a handle mixing scripts may hold ("5点半的Allen", "A-肖老师-树谷学院")

# How sure a date is, best first: labelled publish, plain "时间/日期", unlabelled, "更新", other dates.
RANK = {"published": 0, "date": 1, "unlabelled": 2, "updated": 3, "other_date": 6}


@dataclass(slots=True)
class Credits:
    """What the byline says; each candidate keeps a rank (lower is surer) and a distance."""

    dates: list[tuple[int, int, int, str]] = field(default_factory=list)  # (rank, after?, distance, iso)
    sources: list[tuple[int, int, str]] = field(default_factory=list)  # (rank, distance, name)
    authors: list[tuple[int, int, list[str]]] = field(default_factory=list)  # (rank, distance, names)
    editors: list[str] = field(default_factory=list)

    def merge(self, other: Credits) -> None:
        """Add another window's credits (each keeps its own rank and distance)."""
        self.dates.extend(other.dates)
        self.sources.extend(other.sources)
        self.authors.extend(other.authors)
        self.editors.extend(name for name in other.editors if name not in self.editors)

    def best_date(self) -> str | None:
        return min(self.dates)[3] if self.dates else None

    def best_source(self) -> str | None:
        return min(self.sources)[2] if self.sources else None

    def best_authors(self) -> list[str]:
        """The surest credited names: every labelled byline ("本报实习生 刘国栋 周炜" / "本报记者 王燕平"),
        else the nearest unlabelled one (a handle by the date, not the next post's)."""
        if not self.authors:
            return []
        rank = min(item[0] for item in self.authors)
        names: list[str] = []
        for item in sorted(self.authors):
            if item[0] == rank:
                names.extend(n for n in item[2] if n not in names)
                if rank > 0:
                    break
        return names


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------
def is_media(name: str) -> bool:
    """A publication or organisation rather than a person ("新华社", "北京青年报", "1905电影网")."""
    if P.has_han(name) and any("a" <= c.lower() <= "z" for c in name) and "-" in name:
        return False  # a handle such as "A-肖老师-树谷学院"
    match = P.MEDIA_NAME.search(name)
    if (bool(match) and (len(name) >= 3 or match.start() == 0)) or name.startswith("《"):
        return True
    return not P.has_han(name) and bool(P.LATIN_ORG.search(name))


def clean_name(name: str) -> str:
    """A name without brackets, quotes, edge punctuation, icon glyphs and editor codes."""
    name = P.visible(name)
    # "Nicolas Gutierrez C.": the period is the initial's (the pattern needs one: most names hold none)
    initial = P.TRAILING_INITIAL.search(name) if "." in name else None
    name = name.strip(" \t[]【】()（）《》「」“”\"'<>:：·•|｜,，、;；.。-—_")
    if initial and name.endswith(initial["letter"]):
        name += "."
    glued = name.endswith(P.GLUED_FOLLOW_ENDS)  # what GLUED_FOLLOW ends with (most names do not)
    name = (P.GLUED_FOLLOW.sub("", name) if glued else name).strip()
    # an editor code is in capitals A-Z: a name that lower case leaves as it is holds none (most Chinese names)
    coded = len(name) > 6 and name.lower() != name and P.EDITOR_CODE.search(name)
    return P.EDITOR_CODE.sub("", name).strip(" _") if coded else name


def tidy_latin_authors(names: list[str]) -> list[str]:
    """Latin-script author names without what the bylines leave around them (``LATIN_BY_PREFIX``,
    ``LATIN_DATE_TAIL``, ``LATIN_GLUED_TAIL``), without roles in a name's place (``LATIN_ROLE``), a name
    printed twice over once ("Sean Martin Sean Martin"). Names in Chinese script are left as they are."""
    tidy: list[str] = []
    for name in names:
        if not P.has_han(name):
            name = P.LATIN_GLUED_TAIL.sub("", P.LATIN_DATE_TAIL.sub("", P.LATIN_BY_PREFIX.sub("", name))).strip()
            words = name.split()
            half = len(words) // 2
            if half and len(words) % 2 == 0 and words[:half] == words[half:]:
                name = " ".join(words[:half])
            if not name or P.LATIN_ROLE.match(name):
                continue
        if name not in tidy:
            tidy.append(name)
    return tidy


def split_names(value: str) -> tuple[list[str], list[str]]:
    """Persons and media named in an author value: "徐文燕 叶瑞胜" -> (["徐文燕", "叶瑞胜"], []).

    Roles go ("本报记者 王乐文 方 敏" -> 王乐文, 方敏: a name the page spaced out is joined again),
    an affiliation after a colon goes ("赵 培：北京物资学院，北京" -> 赵培), outlets go to the
    second list ("政能亮特约评论员 韩涵" -> (["韩涵"], ["政能亮"])).
    """
    value = value.strip()
    if not value:
        return [], []
    value = P.PLACE_REPORT.sub("", value).strip()
    if P.has_han(value):
        head, colon, _ = value.partition("：")
        if colon and head.strip():
            value = head
        media: list[str] = []
        prefix = P.MEDIA_ROLE_PREFIX.match(value)
        if prefix:
            media.append(prefix["media"])
            value = value[prefix.end() :]
        parts = P.ROLE_WORD.split(value)
        glued = bool(parts[0]) and not parts[0][-1].isspace()
        if len(parts) > 1 and parts[0].strip() and (glued or not P.HAN_NAME.match(parts[0].strip())):
            # "政能亮特约评论员 韩涵": the words glued before a role name the outlet
            outlet = clean_name(parts[0])
            if outlet:
                media.append(outlet)
            parts = parts[1:]
        tokens = [clean_name(t) for t in P.NAME_SPLIT.split(" ".join(parts))]
        tokens = _join_spaced_singles([t for t in tokens if t])
    else:
        media = []
        agency = P.AGENCY_AFTER_NAME.search(value) if P.AGENCY_HINT.search(value) else None  # "Lucía Ferrer EFE"
        if agency:
            media.append(agency["agency"])
            value = value[: agency.start()]
        tokens = [clean_name(t) for t in P.NAME_SPLIT_LATIN.split(value)]
    persons: list[str] = []
    for token in tokens:
        if not token or P.NOT_A_NAME.match(token) or P.PLACE_VALUE.match(token) or P.CODE_TOKEN.match(token):
            continue
        if P.PHOTO_CREDIT.search(token) or P.RELATIVE_DATE.search(token):
            continue
        if P.WIDGET_PREFIX.match(token) or P.WIDGET_WORD.match(token):
            continue
        if (is_media(token) and not P.HAN_NAME.match(token)) or token.startswith("《"):
            media.append(token)
        elif looks_like_person(token) and token not in persons:
            persons.append(token)
    return persons, media


def _join_spaced_singles(tokens: list[str]) -> list[str]:
    """["王乐文", "方", "敏"] -> ["王乐文", "方敏"]: single Han characters in a row form one name."""
    out: list[str] = []
    pending = ""
    for token in tokens:
        if len(token) == 1 and P.HAN_CHAR.match(token):
            pending += token
            if len(pending) == 3:
                out.append(pending)
                pending = ""
            continue
        if pending:
            out.append(pending) if len(pending) > 1 else None
            pending = ""
        out.append(token)
    if len(pending) > 1:
        out.append(pending)
    return out


def looks_like_person(token: str) -> bool:
    """A person's name or a user handle: short, no sentence, not a date or a number."""
    if not 2 <= len(token) <= 40 or (token.isdigit() and len(token) < 6):
        return False
    if P.ANY_DIGIT.search(token) and find_dates(token):
        return False
    if P.has_han(token):
        if not any(c.isascii() for c in token):
            return len(token) <= 8 and not P.SENTENCE_END.search(token) and not is_ui_phrase(token)
        if len(P.HAN_CHAR.findall(token)) > MAX_HANDLE_HAN:
            return False  # a title with digits in it ("关于2024年度…的公告", a list item), not a handle
    token = P.DEGREE_SUFFIX.sub("", token)  # "Michael L. Anderson, PhD"
    return bool(P.HANDLE.match(token)) and len(token.split()) <= 4 and not P.LABEL_WORDS_ONLY.match(token)


def is_ui_phrase(name: str) -> bool:
    """A control, prompt or field label in a name's place: Chinese ("点击此处收藏本文", "建置时间"; names of two or
    three characters are never judged by their characters: "关注" and its kin are NOT_A_NAME's), Latin words that are
    all a control's or a label's ("Published", "Filed to", "Tweet This"), a Japanese share or source label."""
    if P.HAN_CHAR.match(name):
        return (len(name) >= 4 and bool(P.UI_PHRASE.search(name))) or P.UI_NAME_JAPANESE.search(name) is not None
    if name.isascii() or (name[:1].isalpha() and name[:1] < "\u0250"):
        words = name.lower().split()
        return bool(words) and all(word in P.UI_NAME_WORDS for word in words)
    return P.UI_NAME_JAPANESE.search(name) is not None


def usable_source(value: str) -> str | None:
    """A credited source, or None for "转载", "互联网", places, URLs and dates."""
    value = clean_name(value)
    if not 2 <= len(value) <= 40:
        return None
    if P.NO_SOURCE.match(value) or P.PLACE_VALUE.match(value) or P.DOMAIN_LIKE.match(value):
        return None
    if "http" in value or "www." in value or find_dates(value):
        return None
    return value


# ---------------------------------------------------------------------------------------------
# One line
# ---------------------------------------------------------------------------------------------
@dataclass(slots=True)
class LineFields:
    """A byline line taken apart: labelled values, and what is left unlabelled."""

    fields: list[tuple[str, str]]  # (kind, value)
    rest: list[str]  # unlabelled pieces, dates included


def parse_line(line: str) -> LineFields:
    """Split a byline line at its labels: "发布日期:2021年02月20日 来源:联谊报 作者:徐文燕 叶瑞胜"."""
    if not P.LABEL_WORD_ANY.search(line):  # no label word: nothing to split (most lines)
        return LineFields([], [line] if line else [])
    matches = list(P.FIELD_LABEL.finditer(line))
    fields: list[tuple[str, str]] = []
    rest: list[str] = []
    position = 0
    for i, match in enumerate(matches):
        if match.start() > position:
            rest.append(line[position : match.start()])
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        kind = P.LABEL_KIND.get(match["label"], "other")
        fields.extend(_glued_fields(kind, line[match.end() : end]))
        position = end
    if position < len(line):
        rest.append(line[position:])
    if not fields:
        glued = P.SOURCE_GLUED.search(line)
        if glued:
            fields.append(("source", glued["value"]))
            rest = [line[: glued.start()], line[glued.end() :]]
    if not fields and ("|" in line or "｜" in line):
        cells = list(P.GLUED_CELL_FIELD.finditer(line))  # "发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 作者魏星"
        if cells:
            fields = [(P.LABEL_KIND.get(cell["label"], "other"), cell["value"]) for cell in cells]
            rest = [line[: cells[0].start()]]
    return LineFields(fields, rest)


def _glued_fields(kind: str, value: str) -> list[tuple[str, str]]:
    """A field's value, split where the next label runs straight into it with its colon: "证券时报网作者：李在山"
    (the source, then the author). Labels of two characters or more only: "文：" may end a name."""
    fields: list[tuple[str, str]] = []
    while "：" in value or ":" in value:
        glued = next((m for m in P.FIELD_LABEL_COLON.finditer(value, 1) if len(m["label"]) >= 2), None)
        if glued is None:
            break
        fields.append((kind, value[: glued.start()]))
        kind, value = P.LABEL_KIND.get(glued["label"], "other"), value[glued.end() :]
    fields.append((kind, value))
    return fields


_CLOSING = {"[": "]", "【": "】", "(": ")", "（": "）", "《": "》", "〖": "〗"}


def cut_value(value: str, kind: str) -> str:
    """The value up to where the next thing on the line starts ("[ 人民网 ]" -> "人民网")."""
    value = P.visible(value).strip(" :：|｜·•")
    if kind == "author" and ("（" in value or "(" in value):
        value = P.ROLE_QUALIFIER.sub(" ", value).strip(" :：")  # "（实习）：张三", "张三（实习）" -> "张三"
        if value[:1] not in _CLOSING:  # "张三（北京大学） 李四（清华大学）": an affiliation after each name
            value = P.BRACKETED.sub(" ", value).strip()
    if value[:1] in _CLOSING:
        inner, closed, _ = value[1:].partition(_CLOSING[value[0]])
        if closed and inner.strip():
            return inner.strip()
    for bracket in ("）", ")", "】", "]", "〗"):
        value = value.split(bracket, 1)[0]
    if kind in ("source", "editor") or kind in RANK:
        end = P.VALUE_END.search(value)
        if end and end.start() > 0:
            value = value[: end.start()]
        if kind == "source" and P.has_han(value):
            # a Chinese credit holds no space: what follows one is the next widget ("网易商业报道 发表评论",
            # "北青网-北京青年报 北京 举报", "转载文章 第1页/共1页"), as a text dump shows them
            value = _joint_offices(value) if not P.LATIN_NAME_SPACE.search(value) else value
    else:
        end = P.VALUE_END.search(value)
        if end and end.start() > 0 and not end.group().isspace():
            value = value[: end.start()]
    return value.strip()


def _joint_offices(value: str) -> str:
    """The first token of a Chinese source, with the government offices that follow it when it is one
    ("衢州市统计局 国家统计局衢州调查队": joint issuers)."""
    tokens = value.split()
    if not tokens:
        return value
    kept = 1
    if P.GOV_OFFICE.match(tokens[0]):
        while kept < len(tokens) and P.GOV_OFFICE.match(tokens[kept]):
            kept += 1
    return " ".join(tokens[:kept])


def read_byline(lines: list[str], headline: int | None, exclude: set[str] | frozenset[str] = frozenset()) -> Credits:
    """The credits in the lines around the headline (or in the first lines when none was found).

    The block under the headline is read until the text starts (up to AFTER_MAX lines: a forum's
    profile block of counters sits between a thread's title and its first post's date); lines after the
    text started are read up to AFTER, their credits ranked below those above the text.
    """
    credits = Credits()
    if headline is None:
        order = [(i, i + 1) for i in range(min(len(lines), 60))]
        labelled_only = True
    else:
        order = [(i, i - headline) for i in range(headline + 1, min(len(lines), headline + 1 + AFTER_MAX))]
        order += [(i, i - headline) for i in range(headline - 1, max(-1, headline - 1 - BEFORE), -1)]
        labelled_only = False
    text_started = False
    date_lines: set[int] = set()
    pending: str | None = None  # a label whose value is on the next line ("来源:" / "21世纪经济报道")
    for index, distance in order:
        line = lines[index]
        if distance < 0:
            pending = None
        elif text_started and distance > AFTER:
            continue
        if distance > 0 and len(line) > SHORT_LINE:
            text_started = True
            pending = None
            continue
        if P.breadcrumb_label(line) or (len(line) > 30 and P.COPYRIGHT.search(line)):
            continue
        if not pending and _creditless(line):  # most lines of the window: _read_line finds nothing in them
            if not text_started and len(line) <= 40:
                _handle_line(credits, lines, index, distance, labelled_only)
            continue
        if text_started and distance > 0:  # a credit inside the text ranks below the byline's
            sink = Credits()
            _read_line(sink, lines, index, distance, labelled_only, set(), None)
            credits.dates.extend((r + IN_TEXT, a, d, iso) for r, a, d, iso in sink.dates)
            credits.sources.extend((r + IN_TEXT, d, name) for r, d, name in sink.sources)
            credits.authors.extend((r + IN_TEXT, d, names) for r, d, names in sink.authors)
            credits.editors.extend(name for name in sink.editors if name not in credits.editors)
            continue
        pending = _read_line(credits, lines, index, distance, labelled_only, date_lines, pending, exclude)
        if not text_started and len(line) <= 40:
            _handle_line(credits, lines, index, distance, labelled_only)
    if not labelled_only and headline is not None:
        _standalone_names(credits, lines, headline, date_lines, exclude)
        account = _account_card(lines, headline)
        if account:
            credits.sources.append((ACCOUNT_RANK, headline - account[0], account[1]))
        if not credits.dates:
            _journal_issue(credits, lines, headline)
        _info_table(credits, lines, headline)
    return credits


def _info_table(credits: Credits, lines: list[str], headline: int) -> None:
    """A 政务公开 table over the headline, one cell per line: "发布机构：" / "绍兴市人民政府办公室",
    "生成日期：" / "2024-05-10". Its source and dates rank after the byline's (they sit farther off)."""
    cells = []
    for index in range(max(0, headline - TABLE_BEFORE), headline - 1):
        parsed = parse_line(lines[index])
        if len(parsed.fields) == 1 and not "".join(parsed.rest).strip() and not parsed.fields[0][1].strip(" :："):
            cells.append((index, parsed.fields[0][0]))
    if len(cells) < TABLE_LABELS:
        return
    for index, kind in cells:
        value = lines[index + 1]
        if (kind == "source" or kind in RANK) and len(value) <= 40 and not P.FIELD_LABEL.match(value):
            _take_field(credits, kind, cut_value(value, kind), index - headline, value)


def _journal_issue(credits: Credits, lines: list[str], headline: int) -> None:
    """The issue of a journal over a paper that shows no date: "Vol. 8 No. 2 (May 2018)" -> 2018-05."""
    for index in range(headline - 1, max(-1, headline - 1 - ACCOUNT_SCAN), -1):
        line = lines[index]
        if len(line) <= SHORT_LINE and "Vol" in line and P.JOURNAL_ISSUE.search(line):
            month = find_year_month(line)
            if month:
                credits.dates.append((RANK["other_date"], 0, headline - index, month))
            return


def _account_card(lines: list[str], headline: int) -> tuple[int, str] | None:
    """The publishing account's card over the headline of a self-media platform: its name, then
    counters ("NBA广角" / "7.4万文章" / "418亿总阅读" / "查看TA的文章>"): (index, name)."""
    start = max(0, headline - ACCOUNT_SCAN)
    window = lines[start:headline]
    counters = [line.endswith(P.ACCOUNT_COUNTER_ENDS) and bool(P.ACCOUNT_COUNTER.match(line)) for line in window]
    if sum(counters) < 2:
        return None
    for index in range(headline - 1, start - 1, -1):
        if sum(counters[index + 1 - start : index + 1 - start + PROFILE_REACH]) < 2 or counters[index - start]:
            continue
        name = clean_name(lines[index])
        usable = 2 <= len(name) <= 20 and not P.WIDGET_WORD.match(name)
        if usable and not P.NOT_A_NAME.match(name) and not P.CLAUSE.search(lines[index]):
            return None if P.HAN_NAME.fullmatch(name) and not is_media(name) else (index, name)  # a person's account
    return None


def _read_line(
    credits: Credits,
    lines: list[str],
    index: int,
    distance: int,
    labelled_only: bool,
    date_lines: set[int],
    pending: str | None,
    exclude: set[str] | frozenset[str] = frozenset(),
) -> str | None:
    """The credits of one byline line; returns a label whose value is on the next line."""
    line = lines[index]
    if pending:
        kind, pending = pending, None
        colon_ok = kind in ("author", "editor") or ("：" not in line and ":" not in line)
        if len(line) <= 40 and not P.FIELD_LABEL.match(line) and colon_ok:
            if _take_field(credits, kind, line, distance, line) and kind in RANK:
                date_lines.add(index)
            return None
    parsed = parse_line(line)
    skip_dates = _dates_skipped(line) if parsed.fields else None  # None: asked below only if a date shows
    for kind, raw_value in parsed.fields:
        value = cut_value(raw_value, kind)
        if not value and distance > 0 and kind != "other" and raw_value.strip(" :：") == "":
            pending = kind
            continue
        if kind in RANK:
            if not skip_dates and _take_field(credits, kind, value, distance, raw_value):
                date_lines.add(index)
                if kind in ("published", "date") and parsed.rest and not labelled_only:
                    _handle_before(credits, parsed.rest[0], distance)  # "ggjjzhzz 发表于 2005-9-15"
            continue
        if _take_field(credits, kind, value, distance, raw_value) and kind == "source":
            _name_after_source(credits, value, raw_value, distance)
        if not skip_dates and kind != "other":  # "来源：太原晚报 2021-11-25 16:26:07"
            found = find_dates(raw_value, short_years=True)
            if found:
                credits.dates.append((RANK["unlabelled"], 0 if distance > 0 else 1, abs(distance), found[0].iso))
                date_lines.add(index)
    rest = " ".join(parsed.rest)
    found = [] if skip_dates else find_dates(rest, short_years=True)
    if found and skip_dates is None and _dates_skipped(line):
        found = []
    if found and _byline_like(rest, found):
        rank = RANK["published"] if P.POSTFIX_PUBLISH.search(rest) else RANK["unlabelled"]
        credits.dates.append((rank, 0 if distance > 0 else 1, abs(distance), found[0].iso))
        date_lines.add(index)
        if not labelled_only:
            _glued_names(credits, rest, found, distance, exclude)
    elif not labelled_only and parsed.rest and any(kind == "source" for kind, _ in parsed.fields):
        bracketed = P.BRACKETED_NAME.fullmatch(parsed.rest[0].strip())  # "[ 黄宇 ]  来源：[ 人民网 ]"
        if bracketed and P.HAN_NAME.match(bracketed["name"]):
            credits.authors.append((1, abs(distance), [bracketed["name"]]))
    if not labelled_only and not parsed.fields and not P.MENU_ROW.search(line):
        _role_line(credits, line, distance)
    return pending


def _creditless(line: str) -> bool:
    """A line ``_read_line`` finds nothing in. Without a label word it holds no labelled field and no role word (记者,
    記者, 通讯员, 评论员: those of REPORTER_PLACE and MEDIA_ROLE_PREFIX are label words), and ``_read_line`` reads
    the dates of the whole line (``find_dates`` keeps them for it). What is left to read is a "文/…" byline
    (WEN_BYLINE) or a Latin one (BY_LINE, on a line short enough for ``_role_line``): asked here of the few lines
    that may hold one."""
    if P.LABEL_WORD_ANY.search(line) or find_dates(line, short_years=True):
        return False
    if "文" in line and P.WEN_BYLINE.match(line):
        return False
    return len(line) > ROLE_BYLINE_MAX or P.by_line(line) is None


def _dates_skipped(line: str) -> bool:
    """The line's dates are not the page's: a recommendation, a comment, a visitor count's context."""
    return bool(P.IGNORED_DATE_CONTEXT.search(P.COUNTER.sub("", P.COMMENT_WIDGET.sub("", line))))


def _handle_before(credits: Credits, before: str, distance: int) -> None:
    """A handle alone before a labelled date: "ggjjzhzz 发表于 2005-9-15 11:46:00"."""
    token = clean_name(P.POSTER_PREFIX.sub("", before))
    if _usable_handle(token) and " " not in token and not P.WIDGET_PREFIX.match(token):
        credits.authors.append((1, abs(distance), [token]))


def _usable_handle(token: str) -> bool:
    """A person's name or handle, not a widget, an outlet or a counter."""
    if not token or not looks_like_person(token) or is_media(token):
        return False
    return not P.NOT_A_NAME.match(token) and not P.WIDGET_WORD.match(token)


def _handle_line(credits: Credits, lines: list[str], index: int, distance: int, labelled_only: bool) -> None:
    """Names that forums and blogs print by their posts: "henryspace @henryspace", "my38778570 的个人博客",
    "小诺抓10月前", "歪哦釉 | 83 | 1周前", and a name heading a profile block of counters
    ("前程往事" / "1" / "主题" / "1" / "帖子")."""
    line = lines[index]
    match = None
    if "@" in line:
        match = P.NAME_AT_HANDLE.match(line)
    elif "的" in line:
        match = P.PERSONAL_BLOG.match(line)
    elif "前" in line:
        match = P.NAME_RELATIVE_DATE.match(line)
    if match is None and not labelled_only:
        near = lines[index + 1 : index + 3]
        if not any(text[:1] in P.PROFILE_COUNTER_FIRST or text[:1].isdigit() for text in near):
            return  # what a counter opens with is not there (a cheap test before the pattern)
        if not any(P.PROFILE_COUNTER.match(text) for text in near):
            return  # no counter right below: not a profile block
        following = [text for text in lines[index + 1 : index + 1 + PROFILE_REACH] if text.strip()]
        if index > 0 and P.PROFILE_COUNTER.match(lines[index - 1]):
            return  # a badge inside the block ("新手上路" after "积分"), not the poster's name
        if index > 0 and lines[index - 1].endswith(":") and not P.has_han(line):
            return  # the value of the label over it ("Filed to:" / "WEIRD MEDICINE": a category), not a poster
        counters = sum(bool(P.PROFILE_COUNTER.match(text)) for text in following)
        block = counters >= 2 and any(P.PROFILE_COUNTER.match(text) for text in following[:2])
        if block and (_sentence_among_counters(following) or (not P.has_han(line) and _rows_repeat(following))):
            return  # a table's rows, not a profile: a sentence among the counters ("SPD" / "0" / "Antwort angekündigt,
            # aber nicht erhalten." / "FDP" / "0"), or another Latin name over a counter ("FDP" / "0" / "Grüne" / "0")
        token = clean_name(line)
        number = token.isdigit() and len(token) >= 6  # "1657811359": QQ numbers are user names
        usable = number or (_usable_handle(token) and not P.WIDGET_PREFIX.match(token))
        if block and distance > 0 and usable and not P.PROFILE_COUNTER.match(token):
            credits.authors.append((1, abs(distance), [token]))
        return
    if match is not None:
        token = clean_name(match["name"])
        named = bool(token) and looks_like_person(token)
        if named and not P.NOT_A_NAME.match(token) and not P.WIDGET_WORD.match(token):
            credits.authors.append((1, abs(distance), [token]))


def _sentence_among_counters(following: list[str]) -> bool:
    """A sentence before the last counter of the lines under a name (the post's text may follow the block, not sit
    inside it)."""
    last = max((i for i, text in enumerate(following) if P.PROFILE_COUNTER.match(text)), default=-1)
    return any(len(text) >= PROFILE_SENTENCE and P.CLAUSE.search(text) for text in following[:last])


def _rows_repeat(following: list[str]) -> bool:
    """A short line among those under a name that is no counter but has one right under it: the name/count structure
    repeats (a table), as no profile block of a Latin forum does (a poster's tagline over the counters is long)."""
    return any(
        len(text) <= PROFILE_ROW_NAME and not P.PROFILE_COUNTER.match(text) and P.PROFILE_COUNTER.match(below)
        for text, below in pairwise(following)
    )


def _byline_like(text: str, found: list[FoundDate]) -> bool:
    """A date line, not a sentence that mentions a date: little else on it, no clause punctuation.

    The other dates, a weekday ("Freitag, 5. Juni 2015") and counters after a bullet ("August 19, 2019 •
    319 Likes • 160 Comments") do not count as "else".
    """
    pieces, position = [], 0
    for date in found:
        pieces.append(text[position : date.start])
        position = date.end
    pieces.append(text[position:])
    before = pieces[0]
    if P.DATE_ONLY_REST.match(before):
        before = ""
    rest = " ".join(piece.strip() for piece in [before, *pieces[1:]])
    rest = P.BULLET_TAIL.sub("", rest).strip()
    for date in reversed(find_dates(rest)):  # the same date printed twice ("August 19, 2019August 19, 2019")
        rest = rest[: date.start] + rest[date.end :]
    return len(rest) <= BYLINE_REST and not P.CLAUSE.search(rest)


def _name_after_source(credits: Credits, source: str, raw: str, distance: int) -> None:
    """A reporter's bare name after the outlet: "来源：中央纪委国家监委网站 李云舒" (no role word). Only a
    lone token of two or three Han characters that starts with a common surname and names no widget
    or place; ranked below labelled authors."""
    at = raw.find(source)
    if at < 0:
        return
    rest = raw[at + len(source) :].split()
    if len(rest) != 1:
        return
    name = rest[0]
    if not P.BARE_NAME.match(name) or name[0] not in P.COMMON_SURNAMES:
        return
    if P.NOT_A_NAME.match(name) or P.WIDGET_WORD.match(name) or P.PLACE_VALUE.match(name) or is_media(name):
        return
    credits.authors.append((1, abs(distance), [name]))


def _take_field(credits: Credits, kind: str, value: str, distance: int, raw: str) -> bool:
    """File one labelled value under its field; True when it was usable."""
    after = 0 if distance > 0 else 1
    if kind in RANK:
        found = find_dates(value, short_years=True) or find_dates(raw, short_years=True)
        if found:
            credits.dates.append((RANK[kind], after, abs(distance), found[0].iso))
            return True
        month = find_year_month(value)
        if month and kind in ("published", "date"):
            credits.dates.append((RANK[kind] + 1, after, abs(distance), month))
            return True
        return False
    if kind == "source":
        dates = find_dates(value)
        if dates:
            value = value[: dates[0].start]
        source = usable_source(value)
        if source and P.PLACE_START.match(source) and len(source) <= 6 and not is_media(source):
            source = None  # "来自 - 贵州遵义": where the poster is, not a source
        if source:
            credits.sources.append((0, abs(distance), source))
            return True
        return False
    if kind == "author":
        if P.QUESTION_MARK.search(value) or P.SPEAKER_TURN.match(raw):
            return False  # an interview's question after "记者：", a transcript's "记者（洛阳日报）：…"
        persons, media = split_names(value)
        if persons:
            credits.authors.append((0, abs(distance), persons))
        for outlet in media:
            source = usable_source(outlet)
            if source:
                credits.sources.append((2, abs(distance), source))
        return bool(persons)
    if kind == "editor":
        persons, _ = split_names(value)
        for person in persons:
            if person not in credits.editors:
                credits.editors.append(person)
        return bool(persons)
    return False


def _name_among_counters(before: str, exclude: set[str] | frozenset[str]) -> str | None:
    """The one name among counters before a date: "再睡一夏 | 455 |", "深海余烬远瞳123 3160字" (the book, a
    section of the page, glued before the author "远瞳", a counter glued after)."""
    names = []
    piped = "|" in before or "｜" in before
    for token in P.GLUED_TOKEN_SPLIT.split(before):
        token = clean_name(token)
        if not token or P.COUNT_TOKEN.match(token) or P.DATE_ONLY_REST.match(token) or token in exclude:
            continue
        if not P.has_han(token) and not (piped or P.HANDLE_MARK.search(token)):
            return None  # Latin words before a date are a label ("Veröffentlicht am"), not a handle
        for known in exclude:
            if len(known) >= 2 and token.startswith(known) and len(token) > len(known):
                token = token[len(known) :]
        if P.has_han(token):
            token = P.TRAILING_COUNT.sub("", token)
        if P.NOT_A_NAME.match(token) or P.WIDGET_WORD.match(token) or P.WIDGET_PREFIX.match(token):
            return None
        names.append(token)
    if len(names) == 1 and looks_like_person(names[0]) and not is_media(names[0]):
        return names[0]
    return None


def _glued_names(
    credits: Credits, text: str, found: list[FoundDate], distance: int, exclude: set[str] | frozenset[str] = frozenset()
) -> None:
    """Names printed next to the date: "2024-05-20 14:33·新华社", "ggjjzhzz 发表于 2005-9-15"."""
    first = found[0]
    before = text[: first.start].strip()
    if before:
        before = P.DATE_LABEL_TAIL.sub("", before).strip()  # "发表于2014-08-24": the label, no name
    after = text[first.end :]
    handle = P.HANDLE_BEFORE_DATE.match(before + " " + "0000") if before else None
    if handle and looks_like_person(clean_name(handle["name"])):
        credits.authors.append((1, abs(distance), [clean_name(handle["name"])]))
    elif before:
        bracketed = P.BRACKETED_NAME.search(before)
        if bracketed and P.HAN_NAME.match(bracketed["name"]):
            credits.authors.append((1, abs(distance), [bracketed["name"]]))
        else:
            name = _name_among_counters(before, exclude)
            if name:
                credits.authors.append((1, abs(distance), [name]))
    bracketed_after = P.BRACKETED_NAME_ANY.search(after)  # "2004年7月16日08:19 [ 黄宇 ]"
    named = bracketed_after["name"] if bracketed_after else ""
    if named and P.HAN_NAME.match(named) and not P.NOT_A_NAME.match(named):
        credits.authors.append((1, abs(distance), [named]))
        return
    for token in P.GLUED_TOKEN_SPLIT.split(after)[:3]:
        token = P.PLACE_PREFIX.sub("", clean_name(P.BRACKETED_TAIL.sub("", token)))  # "游民星空[整理]" -> 游民星空
        if not token or P.NOT_A_NAME.match(token) or P.PLACE_VALUE.match(token) or P.WIDGET_WORD.match(token):
            continue
        if P.TIME_OR_LABEL_WORD.match(token) or (P.LATIN_TOKEN.match(token) and not is_media(token)) or "：" in token:
            break  # "11:48 Uhr", "2024By Jenny Marsh", "発信地：カノ": the clock or the next label, not an outlet
        source = usable_source(token)
        if source:
            credits.sources.append((1, abs(distance), source))
        break


def _role_line(credits: Credits, line: str, distance: int) -> None:
    """Unlabelled role bylines: "新华社记者邹多为、唐诗凝、丁乐", "文丨政能亮特约评论员 韩涵", "By Jane Doe",
    a reporter and place anywhere on the line ("2024-07-23 14:32 聯合報／ 記者林小明／台北即時報導"). A speaker's turn
    ("记者（洛阳日报）：…") is no byline: asked once the line shows one (most lines do not)."""
    if len(line) > ROLE_BYLINE_MAX:
        return
    value = None
    # the literal each pattern needs is looked for first: most lines hold none
    reporter = P.REPORTER_PLACE.search(line) if "记者" in line or "記者" in line else None
    wen = P.WEN_BYLINE.match(line) if "文" in line else None
    if reporter:
        value = reporter["value"]
    elif wen:
        value = wen["value"]
    elif media_role(line) and "，" not in line and not P.SENTENCE_END.search(line):
        value = line  # not "澎湃新闻记者从发布会上获悉，…": a sentence of the text
    else:
        by = P.by_line(line)
        if by:
            value = by["value"]
            rest = line[by.end("value") :]
            if rest and (rest.lstrip()[:1] in ",&" or " " in rest):
                names = P.BYLINE_OUTLET_TAIL.sub("", rest)  # (", CNN" closing the list)
                if names and P.MORE_BYLINE_NAMES.match(names):
                    value += names  # "von Rudolf Fischer, Simon Kohler": every name of the list
    if value is None or P.SPEAKER_TURN.match(line):
        return
    persons, media = split_names(value)
    if persons:
        credits.authors.append((0, abs(distance), persons))
    for outlet in media:
        source = usable_source(outlet)
        if source:
            credits.sources.append((2, abs(distance), source))


def media_role(line: str) -> bool:
    """The line opens with an outlet and a role (``MEDIA_ROLE_PREFIX``: "新华社记者邹多为"), its role words
    looked for first."""
    return ("记者" in line or "通讯员" in line or "评论员" in line) and bool(P.MEDIA_ROLE_PREFIX.match(line))


def _date_after_counters(lines: list[str], index: int, date_lines: set[int]) -> bool:
    """The date line follows once separators and counters are passed: "再睡一夏" / "|" / "455" / "|" / date."""
    for following in range(index + 1, min(len(lines), index + 1 + PROFILE_REACH + 2)):
        if following in date_lines:
            return True
        if not (P.trivial_line(lines[following]) or P.PROFILE_COUNTER.match(lines[following])):
            return False
    return False


def _standalone_names(
    credits: Credits, lines: list[str], headline: int, date_lines: set[int], exclude: set[str] | frozenset[str]
) -> None:
    """Lines holding only a name in the byline block after the headline: an outlet next to the date
    line is a source ("每日经济新闻" under "2024年05月10日 00:26"); a person's name or handle right
    by the date line, by a "关注" (follow) button, or right under the headline is an author."""
    end = min(len(lines), headline + 1 + AFTER)
    excluded = {title_key(name) for name in exclude}
    latin_page = not P.has_han(lines[headline])
    for index in range(headline + 1, end):
        line = lines[index]
        if len(line) > SHORT_LINE:
            break  # the text has started
        if index in date_lines or len(line) > 24 or P.crumb_separator(line):
            continue
        if P.LABEL_WORD_ANY.search(line) and P.FIELD_LABEL.search(line):  # (FIELD_LABEL needs a label word)
            continue
        if line[0] in "（(" and line[-1] in "）)":
            continue  # a note under a signature date ("（本文有删减）", "（此件公开发布）"), not a name
        if line[-1] in ":：":
            continue  # a label whose value follows ("来信内容：", "回复内容："), not a name
        if index - headline <= 2 and P.NAME_LIST.match(line):  # "赵延东、风笑天" under a paper's title
            persons = [name for name in P.NAME_LIST_SPLIT.split(line) if name]
            if all(P.HAN_NAME.match(name) and len(name) <= 4 for name in persons):
                credits.authors.append((2, index - headline, persons))
                continue
        distance = index - headline
        by_date = index - 1 in date_lines or index + 1 in date_lines or _date_after_counters(lines, index, date_lines)
        by_follow = not by_date and any(  # asked only alongside by_date: by the date, it decides nothing
            0 <= j < len(lines) and P.follow_button(lines[j]) for j in (index - 1, index + 1)
        )
        if not (by_date or by_follow or distance == 1):
            continue  # neither an outlet nor a person is taken here: the name is not worth reading
        name = clean_name(P.PLACE_PREFIX.sub("", line))
        if not name or title_key(name) in excluded or P.WIDGET_WORD.match(name) or P.NOT_A_NAME.match(name):
            continue
        if " " in name:
            continue
        if (
            P.WIDGET_PREFIX.match(name)
            or P.PLACE_VALUE.match(name)
            or P.RELATIVE_DATE.search(name)
            or P.SENTENCE_END.search(name)
        ):
            continue
        if P.DOMAIN_LIKE.match(name) or "http" in name or find_dates(name):
            continue
        if is_media(name):
            if by_date or distance == 1:
                source = usable_source(name)
                if source:
                    credits.sources.append((2, distance, source))
            continue
        if not looks_like_person(name):
            continue
        if latin_page and P.LATIN_WORD_CAPITALISED.match(name):
            continue  # on a Latin-script page a capitalised word alone by the date is a category ("Allgemein");
            # on a Han page a Latin word there is a poster's handle ("Emin"): its categories would be in Han
        under = distance == 1 and P.HAN_NAME.match(name) and len(name) <= 3  # "记者名" right under the headline
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if under and len(following) <= 8 and P.has_han(following) and not P.PROFILE_COUNTER.match(following):
            under = False  # one of a row of tags ("地震" / "四川" / "地震分析"), not a name
        if by_follow or by_date or under:
            credits.authors.append((2, distance, [name]))


# ---------------------------------------------------------------------------------------------
# Editors and credits in the text
# ---------------------------------------------------------------------------------------------
def find_editors(lines: list[str], start: int) -> list[str]:
    """Editor credits after the headline: "责任编辑：张毅", "（责编：郝帅、杨迪）", "编辑：倪仕轩"."""
    editors: list[str] = []
    window = lines[max(0, start) : max(0, start + EDITOR_SCAN)]
    credit_sized = compress(window, map(EDITOR_LINE.__ge__, map(len, window)))  # picked at C speed
    if not P.EDITOR_HINT.search("\n".join(credit_sized)):  # no line the loop reads holds an editor's word
        return editors
    first = None
    for index in range(max(0, start), min(len(lines), start + EDITOR_SCAN)):
        line = lines[index]
        if first is not None and index > first + 3:
            break
        if len(line) > EDITOR_LINE or not P.EDITOR_HINT.search(line):
            continue
        values = [match["value"] for match in P.EDITOR_CREDIT.finditer(line)]
        if not values and (bar := P.EDITOR_BAR_CREDIT.match(line)) is not None:
            values = [bar["value"]]
        if not values and P.EDITOR_LABEL_LINE.match(line) and index + 1 < len(lines) and len(lines[index + 1]) <= 20:
            values = [lines[index + 1]]
        for value in values:
            persons, _ = split_names(cut_value(value, "editor"))
            if persons:
                first = index if first is None else first
                editors.extend(p for p in persons if p not in editors)
    return editors


def leading_byline(paragraph: str) -> tuple[list[str], list[str]]:
    """Authors (and outlets) in a first paragraph: "本报讯（记者 胡晓蓉）…", "新华社…电（记者邹伟）…"."""
    match = P.LEADING_BYLINE.match(paragraph)
    if not match:
        return [], []
    return split_names(match["inner"])


def trailing_byline(paragraph: str) -> tuple[list[str], str | None]:
    """Authors or a source closing a paragraph: "（记者 胡晓蓉）", "（姚峰 上海报道）", "（常书香 马丹阳 ）",
    "…更不可能被人为割裂。（钟才文）" (one name: only after a real paragraph), "（来源：上海证券报）"."""
    if not paragraph.rstrip().endswith(("）", ")")):  # what the pattern closes with, looked for first
        return [], None
    match = P.TRAILING_BYLINE.search(paragraph)
    if not match:
        return [], None
    inner = match["inner"].strip()
    source = P.INLINE_SOURCE.search(inner)
    if source:
        return [], usable_source(source["value"])
    compiled = P.COMPILED_FROM.search(inner) if "自" in inner else None
    if compiled:  # one outlet is the source; a list of them ("澎湃新闻、智东西、雷锋网等") credits none alone
        value = compiled["value"]
        return [], None if "、" in value or value.endswith("等") else usable_source(value)
    if P.NOT_TRAILING_NAME.match(inner) or (P.ANY_DIGIT.search(inner) and not find_dates(inner)):
        return [], None  # (a count is not a name: "（共有 0 条评论）")
    has_role = bool(P.ROLE_WORD.search(inner)) or bool(P.PLACE_REPORT.search(inner))
    persons, _ = split_names(inner)
    if not persons:
        return [], None
    if has_role:
        return persons, None
    if not all(P.HAN_NAME.match(p) and len(p) <= 3 for p in persons):
        return [], None
    if len(persons) == 1 and (len(paragraph) < 60 or not P.SENTENCE_END.search(paragraph[: match.start()][-2:])):
        return [], None
    return persons, None


# ---------------------------------------------------------------------------------------------
# Latin-script bylines of rendered-text dumps
# ---------------------------------------------------------------------------------------------
DUMP_BYLINE_AFTER = 6  # lines after the headline that may hold a dump's byline
DUMP_BYLINE_BEFORE = 2  # lines before it (a kicker row: "Por Williams Perdomo @wperdomod -" over the headline)
DUMP_BYLINE_LINE = 100  # characters of a byline row, at most
DUMP_NAME_LINE = 40  # characters of a line holding a name alone, at most


def dump_latin_byline(lines: list[str], headline: int) -> list[str]:
    """The author a Latin-script byline by the headline of a rendered-text dump names. A dump keeps no markup (no
    rel=author, no JSON-LD): the byline shows in its wording only, as a browser lays it out: "By" / "Jane Doe" on two
    lines (the name was a link of its own), "Posted on September 21, 2020 by Adi Tzlil", "By Jane Doe on Thu, Nov 9,
    2023", "Jane Doe | 06.11.23", "28. Jan. 2022 Jane Doe", or a name alone next to the date line. The lines after
    the headline are read first, then the two over it."""
    if P.has_han(lines[headline]):
        return []
    after, before = _byline_block(len(lines), headline)
    order = after + before
    for index in order:
        line = lines[index]
        if len(line) > DUMP_BYLINE_LINE or P.has_han(line):
            continue
        name = _dump_byline_name(lines, index)
        if name and _dump_name_ok(name):
            return [name, *_more_dump_names(line, name)]
    return []


def _more_dump_names(line: str, name: str) -> list[str]:
    """The names following the first in a byline row: "von Rudolf Fischer, Simon Kohler"."""
    more: list[str] = []
    position = line.find(name) + len(name)
    while position > len(name) - 1 and position < len(line):
        following = P.NEXT_PERSON_NAME.match(line, position)
        if not following or not _dump_name_ok(following["name"]) or P.BYLINE_ROLE_WORD.search(following["name"]):
            break
        more.append(following["name"])
        position = following.end()
    return more


def dump_byline_date(lines: list[str], headline: int, limit: Any) -> str | None:
    """The date a Latin-script byline by the headline of a rendered-text dump prints: the first plausible date of a
    short line among those nearest the headline ("Posted on September 21, 2020 by Jane Doe", "Von" / "Jane Doe" /
    "19.10.2019, 08:00 Uhr"). A dump has no meta tags or <time> elements to weigh it against: the line by the
    headline is the page's own statement of its date. A date an update label introduces ("Updated 5:27 am CST,
    Wednesday, November 20, 2019") is taken only when the block shows no other."""
    if P.has_han(lines[headline]):
        return None
    updated: str | None = None
    for index in _nearest_first(len(lines), headline):
        line = lines[index]
        if len(line) > DUMP_BYLINE_LINE or not P.ANY_DIGIT.search(line) or P.has_han(line):
            continue
        for iso, update in _line_dates(line):
            if not plausible(iso, limit):
                continue
            if not update:
                return iso
            updated = updated or iso
    return updated


def _line_dates(line: str) -> list[tuple[str, bool]]:
    """The dates of a byline line, each with whether an update label introduces it; a two-digit year
    ("19.10.19") or a year glued to what follows ("20231. November") read when no full date shows."""
    found = find_dates(line, short_years=True)
    if not found:
        short = _short_year_date(line)
        if short:
            return [(short, False)]
        unglued = P.GLUED_YEAR.sub(r"\1 ", line)
        if unglued == line:
            return []
        line, found = unglued, find_dates(unglued, short_years=True)
    out = []
    previous_end = 0
    for date in found:
        out.append((date.iso, bool(P.DUMP_UPDATE_WORD.search(line, previous_end, date.start))))
        previous_end = date.end
    return out


def _short_year_date(line: str) -> str | None:
    """A day.month.year date with a two-digit year (``DATE_DMY_SHORT_YEAR``), read as 20xx."""
    match = P.DATE_DMY_SHORT_YEAR.search(line) if "." in line else None
    return iso_from_parts(2000 + int(match["y"]), int(match["m"]), int(match["d"])) if match else None


def _byline_block(count: int, headline: int) -> tuple[list[int], list[int]]:
    """The lines of a dump's byline block: those under the headline, then those over it, each nearest first."""
    after = [*range(headline + 1, min(count, headline + 1 + DUMP_BYLINE_AFTER))]
    before = [*range(headline - 1, max(-1, headline - 1 - DUMP_BYLINE_BEFORE), -1)]
    return after, before


def _nearest_first(count: int, headline: int) -> list[int]:
    """The lines of a dump's byline block, nearest to the headline first (a line under it before one over it at the
    same distance): a date over the headline beats one in an embedded post a few lines down."""
    after, before = _byline_block(count, headline)
    order: list[int] = []
    for distance in range(max(len(after), len(before))):
        order += after[distance : distance + 1] + before[distance : distance + 1]
    return order


def _dump_name_ok(name: str) -> bool:
    """A name a dump's byline may credit: a person or handle, not a widget, a label or an outlet."""
    return (
        looks_like_person(name)
        and not is_media(name)
        and not P.WIDGET_WORD.match(name)
        and not P.LABEL_WORDS_ONLY.match(name)
        and not P.NOT_A_NAME.match(name)
    )


def _dump_byline_name(lines: list[str], index: int) -> str | None:
    """The name one line of a dump's byline block credits (``dump_latin_byline``), if any."""
    line = lines[index]
    starter = P.THREAD_STARTER.match(line) if line[:1] in "Tt " else None
    if starter:  # "Themenstarter Pepemaus" (not a person's two names: a label and the poster's handle)
        return starter["name"]
    if line[:1] in P.BY_WORD_ALONE_FIRST and P.BY_WORD_ALONE.match(line):  # "Von" / "Claus Boelen-Theile"
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        short_name = following and len(following) <= DUMP_NAME_LINE and not P.ANY_DIGIT.search(following)
        # a capitalised name or a handle, not "von" / "an" (a widget's words)
        return following if short_name and (following[0].isupper() or P.HANDLE_WORD.match(following)) else None
    found = find_dates(line, short_years=True) if P.ANY_DIGIT.search(line) else []
    if not found and P.ANY_DIGIT.search(line):  # "Veröffentlicht am 10. Februar 20199. Februar 2019 von Heiko"
        unglued = P.GLUED_YEAR.sub(r"\1 ", line)
        if unglued != line:
            line, found = unglued, find_dates(unglued, short_years=True)
    # the "by" part is read before the date, then after it: "By Jane Doe November 19, 2019" (not "Jane Doe November"),
    # "Posted on September 21, 2020 by Adi Tzlil"
    for segment in (line[: found[0].start], line[found[-1].end :]) if found else (line,):
        by = P.NAME_AFTER_BY.search(segment) if " " in segment else None
        # the "by" word opens the segment, or follows byline labels ("Posted by", "Kommentar von"): not the particle
        # of "Christoph von Ritter"
        prefix = segment[: by.start()].strip(" :") if by else ""
        if by and (
            not prefix
            or P.LABEL_WORDS_ONLY.match(prefix)
            or P.BY_LEAD_ONLY.match(prefix + " ")
            or P.ROW_CLOCK_PIECE.match(prefix)
        ):
            return by["name"]
    if line[:1] in P.BY_WORD_ALONE_FIRST:  # "Por Redacción Diario Pagina Siete": the whole rest
        opening = P.BY_OPENING.match(line)
        if opening and all(word[:1].isupper() or word in P.NAME_PARTICLES for word in opening["name"].split()):
            return opening["name"]
    if not found and "." in line:
        short = P.DATE_DMY_SHORT_YEAR.search(line)
        found = [FoundDate("", short.start(), short.end())] if short else []
    if not found and "/" in line:
        found = [FoundDate("", slashed.start(), slashed.end()) for slashed in P.DATE_SLASHED.finditer(line)]
    if found:  # a byline row: "Jane Doe | 06.11.2023", "28. Jan. 2022 Jane Doe", "Jane Doe am 18. September 2019"
        before = [piece for piece in P.BYLINE_ROW_SEPARATORS.split(line[: found[0].start]) if piece.strip()]
        after = [piece for piece in P.BYLINE_ROW_SEPARATORS.split(line[found[-1].end :]) if piece.strip()]
        after = [piece for piece in after if not P.ROW_CLOCK_PIECE.match(piece)]  # "04.02.2022 | 15:33 Uhr | Jane"
        for piece in before[-1:] + after[:1]:  # the pieces next to the date
            name = _row_name(piece)
            if name:
                return name
        return None
    if len(line) <= DUMP_NAME_LINE and P.PERSON_NAME_LINE.match(line):  # a name alone by the date line
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(lines) and P.trivial_line(lines[other]):  # "Jane Doe" / "," / date
                other += step
            if 0 <= other < len(lines) and len(lines[other]) <= DUMP_BYLINE_LINE and find_dates(lines[other]):
                return line.strip()
    return None


def _row_name(piece: str) -> str | None:
    """The name one field of a byline row holds: "Jane Doe", "By Jane Doe", "Posted by handle", "handle"."""
    bare = P.LABEL_PREFIX.sub("", piece)
    named = P.ROW_NAME.match(bare)
    if named:
        return named["name"]
    bare = bare.strip()
    if " " not in bare and (bare != piece.strip() or P.HANDLE_WORD.match(bare)) and P.HANDLE.match(bare):
        return bare  # "Posted by Konstantin", "MikeNils"
    return None
