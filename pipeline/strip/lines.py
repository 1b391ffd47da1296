"""Main text from a text dump (first version: every non-empty line but the title line)."""

from __future__ import annotations

from pipeline.page import Page


def extract_lines(page: Page) -> Page:
    """Keep each non-empty line of the dump as a paragraph."""
    lines = (" ".join(line.split()) for line in page.lines or [])
    page.paragraphs = [line for line in lines if line]
    return page
