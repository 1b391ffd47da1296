"""Units of work: a task is a run of pages, small files grouped, big containers cut into chunks.

A task lists *sources* in input order: input files that the worker reads (a small file, or a
container small enough to be one task), or pages the parent already read (a big WARC/JSONL is
read by the parent and cut into chunks of CHUNK_PAGES pages, so a million-page WARC is not one
task). ``start``/``stop`` select a range of the pages the sources hold, counted from 0 across the
sources: the local engine uses it to retry part of a task after its worker died.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from xxhash import xxh3_128

from pipeline.errors import PageError
from pipeline.page import RawPage
from pipeline.readers import InputFile, read_input
from pipeline.readers.sniff import strip_gz
from pipeline.strip.templates import Templates

FILES_PER_TASK = 16  # small files grouped in one task
TAIL_FILES_PER_TASK = 4  # ... in the last ``workers`` x FILES_PER_TASK files: the workers end closer together
TASK_BYTES = 8 * 2**20  # ... up to this many bytes
SPLIT_BYTES = 8 * 2**20  # containers larger than this are read by the parent and chunked
CHUNK_PAGES = 32  # pages per chunk of a big container
CHUNK_BYTES = 16 * 2**20
CONTAINER_SUFFIXES = (".warc", ".jsonl", ".arc")

Source = InputFile | RawPage | PageError
Known = dict[str, bytes]  # doc_id -> content hash of a page an earlier run cleaned


@dataclass(slots=True)
class Task:
    """Pages for one worker call. ``known``: pages done before, skipped when their content is unchanged."""

    id: int
    sources: list[Source]
    start: int = 0
    stop: int | None = None
    known: Known = field(default_factory=dict)
    isolated: bool = False  # one page retried alone after it took its worker down

    def part(self, start: int, stop: int | None, *, isolated: bool = False) -> Task:
        return replace(self, start=start, stop=stop, isolated=isolated)

    def describe(self) -> str:
        first = self.sources[0] if self.sources else None
        name = getattr(first, "rel", None) or getattr(first, "doc_id", "?")
        return f"{name} (+{len(self.sources) - 1} more)" if len(self.sources) > 1 else str(name)


def source_file(source: Source) -> str:
    """The input file a source comes from (the state is indexed by it)."""
    if isinstance(source, InputFile):
        return source.rel
    return source.doc_id.split("#", 1)[0]


def content_hash(raw: RawPage) -> bytes:
    """What a page's outcome depends on in the input: its bytes and what the container said.

    XXH3-128: both passes hash every page, and it runs at about fifteen times SHA-256's speed (with
    the CPU's SHA instructions) over a page's bytes. It only has to tell an edited page from the one
    an earlier run cleaned, not to resist a forger: 128 bits make an accidental match negligible.
    """
    digest = xxh3_128()
    data = raw.data.encode("utf-8", "surrogatepass") if isinstance(raw.data, str) else raw.data
    digest.update(data)
    for value in (raw.kind, raw.input_format, raw.url, raw.fetched_at, raw.http_charset, *raw.warnings):
        digest.update(b"\x00" + (value or "").encode("utf-8", "surrogatepass"))
    return digest.digest()


class TemplateDigests:
    """A short fingerprint of the template lines applied to a page (cached per template set)."""

    def __init__(self, templates: Templates | None) -> None:
        self.templates = templates
        self._by_id: dict[int, bytes] = {}

    def of_hashes(self, hashes: frozenset[int]) -> bytes:
        if not hashes:
            return b""
        digest = self._by_id.get(id(hashes))
        if digest is None:
            joined = b"".join(h.to_bytes(8, "big") for h in sorted(hashes))
            digest = hashlib.blake2b(joined, digest_size=8).digest()
            self._by_id[id(hashes)] = digest  # the sets live as long as the templates
        return digest

    def of_site(self, site: str) -> bytes:
        if self.templates is None:
            return b""
        return self.of_hashes(self.templates.by_site.get(site, frozenset()))


class KnownPages(Protocol):
    """Where the planner finds the pages an earlier run cleaned (the state store)."""

    def for_file(self, rel: str) -> Known: ...

    def for_page(self, doc_id: str) -> Known: ...


def is_container(item: InputFile) -> bool:
    name, _ = strip_gz(item.rel.lower())
    return name.endswith(CONTAINER_SUFFIXES)


def plan_tasks(
    files: Iterable[InputFile],
    *,
    max_page_bytes: int,
    skipped: Counter[str],
    known: KnownPages | None = None,
    workers: int = 1,
) -> Iterator[Task]:
    """Tasks in input order, made lazily (the parent reads big containers only as tasks are taken).

    ``skipped`` receives the non-page records of the containers the parent reads; ``known`` gives
    the pages an earlier run already cleaned. With a list of files, the last tasks are smaller
    (TAIL_FILES_PER_TASK): a pass ends when its last task does, and with tasks of FILES_PER_TASK
    files the other workers wait for it about half a task on average.
    """
    tail_from = max(0, len(files) - workers * FILES_PER_TASK) if isinstance(files, Sequence) and workers > 1 else None
    number = 0
    group: list[Source] = []
    group_bytes = 0

    def task(sources: list[Source]) -> Task:
        nonlocal number
        number += 1
        done: Known = {}
        if known is not None:
            for source in sources:
                if isinstance(source, InputFile):
                    done.update(known.for_file(source.rel))
                elif isinstance(source, RawPage):
                    done.update(known.for_page(source.doc_id))
        return Task(number, sources, known=done)

    files_per_task = FILES_PER_TASK
    for index, item in enumerate(files):
        if index == tail_from:
            files_per_task = TAIL_FILES_PER_TASK
        if item.size > SPLIT_BYTES and not item.outside and is_container(item):
            if group:
                yield task(group)
                group, group_bytes = [], 0
            yield from (
                task(chunk) for chunk in _chunks(read_input(item, max_page_bytes=max_page_bytes, skipped=skipped))
            )
            continue
        group.append(item)
        group_bytes += item.size
        if len(group) >= files_per_task or group_bytes >= TASK_BYTES:
            yield task(group)
            group, group_bytes = [], 0
    if group:
        yield task(group)


def _chunks(pages: Iterable[RawPage | PageError]) -> Iterator[list[Source]]:
    chunk: list[Source] = []
    size = 0
    for page in pages:
        chunk.append(page)
        size += len(page.data) if isinstance(page, RawPage) else 0
        if len(chunk) >= CHUNK_PAGES or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk
