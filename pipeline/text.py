"""Text normalisation shared by the steps: spaces, invisible characters, one paragraph per line."""

from __future__ import annotations

import re

# NBSP, ideographic space, thin spaces and friends become a plain space; zero-width ones vanish.
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_RUNS = re.compile(r" {2,}")


def normalise_line(line: str) -> str:
    """One paragraph: invisible characters removed, space runs collapsed, ends trimmed."""
    line = _ZERO_WIDTH.sub("", line)
    line = _SPACES.sub(" ", line)
    return _RUNS.sub(" ", line).strip()


def join_paragraphs(paragraphs: list[str]) -> str:
    """The record text: normalised paragraphs, one per line, empty ones dropped."""
    lines = (normalise_line(p) for p in paragraphs)
    return "\n".join(line for line in lines if line)
