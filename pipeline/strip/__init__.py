"""Boilerplate stripping: the main text of a page, one paragraph per item of ``page.paragraphs``.

``dom`` works on HTML trees, ``lines`` on text dumps; the step picks by what the page holds.
"""

from __future__ import annotations

from pipeline.page import Page
from pipeline.strip import patterns as P
from pipeline.strip.dom import extract_dom
from pipeline.strip.lines import extract_lines


def strip_boilerplate(page: Page) -> Page:
    """Fill ``page.paragraphs`` with the main text (and ``page.headline`` when found)."""
    if page.tree is not None:
        extract_dom(page)
    elif page.lines is not None:
        extract_lines(page)
    else:
        page.warn("nothing to extract: the page has no parsable content")
        return page
    paragraphs = page.paragraphs
    if paragraphs and "首页" in paragraphs[-1][-24:]:
        last = P.HOME_LINK_TAIL.sub("", paragraphs[-1])  # "…的整顿仍将持续。返回腾讯网首页>>": a link inside it
        if last:
            paragraphs[-1] = last
        else:
            paragraphs.pop()
    while paragraphs and len(paragraphs[-1]) <= 20 and _closing_furniture(paragraphs[-1]):
        paragraphs.pop()
    return page


def _closing_furniture(last: str) -> bool:
    """The end of a feed ("没有更多了"), or a related list's header with no list left under it ("最新报道",
    "相关资讯请关注:逆水寒专区"), closing the text."""
    if P.FEED_END.match(last):
        return True
    return len(last) <= 16 and bool(P.RELATED_HEADER.match(last)) and not P.SENTENCE_END.search(last)
