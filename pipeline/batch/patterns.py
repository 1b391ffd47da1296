"""Patterns of the batch stage, compiled once."""

from __future__ import annotations

import re

NOT_WORD = re.compile(r"[\W_]+")
"""What duplicate detection ignores: whitespace, punctuation, symbols (any script)."""

TEMP_FILE = re.compile(r"^\.(?P<name>[^/]+)\.tmp-\d+$")
"""A writer's temp file (``.records.csv.tmp-1234``): left behind only by a killed run."""
