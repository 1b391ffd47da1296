"""The metadata steps: ``extract_metadata`` before boilerplate stripping, ``extract_text_metadata`` after.

Before stripping the whole page is there (head, breadcrumb, byline, footer): the title, date, source,
authors, editors, section, site name, language and URL come from it, and ``page.headline`` tells the
stripping stage which line to drop. After stripping, the main text alone shows what only it can:
a leading "本报讯（记者 X）" or a trailing "（记者 胡晓蓉）" byline, a closing "——《北京之春》".
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Container
from dataclasses import dataclass
from itertools import compress
from operator import or_
from typing import Any
from urllib.parse import urljoin

from pipeline.meta import patterns as P
from pipeline.meta.bylines import (
    Credits,
    cut_value,
    dump_byline_date,
    dump_latin_byline,
    find_editors,
    is_media,
    is_ui_phrase,
    leading_byline,
    looks_like_person,
    media_role,
    parse_line,
    read_byline,
    split_names,
    tidy_latin_authors,
    trailing_byline,
    usable_source,
)
from pipeline.meta.dates import crawl_day, find_dates, is_signature_date, parse_machine_date, plausible, url_date
from pipeline.meta.lang import find_lang
from pipeline.meta.section import find_section, find_site_name
from pipeline.meta.title import find_headline, split_title, title_key
from pipeline.meta.view import PageView, build_view, short_text
from pipeline.page import Page

RANK_UNLABELLED = 2  # byline dates up to this rank come before the head's
NEAR_BYLINE = 3  # lines from the headline within which an unlabelled date beats the head's
HEAD_PUBLISHED, TIME_ELEMENT, HEAD_MODIFIED = 0, 1, 2  # kinds of machine-readable dates, surest first
LEADING_LINES = 4  # long lines after the byline that may open with "本报讯（记者 X）"
SIGNATURE_SCAN = 300  # lines searched for a date standing alone (a notice's signature date)
BYLINE_NEAR = 4  # lines after the headline where a printed byline may spell out the marked names
PARAGRAPH_REST = 20  # characters after the headline that make its line a paragraph it only opens
TEXT_SCAN = 150  # lines after the headline searched for a byline closing a paragraph
REPEAT_SCAN = 30  # lines after the headline searched for its repetition over the post
PROSE_LINE = 40  # characters of a sentence line that shows the text has started, at least
LABEL_LINE = 30  # characters of a line that credits its author by a label alone ("记者 刘涛"), at most
LIST_HEAD_ITEMS = 2  # first items of a list page that its headline search may have taken for the headline
CLOSING_CREDIT = 40  # characters of a closing credit line at most ("kvo/mbr/dpa")
PAGE_READING = "meta_reading"  # page.extras: what extract_metadata read (a PageReading), for the later step


def extract_metadata(page: Page) -> Page:
    """Fill title, published, source, authors, editors, section, site name, lang and url."""
    if page.tree is None and page.lines is None:
        return page
    view = build_view(page)
    record = page.record
    headline = find_headline(view)
    record.title = headline.text or None
    if headline.index is not None:
        page.headline = _headline_line(view.lines[headline.index], headline.text)
    elif headline.text:
        page.headline = headline.text

    keyword_text = view.first_meta(P.META_KEYWORDS)
    keyword_list = _keyword_list(keyword_text)
    keywords = frozenset(keyword_list)
    url = _page_url(view, page)
    record.site_name = find_site_name(view, headline.text, keywords, url or page.raw.url)
    headings = page.blocks.head_elements if page.blocks is not None else ()  # (the walk lists h1-h3 among them)
    record.section = find_section(view, headline.index, headline.text, keywords, record.site_name, headings)
    if record.title and headline.index is None and record.title == record.site_name:
        record.title = None  # a <title> that is only the site's name, shown nowhere as a headline
    exclude = {name for name in (record.section, record.site_name, headline.text) if name}
    anchor = byline_anchor(view.lines, headline.index)
    credits = read_byline(view.lines, headline.index, exclude)
    if anchor != headline.index:  # the headline repeated over the post: its byline hangs there
        credits.merge(read_byline(view.lines, anchor, exclude))

    limit = crawl_day(page.raw.fetched_at)
    record.published = choose_date(view, credits, anchor, limit, url or page.raw.url)
    record.source = (
        credits.best_source()
        or _meta_source(view)
        or _closing_source(view.lines, anchor)
        or _marked_agency(view)
        or _closing_agency(view.lines, anchor)
        or _signing_body(view.lines, anchor)
    )
    site_keys = _SiteKeys(view, record.site_name, url or page.raw.url)
    record.authors = choose_authors(view, credits, anchor, site_keys)
    editors = list(credits.editors)
    for name in find_editors(view.lines, headline.index if headline.index is not None else 0):
        if name not in editors:
            editors.append(name)
    record.editors = editors
    authors = tidy_latin_authors(record.authors)
    record.authors = [a for a in authors if a not in editors and a != record.source and not is_ui_phrase(a)]
    if record.source and record.source in record.authors:
        record.authors.remove(record.source)
    record.lang = find_lang(view)
    if url:
        record.url = url
    if keyword_text:
        page.extras["keywords"] = keyword_list
    description = view.first_meta(P.META_DESCRIPTION)
    if description:
        page.extras["description"] = description
    page.extras[PAGE_READING] = PageReading(view, headline.index, keywords, credits, limit)
    return page


@dataclass(slots=True)
class PageReading:
    """What ``extract_metadata`` read, kept for ``extract_text_metadata`` until the page type is known."""

    view: PageView
    headline: int | None
    keywords: frozenset[str]  # the meta keywords, split (a <title> segment among them names no section)
    credits: Credits
    limit: Any


def _list_page_metadata(page: Page, reading: PageReading) -> None:
    """A list page (its items are the text): a date shown by an item's title is the item's, not the page's
    (kept when a label, the head or the URL states it), and so are a source or authors the byline reading
    found unlabelled; the trail's last step is the section even when it is also the headline
    ("当前位置：首页 > 政务公开 > 通知公告" over the list "通知公告")."""
    record = page.record
    day = record.published[:10] if record.published else None
    if day:
        stated = {d[3][:10] for d in reading.credits.dates if d[0] < RANK_UNLABELLED}
        stated.update(m[0][:10] for m in _machine_dates(reading.view, reading.limit))
        stated.add((url_date(record.url or page.raw.url) or "")[:10])
        if day not in stated:
            record.published = None
    if record.title:
        section = find_section(reading.view, reading.headline, None, reading.keywords, record.site_name)
        if section and title_key(section) == title_key(record.title):
            record.section = section
    if record.title and page.paragraphs and _is_first_item(record.title, page.paragraphs):
        record.title = record.section  # the list's name its trail gives ("首页 > 政务公开 > 通知公告"), if any
    credits = reading.credits
    sources, authors = credits.sources, credits.authors
    if any(name == record.source for _, _, name in sources) and all(rank for rank, _, _ in sources):
        record.source = None  # an unlabelled name by an item's title: the item's account, or a menu's entry
    if any(names == record.authors for _, _, names in authors) and all(rank for rank, _, _ in authors):
        record.authors = []  # a poster's handle by the first thread of a board


def _is_first_item(title: str, items: list[str]) -> bool:
    """The title is one of the list's first items (its date glued on, before or after it, as the line showed it),
    or only its date: on a list page with no heading of its own, the line over the first item's date (or the
    date over its title) was taken for the headline."""
    found = find_dates(title)
    if found and not title_key(title[: found[0].start] + title[found[-1].end :]):
        return True  # only the first item's date ("2024-05-01" over its title)
    key = title_key(title)
    for item in items[:LIST_HEAD_ITEMS]:
        item_key = title_key(item)
        if not item_key:
            continue
        if key == item_key or (title.startswith(item) and find_dates(title[len(item) :])):
            return True
        if title.endswith(item) and find_dates(title[: -len(item)]):
            return True  # the date first: "2024-05-01 关于…的通知"
    return False


def extract_text_metadata(page: Page) -> Page:
    """Credits that only the main text shows, where the byline gave none; on a list page, the metadata
    its items do not give it."""
    record = page.record
    reading = page.extras.pop(PAGE_READING, None)
    if reading is not None and record.page_type == "list":
        _list_page_metadata(page, reading)
    paragraphs = page.paragraphs or [p for p in record.text.split("\n") if p]
    if not paragraphs:
        return page
    if not record.authors:
        for paragraph in paragraphs[:2]:
            persons, _ = leading_byline(paragraph)
            if persons:
                record.authors = [p for p in persons if p not in record.editors]
                break
    tail = paragraphs[-3:]
    for paragraph in reversed(tail):
        persons, source = trailing_byline(paragraph)
        if persons and not record.authors:
            record.authors = [p for p in persons if p not in record.editors]
        if source and not record.source:
            record.source = source
    if not record.source:
        for paragraph in reversed(tail):
            closing = P.CLOSING_SOURCE.match(paragraph)
            if closing:
                record.source = usable_source(closing["value"])
                break
    if not record.source:
        record.source = _agency_dateline(paragraphs)
    if not record.editors:
        for paragraph in tail:
            if len(paragraph) <= 100:
                for match in P.EDITOR_CREDIT.finditer(paragraph):
                    persons, _ = split_names(match["value"])
                    record.editors.extend(p for p in persons if p not in record.editors)
    return page


# ---------------------------------------------------------------------------------------------
def choose_date(view: PageView, credits: Credits, headline: int | None, limit: Any, url: str | None) -> str | None:
    """The publish date as the page shows it.

    A labelled byline date first; then an unlabelled one by the headline; then the head's (meta tags,
    JSON-LD), unless it is stated in another time zone and the page shows the neighbouring day (the
    page's local day wins: "2021-11-04T23:00Z" on a page dated 05.11.2021); then a date the text shows,
    before a <time> element (comments use them too); then a labelled date anywhere, before a
    modification date; then the URL's.
    """
    if view.tree is None and headline is not None:  # a dump: the date its byline prints by the headline
        printed = dump_byline_date(view.lines, headline, limit)
        if printed:
            return printed
    shown = [d for d in sorted(credits.dates) if plausible(d[3], limit)]
    machine = _machine_dates(view, limit)
    published = [m for m in machine if m[1] == HEAD_PUBLISHED]
    if shown and shown[0][0] < RANK_UNLABELLED:
        return _finer(shown[0][3], shown)
    if shown and shown[0][0] == RANK_UNLABELLED and (shown[0][2] <= NEAR_BYLINE or not published):
        return _finer(shown[0][3], shown)  # an unlabelled date right by the headline (not an answer's further down)
    if published:
        iso, _, zoned = published[0]
        if zoned:
            local = [d[3] for d in shown] + [m[0] for m in machine if m[1] == TIME_ELEMENT and not m[2]]
            local.append(url_date(url) or "")
            for other in local:
                if len(other) >= 10 and other[:10] != iso[:10] and _adjacent_days(other, iso):
                    return other
        return iso
    from_url = url_date(url)
    far = not shown or (shown[0][2] > NEAR_BYLINE and shown[0][3][:10] != from_url)
    if from_url and plausible(from_url, limit) and far:
        return from_url  # the URL's date before one shown far from the headline
    if shown:
        return shown[0][3]
    times = [m for m in machine if m[1] == TIME_ELEMENT]
    if times:
        return times[0][0]
    labelled = _labelled_anywhere(view.lines, headline, limit)
    if labelled:
        return labelled
    if machine:
        return machine[0][0]
    from_title = _title_date(view, limit)
    if from_title:
        return from_title
    from_url = url_date(url)
    if from_url and plausible(from_url, limit):
        return from_url
    return _labelled_anywhere(view.lines, headline, limit, updates=True)


def _finer(iso: str, shown: list[tuple[int, int, int, str]]) -> str:
    """The chosen byline date with the time another byline date of the same day shows: a policy page's
    "发布日期：2021年04月25日" in its info table over "2021-04-25 16:00 来源：中国政府网" -> 2021-04-25T16:00."""
    if len(iso) > len("2021-04-25"):
        return iso
    for rank, _, _, other in shown:
        if rank <= RANK_UNLABELLED and len(other) > len(iso) and other.startswith(iso):
            return other
    return iso


def _adjacent_days(one: str, other: str) -> bool:
    try:
        return abs((dt.date.fromisoformat(one[:10]) - dt.date.fromisoformat(other[:10])).days) == 1
    except ValueError:
        return False


def _title_date(view: PageView, limit: Any) -> str | None:
    """A date opening the title: "23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln"."""
    for value in (view.title, view.first_meta(["og:title"])):
        if value:
            found = find_dates(value)
            if found and found[0].start == 0 and plausible(found[0].iso, limit):
                return found[0].iso
    return None


def _machine_dates(view: PageView, limit: Any) -> list[tuple[str, int, bool]]:
    """Dates of the head, best first: (iso, kind, stated with a time zone). Kinds: a publish date of a meta
    tag or JSON-LD, a <time> element's, a modification date."""
    candidates: list[tuple[str, int]] = []
    for name in P.META_PUBLISHED_ONLY:
        for value in view.meta.get(name, ()):
            candidates.append((value, HEAD_PUBLISHED))
    for obj in view.jsonld:
        for key in ("datePublished", "dateCreated", "uploadDate"):
            value = obj.get(key)
            if isinstance(value, str):
                candidates.append((value, HEAD_PUBLISHED))
    candidates.extend((value, TIME_ELEMENT) for value in view.times[:3])
    for name in P.META_MODIFIED_ORDER:
        candidates.extend((value, HEAD_MODIFIED) for value in view.meta.get(name, ()))
    for obj in view.jsonld:
        value = obj.get("dateModified")
        if isinstance(value, str):
            candidates.append((value, HEAD_MODIFIED))
    out: list[tuple[str, int, bool]] = []
    for value, kind in candidates:
        iso = parse_machine_date(value)
        if iso and plausible(iso, limit):
            out.append((iso, kind, bool(P.TIME_ZONE.search(value.strip()))))
    return out


def _labelled_anywhere(lines: list[str], headline: int | None, limit: Any, *, updates: bool = False) -> str | None:
    """A labelled publish date anywhere but a footer ("作者:zboygirl … 发表于:2005-07-31 12:30",
    "本贴由大卫于2005年8月12日16:12:21在…发表"); else a date alone on a line after the headline, or opening
    a paragraph as a dateline ("27.1.2022 - Bei der Erinnerung…"). ``updates``: labelled update dates
    count too ("编辑于 2023-03-01 15:45", "last edited 2019-11-10").

    A line's context (a copyright, a comment's or a counter's words) only ever turns a line away: it is asked
    only of a line that holds something to read (a label; in the second search, a date)."""
    kinds = ("published", "date", "updated") if updates else ("published", "date")
    start = headline or 0
    dated: list[str] = []  # the lines with a digit, gathered for the second search when the first finds nothing
    for line in lines[start : start + SIGNATURE_SCAN]:
        if not P.ANY_DIGIT.search(line):
            continue
        dated.append(line)
        if len(line) > 120:
            continue
        posted = P.POSTED_BY.search(line) if "由" in line else None
        latin = P.LATIN_PUBLISH_LABEL.search(line)
        labelled = P.LABEL_WORD_ANY.search(line)
        label = P.UPDATE_LABEL.search(line) if updates else None
        if not (posted or latin or labelled or label):
            continue  # nothing below reads this line
        if P.COPYRIGHT.search(line) or P.IGNORED_DATE_CONTEXT.search(P.COUNTER.sub("", line)):
            continue
        if posted:
            found = find_dates(line[posted.end() :])
            if found and plausible(found[0].iso, limit):
                return found[0].iso
        if latin:  # "Erschienen am: 01.11.2023", "Veröffentlichung: 04.02.2022"
            found = find_dates(line[latin.end() :])
            if found and found[0].start <= 2 and plausible(found[0].iso, limit):
                return found[0].iso
        for match in P.FIELD_LABEL_COLON.finditer(line) if labelled else ():
            if P.LABEL_KIND.get(match["label"]) in kinds:
                found = find_dates(line[match.end() :])
                if found and found[0].start <= 2 and plausible(found[0].iso, limit):
                    return found[0].iso
        if updates:
            found = find_dates(line[label.end() :]) if label else []
            if found and found[0].start <= 2 and plausible(found[0].iso, limit):
                return found[0].iso
    if updates:
        return None
    for line in dated:
        if len(line) > 400:
            continue
        found = find_dates(line) if len(line) <= 40 or P.DATELINE.match(line) else []
        if not found or not plausible(found[0].iso, limit) or P.COPYRIGHT.search(line):
            continue
        if P.DATE_ONLY_REST.match(line[: found[0].start] + line[found[0].end :]) or P.DATELINE.match(line):
            return found[0].iso
    return None


def choose_authors(
    view: PageView, credits: Credits, headline: int | None, site_keys: Container[str] = frozenset()
) -> list[str]:
    """Authors: a labelled byline; else one opening the text (with the poster a blog's post footer
    credits: "作者:zboygirl … 发表于:…"); else JSON-LD's; else a handle printed by the post (a forum's
    poster); else the meta author tag; else names marked as authors (Latin script), the text's credits (a
    reporter the text names beats an unlabelled account name by the date), unlabelled names, names marked (Han).

    ``site_keys`` (``_site_keys``): a source that names only the site itself (JSON-LD's author
    "L'Opinion" on lopinion.fr) gives nothing, and the next source is read (the byline's name)."""
    if view.tree is None and headline is not None:  # a dump: its byline's wording is all that credits the author
        printed = _not_the_site(dump_latin_byline(view.lines, headline), site_keys)
        if printed:
            return printed
    labelled = [item for item in credits.authors if item[0] == 0]
    if labelled:
        found = _not_the_site(credits.best_authors(), site_keys)
        if found:
            return found
    if headline is not None:
        taken = 0
        for line in view.lines[headline + 1 : headline + 1 + 16]:
            if len(line) < 40:
                continue
            persons, _ = leading_byline(line)
            if persons:
                poster = _post_footer_author(view.lines, headline)
                found = _not_the_site(([poster] if poster and poster not in persons else []) + persons, site_keys)
                if found:
                    return found
                break
            taken += 1
            if taken >= LEADING_LINES:
                break
    structured = _not_the_site(_jsonld_authors(view), site_keys)
    if structured:
        return _fuller_printed(structured, view.lines, headline)
    near = [item for item in credits.authors if item[0] == 1]
    if near:
        found = _not_the_site(credits.best_authors(), site_keys)
        if found:
            return found
    head = _not_the_site(_meta_authors(view), site_keys)
    if head:
        return head
    marked = _not_the_site(_marked_authors(view), site_keys)
    if marked and not any(P.has_han(name) for name in marked):
        return _fuller_printed(marked, view.lines, headline)  # Latin-script pages mark their bylines
    in_text = _not_the_site(_authors_in_text(view.lines, headline), site_keys)
    if in_text:
        return in_text
    return _not_the_site(credits.best_authors(), site_keys) or marked


def _site_keys(view: PageView, site_name: str | None, url: str | None) -> frozenset[str]:
    """The title keys of the site's own names: a CMS writes the publication as the author ("La República"
    on its own pages, "latercera" on latercera.com, "Interscenario" under a <title> "… | INTERSCENAR.IO").
    The site's names: og:site_name (or what stands for it), JSON-LD's publisher, the <title>'s last
    segment, the host's name."""
    keys = {title_key(site_name)} if site_name else set()
    for obj in view.jsonld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            keys.add(title_key(publisher["name"]))
    segments = split_title(view.title)
    if len(segments) > 1:
        keys.add(title_key(segments[-1]))
    host = P.URL_PARTS.match(url) if url else None
    if host:
        name = _registrable(host["host"]).split(".")[0]  # "latercera"; "wordpress" for a blog's subdomain
        if len(name) >= 4:  # ("creeny.wordpress.com": the blogger's handle is not the site's name)
            keys.add(name)
    keys.discard("")
    return frozenset(keys)


class _SiteKeys:
    """The site's own names (``_site_keys``), worked out on the first question: only authors in Latin script ask
    (``_not_the_site``), so on most Chinese pages they are never read."""

    __slots__ = ("_keys", "_source")

    def __init__(self, view: PageView, site_name: str | None, url: str | None) -> None:
        self._source: tuple[PageView, str | None, str | None] = (view, site_name, url)
        self._keys: frozenset[str] | None = None

    def __contains__(self, key: object) -> bool:
        if self._keys is None:
            self._keys = _site_keys(*self._source)
        return key in self._keys


def _not_the_site(authors: list[str], site_keys: Container[str]) -> list[str]:
    """Authors without the site's own names (``_site_keys``) and without domain names ("CSDN.NET" in the meta
    author tag). Chinese pages credit their sources apart (来源): their bylines are read as such and kept."""
    if not authors or any(P.has_han(name) for name in authors):
        return authors
    return [name for name in authors if title_key(name) not in site_keys and not P.DOMAIN_LIKE.match(name)]


def _fuller_printed(names: list[str], lines: list[str], headline: int | None) -> list[str]:
    """The byline as printed by the headline when it names more than the markup: JSON-LD's "Todd" over the
    printed "Todd Bates"; the first of two marked authors ("Daniel Braun") on the line "Daniel Braun, Davor
    Pasoski". A printed list is taken when each marked name opens one of its names."""
    if headline is None or any(P.has_han(name) for name in names):
        return names
    for line in lines[headline + 1 : headline + 1 + BYLINE_NEAR]:
        if len(line) > 80 or P.ANY_DIGIT.search(line) or "|" in line:
            continue  # a name list only, not a byline row of widgets and counters
        if not line.startswith(names[0][:2]) and not P.by_line(line):
            continue
        printed = _person_names(P.LABEL_PREFIX.sub("", line))
        if len(printed) < len(names) or printed == names or not all(" " in name for name in printed):
            continue  # full names only: "Todd Bates", "Davor Pasoski"
        if all(any(p == n or p.startswith(n + " ") for p in printed) for n in names):
            return printed
    return names


def _post_footer_author(lines: list[str], headline: int) -> str | None:
    """The poster a blog's post footer names with the post's date: "作者:zboygirl 阅读(1660) 发表于:2005-07-31"."""
    for line in lines[headline + 1 : headline + 1 + TEXT_SCAN]:
        if len(line) > 120 or not P.POST_FOOTER.search(line):
            continue
        for kind, value in parse_line(line).fields:
            if kind == "author":
                persons, _ = split_names(value)
                if len(persons) == 1:
                    return persons[0]
    return None


def _authors_in_text(lines: list[str], headline: int | None) -> list[str]:
    """A trailing byline closing a paragraph ("…过廉洁之年。（常书香 马丹阳 ）"), or a forum's
    "本贴由大卫于2005年8月12日…发表", in the lines after the headline."""
    start = (headline or 0) + 1
    window = lines[start : start + TEXT_SCAN]
    # the lines the tests below may accept, picked at C speed: those holding a hint of TEXT_AUTHOR_HINT, and the
    # short ones (a label word's)
    hinted = map(bool, map(P.TEXT_AUTHOR_HINT.search, window))
    for line in compress(window, map(or_, hinted, map(LABEL_LINE.__ge__, map(len, window)))):
        size = len(line)
        if size < 4:
            continue
        wen = P.WEN_BYLINE.match(line) if size <= 40 and "文" in line else None
        if wen:  # "文/栗思" closing the text
            persons, _ = split_names(wen["value"])
            if persons:
                return persons
        posted = P.POSTED_BY.search(line) if size <= 120 and "由" in line else None
        if posted:
            persons, _ = split_names(posted["name"])
            if persons:
                return persons
        if ")" in line or "）" in line:  # the bracket a trailing byline closes with (most lines hold none)
            persons, _ = trailing_byline(line)
            if persons:
                return persons
        # "记者 刘涛" on a line of its own, not a turn: an author label, and each role word media_role asks for, is
        # a label word (most short lines hold none)
        if size <= LABEL_LINE and P.LABEL_WORD_ANY.search(line) and not P.SPEAKER_TURN.match(line):
            for kind, value in parse_line(line).fields:
                if kind == "author":
                    persons, _ = split_names(cut_value(value, kind))
                    if persons:
                        return persons
            if media_role(line):
                persons, _ = split_names(line)
                if persons:
                    return persons
    return []


def _jsonld_authors(view: PageView) -> list[str]:
    """Authors JSON-LD names (organisations left out). An author given as a reference
    (``{"@id": …}``, as WordPress SEO plugins write it) is the graph's node of that id; entities
    left in a name ("Redacci&oacute;n") are decoded and a trailing handle ("… @wperdomod") dropped."""
    nodes = {obj["@id"]: obj for obj in view.jsonld if isinstance(obj.get("@id"), str)}
    names: list[str] = []
    for obj in view.jsonld:
        author = obj.get("author") or obj.get("creator")
        for item in author if isinstance(author, list) else [author]:
            if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
                item = nodes.get(item["@id"], item)
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(item, dict) and str(item.get("@type", "")).lower() == "organization":
                continue
            if isinstance(name, str):
                name = P.TRAILING_HANDLE.sub("", html.unescape(name) if "&" in name else name)
                names.extend(n for n in _person_names(name) if n not in names)
        if names:
            return names
    return names


def _meta_authors(view: PageView) -> list[str]:
    """Authors the meta tags name (organisations and CMS credits left out)."""
    names: list[str] = []
    for meta_name in P.META_AUTHOR:
        for value in view.meta.get(meta_name, ()):
            if value.startswith(("http", "@", "/")) or "team" in value.lower() or len(value) > 80:
                continue
            if "," in value and P.COUNTRY_TAIL.search(value):
                continue  # "SPIEGEL ONLINE, Hamburg, Germany": an organisation's address
            if any(is_media(part.strip()) for part in P.NAME_SPLIT_LATIN.split(value)):
                continue  # "中文学术期刊,汉斯出版社,Hans Publishers": organisations
            names.extend(n for n in _person_names(value) if n not in names)
        if names:
            return names
    return names


def _marked_authors(view: PageView) -> list[str]:
    """Names in elements marked as authors (rel/itemprop/class "author", "byline"), "By " removed."""
    if view.tree is None:
        return []
    outlet = False  # an element named an outlet only
    for element in view.author_elements[:10]:
        if P.AUTHOR_CLASS_JUNK.search(element.get("class") or ""):
            continue
        text = short_text(element, 80)
        if text is None or len(text) < 2 or P.PROSE_END.search(text) or P.MENU_ROW.search(text):
            continue  # a card holding a sentence (a bio, a disclaimer) or a trail: its pieces are not names
        by = P.by_line(text) or P.BY_AFTER_DATE.search(text)
        value = by["value"] if by else text
        value = P.LABEL_PREFIX.sub("", value)
        label = P.FIELD_LABEL_COLON.search(value) if P.LABEL_WORD_ANY.search(value) else None
        if label and label.start() > 0:
            value = value[: label.start()]  # "IT之家 发布时间：09-30 22:46": the name, not the next field
        persons, media = split_names(value)
        names = [n for n in persons if looks_like_person(n) and not is_media(n)]
        outlet = outlet or len(names) < len(persons) + len(media)
        if names and outlet and not any(" " in n or P.has_han(n) for n in names):
            continue  # "PTI, Washington,": an agency and its dateline's place (in one element or two), no person
        if names:
            return names
    return []


def _person_names(value: str) -> list[str]:
    persons, _ = split_names(value)
    return [p for p in persons if looks_like_person(p)]


def byline_anchor(lines: list[str], headline: int | None) -> int | None:
    """Where the byline hangs: the headline, or its repetition just below (a page that shows the title in a
    search box or a thread list, then again over the post; a paper's title printed twice)."""
    if headline is None:
        return None
    key = title_key(lines[headline])
    anchor = headline
    for index in range(headline + 1, min(len(lines), headline + 1 + REPEAT_SCAN)):
        line = lines[index]
        if len(line) > 200 or (len(line) >= PROSE_LINE and P.PROSE_END.search(line)):
            break  # the text has started (its title shown again below is in a list of related articles)
        if len(line) >= len(lines[headline]) - 4 and title_key(line) == key:
            anchor = index
    return anchor


def _closing_source(lines: list[str], anchor: int | None) -> str | None:
    """A credit the text closes with: "——《北京之春》1996年6月号", "转自《北京科技报》",
    "(摘自《上海社会科学院学术季刊》2000年第2期…)", "本文来源于国家统计局"."""
    for line in lines[(anchor or 0) + 1 :]:
        if len(line) <= 120 and ("《" in line or "自" in line or "来源" in line):
            match = P.TEXT_SOURCE.search(line)
            if match:
                source = usable_source(match["value"])
                if source:
                    return source
    return None


def _marked_agency(view: PageView) -> str | None:
    """A news agency named after the author in a byline element: "Por Lucía Ferrer EFE"."""
    for element in view.author_elements[:10] if view.tree is not None else ():
        parent = element.getparent()
        for holder in (element, parent):
            if holder is None:
                continue
            text = short_text(holder, 80)  # the parent may be the whole article: not read past 80 characters
            if text is not None and P.AGENCY_HINT.search(text):  # the agency's word, before the pattern
                agency = P.AGENCY_AFTER_NAME.search(text)
                if agency:
                    return agency["agency"]
    return None


def _agency_dateline(paragraphs: list[str]) -> str | None:
    """The agency a wire story's dateline names: "Norddeich (dpa/lno) - …", "Valencia, 13 may (EFE).-"."""
    for paragraph in paragraphs[:2]:
        dateline = P.AGENCY_DATELINE.match(paragraph)
        if dateline:
            return dateline["agency"]
    return None


def _closing_agency(lines: list[str], anchor: int | None) -> str | None:
    """The agency in a closing credit line of editors' initials ("kvo/mbr/dpa", "(dsw/AFP)"): read here,
    before stripping, which drops the line from the text."""
    start = (anchor or 0) + 1
    window = lines[start : start + SIGNATURE_SCAN]
    short = list(compress(window, map(CLOSING_CREDIT.__ge__, map(len, window))))  # picked at C speed
    if not P.AGENCY_HINT.search("\n".join(short)):  # no agency's word on any (a word never holds a line break)
        return None
    for line in short:
        closing = P.agency_closing(line)
        if closing:
            return closing["agency"]
    return None


def _signing_body(lines: list[str], anchor: int | None) -> str | None:
    """The body that signs a notice, on the line over its signature date ("瑞金市安全生产委员会办公室" /
    "二〇二一年二月二十日"): the source of a page that credits nothing else."""
    start = (anchor or 0) + 1
    for index in range(start, min(len(lines) - 1, start + SIGNATURE_SCAN)):
        if is_signature_date(lines[index + 1], lines[index]):
            return lines[index]
    return None


def _headline_line(line: str, text: str | None) -> str:
    """What the stripping stage drops as the headline: its line, unless the headline only opens a
    paragraph ("【标题】#话题# 通报称，……。", a microblog post): then the headline alone, so the
    paragraph stays in the text."""
    if not text or len(line) < len(text) + PARAGRAPH_REST:
        return line
    key, line_key = title_key(text), title_key(line)
    if key and line_key.startswith(key) and len(line_key) >= len(key) + PARAGRAPH_REST:
        at = line.find(text)
        rest = line[at + len(text) :] if at >= 0 else line[len(text) :]
        if any(mark in rest for mark in P.SENTENCE_STOPS):
            return text
    return line


def _keyword_list(value: str | None) -> list[str]:
    """The page's meta keywords, split once: their set tells <title> segments that name neither section nor site,
    their list goes to ``page.extras``."""
    return [k.strip() for k in P.NAME_SPLIT_LATIN.split(value) if k.strip()] if value else []


def _meta_source(view: PageView) -> str | None:
    for name in P.META_SOURCE:
        value = view.first_meta([name])
        if value:
            source = usable_source(value)
            if source and not source.isdigit():
                return source
    return None


def _page_url(view: PageView, page: Page) -> str | None:
    """The page's URL: its canonical link (then og:url) when it can be trusted, else the fetched URL.

    A canonical is trusted when it is an absolute http(s) URL (a relative one is resolved against the
    fetched URL), on the same registrable domain as the fetched URL when that is known, and not the
    site's root page while the fetched URL has a path (a CMS template bug: every page "canonical" to
    the home page). The fetched URL (WARC target, JSONL url, the caller's) is kept in
    ``page.extras["fetched_url"]`` when the canonical replaces it.
    """
    fetched = page.raw.url
    for value in (view.canonical, view.first_meta(["og:url"])):
        if not value:
            continue
        value = value.strip()
        if P.SCHEMELESS_HOST.match(value):  # "www.sohu.com/a/434365209_123753"
            value = "https://" + value
        absolute = urljoin(fetched, value) if fetched else value
        if _trusted_canonical(absolute, fetched):
            if fetched and absolute != fetched:
                page.extras["fetched_url"] = fetched
            return absolute
        continue  # an untrusted canonical: og:url may still be right
    return fetched


def _trusted_canonical(url: str, fetched: str | None) -> bool:
    match = P.URL_PARTS.match(url)
    if not match:
        return False
    if not fetched:
        return True
    base = P.URL_PARTS.match(fetched)
    if not base:
        return True
    if _registrable(match["host"]) != _registrable(base["host"]):
        return False
    root = match["path"] in ("", "/") and not match["query"]
    return not (root and base["path"] not in ("", "/"))


def _registrable(host: str) -> str:
    """ "news.sina.com.cn" -> "sina.com.cn", "www.example.org" -> "example.org" (no public suffix list:
    two labels, three under a generic second level of a country code such as .com.cn or .co.uk)."""
    labels = host.lower().rstrip(".").split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in P.GENERIC_SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])
