"""Main text from a text dump (first version: every non-empty line but the title line)."""

from __future__ import annotations

from pipeline.page import Page
from pipeline.strip.templates import line_hash
from pipeline.text import normalise_line


def extract_lines(page: Page) -> Page:
    """Keep each non-empty line of the dump that is not a site-template line."""
    lines = (normalise_line(line) for line in page.lines or [])
    templates = page.template_hashes
    page.paragraphs = [line for line in lines if line and not (templates and line_hash(line) in templates)]
    return page
