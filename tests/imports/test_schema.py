"""The DDL comes from the Record: the CSV's columns in order, typed columns after, doc_id the key."""

from __future__ import annotations

import json
import sqlite3

import pytest

from pipeline.cli import main
from pipeline.record import FIELD_NAMES, INT_FIELDS
from pipeline.schema import DIALECTS, create_table_sql, generated_columns, upsert_sql
from tests.imports.support import PUBLISHED_VALUES, published_instant

TYPED = ["published_at", "authors_list", "editors_list", "warnings_list"]
AWKWARD_LISTS = ["a", 'O"Brien', "back\\slash", "ctrl\x01char", "欧阳 修", "𠀀", "x,y"]


def sqlite_db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.executescript(create_table_sql("sqlite"))
    return conn


def test_columns_follow_the_record_then_the_typed_ones():
    assert [column for column, _ in generated_columns()] == TYPED
    conn = sqlite_db()
    info = conn.execute("PRAGMA table_xinfo(records)").fetchall()  # cid, name, type, notnull, default, pk, hidden
    assert [row[1] for row in info] == [*FIELD_NAMES, *TYPED]
    assert [row[1] for row in info if row[5]] == ["doc_id"]
    assert {row[1] for row in info if row[2] == "INTEGER"} == INT_FIELDS
    assert [row[1] for row in info if row[6]] == TYPED  # generated
    assert [row[1] for row in conn.execute("PRAGMA table_info(records_csv)")] == list(FIELD_NAMES)

    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    con.execute(create_table_sql("duckdb"))
    described = con.execute("DESCRIBE records").fetchall()  # name, type, null, key, default, extra
    assert [row[0] for row in described] == [*FIELD_NAMES, *TYPED]
    types = {row[0]: row[1] for row in described}
    assert {name for name, kind in types.items() if kind == "INTEGER"} == INT_FIELDS
    assert types["published_at"] == "TIMESTAMP" and types["authors_list"] == "VARCHAR[]"
    assert [row[0] for row in described if row[3] == "PRI"] == ["doc_id"]


def test_the_schema_can_be_run_again_and_the_key_holds():
    conn = sqlite_db()
    conn.executescript(create_table_sql("sqlite"))  # IF NOT EXISTS: harmless
    conn.execute("INSERT INTO records (doc_id, n_chars, repairs) VALUES ('a', 0, 0)")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO records (doc_id, n_chars, repairs) VALUES ('a', 0, 0)")

    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    con.execute(create_table_sql("duckdb"))
    con.execute(create_table_sql("duckdb"))
    con.execute("INSERT INTO records (doc_id) VALUES ('a')")
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO records (doc_id) VALUES ('a')")


def test_sqlite_view_upserts_with_empty_cells_as_null_and_lists_as_json():
    conn = sqlite_db()
    row = ["d", "", "标题", "2021-02", "", "; ".join(AWKWARD_LISTS), "", "", "", "", "", "", "3", "", "", "0", "", ""]
    conn.execute(f"INSERT INTO records_csv VALUES ({', '.join('?' * len(FIELD_NAMES))})", row)
    row[2] = "新标题"
    conn.execute(f"INSERT INTO records_csv VALUES ({', '.join('?' * len(FIELD_NAMES))})", row)
    (stored,) = conn.execute("SELECT url, title, n_chars, authors_list, editors_list FROM records").fetchall()
    assert stored[:3] == (None, "新标题", 3)
    assert json.loads(stored[3]) == AWKWARD_LISTS and json.loads(stored[4]) == []


def test_sqlite_and_duckdb_published_at_accept_exactly_the_real_dates():
    rows = [(str(i), value) for i, value in enumerate(PUBLISHED_VALUES)]
    wanted = {value: published_instant(value) for value in PUBLISHED_VALUES}

    conn = sqlite_db()
    conn.executemany("INSERT INTO records (doc_id, published) VALUES (?, ?)", rows)
    got = dict(conn.execute("SELECT doc_id, published_at FROM records").fetchall())
    assert {PUBLISHED_VALUES[int(k)]: v for k, v in got.items()} == {
        value: stamp and stamp.strftime("%Y-%m-%d %H:%M:%S") for value, stamp in wanted.items()
    }

    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    con.execute(create_table_sql("duckdb"))
    con.executemany("INSERT INTO records (doc_id, published) VALUES (?, ?)", rows)
    got = dict(con.execute("SELECT doc_id, published_at FROM records").fetchall())
    assert {PUBLISHED_VALUES[int(k)]: v for k, v in got.items()} == wanted


def test_upsert_statement_replaces_by_doc_id():
    conn = sqlite_db()
    conn.execute("CREATE TABLE staging AS SELECT * FROM records_csv WHERE 0")
    conn.execute("INSERT INTO staging (doc_id, title, n_chars, repairs) VALUES ('a', 'old', 1, 0)")
    conn.execute(upsert_sql("sqlite", "staging"))
    conn.execute("UPDATE staging SET title = 'new'")
    conn.execute("INSERT INTO staging (doc_id, title, n_chars, repairs) VALUES ('b', 'added', 1, 0)")
    conn.execute(upsert_sql("sqlite", "staging"))
    assert conn.execute("SELECT doc_id, title FROM records ORDER BY doc_id").fetchall() == [
        ("a", "new"),
        ("b", "added"),
    ]


@pytest.mark.parametrize("dialect", DIALECTS)
def test_cli_prints_the_schema_and_exits(dialect, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["--schema", dialect]) == 0
    assert capsys.readouterr().out == create_table_sql(dialect)
    assert list(tmp_path.iterdir()) == []  # no run, no output folder


def test_unknown_dialects_are_refused(capsys):
    with pytest.raises(ValueError, match="dialect"):
        create_table_sql("mysql")
    with pytest.raises(SystemExit):
        main(["--schema", "mysql"])
    assert "invalid choice" in capsys.readouterr().err
