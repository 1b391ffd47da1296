"""Load a cleaned output folder back into pandas, with the contract's types restored."""

from __future__ import annotations

import json
import os
from pathlib import Path

from pipeline.record import FIELD_NAMES, INT_FIELDS, LIST_FIELDS, LIST_SEPARATOR

SOURCES = ("parquet", "jsonl", "csv")
SPREADSHEET_CSV = "records.excel.csv"


def load(cleaned_dir: str | os.PathLike[str] = "cleaned", *, source: str | None = None):
    """The records of a run as a DataFrame: lists as lists, counts as ints, ``published`` parsed.

    ``cleaned_dir`` is an output folder or one records file in it. From a folder, reads
    ``records.parquet`` if present, else ``records.jsonl``, else ``records.csv`` (or the one named
    by ``source``: ``parquet``, ``jsonl`` or ``csv``); all three give the same frame.
    Columns: the contract's, in its order, then ``published_iso``. Empty values are ``None``
    (an empty ``text`` too), empty lists ``[]``. ``published`` becomes a datetime column (the
    first instant of the period the page states; NaT when absent or not a date) and
    ``published_iso`` keeps the original string, whose length tells the precision.
    ``records.excel.csv`` is refused: its cells are altered for spreadsheets.
    """
    path, kind = _records_file(Path(cleaned_dir), source)
    import pandas as pd

    if kind == "parquet":
        frame = pd.read_parquet(path)
        for name in LIST_FIELDS:
            frame[name] = pd.Series(
                [[] if v is None else [str(x) for x in v] for v in frame[name]], index=frame.index, dtype=object
            )
    elif kind == "jsonl":
        with open(path, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        frame = pd.DataFrame(rows, columns=list(FIELD_NAMES))
    else:
        frame = pd.read_csv(
            path,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            encoding="utf-8-sig",
            lineterminator=None,
        )
        for name in LIST_FIELDS:
            frame[name] = pd.Series(
                [v.split(LIST_SEPARATOR) if v else [] for v in frame[name]], index=frame.index, dtype=object
            )
    return _normalise(frame)


def _records_file(path: Path, source: str | None) -> tuple[Path, str]:
    if source is not None and source not in SOURCES:
        raise ValueError(f"source must be one of {', '.join(SOURCES)} (got {source!r})")
    if path.name == SPREADSHEET_CSV:
        raise ValueError(f"{path} is for spreadsheets (formulas neutralised, long cells cut): load records.csv")
    if path.is_file():
        kind = path.suffix.lstrip(".")
        if kind not in SOURCES:
            raise ValueError(f"{path}: not a records file (.parquet, .jsonl or .csv)")
        return path, kind
    order = [source] if source else list(SOURCES)
    for kind in order:
        candidate = path / f"records.{kind}"
        if candidate.exists():
            return candidate, kind
    raise FileNotFoundError(f"no records.{'/'.join(order)} in {path}")


def _normalise(frame):
    import pandas as pd

    frame = frame.astype({name: object for name in FIELD_NAMES if name not in INT_FIELDS})
    for name in FIELD_NAMES:
        if name in LIST_FIELDS:
            continue
        if name in INT_FIELDS:
            frame[name] = pd.to_numeric(frame[name].replace("", None)).fillna(0).astype("int64")
            continue
        values = [None if v is None or v == "" or v != v else str(v) for v in frame[name]]
        frame[name] = pd.Series(values, index=frame.index, dtype=object)
    frame["published_iso"] = frame["published"]
    frame["published"] = pd.to_datetime(frame["published"], format="ISO8601", errors="coerce")
    return frame[[*FIELD_NAMES, "published_iso"]]
