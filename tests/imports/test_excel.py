"""``--excel``: records.excel.csv for spreadsheets beside an untouched records.csv."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.record import FIELD_NAMES
from pipeline.writers.excel import EXCEL_CELL_LIMIT, TRUNCATION_MARK, excel_safe_cell, utf16_length

FORMULA_STARTS = "=+-@\t\r"


@pytest.mark.parametrize(
    "cell",
    ["=1+2", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", '   =HYPERLINK("http://x")', '=cmd|" /C calc"!A0'],
)
def test_formula_like_cells_are_neutralised(cell: str):
    assert excel_safe_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["", "a=b", "１+1", "＝1+2", "－－中文破折号", "＋加号", "＠提及", "“=引号”", "\n=1"])
def test_other_cells_are_kept(cell: str):
    assert excel_safe_cell(cell) == cell


@pytest.mark.parametrize("unit", ["长", "a", "𠀀"])  # 𠀀 is two UTF-16 units, as a spreadsheet counts it
def test_long_cells_are_cut_to_the_limit_with_a_marker(unit: str):
    fits = unit * (EXCEL_CELL_LIMIT // utf16_length(unit))
    assert excel_safe_cell(fits) == fits
    cut = excel_safe_cell(unit * 40_000)
    assert cut.endswith(TRUNCATION_MARK)
    assert EXCEL_CELL_LIMIT - 1 <= utf16_length(cut) <= EXCEL_CELL_LIMIT
    assert set(cut[: -len(TRUNCATION_MARK)]) == {unit}
    cut.encode("utf-8")  # no half of a surrogate pair left


def test_excel_run_writes_a_spreadsheet_copy_and_keeps_records_csv_exact(tmp_path: Path):
    pages = tmp_path / "pages"
    pages.mkdir()
    long_text = "\n".join(f"第{i}段：这是一个很长的政府工作报告的一部分，内容完整保留在记录中。" for i in range(2000))
    lines = [
        {"title": '=HYPERLINK("http://evil.example") 标题', "text": '-1+2 开头的一段，含逗号, 和"引号"。\n第二段。'},
        {"title": "很长的报告", "text": long_text},
    ]
    (pages / "feed.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    plain, excel = tmp_path / "plain", tmp_path / "excel"
    assert main(["-i", str(pages), "-o", str(plain), "-j", "1"]) == 0
    assert main(["-i", str(pages), "-o", str(excel), "-j", "1", "--excel"]) == 0

    assert (excel / "records.csv").read_bytes() == (plain / "records.csv").read_bytes()
    assert not (plain / "records.excel.csv").exists()
    data = (excel / "records.excel.csv").read_bytes()
    assert data.startswith(b'\xef\xbb\xbf"doc_id",')  # BOM, every cell quoted
    with open(excel / "records.excel.csv", encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header == list(FIELD_NAMES)
    records = [json.loads(line) for line in (excel / "records.jsonl").read_text("utf-8").splitlines()]
    assert len(rows) == len(records) == 2
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.lstrip(" ")[:1] and cell.lstrip(" ")[0] in FORMULA_STARTS]
    assert any(cell.startswith("'=HYPERLINK") for cell in cells) and any(cell.startswith("'-1+2") for cell in cells)
    assert "中文" not in cells and any("政府工作报告" in cell for cell in cells)  # Chinese intact
    text_column = FIELD_NAMES.index("text")
    long_cell = rows[1][text_column]
    assert long_cell.endswith(TRUNCATION_MARK) and utf16_length(long_cell) <= EXCEL_CELL_LIMIT
    assert records[1]["text"] == long_text and len(long_text) > EXCEL_CELL_LIMIT  # the JSONL keeps it whole
    assert long_text.startswith(long_cell[: -len(TRUNCATION_MARK)])
