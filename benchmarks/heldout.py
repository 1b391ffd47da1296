"""A held-out check of main-text extraction: pages no rule of ours was written for, beside trafilatura.

    python benchmarks/heldout.py --np4k DIR [--write]

DIR is the ``tests/data`` folder of newspaper4k's source distribution (its regression pages, each with the
text newspaper4k's maintainers expect: ``html/NAME.html`` and ``txt/NAME.txt``). Fetch it once, from the
package registry (this script never reaches the network):

    pip download --no-deps --no-binary :all: newspaper4k==0.9.6 && tar xzf newspaper4k-0.9.6.tar.gz
    python benchmarks/heldout.py --np4k newspaper4k-0.9.6/tests/data --write

The expected texts are newspaper4k's own outputs as reviewed by its maintainers, not hand-made gold: read
the scores as agreement, with the reference scoring of ../shared/bench/score.py (one token per Han
character). ``--write`` replaces the section between ``<!-- heldout:start -->`` and ``<!-- heldout:end -->``
in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import platform
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # runnable as a script from the repo root
    sys.path.insert(0, str(REPO))

import pipeline  # noqa: E402
from benchmarks.results_md import replace_section  # noqa: E402

RESULTS = REPO / "benchmarks" / "RESULTS.md"
START, END = "<!-- heldout:start -->", "<!-- heldout:end -->"
SCORE = REPO.parent / "shared" / "bench" / "score.py"


def load_score():
    spec = importlib.util.spec_from_file_location("shared_score", SCORE)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def pages(data: Path) -> list[tuple[str, bytes, str]]:
    """(name, html bytes, expected text) of every page that has an expected text."""
    found = []
    for html in sorted((data / "html").glob("*.html")):
        expected = data / "txt" / (html.stem + ".txt")
        if expected.exists():
            found.append((html.stem, html.read_bytes(), expected.read_text(encoding="utf-8")))
    return found


def run(data: Path) -> str:
    score = load_score()
    try:
        import trafilatura
    except ImportError:  # a benchmark extra
        trafilatura = None
    rows = []
    for name, html, expected in pages(data):
        ours = score.prf(pipeline.clean_page(html, name=name + ".html").text or "", expected)
        theirs = (
            score.prf(trafilatura.extract(html.decode("utf-8", "replace")) or "", expected) if trafilatura else None
        )
        rows.append((name, ours, theirs))
    lines = [
        "## Held-out check: newspaper4k's regression pages",
        "",
        f"Run {dt.date.today().isoformat()} with `python benchmarks/heldout.py --np4k DIR --write` (DIR: the "
        f"`tests/data` folder of newspaper4k 0.9.6's source distribution; Python {platform.python_version()}). "
        "Pages no rule of ours was written for (English, Chinese, Japanese, Arabic, Burmese, Latvian, Spanish, Thai); "
        "the expected texts are newspaper4k's, reviewed by "
        "its maintainers, not hand-made gold. Token F1 with the reference scoring.",
        "",
        "| page | ours F1 | trafilatura F1 |",
        "|---|---|---|",
    ]
    for name, ours, theirs in rows:
        lines.append(f"| {name} | {ours[2]:.3f} | {theirs[2]:.3f} |" if theirs else f"| {name} | {ours[2]:.3f} | – |")
    mean_ours = statistics.mean(r[1][2] for r in rows)
    summary = f"- Mean F1 over {len(rows)} pages: ours **{mean_ours:.3f}**"
    if trafilatura:
        summary += f", trafilatura {statistics.mean(r[2][2] for r in rows):.3f}"
    lines += ["", summary + "."]
    return "\n".join([START, *lines, END])


def write_section(text: str, path: Path = RESULTS) -> None:
    """Replace our marked section of RESULTS.md (append it if absent; create the file)."""
    replace_section(text, START, END, path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--np4k", type=Path, required=True, help="newspaper4k's tests/data folder")
    parser.add_argument("--write", action="store_true", help="write the section of benchmarks/RESULTS.md")
    args = parser.parse_args()
    if not (args.np4k / "html").is_dir() or not SCORE.exists():
        print(f"need {args.np4k}/html and {SCORE}", file=sys.stderr)
        return 1
    text = run(args.np4k)
    print(text)
    if args.write:
        write_section(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
