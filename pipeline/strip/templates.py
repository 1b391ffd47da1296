"""Per-site template learning: text that recurs on many pages of one site is boilerplate.

Learned within a batch in two passes. Pass 1 calls ``observe`` on every decoded (never parsed)
page: the set of hashes of its short lines. ``learn`` counts, per site, on how many pages each
hash occurs; lines on a large enough share of a site's pages are its template. Pass 2's
``ApplyTemplates`` step gives each page its site's template hashes (``page.template_hashes``) and
the extractors drop those lines. A single page (no batch) simply has no templates.

What is hashed: for a dump, each visible line; for markup, each text node between two tags
(``>首页<``), entities decoded, outside <script> and <style> elements (the extractors never see
their text: most of a page's characters, hashed for nothing). A DOM block made of several text
nodes is a template block when all of them are (``is_template_block``). Every text goes through
``template_key`` first (spaces normalised then removed), so "首页 | 新闻" in a dump and "首页|新闻"
in markup hash alike.

The site is the URL's host; without a URL, the ``<title>``'s last segment (the site name in
"标题_栏目_站名"); without one, the folder. Counting is lossy (Manku-Motwani): hashes seen on too
few pages are forgotten at every bucket of pages, so memory stays bounded on huge sites while every
line above the template share is kept.

Hashes are 64-bit XXH3 of the key, stable across processes and machines (pass 1 hashes every short
line of every page: XXH3 is one C call, about a fifth of BLAKE2b's cost per line).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from xxhash import xxh3_64_intdigest

from pipeline.page import Page
from pipeline.strip.patterns import NUMBERED_HEADING, SENTENCE_END, SENTENCE_LAST, TITLE_SEPARATOR
from pipeline.text import ZERO_WIDTH

MIN_SITE_PAGES = 5  # fewer pages than this: nothing is learned for the site
MIN_SHARE = 0.2  # a line on at least this share of the site's pages is template
PROSE_MIN_SHARE = 0.8  # ... a sentence or numbered heading must be on this share: it may be article text
MIN_COUNT = 3  # and on at least this many pages
MAX_TEMPLATE_LINE = 200  # longer lines are article text, never template
PROSE_MIN_LENGTH = 4
BUCKET_PAGES = 25  # lossy counting: forget hashes seen on one page per this many pages
MAX_SITE_LENGTH = 40  # a longer last <title> segment is not a site name

# Pass 1 scans every page of a batch before any is cleaned: these run on the standard library's
# engine, about twice as quick as ``regex`` on these simple scans (the stage's other patterns are in
# pipeline/strip/patterns.py). TEXT_NODE's ``\s`` differs from regex's on a few control characters
# only at the ends of a text, which ``template_key`` removes anyway. Its possessive ``\s*+`` does not
# give back the spaces of an indented ``>\n    <`` one by one (a space could not start a text anyway):
# a third quicker.
TEXT_NODE = re.compile(r">\s*+([^<\s][^<]*)<")
RAW_TEXT_START = re.compile(r"<(script|style)\b", re.IGNORECASE)
RAW_TEXT_END = {name: re.compile(rf"</{name}\b[^>]*>", re.IGNORECASE) for name in ("script", "style")}


def template_key(text: str) -> str:
    """The form of a line that is compared across pages: no space, no zero-width character
    (the normalisation of ``pipeline.text.normalise_line``, then every space removed)."""
    if not text.isascii():
        text = ZERO_WIDTH.sub("", text)
    return "".join(text.split())


def key_hash(key: str) -> int:
    """Stable 64-bit hash of a ``template_key`` (XXH3 of its UTF-8)."""
    return xxh3_64_intdigest(key.encode())


_EMPTY_KEY_HASH = key_hash("")
_TEXT_HASHES: dict[str, int | None] = {}  # short texts -> text_hash: a site's pages repeat their short texts
TEXT_HASHES_CACHED = 20_000  # entries, each of a text of at most TEXT_HASH_CACHED_LENGTH characters
TEXT_HASH_CACHED_LENGTH = 256


def text_hash(text: str) -> int | None:
    """``line_hash`` of a text, None when its ``template_key`` is empty.

    Remembered for short texts (a pure function of the text): the extractors ask about each block
    more than once, and the pages of one site repeat their navigation and footer texts.
    """
    value = _TEXT_HASHES.get(text, 0)
    if value == 0:
        key = template_key(text)
        value = key_hash(key) if key else None
        if len(text) <= TEXT_HASH_CACHED_LENGTH:
            if len(_TEXT_HASHES) >= TEXT_HASHES_CACHED:
                _TEXT_HASHES.clear()
            _TEXT_HASHES[text] = value
    return value


def line_hash(line: str) -> int:
    """Stable 64-bit hash of a line (of its ``template_key``)."""
    value = text_hash(line)
    return _EMPTY_KEY_HASH if value is None else value


def is_template_block(texts: Iterable[str], hashes: frozenset[int]) -> bool:
    """True when every non-empty text (the text nodes of a DOM block) is a template line."""
    seen = False
    for text in texts:
        value = text_hash(text)
        if value is not None:
            if value not in hashes:
                return False
            seen = True
    return seen


def site_key(page: Page) -> str:
    """The site a page belongs to: URL host, else the ``<title>``'s site segment, else the folder."""
    url = page.record.url or page.raw.url
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.lower().removeprefix("www.")
    segments = [segment for segment in TITLE_SEPARATOR.split(page.html_title or "") if segment.strip()]
    if len(segments) > 1 and len(segments[-1]) <= MAX_SITE_LENGTH:
        return "title:" + template_key(segments[-1])
    doc = page.raw.doc_id.split("#", 1)[0]
    return "folder:" + (doc.rsplit("/", 1)[0] if "/" in doc else "")


def page_texts(page: Page) -> list[str]:
    """What pass 1 hashes: the dump's lines (``decode_page`` already re-read them when misread as GBK),
    or markup's text nodes."""
    if page.lines is not None:
        return page.lines
    if page.html is not None:
        return [html.unescape(text) if "&" in text else text for text in markup_texts(page.html)]
    return []


def markup_texts(markup: str) -> list[str]:
    """The text nodes of markup (entities not decoded), skipping the content of <script> and <style>.

    A script or style runs to its end tag, or to the end of the page when it has none (as in a
    browser); the text right after the end tag is kept.
    """
    texts: list[str] = []
    position = 0
    while True:
        start = RAW_TEXT_START.search(markup, position)
        if start is None:
            texts += TEXT_NODE.findall(markup, position)
            return texts
        texts += TEXT_NODE.findall(markup, position, start.start() + 1)  # the text up to "<script"
        end = RAW_TEXT_END[start.group(1).lower()].search(markup, start.end())
        if end is None:
            return texts
        position = end.end() - 1  # from the end tag's ">"


def _joined_texts(page: Page) -> str:
    """``page_texts`` joined with NUL (entities decoded once over the whole string: same result)."""
    if page.html is not None and page.lines is None:
        joined = "\x00".join(markup_texts(page.html))
        return html.unescape(joined) if "&" in joined else joined
    return "\x00".join(page_texts(page))


@dataclass(frozen=True, slots=True)
class Observation:
    """What pass 1 keeps of one page: its site, the hashes of its short lines, and which of
    those lines read as article text (sentences, numbered headings: they need a larger share of
    pages to count as template)."""

    site: str
    hashes: frozenset[int]
    sentences: frozenset[int] = frozenset()


_HEADING_STARTS = frozenset("一二三四五六七八九十（(0123456789")


def may_start_numbered_heading(char: str) -> bool:
    """False when NUMBERED_HEADING cannot match a text starting with ``char``: it starts with one of
    its numerals, a parenthesis or a digit (``\\d``, which takes non-ASCII digits too, never an ASCII
    character other than 0-9 nor a CJK ideograph). Most keys start with one of those: their
    pattern call is saved."""
    return char in _HEADING_STARTS or not (char.isascii() or "\u4e00" <= char <= "\u9fff")


def observe(page: Page) -> Observation:
    """The observation of a decoded page (``decode_page``; no parse needed). Cheap: no tree."""
    joined = _joined_texts(page)
    if not joined.isascii():
        joined = ZERO_WIDTH.sub("", joined)
    # Every text's template_key at once: NUL is not a space, so removing the spaces of the whole keeps
    # the texts apart (two C calls instead of two per text).
    keys = set("".join(joined.split()).split("\x00"))
    hashes: set[int] = set()
    sentences: set[int] = set()
    for key in keys:
        if not key or len(key) > MAX_TEMPLATE_LINE:
            continue
        value = key_hash(key)
        hashes.add(value)
        if (key[-1] in SENTENCE_LAST and len(key) >= PROSE_MIN_LENGTH and SENTENCE_END.search(key)) or (
            may_start_numbered_heading(key[0]) and NUMBERED_HEADING.match(key)
        ):
            sentences.add(value)
    return Observation(site_key(page), frozenset(hashes), frozenset(sentences))


@dataclass(slots=True)
class Templates:
    """Per-site sets of template line hashes."""

    by_site: dict[str, frozenset[int]] = field(default_factory=dict)

    def for_page(self, page: Page) -> frozenset[int]:
        return self.by_site.get(site_key(page), frozenset())

    def __len__(self) -> int:
        return sum(len(hashes) for hashes in self.by_site.values())


@dataclass(slots=True)
class _SiteCounts:
    """Lossy counts of one site: per kept hash, the most pages it can be on (``counts``): the pages seen
    since it was first kept, plus the bucket it was first kept in (the pages it may have been on before,
    when it was forgotten or not yet seen). Both the forgetting and the template share test only read
    that sum, so it is kept as one number.

    The parent adds every page of a batch here: set and dict operations keep it in C.
    """

    pages: int = 0
    counts: Counter[int] = field(default_factory=Counter)
    sentences: set[int] = field(default_factory=set)

    def add(self, observation: Observation) -> None:
        self.pages += 1
        hashes = observation.hashes
        counts = self.counts
        bucket = (self.pages - 1) // BUCKET_PAGES
        if bucket:
            new = hashes - counts.keys()
            if new:  # dict.update sets them in C (Counter.update adds mappings in Python): they are new
                dict.update(counts, dict.fromkeys(new, bucket))
        counts.update(hashes)
        self.sentences.update(observation.sentences)
        if self.pages % BUCKET_PAGES == 0:  # end of a bucket: forget what is too rare to matter
            limit = self.pages // BUCKET_PAGES
            self.counts = Counter({h: n for h, n in counts.items() if n > limit})
            self.sentences &= self.counts.keys()

    def template(self) -> frozenset[int]:
        if self.pages < MIN_SITE_PAGES:
            return frozenset()
        line_threshold = max(MIN_COUNT, MIN_SHARE * self.pages)
        sentence_threshold = max(MIN_COUNT, PROSE_MIN_SHARE * self.pages)
        # a kept count may miss up to its bucket's pages: they count, the share is a soft limit anyway
        return frozenset(
            value
            for value, bound in self.counts.items()
            if bound >= (sentence_threshold if value in self.sentences else line_threshold)
        )


def learn(observations: Iterable[Observation]) -> Templates:
    """Lines present on at least MIN_SHARE of a site's pages (and MIN_COUNT pages) are template."""
    sites: dict[str, _SiteCounts] = {}
    for observation in observations:
        counts = sites.get(observation.site)
        if counts is None:
            counts = sites[observation.site] = _SiteCounts()
        counts.add(observation)
    templates = Templates()
    for site, counts in sites.items():
        frequent = counts.template()
        if frequent:
            templates.by_site[site] = frequent
    return templates


class ApplyTemplates:
    """Step: give the page its site's template hashes (the extractors drop those lines)."""

    __name__ = "apply_templates"

    def __init__(self, templates: Templates) -> None:
        self.templates = templates

    def __call__(self, page: Page) -> Page:
        page.template_hashes = self.templates.for_page(page)
        return page
