"""The class/id vocabulary patterns run on the standard library's engine (quicker on literal
alternations): they must find what the ``regex`` engine finds with the same pattern."""

from __future__ import annotations

import re
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from pipeline.strip import patterns as P

ENGINE_SWITCHED = (
    "NAV_PART", "RELATED_PART", "COMMENT_PART", "META_PART", "POST_PART", "STRONG_PART", "CONTENT_PART",
    "TAXONOMY_CLASS", "UTILITY_CLASS",
)  # fmt: skip
DATA = Path(__file__).resolve().parents[1] / "data"


def both_engines(name: str) -> tuple[re.Pattern[str], regex.Pattern[str]]:
    pattern = getattr(P, name)
    assert isinstance(pattern, re.Pattern), name
    flags = regex.IGNORECASE if pattern.flags & re.IGNORECASE else 0
    return pattern, regex.compile(pattern.pattern, flags)


def assert_same(text: str) -> None:
    for name in ENGINE_SWITCHED:
        quick, reference = both_engines(name)
        assert [m.span() for m in quick.finditer(text)] == [m.span() for m in reference.finditer(text)], (name, text)
        assert quick.sub(" ", text) == reference.sub(" ", text), (name, text)


def test_same_matches_on_the_class_and_id_names_of_the_fixtures() -> None:
    names: set[str] = set()
    for path in DATA.rglob("*.html"):
        root = etree.fromstring(path.read_bytes(), etree.HTMLParser())
        if root is None:
            continue
        for element in root.iter():
            for attribute in ("class", "id"):
                value = element.get(attribute) if isinstance(element.tag, str) else None
                if value:
                    names.add(value)
    assert len(names) > 200
    for value in names:
        assert_same(value)
        assert_same(value.lower())
        if P.UTILITY_CLASS.search(value):
            assert P.UTILITY_HINT.search(value), value


WORDS = st.sampled_from(
    ["nav", "bar", "footer", "Top", "post", "-", "_", " ", "1", "20", "m", "p", "t", "x", "Left", "CENTER", "comment",
     "related", "is", "tag", "mt", "border", "bottom", "modal", "open", "t_f", "user", "name", "content", "main", "ſ",
     "K", "İ"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, max_size=8).map("".join))
def test_same_matches_on_generated_names(text: str) -> None:
    assert_same(text)
    if P.UTILITY_CLASS.search(text):  # the pre-test never skips a match
        assert P.UTILITY_HINT.search(text)
