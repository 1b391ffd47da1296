"""Text normalisation: spaces and invisible characters, one paragraph per line, GBK-misread UTF-8."""

from __future__ import annotations

import pytest

from pipeline.text import join_paragraphs, normalise_line, repair_mojibake, split_paragraphs


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("据联谊报\u00a0\u00a0\u00a0 在极不平凡的2020年", "据联谊报 在极不平凡的2020年"),  # NBSP run (the seed)
        ("\u3000\u3000人生如戏。", "人生如戏。"),  # ideographic indent
        ("凝心聚力\u00a0 砥砺前行", "凝心聚力 砥砺前行"),
        ("零\u200b宽\u200d字\ufeff符\u00ad", "零宽字符"),
        ("a\tb  \t c\u2009d\u202fe", "a b c d e"),
        ("  plain ascii   text  ", "plain ascii text"),
        ("", ""),
        ("\u00a0\u3000\u200b", ""),
    ],
)
def test_normalise_line_spaces_and_invisible_characters(raw: str, clean: str):
    assert normalise_line(raw) == clean


def test_normalise_line_keeps_punctuation_as_the_page_has_it():
    line = "2020年,丽水市政协深入贯彻落实中央、省委和市委政协工作会议精神,高扬“丽水之干”的旗帜。"
    assert normalise_line(line) == line  # ASCII commas inside Chinese stay ASCII commas
    assert normalise_line("立案率78.5%，10家（记者 胡晓蓉）！？") == "立案率78.5%，10家（记者 胡晓蓉）！？"


def test_join_paragraphs_one_paragraph_per_line():
    text = join_paragraphs(["  第一段\u3000", "", "\u00a0", "第二段\r\n第三段", "第四段\u2028第五段"])
    assert text == "第一段\n第二段\n第三段\n第四段\n第五段"


def _join_line_by_line(paragraphs: list[str]) -> str:
    return "\n".join(line for paragraph in paragraphs for line in split_paragraphs(paragraph))


@pytest.mark.parametrize(
    "paragraphs",
    [
        [],
        [""],
        ["第一段", "第二段 with words", "third one."],  # already normal: returned as joined
        ["a", ""],
        ["", "a"],
        ["a ", "b"],
        ["a", " b"],
        ["a  b"],
        ["a\n\nb"],
        ["a\rb"],
        ["a\tb"],
        ["a\x0bb"],
        ["a\x1cb"],
        ["a\x85b"],
        ["a\u2028b"],
        ["零\u200b宽"],
        ["soft\u00adhyphen"],
        ["\u3000缩进"],
        ["nbsp\u00a0here"],
    ],
)
def test_join_paragraphs_equals_normalising_each_line(paragraphs: list[str]):
    # the shortcut for text that is normal already must give what normalising line by line gives
    assert join_paragraphs(paragraphs) == _join_line_by_line(paragraphs)


def test_join_paragraphs_knows_every_whitespace_character():
    # every character str.split takes for a space, but the space and the line feed, takes the slow path
    for code in range(0x110000):
        char = chr(code)
        if char.isspace() and char not in " \n":
            assert join_paragraphs([f"a{char}b"]) == _join_line_by_line([f"a{char}b"]), hex(code)


def test_split_paragraphs_any_line_break():
    assert split_paragraphs("a\r\nb\rc\n\n d \u2029e") == ["a", "b", "c", "d", "e"]


def _misread(text: str) -> str:
    """What a crawler stores when it decodes UTF-8 bytes as GBK."""
    return text.encode("utf-8").decode("gbk", errors="replace")


def test_repair_mojibake_reads_gbk_misread_utf8_again():
    original = "以战时内阁审查重启停火谈判提案\n据以色列媒体报道，以战时内阁在18日晚开会，审查了一份提案。"
    damaged = _misread(original)
    assert "以战时内阁" not in damaged
    repaired = repair_mojibake(damaged)
    assert repaired is not None
    # bytes the misreading lost (U+FFFD) take their character with them; the rest comes back
    assert "以色列媒体报道，以战时内阁在18日晚" in repaired
    assert "审查了一份提案" in repaired
    assert "\ufffd" not in repaired


def test_repair_mojibake_keeps_characters_added_after_the_misreading():
    # an &nbsp; decoded after the wrong decoding is a real NBSP, not GBK bytes
    damaged = _misread("首页>>新闻") + "\u00a0>\u00a0" + _misread("国际新闻，今天的报道。很多内容。")
    repaired = repair_mojibake(damaged, known=True)
    assert repaired is not None
    assert repaired.startswith("首页>>新闻\u00a0>\u00a0国际新闻")


@pytest.mark.parametrize(
    "text",
    [
        "据联谊报 在极不平凡的2020年,丽水市政协深入贯彻落实中央、省委和市委政协工作会议精神。",
        "The quick brown fox jumps over the lazy dog.",
        "浜松町の駅から歩いて五分。涓涓细流，汇成江河；鍦字很少见。",  # real text holding some hint characters
        "",
    ],
)
def test_repair_mojibake_leaves_clean_text_alone(text: str):
    assert repair_mojibake(text) is None
