"""The cheap tests the metadata step runs before its costly patterns must never turn away a line the
pattern would match (speed only: the records stay the same).

Each test states the shortcut's premise on the pattern itself ("FIELD_LABEL matches => a label word is
in the line"), over generated lines built from the characters that matter, so the two fail together
as soon as a pattern learns a form its precheck does not know.
"""

from __future__ import annotations

import datetime
import sys
import unicodedata
from collections import Counter

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.meta import bylines, extract, lang, title
from pipeline.meta import patterns as P
from pipeline.meta import view as view_module
from pipeline.meta.bylines import parse_line, trailing_byline
from pipeline.meta.dates import find_dates, plausible
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


_DATE_LINES = st.text(alphabet="0123456789０１２３４５６７８９.．/／-－:：年月日 \u3000Tam", max_size=30)


@settings(max_examples=1500, deadline=None)
@given(_DATE_LINES)
def test_each_date_form_needs_its_literal(line: str) -> None:
    """The premise of find_dates' literal tests: a dotted date holds a ".", a slashed one a "/", a short year's
    a "-" and a ":" (once full-width forms are read as ASCII); and find_dates gives what the patterns give."""
    text = line.translate(str.maketrans("０１２３４５６７８９－／．：　", "0123456789-/.: "))
    if "." not in text:
        assert not P.DATE_DMY_DOTS.search(text)
    if "/" not in text:
        assert not P.DATE_SLASHES_YEAR_LAST.search(text)
    if "-" not in text or ":" not in text:
        assert not P.DATE_SHORT_YEAR.search(text)


@pytest.mark.parametrize(
    "line, iso",
    [
        ("05.11.2021 14:30", "2021-11-05T14:30"),
        ("14/05/2024", "2024-05-14"),
        ("24-5-13 17:07", "2024-05-13T17:07"),
        ("2024-05-13 17:07", "2024-05-13T17:07"),
    ],
)
def test_each_date_form_is_still_read(line: str, iso: str) -> None:
    assert find_dates(line, short_years=True)[0].iso == iso


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
    """The definition: a search for ``key[0]``, then what a key leaves out (spaces, punctuation, symbols), then
    ``key[1]``, ignoring case, on each line."""
    pattern = regex.compile(
        "|".join(regex.escape(key[0]) + r"[\s\p{P}\p{S}]*" + regex.escape(key[1]) for key in keys), regex.IGNORECASE
    )
    return {index for index, line in enumerate(lines) if pattern.search(line)}


_KEY_CHARS = "丽水市政协abkKsσςſ2月28日\x00"
_KEYS = st.dictionaries(st.text(alphabet=_KEY_CHARS, min_size=2, max_size=4), st.integers(0, 3), min_size=1, max_size=3)
_PAGE = st.lists(st.text(alphabet=_KEY_CHARS + " \u3000\xa0\t\x1c|-·、“", max_size=12), max_size=12)


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
    assert not any(char.isalnum() for char in P.TITLE_NOISE.findall(_every_character()))


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
    for line in (
        "来源：新华网",
        "2024-05-20",
        "二〇二一年二月二十日",
        "新华社记者邹多为",
        "文丨韩涵",
        "By Jane Doe",
        "2024年5月20日",
    ):
        assert not bylines._creditless(line)
    assert bylines._creditless("٢٠٢٤-05-20")  # digits, but no date the byline reads


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


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="ab 文字\n\t\u3000", max_size=50), max_size=8), st.integers(0, 120))
def test_short_text_is_the_collapsed_text_when_short_enough(pieces: list[str], longest: int) -> None:
    """``short_text`` gives up on a long element early: what it gives is still the definition's."""
    from lxml import html

    root = html.fromstring("<div></div>")
    for piece in pieces:  # each piece in an element of its own, so that itertext gives them one by one
        child = root.makeelement("span")
        child.text = piece
        root.append(child)
    whole = " ".join("".join(root.itertext()).split())
    assert view_module.short_text(root, longest) == (whole if len(whole) <= longest else None)


def _lines_above_byline_reference(lines: list[str]) -> list[int]:
    """The scan as it was: up to three lines over a byline (only the first was ever used)."""
    out: list[int] = []
    for index in range(1, min(len(lines), title.SCAN_LINES)):
        line = lines[index]
        if len(line) > 80 or not (find_dates(line) or P.BYLINE_LABEL.search(line)):
            continue
        if P.CLAUSE.search(line) and not P.BYLINE_LABEL.search(line):
            continue
        if P.IGNORED_DATE_CONTEXT.search(line) or P.COMMENT_CONTEXT.search(line):
            continue
        above = index - 1
        while above > 0 and index - above < 4 and title._byline_part(lines[above]):
            above -= 1
        name_line = above > 0 and len(lines[above]) <= 10 and " " not in lines[above]
        if name_line and len(lines[above - 1]) > len(lines[above]) and not title._byline_part(lines[above - 1]):
            above -= 1
        if title._headline_like(lines[above]) and above not in out:
            out.append(above)
            if len(out) >= 3:
                break
    return out


_PAGE_LINES = st.sampled_from(
    [
        "网站首页",
        "谁来为无序拆房“埋单”？",
        "本报记者 王燕平",
        "2003-7-24 钱江晚报",
        "来源： 科普中国-科学原理",
        "马亮南生",
        "南生运营的理念（商用）",
        "评论 2021-05-06",
        "徒手抓子弹真的存在吗？",
        "正文的第一段，很长很长，说了很多话。" * 3,
        "The Title of the Story",
        "2021-05-06 by Jane Doe",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PAGE_LINES, max_size=14))
def test_the_line_above_a_byline_is_the_first_the_full_scan_finds(lines: list[str]) -> None:
    found = _lines_above_byline_reference(lines)
    assert title._line_above_byline(lines) == (found[0] if found else None)


def test_the_line_above_a_byline_is_found() -> None:
    lines = [
        "网站首页",
        "谁来为无序拆房“埋单”？",
        "本报记者 王燕平",
        "2003-7-24 钱江晚报",
        "徒手抓子弹真的存在吗？",
        "2021-05-06",
    ]
    assert _lines_above_byline_reference(lines) == [1, 4]
    assert title._line_above_byline(lines) == 1


def _labelled_anywhere_reference(
    lines: list[str], headline: int | None, limit: datetime.date, *, updates: bool = False
) -> str | None:
    """``_labelled_anywhere`` as it was: each line's context looked at before its labels."""
    kinds = ("published", "date", "updated") if updates else ("published", "date")
    start = headline or 0
    dated = [line for line in lines[start : start + extract.SIGNATURE_SCAN] if P.ANY_DIGIT.search(line)]
    for line in dated:
        if len(line) > 120 or P.COPYRIGHT.search(line) or P.IGNORED_DATE_CONTEXT.search(P.COUNTER.sub("", line)):
            continue
        posted = P.POSTED_BY.search(line) if "由" in line else None
        if posted:
            found = find_dates(line[posted.end() :])
            if found and plausible(found[0].iso, limit):
                return found[0].iso
        latin = P.LATIN_PUBLISH_LABEL.search(line)
        if latin:
            found = find_dates(line[latin.end() :])
            if found and found[0].start <= 2 and plausible(found[0].iso, limit):
                return found[0].iso
        for match in P.FIELD_LABEL_COLON.finditer(line) if P.LABEL_WORD_ANY.search(line) else ():
            if P.LABEL_KIND.get(match["label"]) in kinds:
                found = find_dates(line[match.end() :])
                if found and found[0].start <= 2 and plausible(found[0].iso, limit):
                    return found[0].iso
        if updates:
            label = P.UPDATE_LABEL.search(line)
            found = find_dates(line[label.end() :]) if label else []
            if found and found[0].start <= 2 and plausible(found[0].iso, limit):
                return found[0].iso
    if updates:
        return None
    for line in dated:
        if P.COPYRIGHT.search(line) or len(line) > 400:
            continue
        found = find_dates(line) if len(line) <= 40 or P.DATELINE.match(line) else []
        if not found or not plausible(found[0].iso, limit):
            continue
        if P.DATE_ONLY_REST.match(line[: found[0].start] + line[found[0].end :]) or P.DATELINE.match(line):
            return found[0].iso
    return None


_DATED_LINES = st.sampled_from(
    [
        "发表于:2005-07-31 12:30",
        "评论 发表于:2005-07-31 12:30",
        "版权所有 发布时间：2021-02-20",
        "本贴由大卫于2005年8月12日16:12:21在论坛发表",
        "Erschienen am: 01.11.2023",
        "编辑于 2023-03-01 15:45",
        "last edited 2019-11-10",
        "阅读 123 更新时间：2022-01-05",
        "2021年02月20日",
        "© 2021-05-06",
        "27.1.2022 - Bei der Erinnerung an die Opfer",
        "2030-01-01",
        "正文 2021 年的一段话，没有日期。",
        "Home",
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_DATED_LINES, max_size=8), st.booleans(), st.sampled_from([None, 0, 2]))
def test_a_labelled_date_anywhere_is_what_the_full_reading_finds(
    lines: list[str], updates: bool, headline: int | None
) -> None:
    limit = datetime.date(2024, 6, 1)
    expected = _labelled_anywhere_reference(lines, headline, limit, updates=updates)
    assert extract._labelled_anywhere(lines, headline, limit, updates=updates) == expected


def test_a_breadcrumb_label_opens_with_one_of_the_listed_characters() -> None:
    """The premise of ``breadcrumb_label``: each label of the pattern opens with a character of
    BREADCRUMB_FIRST, and no other character matches it when case is ignored."""
    pattern = P.BREADCRUMB_LABEL.pattern
    labels = pattern[pattern.index("(?:") + 3 : pattern.index(r")\s*[:：]")].split("|")
    assert "当前位置" in labels and "You are here" in labels  # the labels were read from the pattern
    every = _every_character()
    for label in labels:
        matching = regex.compile(regex.escape(label[0]), regex.IGNORECASE).findall(every)
        assert set(matching) <= P.BREADCRUMB_FIRST, label


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="当前位置您现在的你所这里页面栏目Home›You are hereHOMEyOU \u3000\xa0\t\x1c:：首>", max_size=20))
def test_breadcrumb_label_is_the_pattern(line: str) -> None:
    assert P.breadcrumb_label(line) == bool(P.BREADCRUMB_LABEL.match(line))


@pytest.mark.parametrize(
    "lines, date_lines, authors",
    [
        (["标题", "广告", "张三", "关注"], set(), [(2, 2, ["张三"])]),  # by a follow button only
        (["标题", "广告", "张三", "2021-05-06"], {3}, [(2, 2, ["张三"])]),  # by the date only
        (["标题", "广告", "张三", "广告"], set(), []),  # by neither, and not right under the headline
        (["标题", "来源：新华网"], set(), []),  # a labelled field is no name
    ],
)
def test_standalone_names_by_a_date_or_a_follow_button(
    lines: list[str], date_lines: set[int], authors: list[tuple[int, int, list[str]]]
) -> None:
    """``_standalone_names`` asks for the follow button only away from a date line, and for a labelled field
    only on a line with a label word: a name is still taken by either."""
    credits = bylines.Credits()
    bylines._standalone_names(credits, lines, 0, date_lines, frozenset())
    assert credits.authors == authors


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="首页新闻->»›→＞〉〈<》《/|｜ \u3000", max_size=24))
def test_a_crumb_separator_is_what_the_pattern_finds(text: str) -> None:
    assert P.crumb_separator(text) == bool(P.CRUMB_SEPARATOR_STRONG.search(text))


def test_every_crumb_separator_holds_a_hint_character() -> None:
    """Each alternative of the pattern needs a character of the hint (a lookbehind only adds a condition)."""
    alternatives = P.CRUMB_SEPARATOR_STRONG.pattern.split("|")
    assert len(alternatives) == 7  # the alternatives were read from the pattern
    for alternative in alternatives:
        assert P.CRUMB_SEPARATOR_HINT.search(regex.sub(r"^\(\?<!.*?\)", "", alternative)), alternative
    assert P.crumb_separator("首页 -> 新闻") and P.crumb_separator("首页 〉新闻") and not P.crumb_separator("〈书〉")


def test_an_account_counter_ends_with_one_of_its_words() -> None:
    """The premise of ``_account_card``'s quick test: each closing word of ACCOUNT_COUNTER ends with one of
    ACCOUNT_COUNTER_ENDS (read off the pattern), and a line it matches ends so."""
    pattern = P.ACCOUNT_COUNTER.pattern
    words = pattern[pattern.rindex("(?:") + 3 : pattern.rindex(")$")].split("|")
    assert "总?阅读" in words  # the words were read from the pattern
    for word in words:
        assert word.endswith(P.ACCOUNT_COUNTER_ENDS), word
    for line in ("7.4万文章", "418亿总阅读", "12 粉丝", "3关注\n", "5篇文章"):
        assert P.ACCOUNT_COUNTER.match(line) and line.endswith(P.ACCOUNT_COUNTER_ENDS)


_TURN_PIECES = ["记者", "新华社", "（", "）", "(", ")", "：", ":", "文", "丨", "张三", "邹多为", "、"]
_TURN_PIECES += ["By ", "Jane Doe", " "]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_TURN_PIECES), max_size=10).map("".join))
def test_a_speaker_turn_is_refused_whichever_is_asked_first(line: str) -> None:
    """``_role_line`` asks for a speaker's turn only once the line shows a byline: as when it asked first."""
    credits, reference = bylines.Credits(), bylines.Credits()
    bylines._role_line(credits, line, 1)
    if not P.SPEAKER_TURN.match(line):  # the definition: a speaker's turn first, then the byline
        bylines._role_line(reference, line, 1)
    assert credits == reference


def _guess_lang_reference(text: str, *, vote: bool = True) -> str | None:
    """``guess_lang`` as it was: the Latin words always counted."""
    sample = text[: lang.SAMPLE]
    if not sample:
        return None
    han = sum(map(len, P.HAN_SPAN.findall(sample)))
    kana = sum(map(len, P.KANA_SPAN.findall(sample))) if P.KANA_HINT.search(sample) else 0
    if kana > 20 and kana > 0.1 * (han + kana):
        return "ja"
    if P.HANGUL_HINT.search(sample) and len(P.HANGUL.findall(sample)) > 20:
        return "ko"
    if han > 20 and han > len(sample) - han:
        return "zh"
    words = P.LATIN_WORD.findall(sample.lower())
    if han > 20 and han > len(words):
        return "zh"
    if len(words) < 5:
        return "zh" if han >= 2 else None
    if not vote:
        return None
    counts = Counter(words)
    votes = Counter({code: sum(n for word, n in counts.items() if word in stop) for code, stop in P.STOPWORDS.items()})
    code, count = votes.most_common(1)[0]
    return code if count >= 3 else None


_LANG_WORDS = ["the ", "and ", "der ", "die ", "le ", "et ", "中", "国", "ひら", "한국", "x ", "1 ", " ", "\n"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_LANG_WORDS), max_size=60).map("".join), st.booleans())
def test_the_language_guess_is_what_counting_every_word_gives(text: str, vote: bool) -> None:
    assert lang.guess_lang(text, vote=vote) == _guess_lang_reference(text, vote=vote)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["来源", "作者", "编辑", "发布时间", "：", ":", " ", "新华网", "张三", "2021-02-20"]),
        max_size=12,
    )
)
def test_a_metadata_label_holds_a_colon_of_its_own(pieces: list[str]) -> None:
    """The premise of ``metadata_shape``'s colon count: each LABEL match ends with its own colon, so a line holds
    no more labels than colons."""
    line = "".join(pieces)
    assert len(P.LABEL.findall(line)) <= line.count(":") + line.count("：")
