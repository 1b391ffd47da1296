"""What flows through the pipeline: a RawPage from a reader, a Page through the steps.

A RawPage is everything a worker needs (bytes plus what the container said about them), so it
pickles cheaply to a process pool or a Dask worker. A Page is the working state of one page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from pipeline.record import Record

PayloadKind = Literal["html", "dump"]


@dataclass(slots=True)
class RawPage:
    """One page as a reader found it, before decoding.

    ``input_format`` names the container (``html``, ``dump``, ``warc``, ``jsonl``, with ``.gz``
    appended when the file was gzipped); ``kind`` says what the payload is (markup or a dump).
    """

    doc_id: str
    data: bytes | str
    kind: PayloadKind
    input_format: str
    url: str | None = None
    fetched_at: str | None = None
    http_charset: str | None = None
    warnings: list[str] = field(default_factory=list)  # what the reader noticed (copied to the record)


@dataclass(slots=True)
class Page:
    """A page being cleaned: the decoded input, its parse, and the record being filled."""

    raw: RawPage
    record: Record
    markup: str | bytes | None = None  # ``html``, or until it is first read its UTF-8 (when the parse took the bytes)
    tree: Any = None  # lxml root element (HTML pages)
    lines: list[str] | None = None  # visible-text lines (dumps), without the title line
    html_title: str | None = None  # the <title> text, or line 1 of a dump
    headline: str | None = None  # the headline as displayed, when a step found it
    paragraphs: list[str] = field(default_factory=list)  # main text, one paragraph each
    template_hashes: frozenset[int] = frozenset()  # hashes of this site's template lines (batch runs)
    repairs: list[Any] = field(default_factory=list)  # (field, Repair) rows of the repair step
    extras: dict[str, Any] = field(default_factory=dict)  # stage notes (keywords, description, ...)
    blocks: Any = None  # the tree's one shared walk (pipeline.readers.blocks.PageBlocks), made once

    @property
    def kind(self) -> PayloadKind:
        return self.raw.kind

    @property
    def html(self) -> str | None:
        """The decoded markup (HTML pages). A page of valid UTF-8 is parsed from its bytes and most steps never read
        the text: it is decoded the first time it is read."""
        if isinstance(self.markup, bytes):
            self.markup = self.markup.decode("utf-8")
        return self.markup

    @html.setter
    def html(self, text: str | None) -> None:
        self.markup = text

    def warn(self, message: str) -> None:
        """Record a non-fatal problem on the record (it ends up in the ``warnings`` column)."""
        if message not in self.record.warnings:
            self.record.warnings.append(message)
