"""Batch runs: the local process pool runner (and later Dask, resume, dedup)."""

from pipeline.batch.runner import RunOptions, RunSummary, run, run_with

__all__ = ["RunOptions", "RunSummary", "run", "run_with"]
