"""The README's PostgreSQL import, run as written against a real server, read back.

The server comes from PIPELINE_TEST_PG_DSN (``.ci/run`` starts one on loopback with
tests/imports/pg_server.sh and sets it). Unset: the tests skip. Set but unreachable: they fail,
so CI never passes without having imported into PostgreSQL.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime

import pytest

from pipeline.record import FIELD_NAMES, INT_FIELDS
from pipeline.schema import create_table_sql, generated_columns
from tests.imports.support import (
    PUBLISHED_VALUES,
    Workdir,
    assert_table_matches,
    expected_table,
    published_instant,
    readme_blocks,
)

DSN_VARIABLE = "PIPELINE_TEST_PG_DSN"
TYPED_COLUMNS = [column for column, _ in generated_columns()]
_LIBPQ_ENV = {"host": "PGHOST", "port": "PGPORT", "user": "PGUSER", "password": "PGPASSWORD", "dbname": "PGDATABASE"}


@pytest.fixture
def pg_conninfo() -> Iterator[dict[str, str]]:
    """A fresh UTF8 database on the test server, dropped afterwards; its connection parameters."""
    dsn = os.environ.get(DSN_VARIABLE)
    if not dsn:
        pytest.skip(f"{DSN_VARIABLE} is not set: no PostgreSQL server to import into (.ci/run starts one)")
    psycopg = pytest.importorskip("psycopg")
    from psycopg.conninfo import conninfo_to_dict

    try:
        admin = psycopg.connect(dsn, autocommit=True, connect_timeout=10)
    except psycopg.OperationalError as exc:
        pytest.fail(f"{DSN_VARIABLE} is set but the server does not answer: {exc}")
    name = f"pipeline_imports_{uuid.uuid4().hex[:12]}"
    admin.execute(f"CREATE DATABASE {name} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
    try:
        params = {k: str(v) for k, v in conninfo_to_dict(dsn).items() if v is not None}
        params["dbname"] = name
        yield params
    finally:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.close()


def pg_rows(conninfo: dict[str, str]) -> list[dict]:
    import psycopg
    from psycopg.rows import dict_row

    with psycopg.connect(**conninfo, row_factory=dict_row) as conn:
        return conn.execute("SELECT * FROM records").fetchall()


@pytest.mark.parametrize("real_shell", [True, False], ids=["psql", "python-stand-in"])
def test_readme_postgres_import_round_trips_and_upserts(real_shell: bool, tmp_path, pg_conninfo, first_run, rerun):
    blocks = readme_blocks("PostgreSQL")
    assert [lang for lang, _ in blocks] == ["sh", "sh"], "README PostgreSQL: a first import, then the upsert"
    first_import, upsert = (code for _, code in blocks)
    env = {_LIBPQ_ENV[key]: value for key, value in pg_conninfo.items() if key in _LIBPQ_ENV}
    workdir = Workdir(tmp_path, extra_env=env)
    workdir.use_shell("psql", real_shell)

    workdir.use(first_run)
    workdir.sh(first_import)
    assert_table_matches(pg_rows(pg_conninfo), expected_table(first_run))

    # A rerun's output through the upsert: updated and added, never duplicated; twice.
    workdir.use(rerun)
    workdir.sh(upsert)
    workdir.sh(upsert)
    assert_table_matches(pg_rows(pg_conninfo), expected_table(first_run, rerun))


def test_postgres_published_at_accepts_exactly_the_real_dates(pg_conninfo):
    import psycopg

    with psycopg.connect(**pg_conninfo, autocommit=True) as conn:
        conn.execute(create_table_sql("postgres"))
        with conn.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO records (doc_id, published) VALUES (%s, %s)",
                [(str(i), value) for i, value in enumerate(PUBLISHED_VALUES)],
            )
        got = dict(conn.execute("SELECT doc_id, published_at FROM records").fetchall())
        columns = conn.execute(
            "SELECT column_name, data_type, is_generated FROM information_schema.columns "
            "WHERE table_name = 'records' ORDER BY ordinal_position"
        ).fetchall()
        key = conn.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = 'records'::regclass AND i.indisprimary"
        ).fetchall()
    assert [name for name, _, _ in columns] == [*FIELD_NAMES, *TYPED_COLUMNS]
    assert [name for name, _, generated in columns if generated == "ALWAYS"] == TYPED_COLUMNS
    kinds = {name: kind for name, kind, _ in columns}
    assert kinds["published_at"] == "timestamp without time zone" and kinds["authors_list"] == "ARRAY"
    assert {name for name, kind in kinds.items() if kind == "integer"} == INT_FIELDS
    assert key == [("doc_id",)]
    assert {PUBLISHED_VALUES[int(k)]: v for k, v in got.items()} == {
        value: published_instant(value) for value in PUBLISHED_VALUES
    }
    assert published_instant("2021-02") == datetime(2021, 2, 1)
