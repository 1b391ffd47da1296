"""Quality floors of HTML main-text extraction on ../shared/corpora (zh-dev and en-scrapinghub, every page).

Scored with ../shared/bench/score.py (token P/R/F1, one token per Han character), the way
benchmarks/extraction.py scores them; each page goes through the whole ``clean_page``. The floors
sit a little under the numbers reached (see benchmarks/RESULTS.md): a drop below one is a
regression. Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from pipeline import clean_page
from tests.builders import SHARED

CORPORA = SHARED / "corpora"
ZH_F1_FLOOR = 0.95  # mean F1 on zh-dev reached: 0.956
EN_F1_FLOOR = 0.965  # mean F1 on en-scrapinghub reached: 0.974
MAX_BAD_ZH_ARTICLES = 1  # zh-dev article pages below F1 0.6 now: a page whose gold stops at its "展开全文" fold
# (we keep the whole article)
PAGE_TYPE_FLOOR = 0.95  # share of zh-dev pages whose page_type (article/list/forum) matches the gold (77/78)


def _scorer() -> ModuleType:
    path = SHARED / "bench" / "score.py"
    if not path.exists():
        pytest.skip("../shared/bench/score.py is absent")
    spec = importlib.util.spec_from_file_location("shared_bench_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score_set(name: str) -> list[dict]:
    folder = CORPORA / name
    if not (folder / "gold.jsonl").exists():
        pytest.skip(f"../shared/corpora/{name} is absent")
    score = _scorer()
    rows = []
    with (folder / "gold.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            gold = json.loads(line)
            path = folder / gold["file"]
            data = path.read_bytes()
            file_name = path.name
            if file_name.endswith(".gz"):
                data, file_name = gzip.decompress(data), Path(file_name).stem
            record = clean_page(data, name=file_name, url=gold.get("url"))
            f1 = score.prf(record.text, gold["text"])[2]
            rows.append({"id": gold["id"], "f1": f1, "gold_type": gold.get("page_type"), "type": record.page_type})
    return rows


@pytest.fixture(scope="module")
def zh_dev() -> list[dict]:
    return _score_set("zh-dev")


@pytest.fixture(scope="module")
def en_scrapinghub() -> list[dict]:
    return _score_set("en-scrapinghub")


def test_zh_dev_mean_f1(zh_dev):
    mean = sum(row["f1"] for row in zh_dev) / len(zh_dev)
    assert mean >= ZH_F1_FLOOR, f"zh-dev mean F1 {mean:.4f} < {ZH_F1_FLOOR}"


def test_zh_dev_articles_below_0_6(zh_dev):
    bad = sorted(row["id"] for row in zh_dev if row["gold_type"] == "article" and row["f1"] < 0.6)
    assert len(bad) <= MAX_BAD_ZH_ARTICLES, f"{len(bad)} zh-dev articles below F1 0.6: {bad}"


def test_zh_dev_page_types(zh_dev):
    typed = [row for row in zh_dev if row["gold_type"] in ("article", "list", "forum")]
    right = sum(row["gold_type"] == row["type"] for row in typed)
    assert right >= PAGE_TYPE_FLOOR * len(typed), f"page_type right on {right}/{len(typed)} pages"


def test_en_scrapinghub_mean_f1(en_scrapinghub):
    mean = sum(row["f1"] for row in en_scrapinghub) / len(en_scrapinghub)
    assert mean >= EN_F1_FLOOR, f"en-scrapinghub mean F1 {mean:.4f} < {EN_F1_FLOOR}"
