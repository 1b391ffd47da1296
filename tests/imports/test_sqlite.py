"""The README's SQLite import, run as written (sqlite3 shell, or its Python stand-in), read back."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from tests.imports.support import Workdir, assert_table_matches, expected_table, readme_blocks


def sqlite_rows(path: Path) -> list[dict]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        rows = [dict(row) for row in conn.execute("SELECT * FROM records")]
    finally:
        conn.close()
    for row in rows:
        stamp = row["published_at"]
        if stamp is not None:
            assert len(stamp) == 19, stamp  # YYYY-MM-DD HH:MM:SS
            row["published_at"] = datetime.fromisoformat(stamp)
        for name in ("authors_list", "editors_list", "warnings_list"):
            row[name] = json.loads(row[name])
    return rows


@pytest.mark.parametrize("real_shell", [True, False], ids=["sqlite3", "python-stand-in"])
def test_readme_sqlite_import_round_trips_and_upserts(real_shell: bool, workdir: Workdir, first_run, rerun):
    blocks = readme_blocks("SQLite")
    assert [lang for lang, _ in blocks] == ["sh"]
    commands = blocks[0][1]
    workdir.use_shell("sqlite3", real_shell)
    database = workdir.path / "records.db"

    workdir.use(first_run)
    workdir.sh(commands)
    assert_table_matches(sqlite_rows(database), expected_table(first_run))

    # A rerun's output through the same commands: updated and added, never duplicated; twice.
    workdir.use(rerun)
    workdir.sh(commands)
    workdir.sh(commands)
    assert_table_matches(sqlite_rows(database), expected_table(first_run, rerun))
