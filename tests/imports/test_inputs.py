"""The runs the import tests load hold what makes imports go wrong (else they prove little)."""

from __future__ import annotations

import csv

from pipeline.record import FIELD_NAMES, LIST_FIELDS
from tests.imports.support import read_jsonl


def cells(folder) -> list[str]:
    csv.field_size_limit(1 << 30)  # a page's text is one cell
    with open(folder / "records.csv", encoding="utf-8", newline="") as handle:
        return [cell for row in list(csv.reader(handle))[1:] for cell in row]


def test_the_real_run_holds_chinese_multiline_quoted_and_empty_values(first_run):
    records = read_jsonl(first_run)
    texts = [record["text"] for record in records]
    assert any("\n" in text and "，" in text for text in texts)  # Chinese paragraphs
    assert any('"' in text and "," in text for text in texts)  # ASCII quotes and commas
    assert any(record[name] is None for record in records for name in FIELD_NAMES)
    assert any(record[name] == [] for record in records for name in LIST_FIELDS)
    assert any(line.startswith("=") for cell in cells(first_run) for line in cell.splitlines())


def test_the_rerun_holds_every_awkward_cell(rerun):
    records = read_jsonl(rerun)
    values = cells(rerun)
    assert any(len(record[name]) > 1 for record in records for name in LIST_FIELDS)
    assert {len(record["published"] or "") for record in records} >= {0, 7, 10, 16, 19}
    for awkward in ("\r\n", "\r", "\t", "\x01", '"', ",", "; ", "𠀀", "\\"):
        assert any(awkward in value for value in values), repr(awkward)
    assert any(value.startswith("=") for value in values)
    assert max(len(value.encode("utf-8")) for value in values) > 2 * 1024 * 1024
