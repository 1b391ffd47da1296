"""Boilerplate stripping: the main text of a page, one paragraph per item of ``page.paragraphs``.

``dom`` works on HTML trees, ``lines`` on text dumps; the step picks by what the page holds.
"""

from __future__ import annotations

from pipeline.page import Page
from pipeline.strip.dom import extract_dom
from pipeline.strip.lines import extract_lines


def strip_boilerplate(page: Page) -> Page:
    """Fill ``page.paragraphs`` with the main text (and ``page.headline`` when found)."""
    if page.tree is not None:
        return extract_dom(page)
    if page.lines is not None:
        return extract_lines(page)
    page.warn("nothing to extract: the page has no parsable content")
    return page
