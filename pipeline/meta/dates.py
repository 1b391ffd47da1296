"""Dates: every written form we meet, turned into ISO 8601 with the precision the page shows.

"2021年02月20日" -> "2021-02-20"; "2024-05-09 22:27:02" -> "2024-05-09T22:27:02";
"二〇二一年二月二十日" -> "2021-02-20"; "2024-05-09T22:27:02+08:00" -> "2024-05-09T22:27:02" (the
contract has no timezone column, and none is ever invented). Dates after the crawl are rejected.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote

from pipeline.meta import patterns as P

MIN_YEAR = 1990  # the web before this holds no page we date
# Full-width digits and punctuation of dates ("２０２１－０２－２０"), mapped one character to one.
_FULLWIDTH = str.maketrans(*P.FULLWIDTH_DATE_CHARACTERS)
# The dates found in a text, kept: the rules of a page ask about the same lines (the headline's byline test,
# then the byline's reading; template lines recur from page to page); cleared when full.
_FOUND: dict[tuple[str, bool], tuple[FoundDate, ...]] = {}
_FOUND_SIZE = 20_000
_FOUND_TEXT = 200  # characters of a text kept at most (lines: the bylines and headlines asked about again)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a text: its ISO form and where it sits."""

    iso: str
    start: int
    end: int


def iso_from_parts(
    year: int, month: int, day: int | None = None, hour: int | None = None, minute: int | None = None,
    second: int | None = None, ampm: str | None = None,
) -> str | None:  # fmt: skip
    """ISO text for the parts, or None when they make no valid date."""
    if not (MIN_YEAR <= year <= 2100 and 1 <= month <= 12):
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    if hour is None or minute is None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if ampm:
        marker = ampm.lower().replace(".", "")
        if marker in ("pm", "下午", "晚上") and hour < 12:
            hour += 12
        elif marker == "am" and hour == 12:
            hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59) or (second is not None and not 0 <= second <= 59):
        return f"{year:04d}-{month:02d}-{day:02d}"
    if second is None:
        return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def is_signature_date(line: str, previous: str) -> bool:
    """A notice's signature date: a date alone on its line ("2022年1月27日", "二〇二一年二月二十日"), under
    the line of the body that signs it ("吉林省人民政府", "瑞金市安全生产委员会办公室")."""
    if len(line) > SIGNATURE_DATE_MAX or previous[-1:] not in P.ISSUER_LAST or not P.ISSUER_LINE.match(previous):
        return False
    found = find_dates(line)
    return bool(found) and found[0].start == 0 and found[0].end >= len(line.rstrip()) - 1


SIGNATURE_DATE_MAX = 16  # characters of a signature date's line


def find_dates(text: str, *, short_years: bool = False) -> list[FoundDate]:
    """Every full date (day precision or finer) in a text, in order of position (a new list each call: the
    found dates are kept, see ``_FOUND``)."""
    if "年" not in text and not P.ANY_DIGIT.search(text):
        return []  # no digit and no 年: no date form can match (``_find_dates`` says so first), nothing worth keeping
    if len(text) > _FOUND_TEXT:
        return _find_dates(text, short_years)  # (a paragraph: kept, it would hold memory for nothing)
    key = (text, short_years)
    found = _FOUND.get(key)
    if found is None:
        found = tuple(_find_dates(text, short_years))
        if len(_FOUND) >= _FOUND_SIZE:
            _FOUND.clear()
        _FOUND[key] = found
    return list(found)


def _find_dates(text: str, short_years: bool) -> list[FoundDate]:
    has_digit = bool(text) and P.ANY_DIGIT.search(text) is not None  # full-width digits count
    if not has_digit and (not text or "年" not in text):  # only Chinese numerals date a text without digits
        return []
    if not text.isascii() and P.FULLWIDTH_DATE_CHARACTER.search(text):
        text = text.translate(_FULLWIDTH)  # same length: positions stay valid
    if has_digit and "19" not in text and "20" not in text:
        # every numeric form but the short year's opens its year with 19 or 20; the short year's needs
        # a hyphen and a colon ("24-5-13 17:07")
        has_digit = short_years and "-" in text and ":" in text
        if not has_digit and "年" not in text:
            return []
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def add(iso: str | None, start: int, end: int) -> None:
        if iso and not any(s < end and start < e for s, e in taken):
            found.append(FoundDate(iso, start, end))
            taken.append((start, end))

    if has_digit:
        for m in P.DATE_NUMERIC.finditer(text):
            second = m.group("S") or m.group("S2")
            add(
                iso_from_parts(
                    int(m["y"]), int(m["m"]), int(m["d"]), _int(m["H"]), _int(m["M"]), _int(second), m["ampm"]
                ),
                m.start(),
                m.end(),
            )
        # each pattern below runs only on a text holding the literal it needs (a "." between day and month, a
        # "/", a "-" and a ":"): most date lines hold one form only (tests/meta/test_cheap_prechecks.py)
        for m in P.DATE_DMY_DOTS.finditer(text) if "." in text else ():
            add(
                iso_from_parts(int(m["y"]), int(m["m"]), int(m["d"]), _int(m["H"]), _int(m["M"]), _int(m["S"])),
                m.start(),
                m.end(),
            )
        for m in P.DATE_SLASHES_YEAR_LAST.finditer(text) if "/" in text else ():
            first, second = int(m["a"]), int(m["b"])
            if (first > 12) == (second > 12):
                continue  # ambiguous (or no date)
            day, month = (first, second) if first > 12 else (second, first)
            add(
                iso_from_parts(int(m["y"]), month, day, _int(m["H"]), _int(m["M"]), _int(m["S"])),
                m.start(),
                m.end(),
            )
        if short_years and "-" in text and ":" in text:
            for m in P.DATE_SHORT_YEAR.finditer(text):
                add(
                    iso_from_parts(2000 + int(m["y"]), int(m["m"]), int(m["d"]), _int(m["H"]), _int(m["M"])),
                    m.start(),
                    m.end(),
                )
        if P.ANY_LATIN.search(text):
            for pattern in (P.DATE_MONTH_FIRST, P.DATE_DAY_FIRST):
                for m in pattern.finditer(text):
                    month = P.MONTHS.get(m["mon"].lower().rstrip("."))
                    if month:
                        add(
                            iso_from_parts(
                                int(m["y"]), month, int(m["d"]), _int(m["H"]), _int(m["M"]), _int(m["S"]), m["ampm"]
                            ),
                            m.start(),
                            m.end(),
                        )
    if "年" in text:
        for m in P.DATE_CHINESE.finditer(text):
            if m["y"].isdigit() and m["m"].isdigit():
                continue  # plain digits: DATE_NUMERIC's
            add(_chinese_date(m["y"], m["m"], m["d"]), m.start(), m.end())
    found.sort(key=lambda f: f.start)
    return found


def find_year_month(text: str) -> str | None:
    """A month-precision date ("2018年5月", "May 2018"), for labelled fields that show no day."""
    text = unicodedata.normalize("NFKC", text)
    m = P.YEAR_MONTH.search(text)
    if m:
        return iso_from_parts(int(m["y"]), int(m["m"]))
    m = P.MONTH_YEAR.search(text)
    if m:
        month = P.MONTHS.get(m["mon"].lower().rstrip("."))
        return iso_from_parts(int(m["y"]), month) if month else None
    return None


def _chinese_number(text: str) -> int | None:
    """ "二十三" -> 23, "十" -> 10, "十五" -> 15, "二" -> 2, "12" -> 12."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        value = (P.CHINESE_DIGITS.get(tens, -100) if tens else 1) * 10
        value += P.CHINESE_DIGITS.get(ones, -100) if ones else 0
        return value if value > 0 else None
    if len(text) == 1 and text in P.CHINESE_DIGITS:
        return P.CHINESE_DIGITS[text]
    return None


def _chinese_date(year: str, month: str, day: str) -> str | None:
    digits = []
    for char in year:
        if char.isdigit():
            digits.append(int(char))
        elif char in P.CHINESE_DIGITS:
            digits.append(P.CHINESE_DIGITS[char])
        else:
            return None
    month_n, day_n = _chinese_number(month), _chinese_number(day)
    if month_n is None or day_n is None:
        return None
    return iso_from_parts(int("".join(map(str, digits))), month_n, day_n)


def parse_machine_date(value: str) -> str | None:
    """A date from a meta tag, JSON-LD or <time datetime>: ISO, with the time when given, no zone.

    "2024-05-09T22:27:02+08:00" -> "2024-05-09T22:27:02"; "2020-01-23" -> "2020-01-23";
    "20200123" -> "2020-01-23"; written forms ("2021年02月20日", "January 23, 2020") are read too.
    """
    value = value.strip()
    if not value:
        return None
    m = P.DATE_ISO.match(value)
    if m:
        iso = iso_from_parts(int(m["y"]), int(m["m"]), int(m["d"]), _int(m["H"]), _int(m["M"]), _int(m["S"]))
        if iso and P.UTC_EVENING_MIDNIGHT.match(value):
            # "2022-11-06T23:00:00.000Z": a local midnight east of UTC, stored in UTC. The page's day is the
            # next one; its time is not known (no zone is invented), so the day alone is kept.
            day = dt.date.fromisoformat(iso[:10]) + dt.timedelta(days=1)
            return day.isoformat()
        if iso:
            return iso
    if value.isdigit() and len(value) in (10, 13):  # a Unix timestamp (seconds or milliseconds)
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        try:
            stamp = dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
        return stamp.strftime("%Y-%m-%dT%H:%M:%S")
    found = find_dates(value)
    if found:
        return found[0].iso
    m = P.DATE_CTIME.search(value)  # "Mon Oct 11 14:57:21 CEST 2021"
    if m:
        month = P.MONTHS.get(m["mon"].lower())
        if month:
            return iso_from_parts(int(m["y"]), month, int(m["d"]), _int(m["H"]), _int(m["M"]), _int(m["S"]))
    return None


def url_date(url: str | None) -> str | None:
    """A day-precision date in a URL path: "/t20210220_", "/2021-02/20/", "/20210220/", "/2024/0517/", "/2024/4/25/"."""
    if not url:
        return None
    path = unquote(url.split("?", 1)[0].split("#", 1)[0])
    slash = path.find("/", path.find("//") + 2) if "//" in path else 0
    path = path[max(slash, 0) :]
    for m in P.URL_DATE.finditer(path):
        if m.start() > 0 and path[m.start() - 1] not in "/_-t.=":
            continue
        iso = iso_from_parts(int(m["y"]), int(m["m"]), int(m["d"]))
        if iso:
            return iso
    m = P.URL_DATE_UNPADDED.search(path)
    return iso_from_parts(int(m["y"]), int(m["m"]), int(m["d"])) if m else None


def crawl_day(fetched_at: str | None) -> dt.date:
    """The last day a publish date may fall on: the crawl date when known, else today."""
    if fetched_at:
        found = parse_machine_date(fetched_at)
        if found:
            try:
                return dt.date.fromisoformat(found[:10])
            except ValueError:
                pass
    return dt.date.today()


def plausible(iso: str | None, limit: dt.date) -> bool:
    """The date exists and does not lie after the crawl (a day of slack for time zones)."""
    if not iso:
        return False
    try:
        year, month = int(iso[:4]), int(iso[5:7])
        day = int(iso[8:10]) if len(iso) >= 10 else 1
        return dt.date(year, month, day) <= limit + dt.timedelta(days=1)
    except ValueError:
        return False


def day_of(iso: str | None) -> str | None:
    """The YYYY-MM-DD part of an ISO date, if it has one."""
    return iso[:10] if iso and len(iso) >= 10 else None
