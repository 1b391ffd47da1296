"""Output safety: any text survives records.csv and pandas exactly; spreadsheet cells never run.

The end-to-end checks (through ``run_pipeline.py``) are in test_end_to_end.py; these are the
properties of the writers and of the spreadsheet rule on arbitrary strings.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import load
from pipeline.record import Record
from pipeline.writers import RecordWriters
from pipeline.writers.excel import EXCEL_CELL_LIMIT, excel_safe_cell
from tests.hostile.support import read_csv

PROPERTY = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Any character a str can hold in a UTF-8 file: everything but lone surrogates (NUL, CR, controls,
# quotes, separators, U+2028 and BOMs included).
any_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=300)
awkward_text = st.one_of(
    any_text,
    st.lists(
        st.sampled_from(
            ['"', ",", ";", "\r", "\n", "\r\n", "\t", "\x00", "\x1b", "=", "+", "-", "@", " ", "\ufeff", "中"]
        ),
        max_size=30,
    ).map("".join),
)
names = st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=1, max_size=20).filter(
    lambda name: "; " not in name and name == name.strip()
)  # a list cell joins with "; ": names holding it cannot come back apart (documented contract)
_FORMULA = re.compile(r"^ *[=+\-@\t\r]")
# Cells around the spreadsheet limit, some made of characters outside the BMP (two UTF-16 units).
long_cells = st.builds(
    lambda unit, length: (unit * (length // len(unit) + 1))[:length],
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=1, max_size=4),
    st.integers(EXCEL_CELL_LIMIT // 2 - 10, EXCEL_CELL_LIMIT + 10),
)


@PROPERTY
@given(texts=st.lists(awkward_text, min_size=1, max_size=6), authors=st.lists(names, max_size=3))
def test_any_text_round_trips_through_records_csv_and_pandas(tmp_path_factory, texts: list[str], authors: list[str]):
    folder = tmp_path_factory.mktemp("roundtrip")
    records = [
        Record(
            doc_id=f"dir/page {i}.html",
            url=f"http://example.com/{i}?a=1,b=2",
            title=text[:50] or None,
            authors=authors,
            text=text,
            n_chars=len(text),
        )
        for i, text in enumerate(texts)
    ]
    writers = RecordWriters(folder, ("csv", "jsonl"))
    for record in records:
        writers.write(record)
    writers.close()
    frame = read_csv(folder / "records.csv")
    assert frame["text"].tolist() == texts
    assert frame["title"].tolist() == [text[:50] for text in texts]
    assert frame["n_chars"].tolist() == [str(len(text)) for text in texts]
    loaded = load(folder, source="csv")
    assert loaded["text"].tolist() == [text or None for text in texts]
    assert loaded["authors"].tolist() == [authors] * len(texts)
    assert loaded["n_chars"].tolist() == [len(text) for text in texts]


@PROPERTY
@given(value=st.one_of(awkward_text, long_cells))
def test_a_spreadsheet_cell_never_starts_a_formula_and_never_overflows(value: str):
    cell = excel_safe_cell(value)
    assert not _FORMULA.match(cell)
    assert len(cell.encode("utf-16-le", "surrogatepass")) // 2 <= EXCEL_CELL_LIMIT
    if not _FORMULA.match(value) and len(value.encode("utf-16-le", "surrogatepass")) // 2 <= EXCEL_CELL_LIMIT:
        assert cell == value  # safe cells are left alone


def test_cells_over_the_limit_counted_in_utf16_units_are_cut():
    rare = "𠮷" * (EXCEL_CELL_LIMIT // 2 + 10)  # under the limit in code points, over it in UTF-16 units
    cell = excel_safe_cell(rare)
    assert len(cell.encode("utf-16-le")) // 2 <= EXCEL_CELL_LIMIT
    assert cell.startswith("𠮷" * 1000)
