"""Batch runs: local process pool or Dask, resumable, deduplicated, with a report."""

from pipeline.batch.options import RunOptions, RunSummary
from pipeline.batch.runner import run, run_with
from pipeline.batch.worker import process_file

__all__ = ["RunOptions", "RunSummary", "process_file", "run", "run_with"]
