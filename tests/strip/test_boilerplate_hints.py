"""The quick pre-tests of the DOM selection's line tests (``dom_select._is_boilerplate_line``, ``shows_headline``)
never say no where the test they guard says yes: read from the patterns' structure, and tried on the corpus lines
against the tests without them."""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from pipeline.meta.patterns import agency_closing
from pipeline.readers.blocks import walk
from pipeline.strip import dom_select as S
from pipeline.strip import patterns as P
from tests.builders import DATA, SHARED

IDEOGRAPHS = range(0x4E00, 0xA000)  # (the range the gate of _is_boilerplate_line reads)
ANYTHING = "anything"


def _first(sequence: list) -> tuple[set, bool]:
    """What may open a match of a parsed pattern (literal code points, class items, ANYTHING), and whether it may
    match the empty string."""
    found: set = set()
    for op, value in sequence:
        if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
            continue  # (consumes nothing)
        if op is C.LITERAL:
            found.add(value)
            return found, False
        if op is C.IN:
            if any(item_op is C.NEGATE for item_op, _ in value):
                found.add(ANYTHING)
            found.update((item_op, item) for item_op, item in value)
            return found, False
        if op in (C.NOT_LITERAL, C.ANY):
            found.add(ANYTHING)
            return found, False
        if op is C.BRANCH:
            nullable = False
            for branch in value[1]:
                branch_first, branch_nullable = _first(branch)
                found |= branch_first
                nullable = nullable or branch_nullable
            if not nullable:
                return found, False
            continue
        if op is C.SUBPATTERN:
            inner_first, inner_nullable = _first(value[-1])
            found |= inner_first
            if not inner_nullable:
                return found, False
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _, inner = value
            inner_first, inner_nullable = _first(inner)
            found |= inner_first
            if low and not inner_nullable:
                return found, False
            continue
        raise AssertionError(f"unexpected {op}")
    return found, True


def _ideographs_opening(pattern: re.Pattern[str] | object) -> set[str]:
    """The ideographs a match may open with; fails if a class or a wildcard may open one with any."""
    found, _ = _first(_parser.parse(pattern.pattern, 0).data)  # type: ignore[attr-defined]
    ideographs = set()
    for item in found:
        assert item != ANYTHING, pattern
        if isinstance(item, int):
            if item in IDEOGRAPHS:
                ideographs.add(chr(item))
            continue
        op, value = item
        if op is C.LITERAL:
            if value in IDEOGRAPHS:
                ideographs.add(chr(value))
        elif op is C.RANGE:
            assert value[1] < IDEOGRAPHS.start or value[0] >= IDEOGRAPHS.stop, pattern
        else:
            assert op is C.CATEGORY and value in (C.CATEGORY_SPACE, C.CATEGORY_DIGIT), (pattern, item)
    return ideographs


def test_the_short_line_tests_open_with_their_ideographs() -> None:
    opening = set()
    for pattern in (P.CREDIT_LINE, P.READ_ALSO, P.PROMO_LINK, P.TAGS_LINE):
        opening |= _ideographs_opening(pattern)
    assert opening <= P.SHORT_TEST_IDEOGRAPHS
    assert {"图", "点", "标", "延"} <= opening  # (the walk reads the patterns)


def _every_character(sequence: list, found: set) -> None:
    for op, value in sequence:
        if op is C.LITERAL:
            found.add(chr(value))
        elif op is C.IN:
            for item_op, item in value:
                assert item_op in (C.LITERAL, C.CATEGORY), item_op  # (no range, no negation)
                found.add(chr(item) if item_op is C.LITERAL else item)
        elif op is C.BRANCH:
            for branch in value[1]:
                _every_character(branch, found)
        elif op is C.SUBPATTERN:
            _every_character(value[-1], found)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _every_character(value[2], found)
        else:
            assert op is C.AT, op


def test_pagination_characters_hold_every_character_of_a_pagination_line() -> None:
    found: set = set()
    _every_character(_parser.parse(P.PAGINATION.pattern, 0).data, found)
    for item in found:
        if item == C.CATEGORY_SPACE:
            assert P.PAGINATION_CHARACTERS.fullmatch(" \t\u3000\u00a0")
        elif item == C.CATEGORY_DIGIT:
            assert P.PAGINATION_CHARACTERS.fullmatch("0９٣")
        else:
            assert P.PAGINATION_CHARACTERS.fullmatch(item), item
    assert not P.PAGINATION_CHARACTERS.fullmatch("2024-05-13 09:16")


def _reference_boilerplate_line(text: str, chars: int) -> bool:
    """``_is_boilerplate_line``'s short-line tests without their pre-tests."""
    return chars <= S.MAX_CONTROL_LINE and bool(
        P.PAGINATION.match(text)
        or P.CREDIT_LINE.match(text)
        or P.READ_ALSO.match(text)
        or P.PROMO_LINK.match(text)
        or P.TAGS_LINE.match(text)
        or P.CONTROL_LINE.match(text)
        or P.role_names_line(text)
        or agency_closing(text)
    )


def _page_lines() -> set[str]:
    """The block texts of the fixture pages and of some corpus pages (when present)."""
    paths = sorted(DATA.rglob("*.html"))
    for pages in ("zh-dev", "en-scrapinghub"):
        paths += sorted((SHARED / "corpora" / pages / "pages").glob("*.htm*"))[:40]
    lines: set[str] = set()
    for path in paths:
        root = etree.fromstring(path.read_bytes(), etree.HTMLParser())
        if root is not None:
            lines.update(block.text for block in walk(root).segmented.blocks if block.text)
    return lines


@pytest.fixture(scope="module")
def page_lines() -> set[str]:
    return _page_lines()


def test_the_pre_tests_change_no_line(page_lines: set[str]) -> None:
    assert len(page_lines) > 1000
    short = [text for text in page_lines if len(text) <= S.MAX_CONTROL_LINE]
    assert sum(_reference_boilerplate_line(text, len(text)) for text in short) > 20
    for text in short:
        if _reference_boilerplate_line(text, len(text)):
            assert S._is_boilerplate_line(text, len(text)), text


SAMPLES = [
    "图片来源：网络", "（图片来源于网络）", "图/新华社", "摄影 / 张三", "配图来源：视觉中国",
    "延伸阅读", "【相关阅读】", "推荐阅读：", "点击查看大图", "戳这里下载", "猛戳进入>>",
    "标签：环保 垃圾分类", "文章关键词： 苹果", "本文标签：手机", "关键字：a",
    "共15条 首页 上一页 1 2 下一页 尾页", "第1页/共5页", "1 2 3 ... 10 >", "Prev 1 2 Next", "首页 上一页 下一页 末页",
]  # fmt: skip


@pytest.mark.parametrize("text", SAMPLES)
def test_the_samples_are_found_through_the_pre_tests(text: str) -> None:
    assert _reference_boilerplate_line(text, len(text))
    assert S._is_boilerplate_line(text, len(text))


def assert_shows_headline_holds(text: str, keys: set[str]) -> None:
    expected = S.headline_key(text) in keys
    S._key_cache.pop(text, None)
    assert S.shows_headline(text, keys, S.headline_marks(keys)) == expected, (text, keys)


def test_shows_headline_on_the_page_lines(page_lines: set[str]) -> None:
    lines = sorted(page_lines)
    keys_of = [{S.headline_key(line)} for line in lines[::50] if S.headline_key(line)]
    keys_of += [{"吉林省人民政府关于禁止", "国务院通知"}, {"breaking news today"}, {"2024年工作报告", "国务院"}]
    for keys in keys_of:
        for text in lines[:3000]:
            assert_shows_headline_holds(text, keys)


HEADLINE_PIECES = st.sampled_from(
    ["吉林", "省", "人民政府", "通知", "国务院", " ", "：", "·", "İ", "i̇", "I", "i", "News", "NEWS", "today", "ǅ", "Σ",
     "ς", "2024", "年", "!", "“", "”"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(HEADLINE_PIECES, min_size=1, max_size=8).map("".join), st.lists(HEADLINE_PIECES, max_size=6))
def test_shows_headline_on_generated_lines(text: str, key_pieces: list[str]) -> None:
    keys = {S.headline_key(text), S.headline_key("".join(key_pieces))} - {""}
    if keys:
        assert_shows_headline_holds(text, keys)
        assert_shows_headline_holds(text + "x", keys)
        assert_shows_headline_holds(text[1:], keys)
