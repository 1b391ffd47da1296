"""report.html, the summary printed at the end, and the progress lines."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

from pipeline import run
from pipeline.batch.progress import Progress
from pipeline.writers.report import Chart, render
from tests.batch.pages import make_batch

ROOT = Path(__file__).resolve().parents[2]


def test_report_is_one_static_file_with_every_chart(tmp_path):
    make_batch(tmp_path / "in", pages=20, seed=31)
    (tmp_path / "in" / "empty.html").write_bytes(b"")
    summary = run(tmp_path / "in", tmp_path / "out", workers=2)
    report = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert summary.report == str(tmp_path / "out" / "report.html")
    for title in (
        "Records per publish month",
        "Top sources",
        "Top sites",
        "Text length",
        "Number repairs by rule",
        "Errors by reason",
        "Duplicates",
    ):
        assert f"<h2>{title}" in report, title
    assert report.count("<svg") >= 6
    assert "EmptyFile" in report  # the error reason is drawn
    assert "2021-" in report  # publish months of the pages
    assert not re.search(r"<script|src=|href=", report)  # self-contained, nothing loaded
    info = json.loads((tmp_path / "out" / "run.json").read_text())
    assert info["counts"]["pages"] == 31


def test_report_escapes_what_pages_said():
    page = render("r", [("input", "<in>")], [Chart("Top sources", [('<script>alert("x")</script>', 3)])])
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_command_prints_the_summary_and_progress_lines_when_not_on_a_terminal(tmp_path):
    make_batch(tmp_path / "in", pages=6, seed=32)
    result = subprocess.run(
        [sys.executable, str(ROOT / "run_pipeline.py"), "-i", str(tmp_path / "in"), "-o", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "16 pages from" in result.stdout and "report.html" in result.stdout
    assert re.search(r"cleaning: 16/16 pages, 100%, [\d.]+ pages/s, ETA 0s, 0 errors", result.stderr)
    assert "\r" not in result.stderr  # no bar drawing into a log file


def test_progress_log_line_has_rate_eta_and_errors():
    stream = io.StringIO()
    progress = Progress("cleaning", 200, enabled=True, stream=stream)
    progress.update(50, errors=2)
    progress.close()
    line = stream.getvalue().strip()
    assert line.startswith("cleaning: 50/200 pages, 25%, ")
    assert "pages/s, ETA " in line and line.endswith("2 errors")
