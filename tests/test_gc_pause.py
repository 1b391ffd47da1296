"""clean_page pauses the cyclic garbage collector: safe because the steps make no reference cycles."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import pipeline
from pipeline.page import Page
from pipeline.process import default_steps
from tests.builders import DATA, SHARED

PAGES = sorted((DATA / "cms").glob("*.*"))[:40] + sorted((SHARED / "corpora" / "zh-dev" / "pages").glob("*.html"))[:20]


@pytest.fixture
def collector_off():
    gc.collect()
    gc.disable()
    yield
    gc.enable()


def _clean(path: Path) -> None:
    pipeline.clean_page(path.read_bytes(), name=path.name)


def test_the_steps_leave_no_cyclic_garbage(collector_off) -> None:
    """The premise of the pause: after each page, a collection finds nothing unreachable (every object the
    steps made was freed by reference counting)."""
    _clean(PAGES[0])  # first call: imports and caches settle
    gc.collect()
    found = {}
    for path in PAGES:
        _clean(path)
        found[path.name] = gc.collect()
    assert set(found.values()) == {0}, found


def test_the_collector_is_on_again_after_the_call() -> None:
    assert gc.isenabled()
    pipeline.clean_page(b"<html><body><p>Some text.</p></body></html>", name="a.html")
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off(collector_off) -> None:
    pipeline.clean_page(b"<html><body><p>Some text.</p></body></html>", name="a.html")
    assert not gc.isenabled()


def test_the_collector_is_on_again_after_a_failing_step() -> None:
    def broken(page: Page) -> Page:
        raise ValueError("boom")

    record = pipeline.clean_page(b"<p>Text.</p>", name="a.html", steps=[*default_steps()[:1], broken])
    assert gc.isenabled()
    assert any("boom" in warning for warning in record.warnings)
