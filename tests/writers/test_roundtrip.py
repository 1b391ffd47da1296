"""records.csv, records.jsonl and records.parquet say the same thing, whatever the text holds."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd

from pipeline import load
from pipeline.record import FIELD_NAMES, Record
from pipeline.writers import RecordWriters
from pipeline.writers.excel import EXCEL_CELL_LIMIT, excel_safe_cell

AWKWARD = [
    'He said "hello", then left.\nSecond line, with a comma',
    'tab\there, carriage\rreturn, CRLF\r\nand a lone quote " at the end"',
    "控制字符\x01\x07\x1b混在中文里，还有全角，标点。",
    "=SUM(A1:A9) looks like a formula",
    "",
    "  leading and trailing spaces  ",
    "semi; colons; inside",
]


def sample_records() -> list[Record]:
    records = []
    for i, text in enumerate(AWKWARD):
        records.append(
            Record(
                doc_id=f"dir/page {i}.html",
                url=f"http://example.com/{i}?a=1,b=2" if i % 2 else None,
                title=f'标题 {i}, "quoted"' if i != 4 else None,
                published=["2021-02-20", "2021-02", "2021-02-20T09:30", None][i % 4],
                authors=["徐文燕", "叶瑞胜"] if i % 3 == 0 else [],
                editors=["李明"] if i == 1 else [],
                lang="zh",
                text=text,
                n_chars=len(text),
                input_format="html",
                encoding="utf-8",
                repairs=i,
                warnings=["w1", "w2"] if i == 2 else [],
            )
        )
    return records


def write(tmp_path: Path, records: list[Record], **kwargs) -> Path:
    writers = RecordWriters(tmp_path, ("csv", "jsonl", "parquet"), **kwargs)
    for record in records:
        writers.write(record)
    writers.close()
    return tmp_path


def test_csv_header_is_the_contract(tmp_path: Path):
    write(tmp_path, sample_records())
    with open(tmp_path / "records.csv", encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header == list(FIELD_NAMES)
    assert header[:3] == ["doc_id", "url", "title"] and header[-1] == "warnings"


def test_csv_and_jsonl_and_parquet_load_identically(tmp_path: Path):
    records = sample_records()
    write(tmp_path, records)
    from_csv = load(tmp_path, source="csv")
    from_jsonl = load(tmp_path, source="jsonl")
    from_parquet = load(tmp_path, source="parquet")
    pd.testing.assert_frame_equal(from_csv, from_jsonl)
    pd.testing.assert_frame_equal(from_parquet, from_jsonl)
    # and the values are the originals, not just equal to each other
    assert from_csv["text"].tolist() == [r.text or None for r in records]
    assert from_csv["authors"].tolist()[0] == ["徐文燕", "叶瑞胜"]
    assert from_csv["repairs"].tolist() == list(range(len(records)))
    assert str(from_csv["published"].dtype).startswith("datetime64")
    assert from_csv["published_iso"].tolist()[:3] == ["2021-02-20", "2021-02", "2021-02-20T09:30"]


def test_plain_pandas_read_csv_keeps_text_exactly(tmp_path: Path):
    write(tmp_path, sample_records())
    frame = pd.read_csv(tmp_path / "records.csv", dtype=str, keep_default_na=False)
    with open(tmp_path / "records.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    assert frame["text"].tolist() == [row["text"] for row in rows]
    assert frame["doc_id"].tolist() == [row["doc_id"] for row in rows]


def test_excel_mode_bom_and_formulas_neutralised(tmp_path: Path):
    long_text = "长" * (EXCEL_CELL_LIMIT + 100)
    records = [*sample_records(), Record(doc_id="long", text=long_text, n_chars=len(long_text))]
    write(tmp_path, records, excel=True)
    raw = (tmp_path / "records.excel.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert not (tmp_path / "records.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # the plain CSV stays exact
    frame = pd.read_csv(tmp_path / "records.excel.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert "'=SUM(A1:A9) looks like a formula" in frame["text"].tolist()
    assert all(len(cell) <= EXCEL_CELL_LIMIT for cell in frame["text"])
    assert excel_safe_cell("-1+2") == "'-1+2" and excel_safe_cell("@cmd") == "'@cmd"
    # JSONL keeps the full text
    assert json.loads((tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()[-1])["text"] == long_text


def test_no_output_appears_until_the_writer_closes(tmp_path: Path):
    writers = RecordWriters(tmp_path, ("csv", "jsonl", "parquet"))
    writers.write(sample_records()[0])
    assert not (tmp_path / "records.csv").exists()
    writers.abort()
    assert list(tmp_path.iterdir()) == []
