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
from pipeline.strip.dom_blocks import _token_hits

ENGINE_SWITCHED = (
    "NAV_PART", "RELATED_PART", "COMMENT_PART", "META_PART", "POST_PART", "STRONG_PART", "CONTENT_PART",
    "TAXONOMY_CLASS", "UTILITY_CLASS", "NAME_TOKEN",
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


def fixture_names() -> set[str]:
    """The class and id attributes of every fixture page."""
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
    return names


def test_same_matches_on_the_class_and_id_names_of_the_fixtures() -> None:
    names = fixture_names()
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


def assert_token_shortcuts_hold(token: str) -> None:
    """What ``dom_blocks._token_hits`` relies on: a taxonomy label matches a whole name or none of it, and a
    name's vocabularies do not change when each run of digits is read as one "0"."""
    whole = P.TAXONOMY_CLASS.match(token) is not None
    assert P.TAXONOMY_CLASS.sub(" ", token) == (" " if whole else token), token
    assert _token_hits(token) == _token_hits(P.DIGIT_RUN.sub("0", token)), token


def test_token_shortcuts_on_the_fixture_names() -> None:
    tokens = {token for value in fixture_names() for token in value.split()}
    assert sum(bool(P.DIGIT_RUN.search(token)) for token in tokens) > 20
    assert any(P.TAXONOMY_CLASS.match(token) for token in tokens)
    for token in tokens:
        assert_token_shortcuts_hold(token)


NAME_PARTS = st.sampled_from(
    ["menu", "item", "post", "page", "tag", "is", "mt", "p", "nav", "comment", "footer", "col", "md", "x", "-", "_",
     "1", "20", "4071", "0", "٣", "４", "Top", "Left", "user", "name", "related", "content", "t_f", "ads"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(NAME_PARTS, min_size=1, max_size=6).map("".join))
def test_token_shortcuts_on_generated_names(token: str) -> None:
    assert_token_shortcuts_hold(token)
