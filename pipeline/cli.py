"""The command line: ``python run_pipeline.py`` (also installed as ``crawl-pipeline``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.batch.options import DEFAULT_PAGE_TIMEOUT, DEFAULT_WORKER_MEMORY, ENGINES
from pipeline.batch.runner import ALL_FORMATS, RunOptions, run_with
from pipeline.batch.state import OutputLocked

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
    batch = parser.add_argument_group("batch runs")
    batch.add_argument(
        "--page-timeout",
        type=float,
        default=DEFAULT_PAGE_TIMEOUT,
        metavar="SECONDS",
        help="a page taking longer becomes an errors.csv row (Timeout); 0: no limit "
        f"(default: {DEFAULT_PAGE_TIMEOUT:g})",
    )
    batch.add_argument(
        "--worker-memory",
        type=int,
        default=DEFAULT_WORKER_MEMORY,
        metavar="MB",
        help="memory a worker may grow by; a page needing more becomes an errors.csv row (MemoryError); "
        f"0: no cap (default: {DEFAULT_WORKER_MEMORY})",
    )
    batch.add_argument(
        "--engine", choices=ENGINES, default="local", help="local worker processes, or a Dask cluster (default: local)"
    )
    batch.add_argument(
        "--scheduler", metavar="ADDRESS", help="Dask scheduler to use, e.g. tcp://10.0.0.5:8786 (implies --engine dask)"
    )
    batch.add_argument(
        "--drop-duplicates", action="store_true", help="leave exact and near duplicates out of records.* (counted)"
    )
    batch.add_argument("--no-dedup", action="store_true", help="do not look for duplicates (duplicate_of stays empty)")
    batch.add_argument(
        "--fresh",
        action="store_true",
        help="clean every page again, ignoring what an earlier run over the same output folder did "
        "(by default unchanged pages are taken from it)",
    )
    batch.add_argument("--no-progress", action="store_true", help="no progress bar or progress lines on stderr")
    parser.add_argument(
        "--schema",
        choices=("postgres", "sqlite", "duckdb"),
        help="print the CREATE TABLE for importing records.csv into this database, and exit",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.schema:
        from pipeline.schema import create_table_sql

        print(create_table_sql(args.schema), end="")
        return 0
    formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
    unknown = set(formats) - set(ALL_FORMATS)
    if unknown or not formats:
        print(f"error: --formats takes csv, jsonl, parquet (got {args.formats!r})", file=sys.stderr)
        return 2
    if args.workers < 0 or (args.limit is not None and args.limit < 0):
        print("error: --workers and --limit take non-negative numbers", file=sys.stderr)
        return 2
    if args.page_timeout < 0 or args.worker_memory < 0:
        print("error: --page-timeout and --worker-memory take non-negative numbers", file=sys.stderr)
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
        page_timeout=args.page_timeout,
        worker_memory=args.worker_memory,
        engine="dask" if args.scheduler else args.engine,
        scheduler=args.scheduler,
        resume=not args.fresh,
        dedup=not args.no_dedup,
        drop_duplicates=args.drop_duplicates,
        progress=not args.no_progress,
    )
    if not options.input.exists():
        print(f"error: input not found: {options.input}", file=sys.stderr)
        return 2
    try:
        summary = run_with(options)
    except OutputLocked as locked:
        print(f"error: {locked}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: run the same command again to resume where it stopped", file=sys.stderr)
        return 130
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
