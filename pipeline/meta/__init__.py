"""Metadata: title, publish date, source, authors, editors, section, site name, URL, language."""

from __future__ import annotations

from pipeline.meta.basic import extract_metadata, extract_text_metadata

__all__ = ["extract_metadata", "extract_text_metadata"]
