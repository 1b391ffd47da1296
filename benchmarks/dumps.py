"""Text dumps of pages in other languages: render the corpora's HTML pages to dumps, score the dump records.

    python benchmarks/dumps.py [--sets zh-dev,en-scrapinghub,meta-dev] [--cache DIR] [--write]

Only zh-dev has a dump set of its own (zh-dev-dump: "the <title> on line 1, then the page's visible text
(innerText, JavaScript off)"). This script makes the same kind of dump of every HTML page of the chosen sets with
headless Chromium (JavaScript off, every http/https request blocked: nothing reaches the network), caches them in
DIR (default: a folder under the system's temp dir), then runs our pipeline on each page's HTML and on its dump
and scores both against the gold: token F1 (zh-dev, en-scrapinghub), the share of ``snippets_with`` kept and of
``snippets_without`` left out (meta-dev). For zh-dev it also counts the rendered dumps byte-identical to
zh-dev-dump's, which shows the rendering is the corpus's. Needs the ``chromium`` binary and websocket-client
(the ``bench`` extra). ``--write`` replaces the section between ``<!-- dumps:start -->`` and
``<!-- dumps:end -->`` in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.util
import json
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # runnable as a script from the repo root
    sys.path.insert(0, str(REPO))

import pipeline  # noqa: E402
from benchmarks.metadata import Matchers, gold_value, matches  # noqa: E402
from benchmarks.results_md import replace_section  # noqa: E402

START, END = "<!-- dumps:start -->", "<!-- dumps:end -->"
SCORE = REPO.parent / "shared" / "bench" / "score.py"
SETS = ("zh-dev", "en-scrapinghub", "meta-dev")
META_FIELDS = {"meta-dev": ("date", "title", "authors")}  # metadata gold of the sets without a dump set
PORT = 9333
DUMP_SCRIPT = "(document.title || '') + '\\n' + (document.body ? document.body.innerText : '')"


def load_score() -> Any:
    spec = importlib.util.spec_from_file_location("shared_score", SCORE)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def page_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def stem(path: Path) -> str:
    return path.name.split(".")[0]


class Browser:
    """Headless Chromium driven over the DevTools protocol: JavaScript off, http/https blocked."""

    def __init__(self, workdir: Path) -> None:
        import websocket  # the bench extra's websocket-client

        self.process = subprocess.Popen(
            [
                shutil.which("chromium") or shutil.which("chromium-browser") or "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--remote-debugging-port={PORT}",
                f"--user-data-dir={workdir / 'profile'}",
                "--blink-settings=imagesEnabled=false",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json") as answer:  # the local browser only
                    tabs = json.load(answer)
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("chromium did not start")
        tab = next(tab for tab in tabs if tab["type"] == "page")
        self.socket = websocket.create_connection(tab["webSocketDebuggerUrl"], timeout=60)
        self.calls = 0
        self.call("Emulation.setScriptExecutionDisabled", value=True)
        self.call("Page.enable")
        self.call("Network.enable")
        self.call("Network.setBlockedURLs", urls=["http://*", "https://*"])

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.calls += 1
        self.socket.send(json.dumps({"id": self.calls, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.calls:
                return message.get("result", {})

    def dump(self, html_file: Path) -> str:
        """The page's <title> and body innerText, once it has loaded."""
        self.call("Page.navigate", url=html_file.resolve().as_uri())
        for _ in range(100):
            state = self.call("Runtime.evaluate", expression="document.readyState", returnByValue=True)
            if state.get("result", {}).get("value") == "complete":
                break
            time.sleep(0.05)
        result = self.call("Runtime.evaluate", expression=DUMP_SCRIPT, returnByValue=True)
        return result.get("result", {}).get("value", "") or ""

    def close(self) -> None:
        self.socket.close()
        self.process.terminate()
        self.process.wait(timeout=10)


@contextmanager
def browser() -> Iterator[Browser]:
    with tempfile.TemporaryDirectory() as workdir:
        opened = Browser(Path(workdir))
        try:
            yield opened
        finally:
            opened.close()


def render(pages: list[Path], out: Path) -> int:
    """Render the pages not in ``out`` yet; returns how many were rendered."""
    todo = [page for page in pages if not (out / (stem(page) + ".txt")).exists()]
    if not todo:
        return 0
    out.mkdir(parents=True, exist_ok=True)
    with browser() as chromium, tempfile.TemporaryDirectory() as scratch:
        for page in todo:
            html = Path(scratch) / (stem(page) + ".html")  # gunzipped, with a suffix the browser reads as HTML
            html.write_bytes(page_bytes(page))
            (out / (stem(page) + ".txt")).write_text(chromium.dump(html), encoding="utf-8")
    return len(todo)


def _collapse(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def score_set(name: str, corpora: Path, cache: Path, score: Any) -> dict[str, Any]:
    root = corpora / name
    gold = [json.loads(line) for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    rendered = render([root / entry["file"] for entry in gold], cache / name)
    html_f1: list[float] = []
    dump_f1: list[float] = []
    snippets = {"with": [0, 0, 0], "without": [0, 0, 0]}  # [html, dump, total]
    same = 0
    low: list[tuple[float, str]] = []
    matchers = Matchers(score.norm_date, score.norm_str, score.names)
    fields = {name: [0, 0, 0] for name in META_FIELDS.get(name, ())}  # [html, dump, pages with gold]
    for entry in gold:
        page = root / entry["file"]
        dump_file = cache / name / (stem(page) + ".txt")
        html = pipeline.clean_page(page_bytes(page), name=page.name.removesuffix(".gz"))
        dump = pipeline.clean_page(dump_file.read_bytes(), name=dump_file.name)
        for key, counts in fields.items():
            gold_field = gold_value(entry, key)
            if gold_field:
                counts[2] += 1
                for side, record in enumerate((html, dump)):
                    predicted = record.published if key == "date" else getattr(record, key)
                    counts[side] += matches(matchers, key, predicted, gold_field, names_as_text=True)
        if name == "meta-dev":
            texts = (_collapse(html.text), _collapse(dump.text))
            for key, keep in (("with", True), ("without", False)):
                for snippet in entry.get(f"snippets_{key}") or []:
                    snippets[key][2] += 1
                    for side, text in enumerate(texts):
                        snippets[key][side] += (_collapse(snippet) in text) == keep
            continue
        html_f1.append(score.prf(html.text or "", entry["text"])[2])
        dump_f1.append(score.prf(dump.text or "", entry["text"])[2])
        low.append((dump_f1[-1], entry["id"]))
        corpus_dump = corpora / f"{name}-dump" / "pages" / (stem(page) + ".txt")
        same += corpus_dump.exists() and corpus_dump.read_bytes() == dump_file.read_bytes()
    return {
        "set": name,
        "pages": len(gold),
        "rendered now": rendered,
        "html_f1": html_f1,
        "dump_f1": dump_f1,
        "snippets": snippets,
        "identical": same,
        "fields": fields,
        "worst": sorted(low)[:5],
    }


def report(results: list[dict[str, Any]]) -> str:
    lines = [
        START,
        "## Text dumps of HTML pages (rendered here)",
        "",
        f"Run {dt.date.today().isoformat()} with `python benchmarks/dumps.py --write` (Python "
        f"{platform.python_version()}, {platform.machine()}). Each HTML page of the set rendered to a dump the way "
        "zh-dev-dump was made (headless Chromium, JavaScript off, the <title> then the body's innerText); our "
        "record of the HTML and of the dump, scored against the same gold (reference scoring).",
        "",
        "| set | pages | HTML | dump | dump pages < 0.6 |",
        "|---|---|---|---|---|",
    ]
    notes = []
    for result in results:
        if result["fields"]:
            notes.append(
                f"- {result['set']} metadata, HTML / dump: "
                + "; ".join(
                    f"{key} {html / total:.2f} / {dump / total:.2f}"
                    for key, (html, dump, total) in result["fields"].items()
                    if total
                )
                + " (matched as in benchmarks/metadata.py)."
            )
        if result["set"] == "meta-dev":
            with_, without = result["snippets"]["with"], result["snippets"]["without"]
            lines.append(
                f"| meta-dev (snippets with kept / without left out) | {result['pages']} | "
                f"{with_[0] / with_[2]:.3f} / {without[0] / without[2]:.3f} | "
                f"**{with_[1] / with_[2]:.3f} / {without[1] / without[2]:.3f}** | |"
            )
            continue
        html, dump = result["html_f1"], result["dump_f1"]
        lines.append(
            f"| {result['set']} (token F1) | {result['pages']} | {sum(html) / len(html):.3f} | "
            f"**{sum(dump) / len(dump):.3f}** | {sum(1 for f in dump if f < 0.6)} |"
        )
        if result["set"] == "zh-dev":
            notes.append(
                f"- zh-dev: {result['identical']} of {result['pages']} rendered dumps are byte-identical to "
                "zh-dev-dump's (the rendering is the corpus's)."
            )
        notes.append(
            f"- {result['set']}: lowest dump pages "
            + ", ".join(f"{page} {f1:.2f}" for f1, page in result["worst"])
            + "."
        )
    return "\n".join([*lines, "", *notes, END])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--corpora", type=Path, default=REPO.parent / "shared" / "corpora")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "crawl-pipeline-dumps")
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    args = parser.parse_args()
    if not SCORE.exists() or not args.corpora.is_dir():
        sys.exit(f"need {SCORE} and {args.corpora}")
    if shutil.which("chromium") is None and shutil.which("chromium-browser") is None:
        sys.exit("needs the chromium binary (apt install chromium) to render the pages")
    score = load_score()
    results = [score_set(name, args.corpora, args.cache, score) for name in args.sets.split(",")]
    text = report(results)
    print(text)
    if args.write:
        replace_section(text, START, END)


if __name__ == "__main__":
    main()
