"""The literal pre-tests of the line tests (patterns.may_be_furniture …) never say no where their pattern matches."""

from __future__ import annotations

import functools
import gzip
import re
import sys

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.strip import patterns as P
from tests.builders import SHARED

CORPORA = SHARED / "corpora"


def _furniture(text: str) -> bool:
    return bool(
        P.FOOTER_ANYWHERE.search(text)
        or P.FOOTER_START.match(text)
        or P.NOTICE_LINE.search(text)
        or P.FURNITURE.search(text)
    )


# One sample of each branch of the footer and notice patterns, in the cases and letters the patterns accept.
FURNITURE_SAMPLES = [
    "某某市人民政府 版权所有",
    "Copyright © 2024 Example Ltd",
    "COPYRIGHT(C)2003 市政府",
    "copyright 2019",
    "Copyrİght 2019",  # (the Turkish capital İ matches "i" when case is ignored)
    "© 2024 Example",
    "2024 © Example",
    "(c) 2022 Example",
    "(C) 1999 Example",
    "All rights reserved.",
    "ALL RIGHTS RESERVED",
    "All rightſ reserved",  # (the long s matches "s" when case is ignored)
    "京ICP备05070218号",
    "icp证 B2-2005",
    "京公网安备 11010502",
    "网安备 4401",
    "主办单位：某某市人民政府办公室",
    "承办单位：信息中心",
    "主办：市委宣传部",
    "承办:网信办",
    "协办单位 某某",
    "维护单位：某某",
    "运维单位：某某",
    "联系我们 | 网站地图",
    "技术支持：某某科技",
    "建议使用IE8以上版本浏览器",
    "最佳浏览效果 1024*768",
    "最佳显示效果",
    "网站标识码：1100000088",
    "互联网新闻信息服务许可证 11120170002",
    "增值电信业务经营许可证",
    "网络文化经营许可证",
    "违法和不良信息举报电话",
    "举报电话：12377",
    "举报邮箱 jubao@example.cn",
    "不良信息举报中心",
    "备案号：京ICP备123",
    "GMT+8, 2024-5-12 08:30 , Processed in 0.051482 second(s), 26 queries .",
    "PROCESSED IN 0.05 SECOND",
    "Proceſſed in 0.05 second",
    "Powered by Discuz! X3.4",
    "  powered BY WordPress",
    "  Copyright Example",
    "©Example",
    "特别声明：以上内容仅代表作者本人观点",
    "【免责声明】本网转载",
    "版权声明：本文为博主原创文章",
    "平台声明：该文观点仅代表作者本人",
    "声明：本站",
    "郑重声明",
    "本文仅代表作者个人观点",
    "以上内容为网友发布",
    "仅代表作者本人观点",
    "仅提供信息存储空间服务",
    "不代表本网立场",
    "不表明网易立场",
    "网友评论仅供其表达个人看法，并不表明网易立场。",
    "请各位遵纪守法并注意语言文明",
    "请遵纪守法",
    "文明上网，理性发言",
    "转载请注明出处",
    "未经书面授权不得转载",
    "未经许可 禁止使用",
    "如有侵权请联系删除",
    "侵权请联系我们",
    "本站部分内容来源于网络",
    "本站图片来源于网络",
    "本文来自作者授权发布",
    "本文系转载",
    "本文经授权转载",
    "扫码关注我们",
    "扫码下载客户端",
    "长按识别二维码",
    "长按二维码关注",
    "关注我们",
    "关注微信公众号",
    "关注公众号",
    "下载新闻客户端",
    "扫一扫在手机打开当前页",
    "用手机扫描二维码 在手机上浏览本页",
    "微信扫码 手机阅读",
    "在手机上阅读本文",
    "用手机打开本页",
    "您需要登录后才可以回帖 登录 | 立即注册",
    "登录后才能发言",
    "不构成任何投资建议",
    "并不是任何投资建议",
    "仅供参考",
    "仅作为参考",
    "投资有风险，入市需谨慎",
    "风险自担",
]


@pytest.mark.parametrize("text", FURNITURE_SAMPLES)
def test_each_furniture_branch_passes_the_hint(text):
    assert _furniture(text), text  # (the sample is one: else the list needs fixing, not the hint)
    assert P.may_be_furniture(text)


@pytest.mark.parametrize(
    "text",
    ["习近平主持召开中央全面深化改革委员会会议", "The plant opened in May.", "2024-05-10 14:32", "首页 > 新闻 > 正文"],
)
def test_ordinary_lines_fail_the_hint(text):
    assert not P.may_be_furniture(text)


_PIECES = st.sampled_from(
    [piece for sample in FURNITURE_SAMPLES for piece in (sample[: len(sample) // 2], sample[len(sample) // 2 :])]
    + ["版权", "所有", "copy", "right", "ICP", "备", "证", "声", "明", "©", "(", "c)", " ", "2024", "手", "机"]
    + ["İ", "ſ"]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=8).map("".join))
def test_hint_holds_on_mixed_pieces(text):
    if _furniture(text):
        assert P.may_be_furniture(text)


@functools.cache
def _corpus_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted((CORPORA / "zh-dev-dump" / "pages").glob("*"))[:80]:
        lines += path.read_text(encoding="utf-8", errors="replace").splitlines()
    for name in ("zh-dev", "en-scrapinghub"):
        for path in sorted((CORPORA / name / "pages").glob("*"))[:40]:
            data = path.read_bytes()
            if path.suffix == ".gz":
                data = gzip.decompress(data)
            lines += [line for line in data.decode("utf-8", errors="replace").splitlines() if len(line) < 400]
    return lines


@pytest.mark.skipif(not CORPORA.exists(), reason="corpora not available")
def test_hint_holds_on_corpus_lines():
    lines = _corpus_lines()
    matched = [line for line in lines if _furniture(line)]
    assert matched  # (the corpora hold footers)
    assert [line for line in matched if not P.may_be_furniture(line)] == []


# The words of LINE_HEAD's vocabularies, each as a line opening (the patterns' own examples of the forms with
# a pattern inside: "请先登录后评论", "共 12 条评论").
HEAD_SAMPLES = (  # noqa: SIM905 (a vocabulary, written as the patterns write it)
    "上一篇 下一篇 上一条 下一条 上篇 下篇 前一篇 后一篇 Previous: Next_post PREVIOUS_ARTICLE "
    "next_story 当前位置： 您现在的位置： 您现在的位置是: 您的位置: 你的位置： 你现在的位置: "
    "所在位置： 现在位置: 当前页面： 位置： 导航: You_are_here: YOU_ARE_HERE: 相关新闻 相关报道 "
    "相关阅读 相关文章 相关链接 相关推荐 相关内容 相关专题 相关资讯 相关视频 相关稿件 相关信息 "
    "相关附件 相关主题 相关问题 相关搜索 相关话题 相关标签 延伸阅读 推荐阅读 扩展阅读 热门推荐 "
    "热点推荐 精彩推荐 为你推荐 为您推荐 猜你喜欢 你可能感兴趣 您可能感兴趣 大家都在看 看了又看 "
    "热文推荐 热门文章 热门新闻 热点新闻 热门资讯 最新文章 最新资讯 最新新闻 24小时热文 热门精选 "
    "排行榜 点击排行 阅读排行 往期回顾 往期推荐 更多精彩 更多推荐 更多内容 查看更多 换一换 "
    "【热点】换一批 最新发布 最新回复 最新帖子 热门帖子 热帖 精华帖 相关帖子 相关主题 热门话题 "
    "热门问题 相似问题 其他类似问题 関連記事 関連ニュース おすすめ記事 人気記事 この記事を読んだ人 "
    "この記事を見た人 Related read_more MORE_FROM You_may_also_like recommended 热门评论 最新评论 "
    "网友评论 全部评论 精彩评论 评论区 发表评论 我来说两句 网友跟贴 跟贴 留言板 我要留言 "
    "请先登录后评论 请先_登录_发表评论 登录后评论 登录并参与评论 共_12_条评论 Comments COMMENTS "
    "Leave_a_reply leave_a_comment 责任编辑： 编辑: 责编： 审核： 校对: 值班编辑： 本文编辑： 监制： "
    "审校:"
).split()
HEAD_SAMPLES = [word.replace("_", " ") for word in HEAD_SAMPLES]


@pytest.mark.parametrize("word", HEAD_SAMPLES)
@pytest.mark.parametrize("decoration", ["", "【", "■ ", "  ", "\u3000", "——"])
def test_each_header_word_passes_the_hint(word, decoration):
    text = decoration + word + " 某某"
    assert P.LINE_HEAD.match(text), text  # (the sample is one)
    assert P.may_open_header(text)


def test_lines_opening_otherwise_fail_the_header_hint():
    for text in ("习近平主持召开会议", "11月5日 14:32", "首页 > 新闻", "The plant opened in May."):
        assert not P.may_open_header(text)


@settings(max_examples=800, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([*HEAD_SAMPLES, "【", "■", " ", "\u3000", "：", "换", "一", "İ"]),
            st.text(max_size=3),
        ),
        max_size=6,
    ).map("".join)
)
def test_header_hint_holds_on_mixed_pieces(text):
    if P.LINE_HEAD.match(text):
        assert P.may_open_header(text)


@pytest.mark.skipif(not CORPORA.exists(), reason="corpora not available")
def test_header_hint_holds_on_corpus_lines():
    matched = [line for line in _corpus_lines() if P.LINE_HEAD.match(line)]
    assert matched
    assert [line for line in matched if not P.may_open_header(line)] == []


def test_noise_deletion_deletes_what_the_pattern_matches_over_all_of_unicode():
    everything = "".join(map(chr, range(0x110000)))
    assert everything.translate(P.HEADLINE_NOISE_DELETION) == P.HEADLINE_NOISE.sub("", everything)


@pytest.mark.parametrize(
    "text", ["“习近平：坚定信心！”", "  Mr. Smith's  ★ story ", "İstanbul — 2024", "🎉新年快乐🎉", ""]
)
def test_headline_keys_as_the_substitution_gives_them(text):
    from pipeline.strip.dom_select import headline_key
    from pipeline.strip.lines import _compact

    expected = P.HEADLINE_NOISE.sub("", text).lower()
    assert headline_key(text) == expected
    assert _compact(text) == expected


def test_tail_pretests_cover_every_digit_and_space_the_patterns_know():
    import regex

    everything = "".join(map(chr, range(0x110000)))
    assert [char for char in regex.findall(r"\d", everything) if not (char.isdigit() or char > "\uffff")] == []
    assert [char for char in regex.findall(r"\s", everything) if not char.isspace()] == []  # (what rstrip removes)


_TAILS = st.sampled_from(
    [
        *("...", "…", "..", " ", "\u3000", "2024-05-10", "(07/13 08:41)", "[05-07]", "12:30 PM", "8:05 am"),
        *("（12）", "(3)", "154人看过", "3 次播放", "12阅读", "5评论", "7 跟贴", "9点赞", "10浏览", "新闻标题"),
        *("。", "a", "١٢", "𞋰"),
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.one_of(_TAILS, st.text(max_size=3)), min_size=1, max_size=5).map("".join))
def test_tail_pretests_agree_with_their_patterns(text):
    from pipeline.strip.lines import _item_tail, _truncated

    assert _truncated(text) == bool(P.TRUNCATED.search(text))
    assert _item_tail(text) == bool(P.ITEM_TAIL.search(text))


def _is_nav_as_written_before(text: str) -> bool:
    from pipeline.strip.lines import NAV_MAX_ITEM, NAV_MAX_MEAN_ITEM, NAV_MIN_ITEMS, _is_cjk

    if text[-1] in "。！？!?":
        return False
    items = [item for item in P.NAV_SEPARATOR.split(text) if item]
    if len(items) < NAV_MIN_ITEMS:
        items = text.split(" ")
        if len(items) < NAV_MIN_ITEMS + 1 or not all(_is_cjk(item[0]) for item in items):
            return False
    longest = max(len(item) for item in items)
    mean = sum(len(item) for item in items) / len(items)
    return longest <= NAV_MAX_ITEM * 2 and mean <= NAV_MAX_MEAN_ITEM and not P.SENTENCE_PUNCTUATION.search(text)


@settings(max_examples=800, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("首页", "新闻", "体育", " ", "|", " - ", "·", "\t", "，", "。", "15:47", "："),
                *("a", "长长长长长长长长长", *"｜¦•●◆■"),
            ]
        ),
        min_size=1,
        max_size=12,
    ).map(lambda pieces: " ".join("".join(pieces).split()))  # (lines are normalised: single spaces, trimmed)
)
def test_is_nav_with_punctuation_first_as_before(text):
    from pipeline.strip.lines import _is_nav

    if text:
        assert _is_nav(text) == _is_nav_as_written_before(text)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from([*"首页新闻 |｜¦•·●◆■\t\u3000\xa0-–—a", "  ", " - ", " — "]), min_size=1, max_size=16).map(
        "".join
    )
)
def test_is_nav_as_before_on_lines_not_normalised(text):
    """The separator hint before the split holds on any line: tabs, space runs, other spaces (an outcome each: a
    line not normalised may hold empty items, which neither version takes)."""
    from pipeline.strip.lines import _is_nav

    def outcome(is_nav) -> object:
        try:
            return is_nav(text)
        except IndexError:
            return IndexError

    assert outcome(_is_nav) == outcome(_is_nav_as_written_before)


@pytest.mark.skipif(not CORPORA.exists(), reason="corpora not available")
def test_line_pretests_agree_on_corpus_lines():
    from pipeline.strip.lines import _is_nav, _item_tail, _truncated
    from pipeline.text import normalise_line

    lines = [line for line in map(normalise_line, _corpus_lines()) if line]
    assert [line for line in lines if _truncated(line) != bool(P.TRUNCATED.search(line))] == []
    assert [line for line in lines if _item_tail(line) != bool(P.ITEM_TAIL.search(line))] == []
    assert [line for line in lines if _is_nav(line) != _is_nav_as_written_before(line)] == []


def test_breadcrumb_mark_is_any_of_the_marks():
    everything = "".join(map(chr, range(0x110000)))
    separators = {match.group().strip() for match in P.BREADCRUMB_SEPARATOR.finditer(everything)}
    assert ">" in separators and "→" in separators  # each mark alone separates steps
    assert set(P.BREADCRUMB_MARK.findall(everything)) == separators


@pytest.mark.parametrize(
    "text",
    ["记者 刘洋", "编辑 杨娟 校对 王心", "本报记者　程远州　范昊天", "新京报记者 彭冲", "责任编辑 张三", "摄影 李四"],
)
def test_role_lines_hold_a_role_word(text):
    assert P.ROLE_NAMES_LINE.match(text)
    assert P.ROLE_WORD.search(text)


@pytest.mark.skipif(not CORPORA.exists(), reason="corpora not available")
def test_role_and_datetime_pretests_hold_on_corpus_lines():
    from pipeline.text import normalise_line

    lines = [line for line in map(normalise_line, _corpus_lines()) if line]
    roles = [line for line in lines if P.ROLE_NAMES_LINE.match(line)]
    assert roles
    assert [line for line in roles if not P.ROLE_WORD.search(line)] == []
    assert [line for line in lines if P.DATETIME.search(line) and ":" not in line and "：" not in line] == []


@pytest.mark.parametrize("separator", [*"|｜¦•·●◆■", " - ", " – ", " — ", "\t", "  "])
def test_menus_joined_by_each_separator_are_still_menus(separator):
    from pipeline.strip.lines import _is_nav

    text = separator.join(["首页", "新闻", "体育", "财经"])
    assert _is_nav(text) and _is_nav_as_written_before(text)


# Lines generated from the patterns themselves: a branch added to a pattern without its literal in the hint
# fails here without anyone writing a sample for it.
_FOOTER_STD = re.compile(P._FOOTER_ANYWHERE, re.IGNORECASE)
_FOOTER_START_STD = re.compile(P._FOOTER_AT_START, re.IGNORECASE)
_HEAD_STD = re.compile(P.LINE_HEAD.pattern, re.IGNORECASE)


@settings(max_examples=600, deadline=None)
@given(st.one_of(st.from_regex(_FOOTER_STD), st.from_regex(_FOOTER_START_STD), st.from_regex(P.NOTICE_LINE)))
def test_lines_generated_from_the_furniture_patterns_pass_the_hint(text):
    if _furniture(text):  # (the generator's view of a few classes may differ from the engine's)
        assert P.may_be_furniture(text), text


@settings(max_examples=400, deadline=None)
@given(st.from_regex(_HEAD_STD))
def test_lines_generated_from_the_header_pattern_pass_the_hint(text):
    if P.LINE_HEAD.match(text):
        assert P.may_open_header(text), text


_LOCATION_STD = re.compile(P.LOCATION_LINE.pattern)
_BYLINE_STD = re.compile(P.BYLINE_LINE.pattern.replace(r"\p{Lu}", "[A-ZÄÖÜÉ]").replace(r"\p{L}", "A-Za-zäöüé"))


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.from_regex(_LOCATION_STD),
        st.from_regex(_BYLINE_STD),
        st.text(st.sampled_from("发布于来自IPip属地By WrittenPosted北京Jane:：")),
    )
)
def test_location_and_byline_lines_open_as_their_openings_say(text):
    """``line_kind`` tries LOCATION_LINE and BYLINE_LINE only on lines opening with one of their openings."""
    if P.LOCATION_LINE.match(text):
        assert text.startswith(P.LOCATION_OPENINGS), text
    if P.BYLINE_LINE.match(text):
        assert text.startswith(P.BYLINE_OPENINGS), text


@pytest.mark.parametrize(
    "line", ["发布于：北京市", "来自甘肃", "IP属地：广东", "ip属地 上海", "By Jane Doe", "BY JANE DOE"]
)
def test_location_and_byline_samples_are_meta_lines(line):
    from pipeline.strip.lines import META, classify_line

    assert classify_line(line).kind == META


# The line patterns tried only on lines that ``may_open`` says they may open, with the letters opening their words.
OPENED_PATTERNS = [
    (P.CONTROL_LINE, P.CONTROL_OPENINGS),
    (P.DATE_LINE, P.DATE_LINE_OPENINGS),
    (P.ITEM_HEAD, P.ITEM_HEAD_OPENINGS),
    (P.PAGINATION, P.PAGINATION_OPENINGS),
]


def test_digits_and_spaces_are_no_letters():
    """What ``may_open`` leaves to the patterns: every character that ``regex`` takes for a digit or a space (of
    its own Unicode version, newer than the standard library's) is no letter for ``str.isalpha``."""
    every = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    taken = regex.findall(r"[\d\s]", every)
    assert len(taken) > 600
    assert [char for char in taken if char.isalpha()] == []


@pytest.mark.parametrize("pattern, openings", OPENED_PATTERNS)
def test_lines_generated_from_the_opened_patterns_may_open(pattern, openings):
    standard = re.compile(pattern.pattern, re.IGNORECASE if pattern.flags & regex.IGNORECASE else 0)

    @settings(max_examples=300, deadline=None)
    @given(st.from_regex(standard))
    def check(text):
        if pattern.match(text):
            assert P.may_open(text, openings), text

    check()


def test_every_control_word_opens_with_a_control_opening():
    words = P._CONTROL_WORDS.replace("\\d+", "2").split("|")
    assert len(words) > 150
    for word in words:
        for text in {word[1] if word.startswith("[") else word, word[2] if word.startswith("[") else word}:
            assert P.may_open(text, P.CONTROL_OPENINGS), text


def test_may_open_says_no_only_for_lines_opening_with_other_letters():
    assert not P.may_open("据新华社报道，", P.CONTROL_OPENINGS)
    assert not P.may_open("The budget", P.PAGINATION_OPENINGS)
    assert P.may_open("2024-05-12 17:19", P.DATE_LINE_OPENINGS)
    assert P.may_open("【打印】", P.CONTROL_OPENINGS)
    assert P.may_open("", P.ITEM_HEAD_OPENINGS)


@pytest.mark.skipif(not CORPORA.exists(), reason="corpora not available")
def test_opened_patterns_may_open_on_corpus_lines():
    from pipeline.text import normalise_line

    lines = [line for line in map(normalise_line, _corpus_lines()) if line]
    for pattern, openings in OPENED_PATTERNS:
        matched = [line for line in lines if pattern.match(line)]
        assert [line for line in matched if not P.may_open(line, openings)] == []


@pytest.mark.parametrize("word", HEAD_SAMPLES)
@pytest.mark.parametrize("decoration", ["", "【", "[ ", "  ", "\u3000"])
def test_each_prev_next_and_breadcrumb_word_passes_their_hint(word, decoration):
    text = decoration + word + " 某某"
    if P.PREV_NEXT.match(text) or P.BREADCRUMB.match(text):
        assert P.PREV_NEXT_OR_BREADCRUMB_HINT.match(text), text


@pytest.mark.parametrize("pattern", [P.PREV_NEXT, P.BREADCRUMB])
def test_lines_generated_from_prev_next_and_breadcrumb_pass_their_hint(pattern):
    @settings(max_examples=300, deadline=None)
    @given(
        st.one_of(
            st.from_regex(re.compile(pattern.pattern)),
            st.text(st.sampled_from(" \u3000【[(（上下篇一Next当前位置：You are")),
        )
    )
    def check(text):
        if pattern.match(text):
            assert P.PREV_NEXT_OR_BREADCRUMB_HINT.match(text), text

    check()
    assert not P.PREV_NEXT_OR_BREADCRUMB_HINT.match("2024年 上一篇")  # (a digit first: neither pattern matches)
