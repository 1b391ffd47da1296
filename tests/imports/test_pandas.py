"""The README's pandas load, run as written, and pipeline.load's contract."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline import load
from pipeline.record import FIELD_NAMES, INT_FIELDS, LIST_FIELDS
from tests.imports.support import Workdir, published_instant, read_jsonl, readme_blocks


def assert_frame_matches(frame: pd.DataFrame, records: list[dict]) -> None:
    assert list(frame.columns) == [*FIELD_NAMES, "published_iso"]
    assert frame["doc_id"].tolist() == [record["doc_id"] for record in records]
    for name in FIELD_NAMES:
        if name == "published":
            continue
        if name in LIST_FIELDS or name in INT_FIELDS:
            wanted = [record[name] for record in records]
        else:
            wanted = [record[name] if record[name] != "" else None for record in records]
        assert frame[name].tolist() == wanted, name
    assert frame["published_iso"].tolist() == [record["published"] for record in records]
    stamps = [None if pd.isna(value) else value.to_pydatetime() for value in frame["published"]]
    assert stamps == [published_instant(record["published"]) for record in records]
    assert frame["n_chars"].dtype == "int64" and str(frame["published"].dtype).startswith("datetime64")


def test_readme_pandas_load_gives_the_records(workdir: Workdir, first_run, rerun):
    blocks = readme_blocks("pandas")
    assert [lang for lang, _ in blocks] == ["python"]
    for run in (first_run, rerun):
        workdir.use(run)
        frame = workdir.python(blocks[0][1])["frame"]
        assert_frame_matches(frame, read_jsonl(run))


@pytest.mark.parametrize("source", ["csv", "jsonl", "parquet"])
def test_load_reads_each_format_and_a_named_file_alike(rerun: Path, source: str):
    records = read_jsonl(rerun)
    assert_frame_matches(load(rerun, source=source), records)
    assert_frame_matches(load(rerun / f"records.{source}"), records)


def test_load_refuses_the_spreadsheet_copy_and_unknown_sources(tmp_path: Path, rerun: Path):
    shutil.copy(rerun / "records.csv", tmp_path / "records.excel.csv")
    with pytest.raises(ValueError, match="spreadsheets"):
        load(tmp_path / "records.excel.csv")
    with pytest.raises(FileNotFoundError):
        load(tmp_path)  # only the spreadsheet copy there: nothing to load
    with pytest.raises(ValueError, match="source"):
        load(rerun, source="xlsx")
