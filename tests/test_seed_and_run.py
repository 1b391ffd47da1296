"""End to end: the seed page, the bundled raw/ folder, broken inputs beside good ones."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline import clean_page, load, run
from tests.builders import DATA, SHARED, gzip_bytes, jsonl_lines, warc_file, warc_record

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "raw" / "000_61116273d5307d41.txt"


def test_seed_page_gives_one_record_with_its_body():
    record = clean_page(SEED.read_bytes(), name=SEED.name)
    assert record.doc_id == SEED.name
    assert record.input_format == "dump" and record.encoding == "utf-8"
    assert "丽水市政协深入贯彻落实中央、省委和市委政协工作会议精神" in record.text
    assert record.text.rstrip().endswith("贡献政协智慧和力量。") or "贡献政协智慧和力量。" in record.text
    assert "\u00a0" not in record.text
    assert record.n_chars == len(record.text)


def test_clean_page_accepts_html_str_and_bytes():
    html = (DATA / "news_utf8.html").read_text(encoding="utf-8")
    from_str = clean_page(html, url="https://news.example.cn/x.htm")
    from_bytes = clean_page(html.encode("utf-8"), name="x.html")
    assert from_str.text == from_bytes.text
    assert "三地将加快推进高铁环线建设" in from_str.text
    # the page's canonical link is on the fetched URL's site and is not its home page: it is the URL
    assert from_str.url == "https://news.example.cn/2022-06/08/c_1128723456.htm"
    assert from_bytes.url == from_str.url
    assert "var " not in from_str.text


def make_mixed_input(root: Path) -> int:
    """Good and broken inputs; returns how many pages they hold."""
    (root / "sub dir").mkdir(parents=True)
    shutil.copy(DATA / "gov_article_gbk.html", root / "sub dir" / "政府 页面.html")
    gbk_undeclared = (DATA / "gov_article_gbk.html").read_bytes().replace(b"; charset=gb2312", b"")
    (root / "undeclared.html").write_bytes(gbk_undeclared)
    (root / "seed.txt").write_bytes(SEED.read_bytes())
    good_gz = gzip_bytes((DATA / "en_article.html").read_bytes())
    (root / "en.html.gz").write_bytes(good_gz)
    (root / "cut.html.gz").write_bytes(good_gz[:200])
    (root / "empty.html").write_bytes(b"")
    (root / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    html = (DATA / "news_utf8.html").read_bytes()
    (root / "crawl.warc.gz").write_bytes(
        warc_file(
            [
                warc_record("http://a.example/1", html),
                warc_record("http://a.example/logo.png", b"\x89PNG", content_type="image/png"),
                warc_record("http://a.example/2", gbk_undeclared, content_type="text/html"),
            ],
            compress=True,
        )
    )
    (root / "lines.jsonl").write_bytes(
        jsonl_lines([{"html": html.decode("utf-8"), "url": "http://b.example/1"}, "{broken", {"text": "T\n正文"}])
    )
    return 2 + 1 + 1 + 1 + 1 + 1 + 2 + 3  # html×2, txt, gz, cut gz, empty, png, warc pages, jsonl lines


def test_run_counts_every_page_once(tmp_path: Path):
    expected_pages = make_mixed_input(tmp_path / "in")
    summary = run(tmp_path / "in", tmp_path / "out", workers=2)
    assert summary.pages == expected_pages
    assert summary.records + summary.errors == summary.pages
    errors = pd.read_csv(tmp_path / "out" / "errors.csv", dtype=str)
    assert set(errors["error"]) == {"TruncatedGzip", "EmptyFile", "BinaryFile", "BadJSON"}
    assert errors["message"].str.len().min() > 10
    frame = load(tmp_path / "out")
    assert len(frame) == summary.records
    assert frame["doc_id"].is_unique
    assert "sub dir/政府 页面.html" in set(frame["doc_id"])
    by_id = frame.set_index("doc_id")
    assert by_id.loc["undeclared.html", "encoding"] == "gb18030"
    assert "老旧小区" in by_id.loc["undeclared.html", "text"]
    assert by_id.loc["crawl.warc.gz#2", "url"] == "http://a.example/2"
    info = json.loads((tmp_path / "out" / "run.json").read_text())
    assert info["counts"]["pages"] == expected_pages
    assert info["counts"]["skipped"] == {"warc-non-html": 1}


def test_one_and_two_workers_write_the_same_records(tmp_path: Path):
    make_mixed_input(tmp_path / "in")
    run(tmp_path / "in", tmp_path / "one", workers=1)
    run(tmp_path / "in", tmp_path / "two", workers=2)
    assert (tmp_path / "one" / "records.jsonl").read_bytes() == (tmp_path / "two" / "records.jsonl").read_bytes()
    assert (tmp_path / "one" / "errors.csv").read_bytes() == (tmp_path / "two" / "errors.csv").read_bytes()


def test_command_line_default_run_on_raw(tmp_path: Path):
    out = tmp_path / "cleaned"
    result = subprocess.run(
        [sys.executable, str(ROOT / "run_pipeline.py"), "--input", str(ROOT / "raw"), "--output", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "records" in result.stdout and "Traceback" not in result.stderr
    for name in ("records.csv", "records.jsonl", "records.parquet", "errors.csv", "repairs.csv", "run.json"):
        assert (out / name).exists(), name
    frame = load(out)
    assert len(frame) >= 6


LIMITED = ["--formats", "jsonl", "--limit", "2", "--workers", "1"]


def test_formats_and_limit_options(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "run_pipeline.py"), "-i", str(ROOT / "raw"), "-o", str(tmp_path), *LIMITED],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "records.csv").exists()
    assert len((tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    bad = subprocess.run(
        [sys.executable, str(ROOT / "run_pipeline.py"), "--formats", "xml"], capture_output=True, text=True
    )
    assert bad.returncode == 2 and "formats" in bad.stderr


@pytest.mark.skipif(not (SHARED / "corpora").exists(), reason="../shared/corpora is not available")
def test_all_corpus_pages_plus_broken_files_records_plus_errors_equal_inputs(tmp_path: Path):
    for pages in sorted((SHARED / "corpora").glob("*/pages")):
        inputs = sum(1 for path in pages.iterdir() if path.is_file())
        summary = run(pages, tmp_path / pages.parent.name, workers=2)
        assert summary.pages == inputs, pages
        assert summary.records + summary.errors == inputs, pages
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "empty.html").write_bytes(b"")
    (broken / "cut.html.gz").write_bytes(gzip_bytes(b"<html>" + b"x" * 5000)[:40])
    (broken / "bad.jsonl").write_bytes(b"{not json\n")
    (broken / "ok.html").write_bytes(b"<html><body><p>fine</p></body></html>")
    summary = run(broken, tmp_path / "out-broken", workers=1)
    assert (summary.pages, summary.errors, summary.records) == (4, 3, 1)


def test_cleaning_one_page_does_not_load_the_batch_machinery():
    """``import pipeline`` for ``clean_page`` leaves the batch package (process pool, numpy dedup, writers) unloaded;
    ``pipeline.run`` and ``RunSummary`` still come from the package when asked for."""
    probe = (
        "import sys, pipeline; pipeline.clean_page(b'<p>x</p>', name='a.html'); "
        "print(int('pipeline.batch' in sys.modules), int('numpy' in sys.modules)); "
        "from pipeline import RunSummary, run; "
        "print(int(run is sys.modules['pipeline.batch'].run), RunSummary.__name__)"
    )
    lines = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert lines == ["0", "0", "1", "RunSummary"]
