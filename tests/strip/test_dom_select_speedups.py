"""Shortcuts of the DOM selection give what the plain computation gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.strip import dom_select
from pipeline.strip.dom_blocks import Flagged


def _nested_spans(draw: st.DrawFn, first: int, last: int, depth: int, out: list[Flagged]) -> None:
    """Spans as elements make them: each inside or beside the others (same ranges allowed)."""
    position = first
    while position < last and draw(st.booleans()):
        start = draw(st.integers(position, last))
        end = draw(st.integers(start, last))
        out.append(Flagged(start, end, depth, 1))
        _nested_spans(draw, start, end, depth + 1, out)
        position = end if end > start else end + 1


@st.composite
def _pages(draw: st.DrawFn) -> tuple[list[Flagged], int]:
    n_blocks = draw(st.integers(0, 40))
    spans: list[Flagged] = []
    _nested_spans(draw, 0, n_blocks, 0, spans)
    return spans, n_blocks


def _innermost_by_definition(spans: list[Flagged], n_blocks: int) -> list[int]:
    depths = []
    for i in range(n_blocks):
        around = [span for span in spans if span.first <= i < span.last]
        # the innermost: the latest to start, the shortest, the deepest
        depths.append(max(around, key=lambda s: (s.first, -s.last, s.depth)).depth if around else -1)
    return depths


@settings(max_examples=300, deadline=None)
@given(_pages())
def test_innermost_depths_painted_or_swept_agree(page: tuple[list[Flagged], int]):
    spans, n_blocks = page
    expected = _innermost_by_definition(spans, n_blocks)
    assert dom_select._innermost_depths(spans, n_blocks) == expected  # painted (few spans)
    original = dom_select._PAINT_LIMIT
    try:
        dom_select._PAINT_LIMIT = -1  # never paint: the sweep
        assert dom_select._innermost_depths(spans, n_blocks) == expected
    finally:
        dom_select._PAINT_LIMIT = original


def test_innermost_depths_deep_nesting_is_swept():
    # 2000 nested elements around 100 blocks: painting would write 200 000 entries; the sweep stays linear
    spans = [Flagged(0, 100, depth, 1) for depth in range(2000)]
    assert dom_select._innermost_depths(spans, 100) == [1999] * 100


@pytest.mark.parametrize("n_blocks", [0, 3])
def test_innermost_depths_spans_past_the_blocks(n_blocks: int):
    assert dom_select._innermost_depths([Flagged(1, 9, 4, 1)], n_blocks) == [-1, 4, 4][:n_blocks]


def _spans_in_walk_order(draw: st.DrawFn, first: int, last: int, depth: int, out: list[Flagged]) -> None:
    """Spans as the walk lists them: an element when it ends, after the elements inside it."""
    position = first
    while position < last and draw(st.booleans()):
        start = draw(st.integers(position, last))
        end = draw(st.integers(start, last))
        _spans_in_walk_order(draw, start, end, depth + 1, out)
        out.append(Flagged(start, end, depth, 1))
        position = end if end > start else end + 1


@st.composite
def _walked_pages(draw: st.DrawFn) -> tuple[list[Flagged], int]:
    n_blocks = draw(st.integers(0, 40))
    spans: list[Flagged] = []
    _spans_in_walk_order(draw, 0, n_blocks, 0, spans)
    return spans, n_blocks


@settings(max_examples=300, deadline=None)
@given(_walked_pages())
def test_innermost_depths_of_spans_in_walk_order(page: tuple[list[Flagged], int]):
    spans, n_blocks = page
    assert dom_select._innermost_depths(spans, n_blocks, walk_order=True) == _innermost_by_definition(spans, n_blocks)


@pytest.mark.parametrize("compiled", [True, False])
def test_the_walk_lists_each_flagged_element_after_those_inside_it(compiled: bool):
    """What ``walk_order=True`` relies on, in both walks, on the fixture pages."""
    from lxml import etree

    from pipeline.readers import blocks as shared_walk
    from tests.builders import DATA

    walk = shared_walk.compiled_walk if compiled else shared_walk.walk_tree
    if walk is None:
        pytest.skip("the compiled walk is not built")
    nested = 0  # (pairs of flagged elements, one inside the other: what the order is about)
    for path in sorted(DATA.rglob("*.html")):
        root = etree.fromstring(path.read_bytes(), etree.HTMLParser())
        if root is None:
            continue
        segmented = walk(root).segmented
        flagged, n_blocks = segmented.flagged, len(segmented.blocks)
        for later, span in enumerate(flagged):
            for inner in flagged[later + 1 :]:  # (none of those listed after it lies inside it)
                inside = span.first <= inner.first and inner.last <= span.last and inner.depth > span.depth
                assert not inside or inner.first == inner.last, (path.name, span, inner)
                nested += inner.first <= span.first < span.last <= inner.last and inner.depth < span.depth
        assert dom_select._innermost_depths(flagged, n_blocks, walk_order=True) == dom_select._innermost_depths(
            flagged, n_blocks
        )
    assert nested > 50
