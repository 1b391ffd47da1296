"""First version of the metadata step: title from <title> (or dump line 1), URL, language."""

from __future__ import annotations

from pipeline.page import Page


def extract_metadata(page: Page) -> Page:
    """Fill the record's title, url and lang from what the page plainly states."""
    record = page.record
    record.title = page.headline or page.html_title or None
    record.url = page.raw.url
    if page.tree is not None:
        lang = page.tree.get("lang") or page.tree.get("{http://www.w3.org/XML/1998/namespace}lang")
        if lang:
            record.lang = lang.strip().split("-")[0].lower() or None
    return page


def extract_text_metadata(page: Page) -> Page:
    """After stripping: metadata only the main text shows (first version: nothing yet)."""
    return page
