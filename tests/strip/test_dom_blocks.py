"""The class/id vocabulary patterns run on the standard library's engine (quicker on literal
alternations): they must find what the ``regex`` engine finds with the same pattern."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from pipeline.strip import dom_blocks as D
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


PARTS = ("NAV_PART", "RELATED_PART", "COMMENT_PART", "META_PART", "POST_PART", "STRONG_PART", "CONTENT_PART")


def reference_token_hits(name: str) -> int:
    """``_token_hits`` as written before its shortcuts (ANY_PART before the seven searches, one dict lookup per
    word): every vocabulary set intersected and every *_PART pattern searched."""
    if "__" in name or name.startswith("css-"):
        normal = P.DIGIT_RUN.sub("0", name)
        if P.CLASS_HASH.search(normal):
            name = P.CLASS_HASH.sub("", normal)
    if "-" in name or "_" in name:
        if P.TAXONOMY_CLASS.match(name):
            return 0
        if P.UTILITY_HINT.search(name):
            name = P.UTILITY_CLASS.sub(" ", name)
    lower = name.lower()
    tokens = {token.lower() for token in P.NAME_TOKEN.findall(name)}
    if "skip" in tokens and tokens & P.CONTENT_WORDS:
        tokens.discard("skip")
    if "social" in tokens and "embed" in tokens:
        tokens.discard("social")
    hits = 0
    for bit, words, part in (
        (D._NAV_HIT, P.NAV_WORDS, P.NAV_PART),
        (D._RELATED_HIT, P.RELATED_WORDS, P.RELATED_PART),
        (D._COMMENT_HIT, P.COMMENT_WORDS, P.COMMENT_PART),
        (D._META_HIT, P.META_WORDS, P.META_PART),
        (D._POST_HIT, frozenset(), P.POST_PART),
        (D._STRONG_HIT, frozenset(), P.STRONG_PART),
        (D._CONTENT_HIT, P.CONTENT_WORDS, P.CONTENT_PART),
    ):
        if tokens & words or part.search(lower):
            hits |= bit
    return hits


def assert_part_pre_test_holds(text: str) -> None:
    """ANY_PART finds something wherever a *_PART pattern does (else ``_token_hits`` would skip a real match),
    and the shortcuts of ``_token_hits`` change nothing."""
    for variant in (text, text.lower(), P.UTILITY_CLASS.sub(" ", text).lower()):
        if P.ANY_PART.search(variant) is None:
            assert not [name for name in PARTS if getattr(P, name).search(variant)], variant
    for token in text.split():
        assert _token_hits(token) == reference_token_hits(token), token


def test_part_pre_test_on_the_fixture_names() -> None:
    names = fixture_names()
    assert sum(any(getattr(P, name).search(value.lower()) for name in PARTS) for value in names) > 20
    for value in names:
        assert_part_pre_test_holds(value)


# Pieces of the vocabularies' own words ("breadcrumb", "share", "bar", "user", "t_f", "modal", "enabled" …), read
# from the patterns so that a word added there is generated too, with what may join or break them.
VOCABULARY_PIECES = sorted(
    {piece for name in PARTS for piece in regex.findall(r"[a-z_]{2,}", getattr(P, name).pattern)}
)


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(VOCABULARY_PIECES)
        | st.sampled_from(["-", "_", " ", "--", "x", "T", "Nav", "Top", "Bottom", "border", "mt", "20", "tag", "K"])
        | st.text(alphabet="abdeilmnoprstu_- ", max_size=4),
        min_size=1,
        max_size=6,
    ).map("".join)
)
def test_part_pre_test_on_generated_names(text: str) -> None:
    assert_part_pre_test_holds(text)


def test_pattern_alternatives_are_split_at_the_outermost_bars_only() -> None:
    assert P._top_level_branches(r"a(?:b|c)|[|]|\|x|[]|]|[^]|]|(?:^|\s)t") == [
        "a(?:b|c)", "[|]", r"\|x", "[]|]", "[^]|]", r"(?:^|\s)t",
    ]  # fmt: skip
    assert P._opening_words(r"(?:modal|popup)(?!-open)") == ["modal(?!-open)", "popup(?!-open)"]
    assert P._opening_words(r"(?:^|\s)t_f(?:\s|$)") == [r"t_f(?:\s|$)", r"t_f(?:\s|$)"]
    assert P._opening_words(r"(?:a|b)?c") == [r"(?:a|b)?c"]  # a repeated group stays whole


def test_part_pre_test_on_the_corpus_names() -> None:
    """Every class and id token of the corpus pages (skipped without the corpora)."""
    corpora = Path(__file__).resolve().parents[3] / "shared" / "corpora"
    paths = sorted((corpora / "zh-dev" / "pages").glob("*.htm*")) if corpora.is_dir() else []
    if not paths:
        pytest.skip("no corpora")
    tokens: set[str] = set()
    for path in paths:
        root = etree.fromstring(path.read_bytes(), etree.HTMLParser())
        if root is not None:
            for element in root.iter(tag=etree.Element):
                for attribute in ("class", "id"):
                    tokens.update((element.get(attribute) or "").split())
    assert len(tokens) > 1000
    for token in tokens:
        assert_part_pre_test_holds(token)
