"""The lines workers render equal what the table writers (pipeline/writers) write, byte for byte.

The batch parent appends lines rendered in the workers (pipeline/batch/output.py) instead of
formatting records itself; the reference here is the plain writers, used as a single process would.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.batch.output import (
    REPAIR_FIELDS,
    BatchOutputs,
    Views,
    csv_row,
    for_views,
    render_error,
    render_record,
    with_duplicate,
)
from pipeline.errors import ERROR_FIELDS, PageError
from pipeline.record import FIELD_NAMES, Record
from pipeline.writers import CsvTableWriter, RecordWriters

NAMES = ("records.csv", "records.excel.csv", "records.jsonl", "records.parquet", "errors.csv", "repairs.csv")


def awkward_records() -> list[tuple[Record, list[tuple], str | None]]:
    """Records with what CSV and JSON must escape, each with repair rows and a duplicate_of (or None)."""
    tricky = 'He said "hi", then left;\r\nnext line\n"duplicate_of": null, and \\"duplicate_of\\": null'
    records = [
        (Record(doc_id="a.html", title="标题", text="正文第一段。\n第二段。", n_chars=10), [], None),
        (
            Record(
                doc_id="b,1.html",
                url="https://example.cn/a?b=1,2",
                title="=SUM(A1)",
                authors=["张三", "李四, Jr."],
                editors=[],
                text=tricky,
                n_chars=len(tricky),
                warnings=["w1", "-w2"],
                repairs=2,
            ),
            [
                ("b,1.html", "glued-year", "20204月", "2020年4月", 3, "于20204月", "text", 0.9),
                ("b,1.html", "x", 1, 2, 0, "", "title", 1),
            ],
            'first "copy", a.html',
        ),
        (Record(doc_id="c.html", text="+1 𠀋 non-BMP", section=" @x", lang="zh"), [], "=a.html"),
        (Record(doc_id="d.html"), [], "a.html"),  # every field empty
    ]
    return records


def write_reference(folder: Path, excel: bool, errors: list[PageError]) -> None:
    """What pipeline.writers write for the same pages (duplicate_of set on the record)."""
    folder.mkdir()
    records = RecordWriters(folder, ("csv", "jsonl", "parquet"), excel=excel)
    repairs = CsvTableWriter(folder / "repairs.csv", REPAIR_FIELDS, excel=excel)
    error_table = CsvTableWriter(folder / "errors.csv", ERROR_FIELDS, excel=excel)
    for record, rows, first in awkward_records():
        record.duplicate_of = first
        records.write(record)
        for row in rows:
            repairs.write_row(row)
    for error in errors:
        error_table.write_row(error.to_dict().values())
    for writer in (records, repairs, error_table):
        writer.close()


ERRORS = [PageError("x.html", "read", "BinaryFile", 'not text, "binary"'), PageError("=y", "parse", "E", "a\nb")]


@pytest.mark.parametrize("excel", [False, True])
def test_worker_lines_equal_the_writers_output(tmp_path: Path, excel: bool):
    write_reference(tmp_path / "reference", excel, ERRORS)
    out = tmp_path / "batch"
    out.mkdir()
    outputs = BatchOutputs(out, ("csv", "jsonl", "parquet"), excel=excel)
    for record, rows, first in awkward_records():
        lines = render_record(outputs.views, record, rows)
        outputs.write(with_duplicate(lines, first) if first is not None else lines)
    for error in ERRORS:
        outputs.write(render_error(outputs.views, error))
    outputs.close()
    for name in NAMES:
        if (tmp_path / "reference" / name).exists():
            assert (out / name).read_bytes() == (tmp_path / "reference" / name).read_bytes(), name
    assert pq.read_table(out / "records.parquet").equals(pq.read_table(tmp_path / "reference" / "records.parquet"))


def test_lines_kept_for_other_options_are_rendered_again(tmp_path: Path):
    """A resumed page kept by a run without --excel or csv gets the lines this run writes."""
    record, rows, _ = awkward_records()[1]
    jsonl_only = render_record(Views(csv=False, excel=False), record, rows)
    assert jsonl_only.csv is None and jsonl_only.excel is None
    both = Views(csv=True, excel=True)
    again = for_views(jsonl_only, both)
    direct = render_record(both, record, rows)
    assert (again.record, again.csv, again.excel, again.repairs) == (
        direct.record,
        direct.csv,
        direct.excel,
        direct.repairs,
    )
    error = render_error(Views(csv=True, excel=False), ERRORS[0])
    assert for_views(error, both).error == render_error(both, ERRORS[0]).error
    assert for_views(direct, both) is direct


def test_dropped_writes_leave_no_files(tmp_path: Path):
    outputs = BatchOutputs(tmp_path, ("csv", "jsonl", "parquet"), excel=True)
    outputs.write(render_record(outputs.views, Record(doc_id="a", text="x")))
    outputs.abort()
    assert list(tmp_path.iterdir()) == []


def test_parquet_of_a_run_without_records_still_has_the_schema(tmp_path: Path):
    """The Parquet writer is made at the first record; with none, closing still writes an empty table."""
    outputs = BatchOutputs(tmp_path, ("csv", "jsonl", "parquet"), excel=False)
    outputs.write(render_error(outputs.views, ERRORS[0]))
    assert not any(path.name.startswith(".records.parquet") for path in tmp_path.iterdir())  # not made yet
    outputs.close()
    table = pq.read_table(tmp_path / "records.parquet")
    assert table.num_rows == 0
    assert table.schema.names == list(FIELD_NAMES)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        ["records.csv", "records.jsonl", "records.parquet", "errors.csv", "repairs.csv"]
    )


def csv_writer_row(cells: list[str], *, quote_all: bool) -> str:
    """The reference: what csv.writer writes in CsvTableWriter's dialect."""
    buffer = io.StringIO()
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    csv.writer(buffer, lineterminator="\r\n", quoting=quoting).writerow(cells)
    return buffer.getvalue()


@pytest.mark.parametrize("quote_all", [False, True])
def test_rows_are_rendered_as_csv_writer_renders_them_for_every_code_point(quote_all: bool):
    """csv_row applies the dialect's quoting rule itself. Every code point but the four it quotes for,
    in cells of 4096 (a character the csv module treated otherwise would change its cell's rendering),
    and each of the four alone, inside a cell and as a cell of its own, render as the csv module does."""
    special = ',"\r\n'
    plain = [
        chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF and chr(code) not in special
    ]
    cells = ["".join(plain[start : start + 4096]) for start in range(0, len(plain), 4096)]
    assert csv_row(cells, quote_all=quote_all) == csv_writer_row(cells, quote_all=quote_all)
    for char in special:
        for cells in ([f"a{char}b", "x"], [char, ""], ["", char]):
            assert csv_row(cells, quote_all=quote_all) == csv_writer_row(cells, quote_all=quote_all), cells
    for cells in ([""], ["", ""], [" "], ['a"b""', ",", "\r\n"], ["\ud800x", "y"]):
        assert csv_row(cells, quote_all=quote_all) == csv_writer_row(cells, quote_all=quote_all), cells


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from('ab ,"\r\n\t;\x00文'), max_size=12), min_size=1, max_size=5))
def test_random_rows_are_rendered_as_csv_writer_renders_them(cells: list[str]):
    for quote_all in (False, True):
        assert csv_row(cells, quote_all=quote_all) == csv_writer_row(cells, quote_all=quote_all)
