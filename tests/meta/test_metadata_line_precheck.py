"""The cheap test ``is_metadata_line`` starts with must never turn away a metadata line.

``may_be_metadata`` spares most lines the costly chain of patterns (``metadata_shape``); these tests
fail as soon as that chain learns a metadata line without a colon or a year, so the two stay in step.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.meta.patterns import is_metadata_line, may_be_metadata, metadata_shape
from tests.builders import SHARED

METADATA_LINES = [
    "发布日期:2021年02月20日 来源:联谊报 作者:徐文燕 叶瑞胜 字号:[][][]",
    "2024-05-12 17:19",
    "（责编：郝帅、杨迪）",
    "来源：新华网",
    "来源 2023年5月1日",
    "2019.03.07",
    "作者: John Smith",
    "【编辑：王五】",
]


def test_known_metadata_lines_pass_the_precheck() -> None:
    for line in METADATA_LINES:
        assert metadata_shape(line), line
        assert may_be_metadata(line), line
        assert is_metadata_line(line), line


def test_sentences_without_colon_or_year_are_turned_away() -> None:
    assert not may_be_metadata("今年以来，全市共改造老旧小区86个，涉及居民2.3万户。")
    assert not may_be_metadata("The council met on Tuesday to discuss the budget.")


PIECES = [
    "来源", "作者", "记者", "编辑", "责任编辑", "发布时间", "发布日期", "日期", "时间", "浏览", "字号", "摄影",
    "：", ":", " ", "（", "）", "【", "】", "[", "]", "|", "年", "月", "日", "-", "/", ".", "2", "0", "1", "9",
    "5", "12", "2021", "1999", "新华社", "张三", "。", "，", "点击", "次",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_no_generated_metadata_line_is_turned_away(parts: list[str]) -> None:
    line = "".join(parts).strip()
    if line and metadata_shape(line):
        assert may_be_metadata(line)


CORPORA = SHARED / "corpora"


@pytest.mark.skipif(not (CORPORA / "zh-dev-dump").is_dir(), reason="../shared/corpora is absent")
def test_no_corpus_metadata_line_is_turned_away() -> None:
    folder = CORPORA / "zh-dev-dump"
    checked = 0
    for row in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not row.strip():
            continue
        path = folder / json.loads(row)["file"]
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = " ".join(line.split())
            if line and len(line) <= 160 and metadata_shape(line):
                checked += 1
                assert may_be_metadata(line), line
    assert checked > 20  # the dumps do show metadata lines
