"""End to end on hostile input: ``python run_pipeline.py`` over a folder of broken and malicious files.

One run over every case side by side (the way a crawl folder mixes them), then one run per big
file. Each run: exit 0, no traceback, bounded wall clock and peak memory, every input a record or
an errors row, no entity expanded, nothing outside the input read, no network connection.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.hostile.makers import BOMB_UNIT, SECRET, ZH, Expected, article, build_folder
from tests.hostile.support import Listener, Run, read_csv, run_pipeline

MAX_SECONDS = 150  # the folder run (two passes, 2 workers, a 64 MiB gzip bomb) on a busy 2-core machine
MAX_PEAK_MB = 1500
BIG_PAGE_SECONDS = 60
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Run, Expected, int]:
    base = tmp_path_factory.mktemp("hostile")
    with Listener() as listener:
        expect = build_folder(base / "input", base / "outside", network_url=listener.url)
        run = run_pipeline(
            base / "input",
            base / "output",
            watch=(base / "outside", Path("/etc/passwd"), Path("/etc/shadow")),
            timeout=MAX_SECONDS * 2,
        )
        connections = listener.connections
    return run, expect, connections


def outcomes(run: Run) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for doc_id in run.records()["doc_id"]:
        found.setdefault(doc_id, []).append("record")
    for doc_id, kind in zip(run.errors()["doc_id"], run.errors()["error"], strict=True):
        found.setdefault(doc_id, []).append(kind)
    return found


def output_text(run: Run) -> str:
    return "\n".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in run.output.iterdir()
        if path.suffix in (".csv", ".jsonl", ".json", ".html")
    )


def test_the_run_ends_cleanly_in_bounded_time_and_memory(hostile):
    run, _, _ = hostile
    assert not run.timed_out, f"run did not finish in {MAX_SECONDS * 2} s (a hang?)\n{run.stderr[-2000:]}"
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr and "Traceback" not in run.stdout, run.stderr[-3000:]
    assert run.seconds < MAX_SECONDS
    assert run.peak_mb < MAX_PEAK_MB


def test_every_input_ends_as_one_record_or_one_errors_row(hostile):
    run, expect, _ = hostile
    found = outcomes(run)
    assert {doc_id: kinds for doc_id, kinds in found.items() if len(kinds) > 1} == {}
    assert {doc_id: kinds[0] for doc_id, kinds in found.items()} == expect.outcomes
    counts = run.info()["counts"]
    assert counts["pages"] == counts["records"] + counts["errors"] == len(expect.outcomes)


def test_errors_rows_say_where_and_why(hostile):
    run, _, _ = hostile
    errors = run.errors()
    assert list(errors.columns) == ["doc_id", "stage", "error", "message"]
    assert all(errors["stage"] == "read")
    assert all(len(message) > 10 for message in errors["message"])


def test_encodings_and_text_survive(hostile):
    run, expect, _ = hostile
    records = run.records().set_index("doc_id")
    for doc_id, codec in expect.encodings.items():
        assert records.loc[doc_id, "encoding"] == codec, doc_id
    for doc_id, passage in expect.texts.items():
        assert passage in records.loc[doc_id, "text"], doc_id


def test_no_entity_is_expanded_and_nothing_outside_is_read(hostile):
    run, _, connections = hostile
    everything = output_text(run)
    assert BOMB_UNIT * 2 not in everything
    assert SECRET not in everything
    passwd = Path("/etc/passwd")
    if passwd.exists():
        for line in passwd.read_text(errors="replace").splitlines()[:5]:
            if len(line) > 8:
                assert line not in everything
    assert not [line for line in run.audit if line.startswith("open ")], run.audit
    assert not [line for line in run.audit if not line.startswith("open ")], run.audit
    assert connections == 0


def test_containers_count_what_is_not_a_page(hostile):
    run, expect, _ = hostile
    skipped = run.info()["counts"]["skipped"]
    assert {kind: skipped.get(kind) for kind in expect.skipped} == expect.skipped


def test_records_csv_says_exactly_what_records_jsonl_says(hostile):
    run, _, _ = hostile
    from_csv = run.records().set_index("doc_id")
    with open(run.output / "records.jsonl", encoding="utf-8") as handle:
        from_jsonl = [json.loads(line) for line in handle]
    assert len(from_jsonl) == len(from_csv)
    for obj in from_jsonl:
        row = from_csv.loc[obj["doc_id"]]
        for name, value in obj.items():
            if name == "doc_id":
                continue
            cell = "; ".join(value) if isinstance(value, list) else ("" if value is None else str(value))
            assert row[name] == cell, (obj["doc_id"], name)


def test_no_field_holds_control_characters_or_lone_surrogates(hostile):
    run, _, _ = hostile
    records = run.records()
    for name in records.columns:
        cells = zip(records["doc_id"], records[name], strict=True)
        bad = [(doc_id, value[:80]) for doc_id, value in cells if _CONTROL.search(value)]
        assert not bad, (name, bad)


def test_text_round_trips_through_csv_and_pandas_end_to_end(tmp_path: Path):
    """Quotes, commas, CR, CRLF, tabs, a leading '=' and control characters in a page, through the CLI."""
    awkward = [
        '他说："你好，世界"，然后离开了。',
        "逗号,分号;竖线|制表\t符",
        '=HYPERLINK("http://evil.example","点我") 看起来像公式',
        "+1+1 -2 @SUM(A1:A2) 开头的符号",
        "回车\r换行\r\n混合\n结束",
        'a lone " quote and "" doubled quotes',
        "控制\x01字符\x1b混在\x7f中文里",
    ]
    root = tmp_path / "input"
    root.mkdir()
    for i, text in enumerate(awkward):
        body = "".join(f"<p>{text} {ZH}</p>" for _ in range(3))
        (root / f"page{i}.html").write_bytes(article(body, paragraphs=1, title=text.splitlines()[0][:40]).encode())
        (root / f"page{i}.txt").write_bytes(f"{text.splitlines()[0]}\n{text}\n{ZH}\n{text}\n".encode())
    run = run_pipeline(root, tmp_path / "output", "--formats", "csv,jsonl", timeout=120)
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr[-2000:]
    from_csv = run.records().set_index("doc_id")
    with open(run.output / "records.jsonl", encoding="utf-8") as handle:
        from_jsonl = {obj["doc_id"]: obj for obj in map(json.loads, handle)}
    assert set(from_csv.index) == set(from_jsonl) and len(from_jsonl) == 2 * len(awkward)
    for doc_id, obj in from_jsonl.items():
        assert from_csv.loc[doc_id, "text"] == obj["text"]
        assert from_csv.loc[doc_id, "title"] == (obj["title"] or "")
        assert not _CONTROL.search(obj["text"])
    texts = "\n".join(from_csv["text"])
    assert '"你好，世界"' in texts and "=HYPERLINK(" in texts and "逗号,分号;竖线" in texts


def big_page(size: int) -> bytes:
    """A news page of ``size`` bytes: a nav, then thousands of article paragraphs, then link lists."""
    paragraph = f"<p>{ZH}{ZH}记者从市住建局获悉，今年全市计划改造老旧小区一百二十个。</p>\n"
    links = "".join(f'<li><a href="/news/{i}.html">相关新闻标题第{i}条</a></li>' for i in range(50))
    head = '<html><head><meta charset="utf-8"><title>大页面测试</title></head><body>\n'
    head += f'<div class="nav"><ul>{links}</ul></div>\n<div class="article"><h1>大页面测试</h1>\n'
    head += "<p>开篇标记：这是第一段正文。</p>\n"
    tail = f'</div>\n<div class="related"><ul>{links}</ul></div>\n</body></html>\n'
    count = (size - len(head.encode()) - len(tail.encode())) // len(paragraph.encode())
    return (head + paragraph * count + tail).encode()


def check_big_run(run: Run) -> None:
    assert not run.timed_out and run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    assert run.seconds < BIG_PAGE_SECONDS, f"{run.seconds:.1f} s"
    assert run.peak_mb < MAX_PEAK_MB, f"{run.peak_mb:.0f} MB"


def test_a_30_mb_page_is_cleaned_in_bounded_time_and_memory(tmp_path: Path):
    root = tmp_path / "input"
    root.mkdir()
    data = big_page(30 * 2**20)
    assert len(data) > 30 * 2**20 - 4096
    (root / "big.html").write_bytes(data)
    run = run_pipeline(root, tmp_path / "output", "--formats", "csv", timeout=BIG_PAGE_SECONDS * 3, workers=1)
    check_big_run(run)
    records = run.records()
    assert records["doc_id"].tolist() == ["big.html"], run.errors().to_dict("records")
    assert ZH in records["text"][0]


def test_a_20_mb_single_line_dump_is_cleaned_in_bounded_time_and_memory(tmp_path: Path):
    root = tmp_path / "input"
    root.mkdir()
    line = f"{ZH} 2021年2月20日 来源：测试报 " * (20 * 2**20 // len(f"{ZH} 2021年2月20日 来源：测试报 ".encode()))
    (root / "dump.txt").write_bytes(f"单行大文件\n{line}".encode())
    run = run_pipeline(root, tmp_path / "output", "--formats", "csv", timeout=BIG_PAGE_SECONDS * 3, workers=1)
    check_big_run(run)
    records = run.records()
    assert records["doc_id"].tolist() == ["dump.txt"], run.errors().to_dict("records")
    assert int(records["n_chars"][0]) == len(records["text"][0])


# --- spreadsheets ------------------------------------------------------------------------------

_FORMULA = re.compile(r"^ *[=+\-@\t\r]")
EXCEL_CELL_LIMIT = 32_767


def test_excel_output_is_safe_to_open_in_a_spreadsheet(tmp_path: Path):
    root = tmp_path / "input"
    root.mkdir()
    dangerous = ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", ' =HYPERLINK("x")', "\t=1"]
    for i, start in enumerate(dangerous):
        text = f"{start} {ZH}"
        (root / f"d{i}.txt").write_bytes(f"{start}\n{text}\n{ZH}\n".encode())
    (root / "=HYPERLINK(1).txt").write_bytes(f"普通标题\n{ZH}\n".encode())  # a formula-like doc_id
    (root / "-minus.html").write_bytes(b"")  # ... and one in errors.csv
    rare = "𠮷"  # outside the BMP: two UTF-16 units, as a spreadsheet counts them
    long_text = "\n".join(f"{rare * 40}{ZH}" for _ in range(600))
    (root / "long.txt").write_bytes(f"长文\n{long_text}\n".encode())
    run = run_pipeline(root, tmp_path / "output", "--excel", "--formats", "csv", timeout=120)
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr[-2000:]

    sheets = sorted(p for p in run.output.glob("*.csv") if p.read_bytes().startswith(b"\xef\xbb\xbf"))
    names = {p.name for p in sheets}
    assert "errors.csv" in names and any(name.startswith("records") for name in names), names
    for sheet in sheets:
        frame = read_csv(sheet)
        for column in frame.columns:
            for cell in frame[column]:
                assert not _FORMULA.match(cell), (sheet.name, column, cell[:60])
                assert len(cell.encode("utf-16-le", "surrogatepass")) // 2 <= EXCEL_CELL_LIMIT, (sheet.name, column)
    excel_records = read_csv(next(p for p in sheets if p.name.startswith("records")))
    assert "'=HYPERLINK(1).txt" in excel_records["doc_id"].tolist()
    assert "'-minus.html" in read_csv(run.output / "errors.csv")["doc_id"].tolist()
    # the plain records.csv (for pandas and databases) keeps every value exact
    plain = read_csv(run.output / "records.csv")
    assert "=HYPERLINK(1).txt" in plain["doc_id"].tolist()
    assert max(len(text) for text in plain["text"]) > EXCEL_CELL_LIMIT
