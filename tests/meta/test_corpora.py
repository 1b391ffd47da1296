"""The seed record, and accuracy floors on the shared corpora (skipped when ../shared is absent).

The floors are the values reached when they were set, less a little for noise: a change that loses
accuracy fails here. Scores use the matching of shared/bench/score.py (benchmarks/metadata.py).
"""

from __future__ import annotations

import json

import pytest

from tests.builders import SHARED

CORPORA = SHARED / "corpora"
SEED = SHARED / "seed"


@pytest.mark.skipif(not (SEED / "expected.json").exists(), reason="../shared/seed is not available")
def test_seed_record_equals_the_expected_record():
    from pipeline import clean_page

    expected = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    record = clean_page((SEED / expected["input"]).read_bytes(), name=expected["input"]).to_dict()
    assert {key: record[key] for key in expected["record"]} == expected["record"]


FLOORS = {
    "zh-dev": {
        "date": 0.96,
        "title": 0.98,
        "source": 0.93,
        "authors": 0.97,
        "editors": 0.97,
        "section": 0.87,  # reached: 0.89
        "site_name": 0.92,
    },
    "zh-dev-dump": {  # issue 5: at most 0.05 below the HTML pages on each field
        "date": 0.93,
        "title": 0.95,
        "source": 0.89,
        "authors": 0.95,
        "editors": 0.94,  # 18/19: one editor name sits on a lost byte in a mojibake dump (guessed, not known)
        "section": 0.82,
        "site_name": 0.88,
    },
    "meta-dev": {"date": 0.87, "title": 0.86, "authors": 0.66},  # reached: 0.89, 0.88, 0.69
}


@pytest.mark.skipif(not CORPORA.exists(), reason="../shared/corpora is not available")
@pytest.mark.parametrize("set_name", sorted(FLOORS))
def test_accuracy_floors(set_name):
    from benchmarks.metadata import META_FIELDS, ZH_FIELDS, Matchers, _load_score, load_rows, score_set

    score = _load_score(CORPORA)
    matchers = Matchers(score.norm_date, score.norm_str, score.names)
    fields = META_FIELDS if set_name == "meta-dev" else ZH_FIELDS
    rows = load_rows(CORPORA / set_name / "gold.jsonl")
    tally = score_set(matchers, rows, CORPORA / set_name, fields, {}, names_as_text=set_name == "meta-dev")["ours"]
    for name, floor in FLOORS[set_name].items():
        ok, total = tally.fields[name]
        assert ok / total >= floor, f"{set_name} {name}: {ok}/{total} below {floor}"
