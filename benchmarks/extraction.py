"""Benchmark main-text extraction: our pipeline beside trafilatura, readability-lxml and resiliparse.

    python benchmarks/extraction.py [--sets zh-dev,zh-dev-dump,en-scrapinghub,meta-dev] [--only-ours]
                                    [--corpora PATH] [--show-worst N] [--repeat N] [--no-write]

Each system runs on every page of a set, in the same process, interleaved page by page (so the
machine's noise hits all of them alike). Scores are token P/R/F1 from ``../shared/bench/score.py``
(one token per Han character), averaged over pages; time is the median per page in milliseconds.
``meta-dev`` has no gold text but snippets per page: the share of its ``snippets_with`` found in
each system's text and of its ``snippets_without`` not found there (whitespace collapsed on both
sides), summed over pages.

What is timed: for us the whole ``pipeline.clean_page`` (decoding, parsing, metadata, stripping,
number repair); for the peers their extraction call on the decoded page, their parsing included
(decoding is done for them, untimed, with our decoder). Only we read text dumps: ``zh-dev-dump``
has no peer column. Gzipped pages are decompressed before timing, for everybody.

Unless ``--no-write``, the section between ``<!-- extraction:start -->`` and
``<!-- extraction:end -->`` of benchmarks/RESULTS.md is replaced with the tables printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.util
import json
import platform
import resource
import shlex
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # runnable as a script from the repo root
    sys.path.insert(0, str(REPO))

import pipeline  # noqa: E402
from benchmarks.results_md import replace_section  # noqa: E402
from pipeline.process import new_page, raw_page_from  # noqa: E402
from pipeline.readers.decode import decode_bytes  # noqa: E402

RESULTS = REPO / "benchmarks" / "RESULTS.md"
START, END = "<!-- extraction:start -->", "<!-- extraction:end -->"
DEFAULT_SETS = ("zh-dev", "zh-dev-dump", "en-scrapinghub", "meta-dev")
SNIPPET_SETS = frozenset({"meta-dev"})  # gold: snippets that must / must not be in the main text
DUMP_SETS = frozenset({"zh-dev-dump"})  # inputs only our pipeline reads
LOW_F1 = 0.6  # an article page below this counts as a failure


def load_scorer(shared: Path) -> ModuleType:
    """The reference scoring module, imported by path (it is not a package)."""
    path = shared / "bench" / "score.py"
    spec = importlib.util.spec_from_file_location("shared_bench_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(slots=True)
class Doc:
    """One page of a set: its bytes (decompressed), the name the pipeline sees, and the gold."""

    id: str
    name: str
    data: bytes
    gold: dict
    text: str | None = None  # decoded markup, for the peers


def load_set(corpora: Path, name: str) -> list[Doc]:
    folder = corpora / name
    docs = []
    with (folder / "gold.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            gold = json.loads(line)
            path = folder / gold["file"]
            data = path.read_bytes()
            file_name = path.name
            if file_name.endswith(".gz"):
                data = gzip.decompress(data)
                file_name = file_name[:-3]
            docs.append(Doc(gold["id"], file_name, data, gold))
    return docs


# --- systems: each takes a Doc and returns (text, page_type or None) ---


def ours(doc: Doc) -> tuple[str, str | None]:
    record = pipeline.clean_page(doc.data, name=doc.name, url=doc.gold.get("url"))
    return record.text or "", record.page_type


def _trafilatura() -> Callable[[Doc], tuple[str, str | None]] | None:
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - bench extra
        return None

    def run(doc: Doc) -> tuple[str, str | None]:
        return trafilatura.extract(doc.text, url=doc.gold.get("url")) or "", None

    return run


def _trafilatura_with_metadata() -> Callable[[Doc], tuple[str, str | None]] | None:
    """trafilatura doing what clean_page does: from the page's bytes to main text and metadata."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - bench extra
        return None

    def run(doc: Doc) -> tuple[str, str | None]:
        result = trafilatura.bare_extraction(doc.data, url=doc.gold.get("url"), with_metadata=True)
        return (getattr(result, "text", None) or "") if result else "", None

    return run


def _readability() -> Callable[[Doc], tuple[str, str | None]] | None:
    try:
        import lxml.html
        from readability import Document
    except ImportError:  # pragma: no cover - bench extra
        return None

    def run(doc: Doc) -> tuple[str, str | None]:
        try:
            summary = Document(doc.text).summary(html_partial=True)
        except Exception:  # readability raises on some empty/odd pages
            return "", None
        if not summary.strip():
            return "", None
        root = lxml.html.fromstring(summary)
        return "\n".join(line.strip() for line in root.itertext() if line.strip()), None

    return run


def _resiliparse() -> Callable[[Doc], tuple[str, str | None]] | None:
    try:
        from resiliparse.extract.html2text import extract_plain_text
    except ImportError:  # pragma: no cover - bench extra
        return None

    def run(doc: Doc) -> tuple[str, str | None]:
        return extract_plain_text(doc.text, main_content=True) or "", None

    return run


def systems(only_ours: bool) -> dict[str, Callable[[Doc], tuple[str, str | None]]]:
    found: dict[str, Callable[[Doc], tuple[str, str | None]]] = {"ours (clean_page)": ours}
    if only_ours:
        return found
    for name, factory in (
        ("trafilatura", _trafilatura),
        ("trafilatura + metadata, from bytes", _trafilatura_with_metadata),
        ("readability-lxml", _readability),
        ("resiliparse (main content)", _resiliparse),
    ):
        runner = factory()
        if runner is not None:
            found[name] = runner
    return found


@dataclass
class Result:
    """One system on one set: per-page scores and times."""

    system: str
    p: list[float] = field(default_factory=list)
    r: list[float] = field(default_factory=list)
    f1: list[float] = field(default_factory=list)
    ms: list[float] = field(default_factory=list)  # best of the repeats
    first_ms: list[float] = field(default_factory=list)  # the first run: caches hold only earlier pages' entries
    ids: list[str] = field(default_factory=list)
    with_kept: list[tuple[int, int]] = field(default_factory=list)  # snippet sets: (found, asked) per page
    without_left: list[tuple[int, int]] = field(default_factory=list)  # (not found, asked) per page
    types: list[tuple[str | None, str | None]] = field(default_factory=list)  # (gold, predicted)

    def mean(self, values: list[float]) -> float:
        return sum(values) / len(values) if values else 0.0

    def low_articles(self) -> int:
        return sum(1 for f1, (gold, _) in zip(self.f1, self.types, strict=True) if gold == "article" and f1 < LOW_F1)


def run_set(
    name: str, docs: list[Doc], runners: dict[str, Callable[[Doc], tuple[str, str | None]]], score, repeat: int
) -> list[Result]:
    if name in DUMP_SETS:
        runners = {k: v for k, v in runners.items() if v is ours}
    else:
        for doc in docs:
            doc.text = decode_bytes(doc.data).text
    results = {system: Result(system) for system in runners}
    for runner in runners.values():  # warm-up: imports, caches, compiled patterns
        runner(docs[0])
    for doc in docs:
        gold_text = doc.gold.get("text") or ""
        for system, runner in runners.items():
            best = first = float("inf")
            for attempt in range(max(1, repeat)):
                t0 = time.perf_counter()
                text, page_type = runner(doc)
                best = min(best, time.perf_counter() - t0)
                if not attempt:
                    first = best
            res = results[system]
            if name in SNIPPET_SETS:
                res.with_kept.append(snippets_found(text, doc.gold.get("snippets_with") or [], True))
                res.without_left.append(snippets_found(text, doc.gold.get("snippets_without") or [], False))
            p, r, f1 = score.prf(text, gold_text)
            res.p.append(p)
            res.r.append(r)
            res.f1.append(f1)
            res.ms.append(1000 * best)
            res.first_ms.append(1000 * first)
            res.ids.append(doc.id)
            res.types.append((doc.gold.get("page_type"), page_type))
    return list(results.values())


def _collapse(text: str) -> str:
    return " ".join(text.split())


def snippets_found(text: str, snippets: list[str], wanted: bool) -> tuple[int, int]:
    """(snippets whose presence in ``text`` is as ``wanted``, snippets): whitespace collapsed on both sides."""
    collapsed = _collapse(text)
    return sum((_collapse(snippet) in collapsed) is wanted for snippet in snippets), len(snippets)


def snippet_table(name: str, results: list[Result], n_pages: int) -> str:
    """The snippet scores of a set without gold text (meta-dev)."""
    head = ["system", "with kept", "without left out", "pages with a miss", "median ms/page"]
    lines = [
        f"**{name}** ({n_pages} pages): meta-dev snippets: with kept / without left out",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    for res in results:
        kept, asked = map(sum, zip(*res.with_kept, strict=True)) if res.with_kept else (0, 0)
        left, excluded = map(sum, zip(*res.without_left, strict=True)) if res.without_left else (0, 0)
        misses = sum(k < a or lo < e for (k, a), (lo, e) in zip(res.with_kept, res.without_left, strict=True))
        kept_cell = f"{kept}/{asked} = {kept / asked:.3f}" if asked else "-"
        left_cell = f"{left}/{excluded} = {left / excluded:.3f}" if excluded else "-"
        if res is results[0]:
            kept_cell, left_cell = f"**{kept_cell}**", f"**{left_cell}**"
        lines.append(
            "| "
            + " | ".join([res.system, kept_cell, left_cell, str(misses), f"{statistics.median(res.ms):.1f}"])
            + " |"
        )
    return "\n".join(lines)


def snippet_misses(result: Result, n: int) -> str:
    """Our pages that miss most snippets (with lost + without kept)."""
    misses = [
        (a - k + e - lo, result.ids[i])
        for i, ((k, a), (lo, e)) in enumerate(zip(result.with_kept, result.without_left, strict=True))
    ]
    rows = [f"pages of {result.system} with most snippet misses:"]
    rows += [f"  {count} missed  {doc_id}" for count, doc_id in sorted(misses, reverse=True)[:n] if count]
    return "\n".join(rows)


def step_times(docs: list[Doc], repeat: int) -> str:
    """Median ms per step of our pipeline on a set: where the time of ``clean_page`` goes."""
    steps = pipeline.default_steps()
    times: dict[str, list[float]] = {getattr(step, "__name__", type(step).__name__): [] for step in steps}
    for doc in docs:
        best: dict[str, float] = {}
        for _ in range(max(1, repeat)):
            page = new_page(raw_page_from(doc.data, name=doc.name, url=doc.gold.get("url")))
            for step in steps:
                step_name = getattr(step, "__name__", type(step).__name__)
                t0 = time.perf_counter()
                try:
                    page = step(page)
                except Exception:  # a failing step fails the page in clean_page too
                    break
                best[step_name] = min(best.get(step_name, float("inf")), time.perf_counter() - t0)
        for step_name, seconds in best.items():
            times[step_name].append(1000 * seconds)
    cells = [f"{name} {statistics.median(ms):.2f}" for name, ms in times.items() if ms]
    return "Our median ms per step: " + ", ".join(cells) + "."


def table(name: str, results: list[Result], n_pages: int) -> str:
    has_types = any(gold for res in results for gold, _ in res.types)
    head = ["system", "P", "R", "F1", f"articles < {LOW_F1}" if has_types else "pages < 0.6", "median ms/page"]
    head.append("median ms/page, first run")
    lines = [f"**{name}** ({n_pages} pages)", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for res in results:
        low = res.low_articles() if has_types else sum(f < LOW_F1 for f in res.f1)
        cells = [
            res.system,
            f"{res.mean(res.p):.3f}",
            f"{res.mean(res.r):.3f}",
            f"**{res.mean(res.f1):.3f}**" if res is results[0] else f"{res.mean(res.f1):.3f}",
            str(low),
            f"{statistics.median(res.ms):.1f}",
            f"{statistics.median(res.first_ms):.1f}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    ours_res = results[0]
    ratios = [
        f"{peer.system} {statistics.median(peer.ms) / statistics.median(ours_res.ms):.1f}x "
        f"({statistics.median(peer.first_ms) / statistics.median(ours_res.first_ms):.1f}x on first runs)"
        for peer in results[1:]
        if peer.system.startswith("trafilatura")
    ]
    if ratios:
        lines += ["", "Median time of trafilatura over ours (the target is 8x): " + "; ".join(ratios) + "."]
    typed = [(g, p) for g, p in ours_res.types if g in ("article", "list", "forum")]
    if typed:
        right = sum(g == p for g, p in typed)
        lines += ["", f"Our `page_type` agrees with the gold on {right}/{len(typed)} pages."]
    return "\n".join(lines)


def worst(result: Result, n: int) -> str:
    order = sorted(range(len(result.f1)), key=lambda i: result.f1[i])[:n]
    rows = [f"worst {n} of {result.system}:"]
    for i in order:
        gold_type, our_type = result.types[i]
        kind = f" type gold={gold_type} ours={our_type}" if gold_type else ""
        rows.append(
            f"  F1 {result.f1[i]:.3f}  P {result.p[i]:.3f}  R {result.r[i]:.3f}  {result.ms[i]:6.1f} ms  "
            f"{result.ids[i]}{kind}"
        )
    return "\n".join(rows)


def section(tables: list[str], command: str, peak_mb: float, only_ours: bool) -> str:
    note = (
        "peak RSS of the benchmark process (our pipeline only)"
        if only_ours
        else "peak RSS of the benchmark process (all systems loaded)"
    )
    return "\n".join(
        [
            START,
            "## Main-text extraction",
            "",
            f"Run {dt.date.today().isoformat()} with `{command}` "
            f"(Python {platform.python_version()}, {platform.machine()}, 2 shared cores: times are noisy).",
            "Token P/R/F1 from `../shared/bench/score.py`, mean over pages. Time: median per page, "
            "best of the repeats (and of the first run alone: our class-name and link caches then hold only "
            "what earlier pages left, as in a crawl of many sites); "
            "ours = the whole `clean_page` (decode, parse, metadata, stripping, repair), "
            "peers = their extraction call on the decoded page (parsing included). "
            "Only our pipeline reads text dumps, so `zh-dev-dump` has no peers. `meta-dev` has snippets instead of "
            "a gold text: the share of `snippets_with` each system keeps and of `snippets_without` it leaves out "
            "(whitespace collapsed on both sides).",
            "",
            *[t + "\n" for t in tables],
            f"{note}: {peak_mb:.0f} MB.",
            END,
        ]
    )


def write_section(text: str, path: Path = RESULTS) -> None:
    """Replace our marked section of RESULTS.md (append it if absent; create the file)."""
    replace_section(text, START, END, path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS), help="comma-separated set names")
    ap.add_argument("--only-ours", action="store_true", help="skip the peers")
    ap.add_argument(
        "--corpora", type=Path, default=REPO.parent / "shared" / "corpora", help="default: ../shared/corpora"
    )
    ap.add_argument("--show-worst", type=int, default=10, metavar="N", help="list our N worst pages per set")
    ap.add_argument("--repeat", type=int, default=1, help="time each page this many times, keep the best")
    ap.add_argument("--no-write", action="store_true", help="do not update benchmarks/RESULTS.md")
    ap.add_argument("--save", type=Path, metavar="DIR", help="write our text of each page to DIR/SET/ID.txt")
    args = ap.parse_args(argv)

    score = load_scorer(args.corpora.resolve().parent)
    runners = systems(args.only_ours)
    tables = []
    for name in [s.strip() for s in args.sets.split(",") if s.strip()]:
        docs = load_set(args.corpora, name)
        results = run_set(name, docs, runners, score, args.repeat)
        shown = snippet_table if name in SNIPPET_SETS else table
        text = shown(name, results, len(docs)) + "\n\n" + step_times(docs, args.repeat)
        tables.append(text)
        print(text + "\n")
        if args.show_worst:
            misses = snippet_misses if name in SNIPPET_SETS else worst
            print(misses(results[0], args.show_worst) + "\n")
        if args.save:
            out = args.save / name
            out.mkdir(parents=True, exist_ok=True)
            for doc in docs:
                (out / f"{doc.id}.txt").write_text(ours(doc)[0], encoding="utf-8")

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    argv_shown = sys.argv[1:] if argv is None else argv
    command = ("python benchmarks/extraction.py " + " ".join(shlex.quote(a) for a in argv_shown)).strip()
    text = section(tables, command, peak_mb, args.only_ours)
    if not args.no_write:
        write_section(text)
        print(f"updated {RESULTS.relative_to(REPO)}", file=sys.stderr)
    print(f"peak RSS {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
