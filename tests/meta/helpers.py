"""Pages of our own making for the metadata tests: HTML strings and dumps run through the real steps."""

from __future__ import annotations

from pipeline.meta import extract_metadata, extract_text_metadata
from pipeline.page import Page
from pipeline.process import build_text, new_page, raw_page_from
from pipeline.readers.parse import parse_page
from pipeline.strip import strip_boilerplate

# A paragraph in German and in English, for dumps of European pages of our own making.
DE_BODY = (
    "Die Stadt hat am Montag angekündigt, die Arbeiten an der Fußgängerzone im kommenden Frühjahr fortzusetzen, "
    "nachdem ein Gutachten schwere Mängel an den verlegten Steinen festgestellt hatte."
)
EN_BODY = (
    "The council said on Monday that work on the pedestrian zone would resume next spring, after a survey found "
    "serious faults in the paving stones that had been laid two years earlier."
)


def html_page(
    body: str, *, title: str = "", head: str = "", url: str | None = None, fetched_at: str | None = None
) -> str:
    return f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>{body}</body></html>"


def run_meta(data: str, *, name: str = "page.html", url: str | None = None, fetched_at: str | None = None) -> Page:
    """Parse, extract metadata, strip, build the text and read the text metadata, as the pipeline does."""
    page = new_page(raw_page_from(data.encode("utf-8"), name=name, url=url))
    page.raw.fetched_at = fetched_at
    parse_page(page)
    extract_metadata(page)
    strip_boilerplate(page)
    build_text(page)
    extract_text_metadata(page)
    return page
