"""Shortcuts the metadata step takes to read fewer lines, or to read them at C speed, must give what the
full reading gives (speed only: the records stay the same).

Each test states the shortcut's premise on the code it stands for, over generated lines built from the
characters that matter (those that normalize, compose, fold or hide a label), so the two fail together as soon
as the full reading learns a form the shortcut does not know.
"""

from __future__ import annotations

import re
import sys
import unicodedata

import lxml.html
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.meta import bylines, dates, extract, title
from pipeline.meta import patterns as P
from pipeline.meta import view as view_module
from pipeline.meta.view import PageView

# Characters that stay in a key and others that do not, that NFKC changes (full-width letters, "℃", "™", "㈠",
# "ﬁ"), that compose with the character before them (combining accents), that fold (Kelvin sign, long s), and
# the openings of a headline label ("标题：", "Title:").
_KEY_ALPHABET = "abTtiKk\u212aſ20标题主帖正在阅读水市政协é\u0301\u0338=ＡＫ℃™㈠ﬁ½ \u3000\xa0\t:：.-_[]【】*#“"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_KEY_ALPHABET, max_size=12))
def test_a_key_opening_is_the_opening_of_the_line_keys(line: str) -> None:
    """``key_opening`` gives the first two characters of both keys the headline search builds of a line, or
    nothing."""
    opening = title.key_opening(line)
    if opening is not None:
        assert len(opening) == 2
        assert title.title_key.__wrapped__(title.clean_headline(line))[:2] == opening
        assert title.title_key.__wrapped__(line)[:2] == opening


def test_key_openings_are_read_where_they_can_be() -> None:
    assert title.key_opening("丽水市政协绘就") == "丽水"
    assert title.key_opening("The Quick") == "th"
    assert title.key_opening("2.1. 淘宝网简介") == "21"
    assert title.key_opening("标题：丽水") is None  # a label the headline search removes first
    assert title.key_opening("Title: x") is None
    assert title.key_opening("Tea time") == "te"  # no colon: no label
    assert title.key_opening("[专题]丽水") is None  # a decoration the search may remove
    assert title.key_opening("ae\u0301") is None  # the accent composes with the letter before it
    assert title.key_opening("“The") is None
    assert title.key_opening("a") is None


def test_headline_labels_open_with_the_listed_characters() -> None:
    pattern = P.HEADLINE_LABEL.pattern
    labels = pattern[pattern.index("(?:") + 3 : pattern.index(r")\s*[:：]")].split("|")
    assert "标题" in labels and "Title" in labels  # the labels were read from the pattern
    assert {label[0] for label in labels} == P.HEADLINE_LABEL_FIRST
    assert not P.HEADLINE_LABEL.flags & 2  # (regex.IGNORECASE): "T" opens "Title" alone


def test_unified_han_ideographs_stay_as_they_are_in_a_key() -> None:
    """The premise of ``key_opening`` for Han: no such character decomposes, combines, has a case or is noise."""
    chars = "".join(map(chr, range(ord(title.HAN_FIRST), ord(title.HAN_LAST) + 1)))
    assert unicodedata.normalize("NFKC", chars) == chars
    assert chars.lower() == chars
    assert not P.TITLE_NOISE.search(chars)
    assert not any(unicodedata.combining(char) for char in chars)
    assert {chr(code) for code in range(128) if P.TITLE_NOISE.fullmatch(chr(code))} == P.ASCII_NOISE


_LINES = st.lists(st.text(alphabet="丽水市政协标题：:[]The quick 2.-“阅读在", max_size=14), max_size=10)


@pytest.mark.parametrize("short", ["", "丽水市政协绘就"])
@settings(max_examples=300, deadline=None)
@given(lines=_LINES, candidates=st.lists(st.text(alphabet="丽水市政协Theqk2.", min_size=2, max_size=8), max_size=3))
def test_the_headline_search_finds_what_it_found_without_key_openings(
    lines: list[str], candidates: list[str], short: str
) -> None:
    found = title._best_line(lines, [*candidates, short] if short else candidates, title.title_key(short))
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(title, "key_opening", lambda line: None)
        assert title._best_line(lines, [*candidates, short] if short else candidates, title.title_key(short)) == found


def _every_character() -> str:
    return "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)


def _case_blind_matches(char: str) -> set[str]:
    """The characters the regex engine takes for this one when case is ignored."""
    return set(regex.compile(regex.escape(char), regex.IGNORECASE).findall(_every_character()))


def test_letters_are_never_what_a_trivial_line_holds() -> None:
    """The premise of ``trivial_line``: no letter is a digit, a space, a punctuation mark or a symbol."""
    assert not any(char.isalpha() for char in regex.findall(r"[\d\s\p{P}\p{S}]", _every_character()))


def test_every_space_of_the_regex_engine_is_one_for_python() -> None:
    """The premise of ``by_line``'s test of a leading space."""
    assert all(char.isspace() for char in regex.findall(r"\s", _every_character()))


def test_invisible_characters_are_never_printable() -> None:
    """The premise of ``visible``."""
    assert not any(char.isprintable() for char in P.INVISIBLE.findall(_every_character()))


def test_case_blind_letters_of_the_shortcuts() -> None:
    """The letters the shortcuts lower-case or list fold into no other character but the ones they know."""
    for letter in "fFoOlLwWuUnN":
        assert _case_blind_matches(letter) == {letter.lower(), letter.upper()}
    # BY_LINE: a character that may open a match (the engine's partial match says so) is listed, or a space
    openers = {char for char in _every_character() if P.BY_LINE.match(char, partial=True)}
    assert {"B", "v", "A", "ſ", "İ", " "} <= openers
    assert all(char in P.BY_LINE_FIRST or char.isspace() for char in openers)


_SHORT = "无标题404Untitledİıſindexhomenotfounderror首页主页网站startseiteaccueil详情页正文关注已加+Follow"
_TEXTS = st.text(alphabet=_SHORT + " \t\n\u3000\xa0\x1c.:-|/1234", max_size=16)


@settings(max_examples=2000, deadline=None)
@given(_TEXTS)
def test_pattern_helpers_say_what_their_patterns_say(text: str) -> None:
    assert P.trivial_line(text) == bool(P.TRIVIAL_LINE.match(text))
    assert P.junk_title(text) == bool(P.JUNK_TITLE.match(text))
    assert P.crumb_head(text) == bool(P.CRUMB_HEAD.match(text))
    assert P.follow_button(text) == bool(P.FOLLOW_BUTTON.match(text))
    assert P.visible(text) == P.INVISIBLE.sub("", text)
    if "/" not in text and "／" not in text:
        assert len(P.SPACED_SLASH.split(text)) == 1


_BYLINES = st.text(alphabet="ByVonAaStoryİſWrittenPostedAuthorEine von Jane Doe,|•·:：\t\u3000\xa0x1张三", max_size=30)


@settings(max_examples=2000, deadline=None)
@given(_BYLINES)
def test_by_line_is_the_pattern(text: str) -> None:
    found, expected = P.by_line(text), P.BY_LINE.match(text)
    assert (found and found.span("value")) == (expected and expected.span("value"))


def test_pattern_helpers_still_match() -> None:
    assert P.junk_title("Untitled Document") and P.junk_title("无标题文档") and P.junk_title("404 Not Found - nginx")
    assert not P.junk_title("丽水市政协绘就精彩履职画卷")
    assert P.crumb_head("网站首页") and P.crumb_head("Startseite") and not P.crumb_head("Startseite der Zeitung")
    assert P.follow_button("+ 关注") and P.follow_button("FOLLOW") and not P.follow_button("关注我们的公众号吧")
    assert P.trivial_line("| 37 |") and not P.trivial_line("37 条评论")
    assert P.by_line("By Jane Doe")["value"] == "Jane Doe"
    assert P.by_line(" von Christian Spließ")["value"] == "Christian Spließ"
    assert P.by_line("张三") is None
    assert P.visible("a\u200bb\ue000c") == "abc"


def _clean_name_reference(name: str) -> str:
    """``clean_name`` as it was written before its literal tests."""
    name = P.INVISIBLE.sub("", name)
    initial = P.TRAILING_INITIAL.search(name)
    name = name.strip(" \t[]【】()（）《》「」“”\"'<>:：·•|｜,，、;；.。-—_")
    if initial and name.endswith(initial["letter"]):
        name += "."
    name = P.GLUED_FOLLOW.sub("", name).strip()
    return P.EDITOR_CODE.sub("", name).strip(" _") if P.EDITOR_CODE.search(name) and len(name) > 6 else name


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="张三李四SFNP099 _.C\n\t关注+Follow\u200b\ue000（）[]ÄäǅKk", max_size=16))
def test_clean_name_is_its_reference(name: str) -> None:
    assert bylines.clean_name(name) == _clean_name_reference(name)


def test_clean_name_still_cleans() -> None:
    assert bylines.clean_name("支全明 SF099") == "支全明"
    assert bylines.clean_name("Nicolas Gutierrez C.") == "Nicolas Gutierrez C."
    assert bylines.clean_name("管不饿关注") == "管不饿"
    assert bylines.clean_name("【张\u200b三】") == "张三"


def _authors_in_text_reference(lines: list[str], headline: int | None) -> list[str]:
    """``_authors_in_text`` as it was written before its literal tests."""
    start = (headline or 0) + 1
    for line in lines[start : start + extract.TEXT_SCAN]:
        if len(line) < 4:
            continue
        wen = P.WEN_BYLINE.match(line) if len(line) <= 40 and "文" in line else None
        if wen:
            persons, _ = bylines.split_names(wen["value"])
            if persons:
                return persons
        posted = P.POSTED_BY.search(line) if len(line) <= 120 and "由" in line else None
        if posted:
            persons, _ = bylines.split_names(posted["name"])
            if persons:
                return persons
        persons, _ = bylines.trailing_byline(line)
        if persons:
            return persons
        if len(line) <= 30 and not P.SPEAKER_TURN.match(line):
            for kind, value in bylines.parse_line(line).fields:
                if kind == "author":
                    persons, _ = bylines.split_names(bylines.cut_value(value, kind))
                    if persons:
                        return persons
            if bylines.media_role(line):
                persons, _ = bylines.split_names(line)
                if persons:
                    return persons
    return []


_TEXT_LINES = st.lists(
    st.sampled_from(
        [
            "标题",
            "文/栗思",
            "本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表",
            "…过廉洁之年。（常书香 马丹阳 ）",
            "记者 刘涛",
            "新华社记者邹多为、唐诗凝",
            "通讯员 李四",
            "评论员 王五",
            "记者（洛阳日报）：请问今年的情况如何？",
            "（完）",
            "今年以来，全市经济运行稳中有进。",
            "作者：张三",
            "abc",
        ]
    ),
    max_size=8,
)


@settings(max_examples=500, deadline=None)
@given(_TEXT_LINES)
def test_authors_in_text_is_its_reference(lines: list[str]) -> None:
    assert extract._authors_in_text(lines, 0) == _authors_in_text_reference(lines, 0)


def test_role_words_are_label_words() -> None:
    """The premise of ``_authors_in_text``'s label test before ``media_role``."""
    for word in ("记者", "通讯员", "评论员"):
        assert P.LABEL_WORD_ANY.search(word)


def test_script_hints_hold_what_the_language_guess_counts() -> None:
    """The premise of ``guess_lang``'s first scans: every Han character is one of CJK_HINT, every character of the
    kana and Hangul hints one of KANA_OR_HANGUL_HINT, and those of CJK_HINT."""
    every = _every_character()
    han = "".join(P.HAN_SPAN.findall(every))
    assert len(han) > 90000 and len(P.CJK_HINT.findall(han)) == len(han)
    for hint in (P.KANA_HINT, P.HANGUL_HINT):
        chars = "".join(hint.findall(every))
        assert len(P.KANA_OR_HANGUL_HINT.findall(chars)) == len(chars) == len(P.CJK_HINT.findall(chars))
    assert not P.CJK_HINT.search("Der Bundestag – «Élysée» № 5 ©") and P.CJK_HINT.search("x中")


def test_han_characters_are_never_ascii() -> None:
    """The premise of ``has_han``."""
    assert not any(char.isascii() for char in P.HAN_CHAR.findall(_every_character()))
    assert P.has_han("Inga 张") and not P.has_han("Inga") and not P.has_han("Élysée")


def test_breadcrumb_openers_are_the_first_characters_and_every_space() -> None:
    spaces = {char for char in _every_character() if char.isspace()}
    assert spaces | P.BREADCRUMB_FIRST == P.BREADCRUMB_OPENERS


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.text(alphabet="当前位置您现在的首页>：: \u3000\x1chHome›You are here新闻", max_size=12), max_size=12)
)
def test_breadcrumb_label_lines_are_the_lines_breadcrumb_label_accepts(lines: list[str]) -> None:
    assert P.breadcrumb_label_lines(lines) == [index for index, line in enumerate(lines) if P.breadcrumb_label(line)]


def _best_line_reference(
    lines: list[str], candidates: list[str], short_title_key: str, *, text_first: bool = False
) -> tuple[title.Headline, int] | None:
    """``title._best_line`` as it was written before it skipped lines (by their key's opening, by the best score)."""
    keys: dict[str, int] = {}
    for rank, candidate in enumerate(candidates):
        for variant in (candidate, title.clean_headline(candidate)):
            key = title.title_key(variant)
            if len(key) >= 2 and key not in keys:
                keys[key] = rank
    if not keys:
        return None
    best = None
    labelled: dict[str, int] = {}
    bare: dict[str, list[int]] = {}
    wrapped: dict[int, tuple[str, int, str]] = {}
    shortest = min(6, *(len(key) for key in keys))
    window = [line if len(line) <= title.MAX_HEADLINE else "" for line in lines[: title.SCAN_LINES]]
    for index in sorted(title._opening_lines(window, keys)):
        line = lines[index]
        if len(line) < shortest:
            continue
        text = title.clean_headline(line)
        key = title.title_key(text)
        if len(key) < 2:
            continue
        quality, rank = 0, len(candidates)
        if key in keys:
            quality, rank = 3, keys[key]
        else:
            stripped = title.title_key(title._undecorated(text))
            if stripped in keys and len(stripped) >= 2:
                quality, rank = 2, keys[stripped]
            elif len(short_title_key) >= 6 and title._prefix_match(key, short_title_key):
                quality = 1
        if not quality and len(key) >= title.WRAP_MIN_KEY:
            run = title._wrapped_headline(lines, index, keys)
            if run is not None:
                quality, rank = 3, keys[run[2]]
                wrapped[index] = run
        if not quality:
            continue
        if P.HEADLINE_LABEL.match(line):
            labelled.setdefault(key, index)
        else:
            bare.setdefault(key, []).append(index)
        byline = title._byline_follows(lines, wrapped[index][1] if index in wrapped else index)
        follows = text_first and byline < 2 and title._text_follows(lines, index)
        score = (byline == 2, follows, min(quality, 2), -rank, byline, -index)
        if best is None or score > best:
            best = score
    if best is None:
        return None
    index = -best[5]
    key = title.title_key(title.clean_headline(lines[index]))
    if labelled.get(key) == index:
        index = next((i for i in bare.get(key, ()) if 0 < i - index <= title.LABEL_ECHO), index)
    if index in wrapped:
        return title.Headline(*wrapped[index][:2]), best[4]
    return title.Headline(title._display_text(lines[index], keys), index), best[4]


_PAGE_LINES = st.lists(
    st.sampled_from(
        [
            "丽水市政协绘就精彩履职画卷",
            "【专题】丽水市政协绘就精彩履职画卷",
            "标题：丽水市政协绘就精彩履职画卷",
            "丽水市政协",
            "绘就精彩履职画卷",
            "今天丽水市政协绘就精彩履职画卷的消息",
            "丽水市政协绘就精彩履职画卷新图景",
            "2021-02-20 来源：联谊报",
            "2021年02月20日",
            "The Quick Brown Fox",
            "the quick brown fox 2",
            "“The Quick Brown Fox”",
            "By Jane Doe",
            "0",
            "a",
        ]
    ),
    max_size=14,
)
_CANDIDATES = st.lists(
    st.sampled_from(["丽水市政协绘就精彩履职画卷", "丽水市政协", "The Quick Brown Fox", "Quick", "绘就精彩履职画卷"]),
    min_size=1,
    max_size=3,
)


@settings(max_examples=1500, deadline=None)
@given(_PAGE_LINES, _CANDIDATES, st.sampled_from(["", "丽水市政协绘就精彩履职画卷"]), st.booleans())
def test_the_headline_search_is_its_reference(lines: list[str], candidates: list[str], short: str, first: bool) -> None:
    short_key = title.title_key(short) if short in candidates else ""
    expected = _best_line_reference(lines, candidates, short_key, text_first=first)
    assert title._best_line(lines, candidates, short_key, text_first=first) == expected


def _find_editors_reference(lines: list[str], start: int) -> list[str]:
    """``bylines.find_editors`` as it was written before it picked its lines at C speed."""
    editors: list[str] = []
    first = None
    for index in range(max(0, start), min(len(lines), start + bylines.EDITOR_SCAN)):
        line = lines[index]
        if first is not None and index > first + 3:
            break
        if len(line) > bylines.EDITOR_LINE or not P.EDITOR_HINT.search(line):
            continue
        values = [match["value"] for match in P.EDITOR_CREDIT.finditer(line)]
        if not values and P.EDITOR_LABEL_LINE.match(line) and index + 1 < len(lines) and len(lines[index + 1]) <= 20:
            values = [lines[index + 1]]
        for value in values:
            persons, _ = bylines.split_names(bylines.cut_value(value, "editor"))
            if persons:
                first = index if first is None else first
                editors.extend(p for p in persons if p not in editors)
    return editors


_CLOSING_LINES = st.lists(
    st.sampled_from(
        [
            "责任编辑：张毅",
            "（责编：郝帅、杨迪）",
            "编辑:",
            "黄帅",
            "审核 李四",
            "校对：王五 " + "很长的一段话" * 20,
            "学校的审议工作",
            "——《北京之春》1996年6月号",
            "转自《北京科技报》",
            "(摘自《上海社会科学院学术季刊》2000年第2期)",
            "本文来源于国家统计局",
            "他读了《红楼梦》。" * 15,
            "瑞金市安全生产委员会办公室",
            "二〇二一年二月二十日",
            "2022年1月27日",
            "吉林省人民政府",
            "x",
        ]
    ),
    max_size=14,
)


@settings(max_examples=1500, deadline=None)
@given(_CLOSING_LINES, st.integers(-2, 4))
def test_closing_readers_are_their_references(lines: list[str], start: int) -> None:
    assert bylines.find_editors(lines, start) == _find_editors_reference(lines, start)
    anchor = start if start >= 0 else None
    assert extract._closing_source(lines, anchor) == _closing_source_reference(lines, anchor)
    assert extract._signing_body(lines, anchor) == _signing_body_reference(lines, anchor)


def _closing_source_reference(lines: list[str], anchor: int | None) -> str | None:
    for line in lines[(anchor or 0) + 1 :]:
        if len(line) <= 120 and ("《" in line or "自" in line or "来源" in line):
            match = P.TEXT_SOURCE.search(line)
            if match:
                source = bylines.usable_source(match["value"])
                if source:
                    return source
    return None


def _signing_body_reference(lines: list[str], anchor: int | None) -> str | None:
    start = (anchor or 0) + 1
    for index in range(start, min(len(lines) - 1, start + extract.SIGNATURE_SCAN)):
        if extract.is_signature_date(lines[index + 1], lines[index]):
            return lines[index]
    return None


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="——--《》北京之春转自摘自原载于本文来源于(（ :：", max_size=24))
def test_a_text_source_quotes_a_title(line: str) -> None:
    """The premise of ``_closing_source``'s test: each form of TEXT_SOURCE holds "《"."""
    if P.TEXT_SOURCE.search(line):
        assert "《" in line


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="文由)）记者作者通讯员评论员本报来源 张三：", max_size=40))
def test_a_line_the_text_author_hint_refuses_yields_no_author(line: str) -> None:
    """The premise of ``_authors_in_text``'s selection: a line without a hint yields an author only by a label, on a
    line of LABEL_LINE characters at most."""
    if not P.TEXT_AUTHOR_HINT.search(line) and len(line) > extract.LABEL_LINE:
        assert extract._authors_in_text([line, line], None) == []


@settings(max_examples=1000, deadline=None)
@given(
    st.sets(st.text(alphabet="来源于自发布时间 .*(", max_size=5), max_size=8),
    st.text(alphabet="来源于自发布时间 .*(x", max_size=12),
)
def test_a_literal_trie_matches_its_words_and_nothing_else(words: set[str], text: str) -> None:
    words = {word for word in words if word}
    if not words:
        return
    pattern = re.compile(P.literal_trie(words))
    assert bool(pattern.fullmatch(text)) == (text in words)
    assert bool(pattern.search(text)) == any(word in text for word in words)


_LABEL_TEXT = st.lists(
    st.sampled_from([*sorted({*P._LABEL_WORDS, *P._GLUED_SOURCE_WORDS}), "今年", "：", " ", "来", "发", "x"]),
    max_size=6,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(_LABEL_TEXT)
def test_label_words_are_found_wherever_they_are(text: str) -> None:
    words = {*P._LABEL_WORDS, *P._GLUED_SOURCE_WORDS}
    assert bool(P.LABEL_WORD_ANY.search(text)) == any(word in text for word in words)


_WINDOW_ALPHABET = "文丨/撰图【（ 年月日号二〇十By vonPorautorſİ张三李四新华社记者通讯员评论员来源：:新闻x" + "一" * 3


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(
        st.one_of(st.text(alphabet=_WINDOW_ALPHABET, max_size=24), st.text(alphabet=_WINDOW_ALPHABET, min_size=78)),
        min_size=2,
        max_size=3,
    ),
    st.booleans(),
)
def test_a_line_called_creditless_yields_nothing(lines: list[str], labelled_only: bool) -> None:
    """The premise of ``_creditless``, on lines that hold a role or Latin byline's words, Chinese numerals, and
    lines about as long as a role byline may be."""
    if not bylines._creditless(lines[1]):
        return
    credits, date_lines = bylines.Credits(), set()
    assert bylines._read_line(credits, lines, 1, 1, labelled_only, date_lines, None) is None
    assert credits == bylines.Credits() and not date_lines


def test_creditless_lines_include_plain_latin_and_chinese_lines() -> None:
    assert bylines._creditless("The council said that it was the first of the new rules")
    assert bylines._creditless("本文的主人公")
    assert not bylines._creditless("文/栗思")
    assert not bylines._creditless("二〇二一年二月二十日")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="二〇一年月日号十2024-05:٢０ 来源abc", max_size=20), st.booleans())
def test_find_dates_is_what_the_full_search_finds(text: str, short_years: bool) -> None:
    """``find_dates`` refuses a text without a digit or 年 before its cache: the full search finds nothing there."""
    assert dates.find_dates(text, short_years=short_years) == dates._find_dates(text, short_years)


def test_site_keys_are_worked_out_when_asked() -> None:
    view = PageView(lines=["x"], title="Das Imperialismus-Phantom | jungle.world")
    lazy = extract._SiteKeys(view, "Jungle World", "https://jungle.world/artikel/1")
    expected = extract._site_keys(view, "Jungle World", "https://jungle.world/artikel/1")
    assert lazy._keys is None
    assert all((key in lazy) == (key in expected) for key in [*expected, "x", "jungleworld", ""])
    assert lazy._keys == expected


_HTML_PIECES = st.lists(
    st.sampled_from(
        ["a", " b ", "<span>c</span>", "<!--d-->", "<?pi e?>", "&amp;", "<br>", "<i></i>", "\u3000", "<b> f </b>g"]
    ),
    max_size=5,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_HTML_PIECES, st.sampled_from(["h2", "a", "div"]))
def test_collapsed_text_is_the_text_of_every_piece(inner: str, tag: str) -> None:
    element = lxml.html.fragment_fromstring(f"<div><{tag}>{inner}</{tag}>tail</div>")[0]
    assert view_module.collapsed_text(element) == " ".join("".join(element.itertext()).split())
