"""The first-word pre-test of the Latin line openings in ``dom_select._is_boilerplate_line`` (``_latin_word``,
``_may_open_latin``), its literal pre-tests of PROMO_LINK and TAGS_LINE, and the ASCII shortcut of
``patterns.may_be_furniture`` never say no where the patterns they guard say yes: tried on samples of every branch
(as written, in other cases, behind the marks a line may open with) and on the corpus lines, against the line test
without them."""

from __future__ import annotations

import pytest
from lxml import etree

from pipeline.meta.patterns import agency_closing
from pipeline.readers.blocks import walk
from pipeline.strip import dom_select as S
from pipeline.strip import patterns as P
from tests.builders import DATA, SHARED
from tests.strip.test_dump_latin import LATIN_OPENINGS

GUARDED = (P.CREDIT_LINE, P.READ_ALSO, P.EUROPEAN_FURNITURE, P.CONSENT_PLACEHOLDER)
# Lines that open with a word running into the next one, or with a letter that matching ignoring case equates with
# an ASCII one ("ſ" with "s", the Kelvin sign with "k"), and Chinese lines of the short-line patterns.
MORE_SAMPLES = [
    "GettyImages", "AdobeStock", "imagoimages", "(GettyImages)", "ſhortlink", "\u212aategorie: News",
    "Photographer: Jane Doe", "Fotografin: Anna Schmidt", "Pictures: Example", "PHOTOS: EXAMPLE",
    "点击查看大图", "戳这里下载", "猛戳进入>>", "标签：环保 垃圾分类", "文章关键词： 苹果", "本文标签：手机",
    "关键字：a", "图片来源：网络", "（图片来源于网络）", "延伸阅读", "【相关阅读】",
]  # fmt: skip


def _furniture_reference(text: str) -> bool:
    """``patterns.may_be_furniture`` without its ASCII shortcut."""
    if P.FURNITURE_HINT.search(text) is not None:
        return True
    lowered = text.lower()
    return P.LATIN_FURNITURE_LETTERS.search(text) is not None and any(w in lowered for w in P.LATIN_FURNITURE_WORDS)


def _reference(text: str, chars: int) -> bool:
    """``_is_boilerplate_line`` without the pre-tests these tests are about."""
    if (P.PREV_NEXT_OR_BREADCRUMB_HINT.match(text) and (P.PREV_NEXT.match(text) or P.BREADCRUMB.match(text))) or (
        text[0] == "<" and P.MARKUP_LINE.match(text)
    ):
        return True
    if chars <= S.MAX_CONTROL_LINE and (
        P.CONTROL_LINE.match(text)
        or P.PAGINATION.match(text)
        or (
            (not "\u4e00" <= text[0] <= "\u9fff" or text[0] in P.SHORT_TEST_IDEOGRAPHS)
            and (
                P.CREDIT_LINE.match(text)
                or P.READ_ALSO.match(text)
                or P.PROMO_LINK.match(text)
                or P.TAGS_LINE.match(text)
            )
        )
        or P.role_names_line(text)
        or agency_closing(text)
    ):
        return True
    if (
        chars <= S.MAX_FOOTER_LINE
        and _furniture_reference(text)
        and (P.FOOTER_ANYWHERE.search(text) or P.FOOTER_START.match(text) or P.NOTICE_LINE.search(text))
    ):
        return True
    if S.MAX_FOOTER_LINE < chars <= S.MAX_NOTICE_LINE and P.platform_notice(text):
        return True
    if text[0] > "\u2e7f" or chars > S.MAX_PHP_WARNING:
        return False
    return bool(
        ((chars <= S.MAX_FURNITURE_LINE or "on line" in text) and P.EUROPEAN_FURNITURE.match(text))
        or (chars <= S.MAX_CONTROL_LINE and P.SOURCE_LINE.match(text))
        or P.CONSENT_PLACEHOLDER.match(text)
        or (chars <= S.MAX_NOTICE_LINE and P.EUROPEAN_NOTICE_HINT.search(text) and P.EUROPEAN_NOTICE.search(text))
        or (chars <= S.MAX_LICENCE_LINE and ("Commons" in text or "CC" in text) and P.LICENCE_LINE.search(text))
    )


def _variants(line: str) -> set[str]:
    return {line, line.upper(), line.lower(), line.capitalize(), f"» {line}", f"[ {line} ]", f"• {line}", f"({line})"}


@pytest.mark.parametrize("line", LATIN_OPENINGS + MORE_SAMPLES)
def test_the_guards_never_say_no_where_a_guarded_pattern_matches(line: str) -> None:
    for variant in _variants(line):
        word = S._latin_word(variant)
        if any(pattern.match(variant) for pattern in GUARDED):
            assert S._may_open_latin(word), variant
        if P.SOURCE_LINE.match(variant):
            assert S._may_open_latin(word) or word.startswith(S._STOCK_STEMS), variant
        if P.PROMO_LINK.match(variant):
            assert "点击" in variant or "戳" in variant
        if P.TAGS_LINE.match(variant):
            assert "关键" in variant or "标签" in variant
        assert P.may_be_furniture(variant) == _furniture_reference(variant), variant
        chars = len(variant) - variant.count(" ")
        assert S._is_boilerplate_line(variant, chars) == _reference(variant, chars), variant


def test_the_samples_match_as_written() -> None:
    """(So that the test above tries each pattern's branches, not lines none of them matches.)"""
    matched = [line for line in LATIN_OPENINGS + MORE_SAMPLES if any(p.match(line) for p in (*GUARDED, P.SOURCE_LINE))]
    assert len(matched) > 150
    assert all(P.SOURCE_LINE.match(line) for line in ("GettyImages", "AdobeStock", "imagoimages"))
    assert P.EUROPEAN_FURNITURE.match("ſhortlink") and S._latin_word("ſhortlink") is None


def test_the_guard_says_no_to_most_lines() -> None:
    for line in (
        "The city council voted on Tuesday.",
        "Der Stadtrat hat am Dienstag beschlossen.",
        "“Quoted,” he said.",
    ):
        assert not S._may_open_latin(S._latin_word(line))
    assert S._latin_word("© 2024 Example") == "-"
    assert not P.may_be_furniture("The city council voted on Tuesday.")
    assert P.may_be_furniture("(c) 2024 Example") and P.may_be_furniture("Powered by Example")


def test_the_literal_pre_tests_are_read_off_the_patterns() -> None:
    """The ASCII shortcut of ``may_be_furniture`` holds while FURNITURE_HINT's only ASCII branch is "(c"/"(C" (every
    other branch a literal holding a character outside ASCII); PROMO_LINK's and TAGS_LINE's pre-tests hold while
    every match of theirs opens with one of these words."""
    for branch in P.FURNITURE_HINT.pattern.split("|"):
        assert branch == r"\([cC]" or branch == "©" or (not branch.isascii() and branch.isalnum()), branch
    assert r"\s*(?:点击|戳|猛戳)(?:" in P.PROMO_LINK.pattern
    assert r"[【\[]?(?:(?:文章|本文|新闻)(?:关键词|关键字|标签)|关键字|标签)\s*" in P.TAGS_LINE.pattern


@pytest.fixture(scope="module")
def page_lines() -> list[str]:
    """The block texts and metadata lines of the fixture pages and of the corpus pages (when present)."""
    paths = sorted(DATA.rglob("*.html"))
    for pages in ("zh-dev", "en-scrapinghub", "meta-dev"):
        paths += sorted((SHARED / "corpora" / pages / "pages").glob("*.htm*"))
    lines: set[str] = set()
    for path in paths:
        root = etree.fromstring(path.read_bytes(), etree.HTMLParser())
        if root is not None:
            found = walk(root)
            lines.update(block.text for block in found.segmented.blocks if block.text)
            lines.update(found.lines)
    return sorted(lines)


def test_the_line_test_is_unchanged_on_the_page_lines(page_lines: list[str]) -> None:
    assert len(page_lines) > 1000
    found = 0
    for text in page_lines:
        chars = len(text) - text.count(" ")
        expected = _reference(text, chars)
        found += expected
        assert S._is_boilerplate_line(text, chars) == expected, text
        assert P.may_be_furniture(text) == _furniture_reference(text), text
    assert found > 100
