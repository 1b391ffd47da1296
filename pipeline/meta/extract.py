"""The metadata steps: ``extract_metadata`` before boilerplate stripping, ``extract_text_metadata`` after.

Before stripping the whole page is there (head, breadcrumb, byline, footer): the title, date, source,
authors, editors, section, site name, language and URL come from it, and ``page.headline`` tells the
stripping stage which line to drop. After stripping, the main text alone shows what only it can:
a leading "本报讯（记者 X）" or a trailing "（记者 胡晓蓉）" byline, a closing "——《北京之春》".
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from pipeline.meta import patterns as P
from pipeline.meta.bylines import (
    Credits,
    find_editors,
    is_media,
    leading_byline,
    looks_like_person,
    parse_line,
    read_byline,
    split_names,
    trailing_byline,
    usable_source,
)
from pipeline.meta.dates import crawl_day, find_dates, parse_machine_date, plausible, url_date
from pipeline.meta.lang import find_lang
from pipeline.meta.section import find_section, find_site_name
from pipeline.meta.title import find_headline
from pipeline.meta.view import PageView, build_view
from pipeline.page import Page

LEADING_LINES = 4  # long lines after the byline that may open with "本报讯（记者 X）"
SIGNATURE_SCAN = 300  # lines searched for a date standing alone (a notice's signature date)
TEXT_SCAN = 150  # lines after the headline searched for a byline closing a paragraph


def extract_metadata(page: Page) -> Page:
    """Fill title, published, source, authors, editors, section, site name, lang and url."""
    if page.tree is None and page.lines is None:
        return page
    view = build_view(page)
    record = page.record
    headline = find_headline(view)
    record.title = headline.text or None
    if headline.index is not None:
        page.headline = view.lines[headline.index]
    elif headline.text:
        page.headline = headline.text

    record.section = find_section(view, headline.index, headline.text)
    record.site_name = find_site_name(view, headline.text)
    exclude = {name for name in (record.section, record.site_name, headline.text) if name}
    credits = read_byline(view.lines, headline.index, exclude)

    limit = crawl_day(page.raw.fetched_at)
    url = _page_url(view, page)
    record.published = choose_date(view, credits, headline.index, limit, url or page.raw.url)
    record.source = credits.best_source() or _meta_source(view)
    record.authors = choose_authors(view, credits, headline.index)
    editors = list(credits.editors)
    for name in find_editors(view.lines, headline.index if headline.index is not None else 0):
        if name not in editors:
            editors.append(name)
    record.editors = editors
    record.authors = [a for a in record.authors if a not in editors and a != record.source]
    if record.source and record.source in record.authors:
        record.authors.remove(record.source)
    record.lang = find_lang(view)
    if url:
        record.url = url
    keywords = view.first_meta(P.META_KEYWORDS)
    if keywords:
        page.extras["keywords"] = [k.strip() for k in P.NAME_SPLIT_LATIN.split(keywords) if k.strip()]
    description = view.first_meta(P.META_DESCRIPTION)
    if description:
        page.extras["description"] = description
    return page


def extract_text_metadata(page: Page) -> Page:
    """Credits that only the main text shows, where the byline gave none."""
    record = page.record
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
    if not record.editors:
        for paragraph in tail:
            if len(paragraph) <= 100:
                for match in P.EDITOR_CREDIT.finditer(paragraph):
                    persons, _ = split_names(match["value"])
                    record.editors.extend(p for p in persons if p not in record.editors)
    return page


# ---------------------------------------------------------------------------------------------
def choose_date(view: PageView, credits: Credits, headline: int | None, limit: Any, url: str | None) -> str | None:
    """The publish date: a labelled or byline date as shown; else the head's (meta, JSON-LD, <time>);
    else an update date, the URL's date, a labelled date anywhere, a signature date."""
    shown = [d for d in sorted(credits.dates) if plausible(d[3], limit)]
    machine = _machine_date(view, limit)
    if shown and shown[0][0] <= 1:
        return shown[0][3]
    if shown and shown[0][0] == 2:
        if machine and machine[:10] != shown[0][3][:10] and len(shown[0][3]) >= 10:
            return machine
        return shown[0][3]
    if machine:
        return machine
    if shown:
        return shown[0][3]
    from_url = url_date(url)
    if from_url and plausible(from_url, limit):
        return from_url
    return _labelled_anywhere(view.lines, headline, limit)


def _machine_date(view: PageView, limit: Any) -> str | None:
    """A publish date from meta tags, JSON-LD or <time datetime>, modification dates last."""
    candidates: list[str] = []
    for name in P.META_PUBLISHED:
        if name.lower() in P.META_MODIFIED:
            continue
        for value in view.meta.get(name.lower(), ()):
            candidates.append(value)
    for obj in view.jsonld:
        for key in ("datePublished", "dateCreated", "uploadDate"):
            value = obj.get(key)
            if isinstance(value, str):
                candidates.append(value)
    candidates.extend(view.times[:3])
    for name in P.META_PUBLISHED:
        if name.lower() in P.META_MODIFIED:
            candidates.extend(view.meta.get(name.lower(), ()))
    for obj in view.jsonld:
        value = obj.get("dateModified")
        if isinstance(value, str):
            candidates.append(value)
    for value in candidates:
        iso = parse_machine_date(value)
        if iso and plausible(iso, limit):
            return iso
    return None


def _labelled_anywhere(lines: list[str], headline: int | None, limit: Any) -> str | None:
    """A labelled publish date anywhere but a footer ("作者:zboygirl … 发表于:2005-07-31 12:30",
    "本贴由大卫于2005年8月12日16:12:21在…发表"); else a date alone on a line after the headline."""
    start = headline or 0
    for line in lines[start : start + SIGNATURE_SCAN]:
        if len(line) > 120 or P.COPYRIGHT.search(line) or P.IGNORED_DATE_CONTEXT.search(line):
            continue
        posted = P.POSTED_BY.search(line)
        if posted:
            found = find_dates(line[posted.end() :])
            if found and plausible(found[0].iso, limit):
                return found[0].iso
        for match in P.FIELD_LABEL_COLON.finditer(line):
            if P.LABEL_KIND.get(match["label"]) in ("published", "date"):
                found = find_dates(line[match.end() :])
                if found and found[0].start <= 2 and plausible(found[0].iso, limit):
                    return found[0].iso
    for line in lines[start : start + SIGNATURE_SCAN]:
        if len(line) <= 20 and not P.COPYRIGHT.search(line):
            found = find_dates(line)
            if found and found[0].start <= 2 and plausible(found[0].iso, limit):
                return found[0].iso
    return None


def choose_authors(view: PageView, credits: Credits, headline: int | None) -> list[str]:
    """Authors: a labelled byline; else one opening the text; else the head's; else unlabelled names."""
    labelled = [item for item in credits.authors if item[0] == 0]
    if labelled:
        return credits.best_authors()
    if headline is not None:
        taken = 0
        for line in view.lines[headline + 1 : headline + 1 + 16]:
            if len(line) < 40:
                continue
            persons, _ = leading_byline(line)
            if persons:
                return persons
            taken += 1
            if taken >= LEADING_LINES:
                break
    head = _head_authors(view)
    if head:
        return head
    marked = _marked_authors(view)
    if marked and not any(P.HAN_CHAR.search(name) for name in marked):
        return marked  # Latin-script pages mark their bylines; Chinese ones print them
    unlabelled = credits.best_authors()
    if unlabelled:
        return unlabelled
    return _authors_in_text(view.lines, headline) or marked


def _authors_in_text(lines: list[str], headline: int | None) -> list[str]:
    """A trailing byline closing a paragraph ("…过廉洁之年。（常书香 马丹阳 ）"), or a forum's
    "本贴由大卫于2005年8月12日…发表", in the lines after the headline."""
    start = (headline or 0) + 1
    for line in lines[start : start + TEXT_SCAN]:
        if len(line) < 8:
            continue
        posted = P.POSTED_BY.search(line)
        if posted and len(line) <= 120:
            persons, _ = split_names(posted["name"])
            if persons:
                return persons
        persons, _ = trailing_byline(line)
        if persons:
            return persons
        if len(line) <= 30:  # "记者 刘涛", "新京报记者 彭冲 山东冠县报道" on a line of their own
            for kind, value in parse_line(line).fields:
                if kind == "author":
                    persons, _ = split_names(value)
                    if persons:
                        return persons
            if P.MEDIA_ROLE_PREFIX.match(line):
                persons, _ = split_names(line)
                if persons:
                    return persons
    return []


def _head_authors(view: PageView) -> list[str]:
    """Authors named by JSON-LD or meta tags (organisations and CMS credits left out)."""
    names: list[str] = []
    for obj in view.jsonld:
        author = obj.get("author") or obj.get("creator")
        for item in author if isinstance(author, list) else [author]:
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(item, dict) and str(item.get("@type", "")).lower() == "organization":
                continue
            if isinstance(name, str):
                names.extend(_person_names(name))
        if names:
            return names
    for meta_name in P.META_AUTHOR:
        for value in view.meta.get(meta_name, ()):
            if value.startswith(("http", "@", "/")) or "team" in value.lower() or len(value) > 80:
                continue
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
    for element in view.author_elements[:10]:
        if P.AUTHOR_CLASS_JUNK.search(element.get("class") or ""):
            continue
        text = " ".join("".join(element.itertext()).split())
        if not 2 <= len(text) <= 80:
            continue
        by = P.BY_LINE.match(text)
        value = by["value"] if by else text
        value = P.LABEL_PREFIX.sub("", value)
        names = [n for n in _person_names(value) if not is_media(n)]
        if names:
            return names
    return []


def _person_names(value: str) -> list[str]:
    persons, _ = split_names(value)
    return [p for p in persons if looks_like_person(p)]


def _meta_source(view: PageView) -> str | None:
    for name in P.META_SOURCE:
        value = view.first_meta([name])
        if value:
            source = usable_source(value)
            if source and not source.isdigit():
                return source
    return None


def _page_url(view: PageView, page: Page) -> str | None:
    """The URL the crawl recorded (WARC target, JSONL url, the caller's); else canonical, else og:url.

    A page's canonical link is kept in ``page.extras["canonical_url"]`` when it differs from the crawl URL:
    templates often carry a wrong one, the fetched URL is a fact.
    """
    base = page.raw.url
    declared = None
    for value in (view.canonical, view.first_meta(["og:url"])):
        if value:
            absolute = urljoin(base, value) if base else value
            if absolute.startswith(("http://", "https://")):
                declared = absolute
                break
    if base and declared and declared != base:
        page.extras["canonical_url"] = declared
    return base or declared
