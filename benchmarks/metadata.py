"""Benchmark metadata extraction on zh-dev (HTML), zh-dev-dump (text dumps) and meta-dev (English/German),
beside trafilatura, GNE and htmldate, in one run.

    python benchmarks/metadata.py [--corpora PATH] [--write] [--misses] [--no-peers]

Accuracy of a field = share of the pages whose gold has the field where we match it, with the
matching of ../shared/bench/score.py: dates by ``norm_date`` (day), title/source/section/site name by
``norm_str``, authors/editors by the ``names`` sets. "exact" = ``published`` equals the gold ISO
string (precision included). "spurious" = a value where the gold says the page states nothing.
The URL of the crawl (the gold's ``url``, as a WARC or JSONL record would carry it) is given to every
system alike. ``--write`` replaces the section between ``<!-- metadata:start -->`` and
``<!-- metadata:end -->`` in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import platform
import re
import shlex
import statistics
import sys
import time
import unicodedata
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # runnable as a script from the repo root
    sys.path.insert(0, str(REPO))

from benchmarks.results_md import replace_section  # noqa: E402
from pipeline.meta import extract_metadata, extract_text_metadata  # noqa: E402
from pipeline.process import build_text, new_page, raw_page_from  # noqa: E402
from pipeline.readers.parse import parse_page  # noqa: E402
from pipeline.strip import strip_boilerplate  # noqa: E402

RESULTS = REPO / "benchmarks" / "RESULTS.md"
START, END = "<!-- metadata:start -->", "<!-- metadata:end -->"
DEFAULT_CORPORA = REPO.parent / "shared" / "corpora"
ZH_FIELDS = ("date", "title", "source", "authors", "editors", "section", "site_name")
META_FIELDS = ("date", "title", "authors")


# ---------------------------------------------------------------------------------------------
# The matching of shared/bench/score.py (imported from there when present, same definitions here)
# ---------------------------------------------------------------------------------------------
def _load_score(corpora: Path) -> Any:
    path = corpora.parent / "bench" / "score.py"
    if path.exists():
        spec = importlib.util.spec_from_file_location("shared_score", path)
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        return module
    return None


def _norm_date(value: Any) -> str | None:
    if value is None:
        return None
    s = unicodedata.normalize("NFKC", str(value))
    m = re.search(r"(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})", s)
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _norm_str(value: Any) -> str:
    if value is None:
        return ""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(value)).strip().lower())


def _names(value: Any) -> set[str]:
    if value is None:
        return set()
    if isinstance(value, (list, tuple, set)):
        parts = [str(v) for v in value]
    else:
        parts = re.split(r"[;,，、/|]|\s{1,}|\band\b", unicodedata.normalize("NFKC", str(value)))
    return {_norm_str(p) for p in parts if _norm_str(p)}


@dataclass
class Matchers:
    norm_date: Callable[[Any], str | None] = _norm_date
    norm_str: Callable[[Any], str] = _norm_str
    names: Callable[[Any], set[str]] = _names


# ---------------------------------------------------------------------------------------------
# Systems: each maps (html or dump text, url, kind) -> {field: value}
# ---------------------------------------------------------------------------------------------
def ours(data: bytes, name: str, url: str | None, timer: list[float]) -> dict[str, Any]:
    """Our steps, the metadata ones timed (parse and stripping are not metadata's cost)."""
    page = new_page(raw_page_from(data, name=name, url=url))
    page.raw.url = url
    parse_page(page)
    t0 = time.perf_counter()
    extract_metadata(page)
    spent = time.perf_counter() - t0
    strip_boilerplate(page)
    build_text(page)
    t0 = time.perf_counter()
    extract_text_metadata(page)
    timer.append(spent + time.perf_counter() - t0)
    r = page.record
    return {
        "date": r.published,
        "title": r.title,
        "source": r.source,
        "authors": r.authors,
        "editors": r.editors,
        "section": r.section,
        "site_name": r.site_name,
    }


def peer_systems() -> dict[str, Callable[[str, str | None], dict[str, Any]]]:
    """trafilatura, GNE, htmldate, where installed (the bench extra)."""
    out: dict[str, Callable[[str, str | None], dict[str, Any]]] = {}
    try:
        from trafilatura import extract_metadata as tf_metadata

        def trafilatura_run(html: str, url: str | None) -> dict[str, Any]:
            doc = tf_metadata(html, default_url=url)
            if doc is None:
                return {}
            return {
                "date": doc.date,
                "title": doc.title,
                "authors": doc.author,
                "site_name": doc.sitename,
                "section": (doc.categories or [None])[0],
            }

        out["trafilatura"] = trafilatura_run
    except ImportError:  # pragma: no cover
        pass
    try:
        from gne import GeneralNewsExtractor

        extractor = GeneralNewsExtractor()

        def gne_run(html: str, url: str | None) -> dict[str, Any]:
            result = extractor.extract(html)
            return {"date": result.get("publish_time"), "title": result.get("title"), "authors": result.get("author")}

        out["GNE"] = gne_run
    except ImportError:  # pragma: no cover
        pass
    try:
        from htmldate import find_date

        def htmldate_run(html: str, url: str | None) -> dict[str, Any]:
            return {"date": find_date(html, url=url, outputformat="%Y-%m-%d")}

        out["htmldate"] = htmldate_run
    except ImportError:  # pragma: no cover
        pass
    return out


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------
@dataclass
class Tally:
    """Counts of one system on one set."""

    fields: dict[str, list[int]] = field(default_factory=dict)  # field -> [ok, total]
    spurious: dict[str, list[int]] = field(default_factory=dict)  # field -> [said something, gold null]
    exact: list[int] = field(default_factory=lambda: [0, 0])
    seconds: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def cell(self, name: str) -> str:
        ok, total = self.fields.get(name, [0, 0])
        return f"{ok / total:.2f}" if total else "–"


def gold_value(gold: dict[str, Any], name: str) -> Any:
    if name == "date":
        return gold.get("published", gold.get("date"))
    return gold.get(name)


def matches(m: Matchers, name: str, predicted: Any, gold: Any, *, names_as_text: bool) -> bool:
    if name == "date":
        gold_day = m.norm_date(gold)
        if gold_day is None:  # month precision in the gold ("2018-05")
            return bool(predicted) and str(predicted)[:7] == str(gold)[:7] and m.norm_date(predicted) is None
        return m.norm_date(predicted) == gold_day
    if name in ("authors", "editors"):
        if names_as_text:  # meta-dev keeps authors as one string: compare both as text
            predicted = "; ".join(predicted) if isinstance(predicted, list) else predicted
        return bool(m.names(predicted)) and m.names(predicted) == m.names(gold)
    return bool(m.norm_str(predicted)) and m.norm_str(predicted) == m.norm_str(gold)


def has_value(value: Any) -> bool:
    return bool(value) if not isinstance(value, str) else bool(value.strip())


def score_set(
    m: Matchers,
    rows: list[dict[str, Any]],
    root: Path,
    fields: tuple[str, ...],
    peers: dict[str, Any],
    *,
    names_as_text: bool,
) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {"ours": Tally(), **{name: Tally() for name in peers}}
    for gold in rows:
        path = root / gold["file"]
        data = path.read_bytes()
        url = gold.get("url")
        predictions: dict[str, dict[str, Any]] = {}
        timer: list[float] = []
        predictions["ours"] = ours(data, path.name, url, timer)
        tallies["ours"].seconds.extend(timer)
        if peers and path.suffix != ".txt":
            html = data.decode(_charset(data), errors="replace")
            for name, run in peers.items():
                t0 = time.perf_counter()
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        predictions[name] = run(html, url) or {}
                except Exception:  # a peer crashing on a page scores nothing there
                    predictions[name] = {}
                tallies[name].seconds.append(time.perf_counter() - t0)
        for system, predicted in predictions.items():
            tally = tallies[system]
            for name in fields:
                expected = gold_value(gold, name)
                value = predicted.get(name)
                if name not in predicted and system != "ours":
                    continue
                if has_value(expected):
                    cell = tally.fields.setdefault(name, [0, 0])
                    ok = matches(m, name, value, expected, names_as_text=names_as_text)
                    cell[0] += ok
                    cell[1] += 1
                    if not ok and system == "ours":
                        tally.misses.append(f"{gold['id']} {name}: got {value!r}, gold {expected!r}")
                elif "published" in gold or name != "date":
                    cell = tally.spurious.setdefault(name, [0, 0])
                    cell[0] += has_value(value)
                    cell[1] += 1
                    if has_value(value) and system == "ours":
                        tally.misses.append(f"{gold['id']} {name}: got {value!r}, gold says nothing")
            if "date" in fields and has_value(gold_value(gold, "date")):
                tally.exact[1] += 1
                tally.exact[0] += predicted.get("date") == gold_value(gold, "date")
    return tallies


def _charset(data: bytes) -> str:
    """Peers get the text our decoder finds (same footing for everyone)."""
    from pipeline.readers.decode import decode_bytes

    return decode_bytes(data).encoding


def load_rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def table(results: dict[str, dict[str, Tally]], fields_by_set: dict[str, tuple[str, ...]]) -> str:
    all_fields = [f for f in ZH_FIELDS if any(f in fs for fs in fields_by_set.values())]
    head = ["set", "system", *all_fields, "date exact ISO", "ms/page"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for set_name, tallies in results.items():
        for system, tally in tallies.items():
            if not tally.seconds:
                continue
            cells = [set_name, system]
            cells += [tally.cell(f) if f in fields_by_set[set_name] else "" for f in all_fields]
            exact = f"{tally.exact[0] / tally.exact[1]:.2f}" if system == "ours" and tally.exact[1] else ""
            cells += [
                exact,
                f"{1000 * statistics.median(tally.seconds):.2f} (mean {1000 * statistics.mean(tally.seconds):.2f})",
            ]
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def spurious_line(results: dict[str, dict[str, Tally]]) -> str:
    parts = []
    for set_name, tallies in results.items():
        ours_tally = tallies["ours"]
        cells = [f"{name} {said}/{total}" for name, (said, total) in ours_tally.spurious.items() if total]
        parts.append(f"{set_name}: " + ", ".join(cells))
    return "; ".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    ap.add_argument("--misses", action="store_true", help="list every page where our value differs from the gold")
    ap.add_argument("--no-peers", action="store_true", help="run only ours (fast iteration)")
    ap.add_argument("--sets", default="zh-dev,zh-dev-dump,meta-dev")
    args = ap.parse_args()
    score_module = _load_score(args.corpora)
    m = Matchers(score_module.norm_date, score_module.norm_str, score_module.names) if score_module else Matchers()
    peers = {} if args.no_peers else peer_systems()
    fields_by_set = {"zh-dev": ZH_FIELDS, "zh-dev-dump": ZH_FIELDS, "meta-dev": META_FIELDS}
    results: dict[str, dict[str, Tally]] = {}
    for set_name in args.sets.split(","):
        root = args.corpora / set_name
        if not (root / "gold.jsonl").exists():
            print(f"skipping {set_name}: no gold.jsonl under {root}", file=sys.stderr)
            continue
        rows = load_rows(root / "gold.jsonl")
        results[set_name] = score_set(
            m, rows, root, fields_by_set[set_name], peers, names_as_text=set_name == "meta-dev"
        )
    text = table(results, {k: fields_by_set[k] for k in results})
    print(text)
    print("\nspurious (ours: values where the gold says nothing): " + spurious_line(results))
    if args.misses:
        for set_name, tallies in results.items():
            print(f"\n## misses on {set_name}")
            for miss in tallies["ours"].misses:
                print("  " + miss)
    if args.write:
        command = "python benchmarks/metadata.py " + " ".join(shlex.quote(a) for a in sys.argv[1:])
        write_section(section(text, results, command.strip()))
        print(f"updated {RESULTS.relative_to(REPO)}", file=sys.stderr)
    return 0


def section(text: str, results: dict[str, dict[str, Tally]], command: str) -> str:
    return "\n".join(
        [
            START,
            "## Metadata (zh-dev, zh-dev-dump, meta-dev)",
            "",
            f"Run {dt.date.today().isoformat()} with `{command}` (Python {platform.python_version()}, "
            f"{platform.machine()}, 2 shared cores: timings are noisy).",
            "Accuracy over the pages whose gold has the field, matched as in `shared/bench/score.py` "
            "(date: `norm_date` at day precision; title/source/section/site name: `norm_str`; authors/editors: "
            "`names` sets). Peers run on HTML only (a dump is not markup); a blank cell is a field the system "
            "does not extract. ms/page: median (mean) of our two metadata steps, parse and stripping excluded; "
            "of the peers' whole call.",
            "",
            text,
            "",
            "Spurious values (ours, where the gold says the page states nothing): " + spurious_line(results) + ".",
            END,
        ]
    )


def write_section(text: str, path: Path = RESULTS) -> None:
    """Replace our marked section of RESULTS.md (append it if absent; create the file)."""
    replace_section(text, START, END, path)


if __name__ == "__main__":
    raise SystemExit(main())
