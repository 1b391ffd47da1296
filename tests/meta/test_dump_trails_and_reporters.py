"""Dump metadata: a trail of spaced slashes from the site's home, and a reporter credit closed by its
place after the date ("聯合報／ 記者林小明／台北即時報導"), as Taiwan papers print them; with the near
misses the rules must leave alone."""

from __future__ import annotations

from pipeline.meta.bylines import read_byline
from tests.meta.helpers import run_meta

BODY = "中央氣象署今天表示，受颱風外圍環流影響，北部及東北部山區午後雷陣雨機率增加，局部地區有豪雨發生的可能。"
HEADLINE = "颱風外圍環流影響 北部山區防豪雨"


def dump(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_slash_trail_from_the_site_name_gives_the_section():
    page = run_meta(
        dump(
            f"{HEADLINE} | 生活 | 聯合新聞網",
            "會員登入",
            "聯合新聞網 / 生活 / 氣象",
            HEADLINE,
            "2024-07-23 14:32",
            BODY,
        ),
        name="page.txt",
    )
    assert page.record.site_name == "聯合新聞網"
    assert page.record.section == "氣象"


def test_a_slash_row_not_from_the_site_is_no_trail():
    page = run_meta(
        dump(f"{HEADLINE} | 生活 | 聯合新聞網", "登入 / 註冊 / 說明", HEADLINE, "2024-07-23 14:32", BODY),
        name="page.txt",
    )
    assert page.record.section == "生活"  # the <title>'s section, not the last step of a login row


def test_reporter_and_place_after_the_date_and_the_paper():
    lines = [HEADLINE, "2024-07-23 14:32 聯合報／ 記者林小明／台北即時報導", BODY]
    credits = read_byline(lines, 0)
    assert credits.best_authors() == ["林小明"]
    assert credits.best_source() == "聯合報"
    two = read_byline([HEADLINE, "2024-07-23 14:32 記者王小明、陳大同/花蓮報導", BODY], 0)
    assert two.best_authors() == ["王小明", "陳大同"]


def test_a_sentence_about_reporters_is_no_credit():
    lines = [HEADLINE, "2024-07-23 14:32", "记者从长江经济带/北京报道会获悉"]
    assert read_byline(lines, 0).best_authors() == []
