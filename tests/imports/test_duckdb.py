"""The README's DuckDB import (read_csv, in-process), run as written, read back."""

from __future__ import annotations

import pytest

from tests.imports.support import Workdir, assert_table_matches, expected_table, readme_blocks

duckdb = pytest.importorskip("duckdb")


def duckdb_rows(con) -> list[dict]:
    cursor = con.execute("SELECT * FROM records")
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def test_readme_duckdb_import_round_trips_and_upserts(workdir: Workdir, first_run, rerun):
    blocks = readme_blocks("DuckDB")
    assert [lang for lang, _ in blocks] == ["sh", "python"]
    (_, schema), (_, load) = blocks

    workdir.use(first_run)
    workdir.sh(schema)
    con = workdir.python(load)["con"]
    try:
        assert_table_matches(duckdb_rows(con), expected_table(first_run))
    finally:
        con.close()

    # A rerun's output through the same commands: updated and added, never duplicated; twice.
    workdir.use(rerun)
    for _ in range(2):
        workdir.sh(schema)
        con = workdir.python(load)["con"]
        con.close()
    con = duckdb.connect(str(workdir.path / "records.duckdb"))
    try:
        assert_table_matches(duckdb_rows(con), expected_table(first_run, rerun))
        assert con.execute("SELECT max(length(text)) FROM records").fetchone()[0] > 1_000_000
    finally:
        con.close()
