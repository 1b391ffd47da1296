"""Metadata: title, publish date, source, authors, editors, section, site name, URL, language.

Modules: ``patterns`` (every pattern and vocabulary), ``view`` (the page as lines + head),
``title``, ``dates``, ``bylines`` (date/source/authors/editors), ``section`` (breadcrumb, site
name), ``lang``, and ``extract`` (the two steps).
"""

from __future__ import annotations

from pipeline.meta.extract import extract_metadata, extract_text_metadata

__all__ = ["extract_metadata", "extract_text_metadata"]
