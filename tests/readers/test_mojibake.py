"""Mojibake repair on pages we make: UTF-8 misread as GB18030/GBK, with and without lost bytes."""

from __future__ import annotations

import codecs
import gzip
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import clean_page
from pipeline.readers.decode import decode_bytes
from pipeline.readers.mojibake import _HINT, REPLACEMENT, looks_misread, repair
from tests.builders import SHARED

CORPORA = SHARED / "corpora"

PAGE = """在新时代中部地区崛起中争先出彩（推动高质量发展）--经济·科技--人民网
首页
人民网>>经济·科技
在新时代中部地区崛起中争先出彩（推动高质量发展）
本报记者 王乐文
发稿时间：2024-05-10 06:58 来源：人民网－人民日报
人民网北京5月9日电，国务院新闻办举行系列主题新闻发布会，河南省有关负责同志介绍了相关情况。
今年3月，习近平总书记主持召开座谈会，为在更高起点上推动中部地区崛起引领新航向。
河南大力实施种业振兴行动，2023年有12个品种入选全国主导品种，良种覆盖率超过97%。
农户在采摘蓝莓。自2005年发展蓝莓种植以来，陈疃镇蓝莓产业不断壮大...【详细】
人民网版权所有，未经书面授权禁止使用
"""


def misread(text: str, codec: str = "gb18030") -> str:
    """What a crawler stores when it decodes UTF-8 bytes with ``codec`` and saves the result."""
    return text.encode("utf-8").decode(codec, errors="replace")


def _browser_gbk(error: UnicodeError) -> tuple[str, int]:
    """The browsers' GBK decoder: byte 0x80 is "€", any other rejected byte U+FFFD."""
    assert isinstance(error, UnicodeDecodeError)
    return ("\u20ac" if error.object[error.start] == 0x80 else REPLACEMENT), error.start + 1


codecs.register_error("test.browser-gbk", _browser_gbk)


def test_a_misread_page_comes_back_and_says_how_many_characters_were_guessed():
    damaged = misread(PAGE)
    assert REPLACEMENT in damaged and "人民网" not in damaged
    repaired = repair(damaged)
    assert repaired is not None and repaired.codec == "gb18030" and repaired.kept == 0
    assert len(repaired.text) == len(PAGE)  # every lost byte stood for one character: none dropped
    wrong = [i for i, (a, b) in enumerate(zip(repaired.text, PAGE, strict=True)) if a != b]
    # a guess can be wrong (a name has no evidence on the page), the rest comes back exactly
    assert 0 < repaired.guessed <= damaged.count(REPLACEMENT)
    assert len(wrong) <= repaired.guessed
    assert f"{repaired.guessed} characters guessed" in repaired.message


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (PAGE.split("\n", 1)[0], "--人民网\n"),  # 人民网 is intact elsewhere on the page
        ("在新时代中部地区崛起中争先出彩（推动高质量发展）", "高质量发展）"),  # the bracket left open
        ("发稿时间：2024-05-10 06:58 来源：人民网－人民日报", "发稿时间：2024"),  # a label's colon
        ("人民网北京5月9日电", "5月9日电"),  # a date unit between digits
        ("陈疃镇蓝莓产业不断壮大...【详细】", "【详细】"),  # the bracket left open
        ("介绍了相关情况。", "相关情况。\n"),  # how a line ends
    ],
)
def test_lost_characters_are_chosen_from_the_page_and_general_typography(line: str, expected: str):
    assert line in PAGE
    repaired = repair(misread(PAGE))
    assert repaired is not None
    assert expected in repaired.text


def test_a_name_after_a_credit_label_is_guessed_from_names_not_from_the_text():
    # "强" loses its last byte at the line's end; the page never shows it, "开" and "张" it shows often
    text = PAGE + "开发区张开张家口开放，开展开会张贴。\n" * 3 + "责任编辑：李强\n"
    repaired = repair(misread(text))
    assert repaired is not None
    assert repaired.text.endswith("责任编辑：李强\n")


def test_a_lost_byte_0x80_is_restored_exactly_not_guessed():
    # "一" is E4 B8 80: after one odd character the 0x80 falls where a lead byte is read, is
    # rejected (U+FFFD) while the byte after it could have completed a pair: only 0x80 was rejected so
    text = "我" + "统一大市场建设，统一规划，统一标准，统一监管。" * 3 + "\n"
    damaged = misread(text)
    assert damaged.count(REPLACEMENT) >= 3
    repaired = repair(damaged)
    assert repaired is not None and repaired.text == text
    assert repaired.guessed <= 1  # at most the line's last character (its "。")


def test_user_defined_pairs_of_gb18030_are_read_back():
    text = "据联谊报，在极不平凡的年份里，丽水市政协深入贯彻落实中央和省委政协工作会议精神，凝心聚力砥砺前行。\n"
    damaged = misread(text)
    assert any("\ue000" <= ch <= "\uf8ff" for ch in damaged)  # private-use characters: user-defined pairs
    repaired = repair(damaged)
    assert repaired is not None
    assert repaired.text.startswith("据联谊报，在极不平凡的年份里，丽水市政协深入贯彻落实中央和省委政协工作会议精神")


def test_strict_gbk_and_the_browsers_decoder_are_undone_too():
    strict = repair(misread(PAGE, "gbk"))
    assert strict is not None and strict.codec == "gbk" and len(strict.text) == len(PAGE)
    assert "国务院新闻办举行系列主题新闻发布会" in strict.text
    # the browsers read byte 0x80 as "€", and A2E3 is "€" too: "面。" is E9 9D A2 E3 80 82
    text = "持续扩大影响力和覆盖面。\u3000\u3000据北京市青少年心理健康服务中心相关负责人介绍，项目已经启动。\n"
    browser = text.encode("utf-8").decode("gb18030", errors="test.browser-gbk")
    assert browser.count("\u20ac") >= 2
    repaired = repair(browser, known=True)
    assert repaired is not None and repaired.kept == 0 and repaired.text == text


def test_characters_added_after_the_misreading_stay_and_cut_the_runs():
    # an &nbsp; rendered after the wrong decoding is a real NBSP, not GBK bytes
    damaged = misread("首页>>新闻") + "\u00a0>\u00a0" + misread("国际新闻，今天的报道。很多内容都在这里。\n")
    repaired = repair(damaged)
    assert repaired is not None
    assert repaired.text.startswith("首页>>新闻\u00a0>\u00a0国际新闻，今天的报道。很多内容都在这里")


def test_a_byte_lost_before_removed_markup_is_guessed_not_taken_for_0x80():
    # a dump is the rendered text of misread markup: "来源：<a>人民网</a>" lost the last byte of "："
    # before "<", and the dump shows the next character right after the U+FFFD
    body = "人民网－人民日报。新闻发布会在北京举行，人民网记者报道。\n"
    markup = misread("发稿时间：2024-05-10 来源：") + misread(body)
    assert REPLACEMENT in markup
    repaired = repair(markup)
    assert repaired is not None
    assert "来源：人民网－人民日报" in repaired.text


@pytest.mark.parametrize(
    "text",
    [
        "据联谊报 在极不平凡的2020年,丽水市政协深入贯彻落实中央、省委和市委政协工作会议精神。",
        "The quick brown fox jumps over the lazy dog.",
        "浜松町の駅から歩いて五分。涓涓细流，汇成江河；鍦字很少见。",  # real text holding some hint characters
        "涓涓细流，浜浜相连，鍙鍙鎴鏂，缃缃 谢谢 " * 20,  # hint characters, but no UTF-8 behind them
        "Ελληνικά и русский текст, ελληνικά και ещё. " * 10,
        "",
    ],
)
def test_clean_text_is_left_alone(text: str):
    assert repair(text) is None


def test_japanese_misread_as_euc_jp_is_not_touched():
    # EUC-JP loses about every other kana: too many bytes to guess back, so it is left as it is
    damaged = misread("仰天スクープ！新宿ゴールデン街の極狭店舗が落札されていた。" * 5, "euc_jp")
    assert repair(damaged) is None


def test_decode_page_repairs_dumps_and_markup_once_with_a_warning():
    record = clean_page(misread(PAGE).encode("utf-8"), name="mojibake.txt")
    assert "国务院新闻办举行系列主题新闻发布会" in record.text
    assert any("misread as GB18030" in warning and "guessed" in warning for warning in record.warnings)
    assert record.title == "在新时代中部地区崛起中争先出彩（推动高质量发展）"
    html = "<html><head><title>在新时代中部地区崛起--人民网</title></head><body><h1>在新时代中部地区崛起</h1>"
    html += "".join(f"<p>{line}</p>" for line in PAGE.splitlines()[5:]) + "</body></html>"
    record = clean_page(misread(html).encode("utf-8"), name="mojibake.html")
    assert "国务院新闻办举行系列主题新闻发布会" in record.text
    assert any("misread as GB18030" in warning for warning in record.warnings)


# ---------------------------------------------------------------------------------------------
# The corpora: clean pages are never touched; misread dumps come back with their headline
# ---------------------------------------------------------------------------------------------
def _pages(name: str) -> list:
    folder = CORPORA / name / "pages"
    if not folder.is_dir():
        pytest.skip(f"{folder} not present")
    return sorted(folder.iterdir())


@pytest.mark.parametrize("name", ["zh-dev", "en-scrapinghub", "meta-dev"])
def test_no_html_page_of_the_corpora_is_touched(name: str):
    for path in _pages(name):
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        assert repair(decode_bytes(data).text) is None, path.name


def test_no_damage_paragraph_is_touched():
    path = CORPORA / "damage-dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not present")
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert repair(row["input"]) is None and repair(row["original"]) is None


def test_misread_dumps_of_the_corpus_come_back_with_their_headline_and_clean_ones_are_untouched():
    titles = {}
    gold = CORPORA / "zh-dev-dump" / "gold.jsonl"
    for line in gold.read_text(encoding="utf-8").splitlines() if gold.exists() else []:
        row = json.loads(line)
        titles[row["file"].rsplit("/", 1)[-1]] = row.get("title")
    repaired_pages = 0
    for path in _pages("zh-dev-dump"):
        text = decode_bytes(path.read_bytes()).text
        title = titles.get(path.name)
        repaired = repair(text)
        if title and title in text:  # a clean dump
            assert repaired is None, path.name
        elif repaired is not None:
            repaired_pages += 1
            assert repaired.kept == 0, path.name
            assert title is None or title in repaired.text, path.name
    assert repaired_pages >= 1


def test_the_characters_typical_of_the_misreading_are_all_led_by_bytes_e4_to_e9_in_utf8():
    # decode_page looks for the misreading only in UTF-8 pages holding such a byte
    hints = [ch for ch in map(chr, range(0x110000)) if not 0xD800 <= ord(ch) <= 0xDFFF and _HINT.fullmatch(ch)]
    assert len(hints) > 300
    assert all(0xE4 <= ch.encode("utf-8")[0] <= 0xE9 for ch in hints)


@pytest.mark.parametrize("clean", [False, True])
def test_the_signature_test_gives_the_same_answer_from_the_non_ascii_characters_alone(clean: bool):
    text = PAGE if clean else PAGE.encode("utf-8").decode("gb18030", "replace")
    non_ascii = "".join(ch for ch in text if not ch.isascii())
    assert looks_misread(text, non_ascii) == looks_misread(text) == (not clean)


def _likelihood_as_defined(model, left: str, right: str, ch: str) -> float:
    """The page model's score of one candidate, written as the model defines it (the reference for
    ``_likeliest``, which scores a slot's candidates together)."""
    from pipeline.readers import mojibake as M

    p = (model.unigrams[ch] + M.PRIOR_COUNTS * model.size * M.prior(ch)) / (model.size + 1)
    if left[-1:] and left[-1] != REPLACEMENT:
        p = (model.bigrams[left[-1] + ch] + M.CONTEXT_WEIGHT * p) / (model.unigrams[left[-1]] + M.CONTEXT_WEIGHT)
        if len(left) == 2 and REPLACEMENT not in left:
            p = (model.trigrams[left + ch] + M.CONTEXT_WEIGHT * p) / (model.bigrams[left] + M.CONTEXT_WEIGHT)
    if right[:1] and right[0] != REPLACEMENT:
        nxt = (model.unigrams[right[0]] + M.PRIOR_COUNTS * model.size * M.prior(right[0])) / (model.size + 1)
        p *= (model.bigrams[ch + right[0]] + M.CONTEXT_WEIGHT * nxt) / (model.unigrams[ch] + M.CONTEXT_WEIGHT)
    if not right or right[0] in "\r\n":
        p *= M.CONTEXT_BOOST if ch in M.LINE_END else M.CONTEXT_PENALTY if ch in M.NOT_LINE_END else 1.0
    elif ch == "\u3000" and not left[-1:].isspace():
        p *= M.CONTEXT_PENALTY
    if left[-1:].isdigit() and ch in M.AFTER_DIGIT:
        p *= M.CONTEXT_BOOST
    return p


_DRAFT = "2024年5月9日，市政府召开常务会议。会议指出，要加快推进老旧小区改造。\n" * 3 + "记者 王磊\n" + REPLACEMENT * 2
_PIECES = ["年", "月", "日", "，", "。", "会", "议", "市", "政", "府", "改", "造", "5", "9", " ", "\u3000", "\n",
           "鬼", "”", REPLACEMENT, ""]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES[:-2]), min_size=2, max_size=8, unique=True),
    st.lists(st.sampled_from(_PIECES), max_size=2).map("".join),
    st.lists(st.sampled_from(_PIECES), max_size=2).map("".join),
)
def test_a_slot_s_candidates_scored_together_as_one_by_one(candidates, left, right):
    from pipeline.readers.mojibake import _likeliest, _PageModel

    model = _PageModel(_DRAFT)
    expected = max(candidates, key=lambda ch: _likelihood_as_defined(model, left[-2:], right, ch))
    assert _likeliest(model, candidates, left[-2:], right) == expected
