"""The pre-test of the headline comparisons (``patterns.may_show_key``) never skips a line that shows the headline."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.strip import lines as L
from pipeline.strip import patterns as P
from pipeline.strip.dom_select import headline_key


def test_no_other_character_lower_cases_to_an_ideograph():
    """What ``key_openings`` relies on: an ideograph in a compact form comes from that ideograph in the line."""
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        assert all(produced == char for produced in char.lower() if P.IDEOGRAPH.match(produced)), hex(code)


def test_key_openings_only_for_keys_opening_with_ideographs():
    assert P.key_openings({"吉林省人民政府关于禁止", "国务院通知"}) is not None
    assert P.key_openings({"吉林省人民政府", "2024年工作报告"}) is None  # a key opening with a digit: no shortcut
    assert P.key_openings({"breaking news today"}) is None
    assert P.key_openings({""}) is None
    assert not P.may_show_key("与标题无关的一行字", P.key_openings({"吉林省人民政府"}))
    assert P.may_show_key("任何一行", None)


HEADLINE_CHARACTERS = (
    st.sampled_from(list("吉林省人民政府关于通告国务院新闻发布会的　 ，。！？、·—《》「」()[]：:-_|AaBbİıſKK1２"))
    | st.characters()
)


@settings(max_examples=400, deadline=None)
@given(st.text(HEADLINE_CHARACTERS, min_size=1, max_size=40), st.integers(min_value=0, max_value=40))
def test_a_line_showing_a_key_or_its_beginning_passes_the_pre_test(line: str, cut: int):
    """The DOM's comparison (the key itself) and the dump's (the key, or a long enough beginning of it)."""
    key = headline_key(line)
    if not key:
        return
    assert P.may_show_key(line, P.key_openings({key, "国务院关于"}))
    longer = key + "吉林省人民政府"[: cut % 8]  # the line shows a beginning of this key
    if L._headline_rank(L._compact(line), (longer,)) is not None:
        assert P.may_show_key(line, P.key_openings((longer,)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(HEADLINE_CHARACTERS, min_size=1, max_size=30), min_size=1, max_size=12), st.data())
def test_find_headlines_as_without_the_pre_test(texts: list[str], data):
    """``find_headlines`` finds the same lines as comparing every line of a suitable length."""
    keys = tuple(
        dict.fromkeys(key for key in map(L._compact, data.draw(st.sampled_from([texts[:1], texts[-2:]]))) if key)
    )
    if not keys:
        return
    found = L.find_headlines(texts, keys)
    shortest = min(len(key) for key in keys) * L.HEADLINE_PREFIX_SHARE
    longest = min(L.HEADLINE_MAX_LENGTH, 2 * max(len(key) for key in keys) + L.HEADLINE_SLACK)
    ranks = {
        i: L._headline_rank(L._compact(text), keys) for i, text in enumerate(texts) if shortest <= len(text) <= longest
    }
    ranked = {i: rank for i, rank in ranks.items() if rank is not None}
    expected = {i for i, rank in ranked.items() if rank == min(ranked.values())} if ranked else set()
    assert found - L._wrapped_headlines(texts, keys) <= expected <= found


@settings(max_examples=400, deadline=None)
@given(st.text(HEADLINE_CHARACTERS, min_size=1, max_size=40), st.text(HEADLINE_CHARACTERS, min_size=1, max_size=40))
def test_shows_headline_as_comparing_the_keys(line: str, headline: str):
    """The DOM's comparison with its pre-test says what comparing the keys says, remembered or not."""
    from pipeline.strip.dom_select import _key_cache, headline_marks, shows_headline

    for keys in (
        {headline_key(line)} - {""},
        {headline_key(headline)} - {""},
        {headline_key(headline), "国务院关于"} - {""},
    ):
        if keys:
            expected = headline_key(line) in keys
            _key_cache.pop(line, None)
            assert shows_headline(line, keys, headline_marks(keys)) == expected  # (a line not seen before)
            assert shows_headline(line, keys, headline_marks(keys)) == expected  # (and remembered)
