"""Duplicates across a batch: exact and near copies point at the first copy in input order."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import numpy as np

from pipeline import run
from pipeline.batch.dedup import (
    MIN_NEAR_CHARS,
    NUM_PERM,
    Deduplicator,
    band_hashes,
    dedup_keys,
    exact_key,
    lsh_params,
    normalise_for_dedup,
    signature,
)
from tests.batch.pages import article_html, paragraph


def shingles(text: str) -> set[str]:
    return {text[i : i + 5] for i in range(len(text) - 4)}


def test_signature_agreement_estimates_jaccard_similarity():
    rng = random.Random(1)
    base = [paragraph(rng) for _ in range(12)]
    for replaced in (1, 3, 6):
        other = base[:-replaced] + [paragraph(rng) for _ in range(replaced)]
        a, b = normalise_for_dedup("".join(base)), normalise_for_dedup("".join(other))
        true = len(shingles(a) & shingles(b)) / len(shingles(a) | shingles(b))
        estimate = float(np.mean(np.frombuffer(signature(a), np.uint32) == np.frombuffer(signature(b), np.uint32)))
        assert abs(estimate - true) < 0.12, (replaced, true, estimate)


def test_exact_key_ignores_case_spacing_and_punctuation_but_not_words():
    assert exact_key(normalise_for_dedup("Hello, World!\n")) == exact_key(normalise_for_dedup("hello world"))
    assert exact_key(normalise_for_dedup("hello world")) != exact_key(normalise_for_dedup("hello word"))
    assert exact_key("") is None
    assert signature("短" * (MIN_NEAR_CHARS - 1)) is None


def test_normalisation_keeps_exactly_the_pattern_s_word_characters():
    """ASCII, Basic Multilingual Plane and other text take different paths: each keeps what ``[\\W_]+`` keeps."""
    every_bmp_character = "".join(map(chr, range(0x10000)))  # lone surrogates included
    texts = [
        "Hello, World! 3.14_x\t\x00",
        "中文，测试：“引号”——全角ＡＢＣ１２３　空格\u200b",
        "Straße İstanbul ǅ ΣΑΣ ½ ² ١٢٣ ﬁ",
        "表情😀与𠀀字",
        "孤\ud800立",
        "",
        every_bmp_character,
    ]
    for text in texts:
        expected = re.sub(r"[\W_]+", "", text.casefold())
        assert normalise_for_dedup(text) == expected
        assert dedup_keys(text * 20) == (exact_key(expected * 20), signature(expected * 20))


def test_near_copies_point_at_the_first_copy_never_at_a_copy():
    rng = random.Random(2)
    base = [paragraph(rng) for _ in range(10)]
    dedup = Deduplicator()
    texts = {
        "first": base,
        "copy": [*base[:9], paragraph(rng)],  # one paragraph of ten changed
        "unrelated": [paragraph(rng) for _ in range(10)],
        "exact": base,
    }
    found = {doc: dedup.check(doc, *dedup_keys("\n".join(paras))) for doc, paras in texts.items()}
    assert found == {
        "first": (None, None),
        "copy": ("first", "near"),
        "unrelated": (None, None),
        "exact": ("first", "exact"),
    }
    assert (dedup.counts.exact, dedup.counts.near) == (1, 1)
    dedup.close()


def make_duplicates(root: Path) -> None:
    rng = random.Random(9)
    base = [paragraph(rng) for _ in range(8)]
    pages = {
        "a_original.html": article_html(rng, "甲网", base),
        "b_reprint.html": article_html(rng, "乙网", base),  # the same article on another site
        "c_edited.html": article_html(
            rng, "丙网", [*base[:7], "（本文有删改）" + base[7][20:]]
        ),  # a lightly edited copy
        "d_other.html": article_html(rng, "甲网", [paragraph(rng) for _ in range(8)]),
        "e_short.html": article_html(rng, "甲网", ["本站通知：系统维护。"]),
        "f_short.html": article_html(rng, "乙网", ["本站通知：系统升级。"]),
    }
    root.mkdir(parents=True)
    for name, html in pages.items():
        (root / name).write_text(html, encoding="utf-8")


def _by_id(folder: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in (folder / "records.jsonl").read_text("utf-8").splitlines()]
    return {row["doc_id"]: row for row in rows}


def test_run_marks_copies_with_the_first_doc_id_and_can_drop_them(tmp_path):
    make_duplicates(tmp_path / "in")
    summary = run(tmp_path / "in", tmp_path / "marked", workers=2, templates=False)
    records = _by_id(tmp_path / "marked")
    assert {doc: row["duplicate_of"] for doc, row in records.items()} == {
        "a_original.html": None,
        "b_reprint.html": "a_original.html",
        "c_edited.html": "a_original.html",
        "d_other.html": None,
        "e_short.html": None,
        "f_short.html": None,  # short texts are only matched exactly
    }
    assert summary.duplicates == 2
    dropped = run(tmp_path / "in", tmp_path / "dropped", workers=1, templates=False, drop_duplicates=True)
    assert set(_by_id(tmp_path / "dropped")) == {"a_original.html", "d_other.html", "e_short.html", "f_short.html"}
    assert (dropped.records, dropped.dropped, dropped.pages) == (6, 2, 6)
    counts = json.loads((tmp_path / "dropped" / "run.json").read_text())["counts"]
    assert (counts["dropped_duplicates"], counts["records_written"]) == (2, 4)


def test_an_exact_copy_of_a_near_copy_names_the_first_copy():
    rng = random.Random(12)
    base = [paragraph(rng) for _ in range(10)]
    edited = "\n".join([*base[:9], paragraph(rng)])
    dedup = Deduplicator()
    try:
        assert dedup.check("first", *dedup_keys("\n".join(base))) == (None, None)
        assert dedup.check("edited", *dedup_keys(edited)) == ("first", "near")
        assert dedup.check("edited-again", *dedup_keys(edited)) == ("first", "exact")
    finally:
        dedup.close()


def test_the_index_is_a_scratch_file_the_run_removes(tmp_path):
    path = tmp_path / "dedup.sqlite"
    dedup = Deduplicator(path=path)
    dedup.check("a", *dedup_keys(paragraph(random.Random(3)) * 3))
    assert path.exists()
    dedup.close()
    assert not path.exists()
    make_duplicates(tmp_path / "in")
    run(tmp_path / "in", tmp_path / "out", workers=1)
    assert not list((tmp_path / "out").rglob("dedup.sqlite*"))


def test_signatures_share_a_band_hash_exactly_where_they_share_a_band():
    """A candidate is an earlier first copy with one band of rows equal, at the same place: equal bands
    give equal hashes, the same values in another band or one value changed do not."""
    bands, rows = lsh_params(0.8)
    rng = np.random.default_rng(4)
    values = rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32)
    other = rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32)
    other[rows * 3 : rows * 4] = values[rows * 3 : rows * 4]  # band 3 shared
    other[rows * 5 : rows * 6] = values[rows * 4 : rows * 5]  # band 4's values, in band 5
    mine, theirs = band_hashes(values.tobytes(), bands, rows), band_hashes(other.tobytes(), bands, rows)
    assert len(mine) == bands and all(-(2**63) <= h < 2**63 for h in mine)  # SQLite integers
    assert [i for i in range(bands) if mine[i] == theirs[i]] == [3]
    assert not set(mine) & set(theirs) - {mine[3]}
    changed = values.copy()
    changed[rows * 3] ^= 1
    assert band_hashes(changed.tobytes(), bands, rows)[3] != mine[3]
