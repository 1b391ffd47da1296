"""Per-site template learning: text that recurs on many pages of one site is boilerplate.

Learned within a batch in two passes: the runner calls ``observe`` on every page (cheap: a set
of hashes of its short lines), ``learn`` merges the observations into per-site templates, and
the ``ApplyTemplates`` step hands each page the template hashes of its site, which the
extractors (``dom``, ``lines``) drop. A single page (no batch) simply has no templates.

Hashes are 64-bit BLAKE2b of the normalised line, stable across processes and machines.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from pipeline.page import Page
from pipeline.readers.html import markup_to_lines
from pipeline.text import normalise_line

MIN_SITE_PAGES = 5  # fewer pages than this: nothing is learned for the site
MIN_SHARE = 0.3  # a line on at least this share of the site's pages is template
MIN_COUNT = 3
MAX_TEMPLATE_LINE = 200  # longer lines are article text, never template


def line_hash(line: str) -> int:
    """Stable 64-bit hash of a normalised line."""
    return int.from_bytes(hashlib.blake2b(line.encode("utf-8"), digest_size=8).digest(), "big")


def site_key(page: Page) -> str:
    """The site a page belongs to: URL host, else the ``<title>`` suffix, else the folder."""
    url = page.record.url or page.raw.url
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.lower().removeprefix("www.")
    title = page.html_title or ""
    for separator in ("_", " - ", " | ", "-", "|", " — "):
        if separator in title:
            suffix = title.rsplit(separator, 1)[1].strip()
            if suffix:
                return "title:" + suffix
    doc = page.raw.doc_id.split("#", 1)[0]
    return "folder:" + (doc.rsplit("/", 1)[0] if "/" in doc else "")


def page_lines(page: Page) -> list[str]:
    """The page's visible lines, normalised, as both learning and stripping see them."""
    if page.lines is not None:
        raw_lines = page.lines
    elif page.html is not None:
        raw_lines = markup_to_lines(page.html)
    else:
        raw_lines = []
    lines = (normalise_line(line) for line in raw_lines)
    return [line for line in lines if line]


@dataclass(frozen=True, slots=True)
class Observation:
    """What pass 1 keeps of one page: its site and the hashes of its short lines."""

    site: str
    hashes: frozenset[int]


def observe(page: Page) -> Observation:
    """The observation of a parsed page (after ``parse_page``)."""
    hashes = frozenset(line_hash(line) for line in page_lines(page) if len(line) <= MAX_TEMPLATE_LINE)
    return Observation(site_key(page), hashes)


@dataclass(slots=True)
class Templates:
    """Per-site sets of template line hashes."""

    by_site: dict[str, frozenset[int]] = field(default_factory=dict)

    def for_page(self, page: Page) -> frozenset[int]:
        return self.by_site.get(site_key(page), frozenset())

    def __len__(self) -> int:
        return sum(len(hashes) for hashes in self.by_site.values())


def learn(observations: Iterable[Observation]) -> Templates:
    """Lines present on at least MIN_SHARE of a site's pages (and MIN_COUNT pages) are template."""
    pages: Counter[str] = Counter()
    counts: dict[str, Counter[int]] = defaultdict(Counter)
    for observation in observations:
        pages[observation.site] += 1
        counts[observation.site].update(observation.hashes)
    templates = Templates()
    for site, n_pages in pages.items():
        if n_pages < MIN_SITE_PAGES:
            continue
        threshold = max(MIN_COUNT, MIN_SHARE * n_pages)
        frequent = frozenset(h for h, count in counts[site].items() if count >= threshold)
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
