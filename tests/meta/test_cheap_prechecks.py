"""The cheap tests the metadata step runs before its costly patterns must never turn away a line the
pattern would match (speed only: the records stay the same).

Each test states the shortcut's premise on the pattern itself ("FIELD_LABEL matches => a label word is
in the line"), over generated lines built from the characters that matter, so the two fail together
as soon as a pattern learns a form its precheck does not know.
"""

from __future__ import annotations

import sys
import unicodedata

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.meta import bylines, title
from pipeline.meta import patterns as P
from pipeline.meta.bylines import parse_line, trailing_byline
from pipeline.meta.dates import find_dates
from pipeline.meta.lang import find_lang
from pipeline.meta.title import _opening_lines
from pipeline.meta.view import PageView, join_split_dates

# Characters the patterns below turn on, with spaces of several kinds, letters in odd cases and the
# separators str.split() knows and the regex \s does not.
_ALPHABET = (
    "来源作者记者發布日期时间发表于由文本报讯转自栏目分类第版办公室委员会局人民政府主题帖子粉丝"
    "（）()【】[]:：/|丨-–—.,，、 \u3000\xa0\t\n\x1c\x1f0123456789年月日"
    "abcdefgABCDEFGKkSsſσςΣ\u212a"
    "AFPdpaReutersEFE"
)
_LINES = st.text(alphabet=_ALPHABET, max_size=40)


@settings(max_examples=400, deadline=None)
@given(_LINES)
def test_a_line_without_label_words_has_no_labelled_field(line: str) -> None:
    if P.FIELD_LABEL.search(line) or P.SOURCE_GLUED.search(line):
        assert P.LABEL_WORD_ANY.search(line)
    if not P.LABEL_WORD_ANY.search(line):
        assert parse_line(line).fields == []


def test_parse_line_keeps_an_unlabelled_line_whole() -> None:
    assert parse_line("Posted in the news").rest == ["Posted in the news"]
    assert parse_line("").rest == []
    assert parse_line("来源：新华网").fields == [("source", "新华网")]


@settings(max_examples=400, deadline=None)
@given(_LINES)
def test_numeric_dates_need_a_year_opening_with_19_or_20(line: str) -> None:
    text = line.translate(str.maketrans("０１２３４５６７８９－／．：　", "0123456789-/.: "))
    if "19" not in text and "20" not in text:
        for pattern in (
            P.DATE_NUMERIC,
            P.DATE_DMY_DOTS,
            P.DATE_SLASHES_YEAR_LAST,
            P.DATE_MONTH_FIRST,
            P.DATE_DAY_FIRST,
        ):
            assert not pattern.search(text)
        if "-" not in text or ":" not in text:
            assert not P.DATE_SHORT_YEAR.search(text)


def test_dates_without_a_year_are_still_read_in_their_other_forms() -> None:
    assert [d.iso for d in find_dates("24-5-13 17:07", short_years=True)] == ["2024-05-13T17:07"]
    assert [d.iso for d in find_dates("二〇二一年二月二十日")] == ["2021-02-20"]
    assert find_dates("阅读 123 评论 45") == []


@settings(max_examples=400, deadline=None)
@given(_LINES)
def test_role_and_credit_patterns_need_their_literals(line: str) -> None:
    if P.REPORTER_PLACE.search(line):
        assert "记者" in line or "記者" in line
    if P.WEN_BYLINE.match(line):
        assert "文" in line
    if P.MEDIA_ROLE_PREFIX.match(line):
        assert "记者" in line or "通讯员" in line or "评论员" in line
    if P.POSTED_BY.search(line):
        assert "由" in line
    if P.TRAILING_BYLINE.search(line):
        assert line.rstrip().endswith(("）", ")"))
    if P.AGENCY_CLOSING.match(line):
        assert P.AGENCY_HINT.search(line)
    if P.ISSUER_LINE.match(line):
        assert line[-1:] in P.ISSUER_LAST or line.endswith("\n")
    if P.PROFILE_COUNTER.match(line):
        assert line[:1] in P.PROFILE_COUNTER_FIRST or line[:1].isdigit()
    if P.CATEGORY_LABEL.search(line) or P.EPAPER_PAGE.search(line) or P.POSTED_IN_BOARD.search(line):
        assert line.startswith("第") or any(hint in line for hint in P.CATEGORY_HINTS)


def test_trailing_byline_still_reads_a_closing_credit() -> None:
    assert trailing_byline("…过廉洁之年。（记者 胡晓蓉）  ")[0] == ["胡晓蓉"]
    assert trailing_byline("没有括号的一段话。") == ([], None)


def test_profile_counter_words_open_with_the_listed_characters() -> None:
    words = P.PROFILE_COUNTER.pattern.split("(?:(?:")[-1].split(")")[0].split("|")
    assert len(words) >= 10  # the word list was found in the pattern
    for word in words:
        assert word[0] in P.PROFILE_COUNTER_FIRST


def _openings_by_search(lines: list[str], keys: dict[str, int]) -> set[int]:
    """The definition: a search for ``key[0]\\s*key[1]`` ignoring case on each line."""
    pattern = regex.compile(
        "|".join(regex.escape(key[0]) + r"\s*" + regex.escape(key[1]) for key in keys), regex.IGNORECASE
    )
    return {index for index, line in enumerate(lines) if pattern.search(line)}


_KEY_CHARS = "丽水市政协abkKsσςſ2月28日\x00"
_KEYS = st.dictionaries(st.text(alphabet=_KEY_CHARS, min_size=2, max_size=4), st.integers(0, 3), min_size=1, max_size=3)
_PAGE = st.lists(st.text(alphabet=_KEY_CHARS + " \u3000\xa0\t\x1c|", max_size=12), max_size=12)


@settings(max_examples=400, deadline=None)
@given(_PAGE, _KEYS)
def test_opening_lines_are_the_lines_the_search_finds(lines: list[str], keys: dict[str, int]) -> None:
    assert _opening_lines(lines, keys) == _openings_by_search(lines, keys)


def _every_character() -> str:
    return "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)


def test_caseless_characters_match_only_themselves_and_are_no_spaces() -> None:
    """The premise of ``_caseless_openings``: ignoring case, the regex engine matches a Han or kana character
    with itself alone (no character of the range has a case, none outside folds into it), and none is a space."""
    first, last = title.CASELESS_FIRST, title.CASELESS_LAST
    inside = [*"0123456789", *(chr(code) for code in range(ord(first), ord(last) + 1))]
    assert all(title._caseless(char) for char in inside)
    assert not any(title._caseless(char) for char in ("a", "K", "σ", "\u212a", "\u3000", "\uff21", "\uff10", "\ua000"))
    folded = regex.compile(f"[0-9{first}-{last}]", regex.IGNORECASE).findall(_every_character())
    assert folded == inside  # nothing outside the range matches it when case is ignored
    assert all(char.lower() == char.upper() == char.casefold() == char for char in inside)
    assert not any(regex.match(r"\s", char) for char in inside)


def test_no_gap_character_is_alphanumeric() -> None:
    """The premise of the ``str.isalnum()`` pretest in ``_caseless_openings``."""
    assert not any(char.isalnum() for char in P.KEY_GAP.findall(_every_character()))


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="丽水市政协的日月あア28２ \u3000\xa0\t\x1c\x1f\x85|x\x00-·、“", max_size=30),
    st.sampled_from("丽水日あ"),
    st.sampled_from("水市月ア"),
)
def test_caseless_openings_are_where_the_pattern_matches(text: str, first: str, second: str) -> None:
    """The first place of each line (lines joined by OPENING_JOIN) where the pattern matches, as its finditer
    gives them."""
    found = title._caseless_openings(text, first, second)
    pattern = title._opening(first, second)
    expected, line_start = [], 0
    for line in text.split(title.OPENING_JOIN):
        firsts = [at for at in range(line_start, line_start + len(line)) if pattern.match(text, at)]
        expected += firsts[:1]
        line_start += len(line) + 1
    assert found == expected
    assert found == [match.start() for match in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aAbBkK\u212asSſ \xa0\t\x1c\x00x", max_size=30), st.sampled_from("akſ"), st.sampled_from("bKs"))
def test_an_opening_matches_once_per_line(text: str, first: str, second: str) -> None:
    """``_opening``'s tail only makes a match run to the end of its line: a line holds a match or not as the
    bare pattern says, and finditer gives one match per such line."""
    bare = regex.compile(regex.escape(first) + r"[\s\p{P}\p{S}]*" + regex.escape(second), regex.IGNORECASE)
    lines = text.split(title.OPENING_JOIN)
    matches = list(title._opening(first, second).finditer(text))
    assert [bool(title._opening(first, second).search(line)) for line in lines] == [
        bool(bare.search(line)) for line in lines
    ]
    assert len(matches) == sum(1 for line in lines if bare.search(line))


def test_opening_lines_allow_spaces_and_refuse_a_line_break() -> None:
    keys = {"丽水市政协": 0}
    lines = ["丽 水市政协", "今天丽", "水市", "x丽\u3000水", "丽\x1c水"]
    assert _opening_lines(lines, keys) == {0, 3}
    assert _opening_lines(["丽", "x"], {"丽\x00": 0}) == set()  # the joining character never opens a key
    assert _opening_lines(["Google Stadia", "go", "G o"], {"googlestadia": 0}) == {0, 1, 2}
    # punctuation a key leaves out may stand between its first two characters
    assert _opening_lines(["1-10月德清县投资", "5·12纪念", "x1 0"], {"110月德清县投资": 0, "512纪念": 1}) == {0, 1}


def test_find_lang_keeps_the_declared_language_unless_the_script_is_cjk() -> None:
    latin = ["Der Bundestag hat am Freitag die Reform der Schuldenbremse beschlossen und die Länder begrüßen es"]
    view = PageView(lines=latin, title=None, html_lang="de")
    assert find_lang(view) == "de"
    chinese = ["丽水市政协绘就精彩履职画卷，全市各级政协组织围绕中心服务大局，积极建言献策，取得明显成效。" * 2]
    assert find_lang(PageView(lines=chinese, title=None, html_lang="en")) == "zh"
    assert find_lang(PageView(lines=chinese, title=None)) == "zh"
    english = ["The council said that it was the first of the new rules for the city and that it is in force"]
    assert find_lang(PageView(lines=english, title=None)) == "en"


def test_nfkc_punctuation_is_what_nfkc_makes_of_it() -> None:
    """The premise of title_key's replacements: each is the character's own compatibility decomposition, in
    characters NFKC keeps (so the text's decomposition does not change)."""
    for wide, narrow in P.NFKC_PUNCTUATION:
        assert unicodedata.decomposition(wide).startswith("<")  # a compatibility mapping
        assert unicodedata.normalize("NFKD", wide) == narrow == unicodedata.normalize("NFKC", narrow)
        assert narrow.isascii() and unicodedata.combining(wide) == 0


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="标题，（）：；？！\u3000…,.e\u0301\u0301ＡａＫ℃™㈠ﬁ½ 　-_", max_size=30))
def test_title_key_is_its_definition(text: str) -> None:
    expected = P.TITLE_NOISE.sub("", unicodedata.normalize("NFKC", text).lower())
    assert title.title_key.__wrapped__(text) == expected


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_an_ascii_title_key_is_its_definition(text: str) -> None:
    expected = P.TITLE_NOISE.sub("", unicodedata.normalize("NFKC", text).lower())
    assert title.title_key.__wrapped__(text) == expected


def test_ascii_characters_are_their_own_nfkc_and_lower_case_within_ascii() -> None:
    """The premise of title_key's ASCII path, character by character (no ASCII character combines with another)."""
    for char in map(chr, range(128)):
        assert unicodedata.normalize("NFKC", char) == char and unicodedata.combining(char) == 0
        assert char.lower().isascii() and len(char.lower()) == 1
        assert (char.translate(P.ASCII_TITLE_NOISE) == "") == bool(P.TITLE_NOISE.fullmatch(char))
    assert title.title_key.__wrapped__("The  Quick-Brown\tFox's 2 [x]\x1c") == "thequickbrownfoxs2x\x1c"


def test_join_split_dates_finds_a_year_among_other_four_character_lines() -> None:
    lines = ["首页推荐", "2024", "03/05", "10:21:35", "来源：新华网"]
    assert join_split_dates(lines) == ["首页推荐", "2024 03/05 10:21:35", "来源：新华网"]
    unchanged = ["首页推荐", "二〇二四", "abcd"]
    assert join_split_dates(unchanged) is unchanged


_BYLINE_ALPHABET = _ALPHABET + "通讯员评论员本报新华社张三李四丽水日报By von Por"


@settings(max_examples=600, deadline=None)
@given(st.lists(st.text(alphabet=_BYLINE_ALPHABET, max_size=30), min_size=2, max_size=4), st.booleans())
def test_a_creditless_line_yields_no_credit(lines: list[str], labelled_only: bool) -> None:
    """The premise of ``_creditless``: _read_line, run in full, finds nothing on such a line."""
    line = lines[1]
    if not bylines._creditless(line):
        return
    credits, date_lines = bylines.Credits(), set()
    pending = bylines._read_line(credits, lines, 1, 1, labelled_only, date_lines, None)
    assert pending is None and not date_lines
    assert credits == bylines.Credits()


def test_creditless_lines_are_only_those_without_hints() -> None:
    assert bylines._creditless("网站首页 新闻中心")
    for line in ("来源：新华网", "2024-05-20", "二〇二一年二月", "新华社记者邹多为", "文丨韩涵", "By Jane Doe", "٢٠٢٤"):
        assert not bylines._creditless(line)


def test_script_hints_hold_every_kana_and_hangul() -> None:
    """The premise of guess_lang's quick tests: a text without a character of the hint's blocks has no kana
    (no Hangul) as the counting patterns read them."""
    every = _every_character()
    kana = "".join(P.KANA_SPAN.findall(every))
    assert len(kana) > 300 and len(P.KANA_HINT.findall(kana)) == len(kana)
    hangul = "".join(P.HANGUL.findall(every))
    assert len(hangul) > 11000 and len(P.HANGUL_HINT.findall(hangul)) == len(hangul)
    assert not P.KANA_HINT.search("丽水市政协，中国人民政治协商会议。Der Bundestag") and P.KANA_HINT.search("ひらがな")


def test_footer_hint_finds_what_the_regex_engine_found() -> None:
    for line in ("版权所有：汉斯出版社", "© 2024 Example", "Copyright 2020", "COPYRIGHT", "(c) 2019", "与乐趣园无关"):
        assert P.FOOTER_HINT.search(line)
    assert not P.FOOTER_HINT.search("(C) 2019 copy right")


def test_every_agency_name_holds_a_word_of_the_hint() -> None:
    names = P._AGENCY[3:-1].split("|")
    assert len(names) >= 20 and "Europa\\s+Press" in names  # the name list was read from the pattern
    for name in names:
        written = name.replace("\\s+", " ")
        assert P.AGENCY_HINT.search(written), name
        assert P.AGENCY_CLOSING.match(f"kvo/{written}") and P.AGENCY_AFTER_NAME.search(f"Lucía Ferrer {written}")


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="AFPdpaReutersEFESDAKeystone-Europa Pressmit Material von()/ kvoTT\xa0", max_size=40))
def test_an_agency_pattern_matches_only_a_line_the_hint_finds(line: str) -> None:
    if P.AGENCY_CLOSING.match(line) or P.AGENCY_AFTER_NAME.search(line) or P.AGENCY_DATELINE.match(line):
        assert P.AGENCY_HINT.search(line)


def test_latin_words_are_read_alike_by_both_engines() -> None:
    """LATIN_WORD runs on the standard engine: a class of literal characters, no flag, reads alike in both."""
    text = _every_character()
    assert P.LATIN_WORD.findall(text) == regex.findall(P.LATIN_WORD.pattern, text)
    sample = "über die Straße, the café, ÄÖÜ ça et là, ſ K ǅ"
    assert P.LATIN_WORD.findall(sample) == regex.findall(P.LATIN_WORD.pattern, sample)


def test_the_headline_search_skips_paragraphs_and_keeps_line_indexes() -> None:
    """Lines longer than a headline are left out of the opening search: the line found keeps its page index."""
    paragraph = "The text of the article runs on and on, " * 8  # longer than MAX_HEADLINE, opens like the title
    lines = [paragraph, "Menu", paragraph, "The Title of the Story", "2021-05-06 by Jane Doe", paragraph]
    found = title._best_line(lines, ["The Title of the Story"], "")
    assert found is not None and found[0].index == 3 and found[1] == 2
    assert title._best_line([paragraph, "The Title of the Story" + " x" * 100], ["The Title of the Story"], "") is None


def test_editor_credits_are_read_past_long_lines_and_only_there() -> None:
    long_line = "编" + "文" * 120  # holds the editor's word, but too long to be a credit
    assert bylines.find_editors(["标题", long_line, "正文", "（责任编辑：张毅）"], 0) == ["张毅"]
    assert bylines.find_editors(["标题", long_line, "正文"], 0) == []


def test_a_closing_agency_is_read_among_short_lines_only() -> None:
    from pipeline.meta.extract import _closing_agency

    lines = ["Headline", "A paragraph that names Reuters and dpa but is longer than a credit line.", "kvo/mbr/dpa"]
    assert _closing_agency(lines, 0) == "dpa"
    assert _closing_agency(lines[:2], 0) is None
