"""The command line: ``python run_pipeline.py`` (also installed as ``crawl-pipeline``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.batch.runner import ALL_FORMATS, RunOptions, run_with

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="run_pipeline.py",
        description=(
            "Clean crawled web pages (HTML, text dumps, WARC, JSONL; gzipped or not) into records: "
            "records.csv/.jsonl/.parquet, errors.csv, repairs.csv and run.json in the output folder."
        ),
    )
    parser.add_argument("--input", "-i", type=Path, default=None, help="input file or folder (default: raw/)")
    parser.add_argument("--output", "-o", type=Path, default=None, help="output folder (default: cleaned/)")
    parser.add_argument(
        "--formats",
        default=",".join(ALL_FORMATS),
        help="comma-separated record formats among csv, jsonl, parquet (default: all three)",
    )
    parser.add_argument("--workers", "-j", type=int, default=0, help="worker processes (default: one per CPU)")
    parser.add_argument("--limit", type=int, default=None, help="stop after this many pages")
    parser.add_argument(
        "--excel",
        action="store_true",
        help="write CSVs for spreadsheets: UTF-8 BOM, formula-like cells neutralised, long cells cut",
    )
    parser.add_argument("--no-repair", action="store_true", help="turn the number-repair stage off")
    parser.add_argument(
        "--no-templates", action="store_true", help="do not learn per-site templates (skips the first pass)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
    unknown = set(formats) - set(ALL_FORMATS)
    if unknown or not formats:
        print(f"error: --formats takes csv, jsonl, parquet (got {args.formats!r})", file=sys.stderr)
        return 2
    if args.workers < 0 or (args.limit is not None and args.limit < 0):
        print("error: --workers and --limit take non-negative numbers", file=sys.stderr)
        return 2
    options = RunOptions(
        input=args.input or _default_dir("raw"),
        output=args.output or _default_dir("cleaned"),
        formats=formats,
        workers=args.workers,
        limit=args.limit,
        excel=args.excel,
        repair=not args.no_repair,
        templates=not args.no_templates,
    )
    if not options.input.exists():
        print(f"error: input not found: {options.input}", file=sys.stderr)
        return 2
    summary = run_with(options)
    print(summary.text())
    return 0


def _default_dir(name: str) -> Path:
    """``raw/``/``cleaned/`` in the current folder, else beside the project (a source checkout)."""
    here = Path(name)
    if here.exists() or not (PROJECT_ROOT / name).exists():
        return here
    return PROJECT_ROOT / name


if __name__ == "__main__":
    sys.exit(main())
