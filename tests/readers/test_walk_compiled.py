"""The compiled walk (pipeline/readers/_walk.pyx) against the Python one (blocks.walk_tree).

The compiled walk must give exactly what the Python walk gives: the same blocks, containers (the
same elements), flags, metadata lines and marks. Checked on every HTML page of the corpora, on the
test fixtures, and on generated markup that mixes the cases the walk treats apart (hidden elements,
media fallbacks, tables, <pre>, links, tooltips, comments, entity and CDATA text, class names that
mark authors and breadcrumbs).
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from pipeline.process import new_page, raw_page_from
from pipeline.readers import blocks
from pipeline.readers.html import parse_html
from pipeline.readers.parse import decode_page
from tests.builders import SHARED

DATA = Path(__file__).resolve().parents[1] / "data"

compiled = pytest.mark.skipif(blocks.compiled_walk is None, reason="the compiled walk is not built here")


def test_the_compiled_walk_is_built_where_ci_asks_for_it() -> None:
    """CI sets PIPELINE_REQUIRE_COMPILED_WALK: a build that silently fell back to Python fails there."""
    if not os.environ.get("PIPELINE_REQUIRE_COMPILED_WALK"):
        pytest.skip("PIPELINE_REQUIRE_COMPILED_WALK not set")
    assert blocks.compiled_walk is not None
    assert blocks.walk is not None and blocks.compiled_walk.__module__ == "pipeline.readers._walk"


@compiled
def test_the_walk_fills_the_slots_of_its_blocks_containers_and_flags_directly() -> None:
    """The shortcut past the dataclasses' ``__init__`` holds for them as they are (else the walk calls the classes:
    the same results, slower); the walks' results are compared field by field below."""
    from pipeline.readers import _walk

    assert _walk.DIRECT_MAKERS


def summary(found: blocks.PageBlocks) -> tuple[Any, ...]:
    """Everything a walk gives, elements by identity (lxml keeps one proxy per node while it lives)."""
    segmented = found.segmented
    return (
        [
            (b.text, b.chars, b.link_chars, b.kind, b.level, b.cell, b.raw, list(b.nodes), b.punct, b.boiler, b.info)
            for b in segmented.blocks
        ],
        [(c.element, c.first, c.last, c.depth, c.bonus) for c in segmented.containers],
        [(f.first, f.last, f.depth, f.bits) for f in segmented.flagged],
        segmented.h1,
        [(c.element, c.first, c.last) for c in segmented.named],
        found.lines,
        found.crumbs,
        found.author_elements,
        found.logos,
        found.home_links,
        found.categories,
        found.head_elements,
    )


def assert_same_walk(root: Any) -> None:
    python, fast = summary(blocks.walk_tree(root)), summary(blocks.compiled_walk(root))  # type: ignore[misc]
    names = (
        "blocks", "containers", "flagged", "h1", "named", "lines", "crumbs", "authors", "logos", "home links",
        "categories", "head elements",
    )  # fmt: skip
    for name, expected, got in zip(names, python, fast, strict=True):
        assert got == expected, name


def html_pages(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and path.name.endswith((".html", ".htm", ".html.gz", ".htm.gz", ".shtml"))
    )


def tree_of(path: Path) -> Any:
    data = path.read_bytes()
    name = path.name
    if name.endswith(".gz"):
        data, name = gzip.decompress(data), name[:-3]
    page = decode_page(new_page(raw_page_from(data, name=name)))
    return parse_html(page.html) if page.html is not None else None


@compiled
def test_same_walk_on_the_fixtures() -> None:
    pages = html_pages(DATA)
    assert len(pages) >= 40
    for path in pages:
        root = tree_of(path)
        if root is not None:
            assert_same_walk(root)


@compiled
@pytest.mark.skipif(not (SHARED / "corpora").is_dir(), reason="../shared/corpora is absent")
def test_same_walk_on_every_corpus_page() -> None:
    pages = html_pages(SHARED / "corpora")
    assert len(pages) > 300
    for path in pages:
        root = tree_of(path)
        if root is not None:
            assert_same_walk(root)


# --- generated markup ---

TAGS = [
    "div", "p", "span", "a", "b", "i", "em", "font", "li", "ul", "table", "tr", "td", "th", "pre", "h1", "h2", "label",
    "br", "hr", "img", "video", "input", "script", "style", "noscript", "button", "section", "nav", "footer", "code",
    "abbr", "time", "small", "textarea", "iframe", "select", "option", "h3", "meta", "link", "svg", "template",
]  # fmt: skip
CLASSES = (
    "", "author", "byline", "breadcrumb", "position", "content", "nav menu", "TRS_Editor", "share", "logo", "sr-only",
    "screen-reader-text author", "hidden", "hidden md:flex", "sresult", "mypath", "item title", "作者 info",
)  # fmt: skip
# Links home and not, and the near misses of the compiled walk's byte test of them (``_never_home``).
HREFS = (
    "", "/", "http://x.cn/a/1.html", "../", "http://x.cn", "https://x.cn/index.html", "//x.cn/", "index.htm",
    "javascript:;", "#top", " /a/b ", "../a.html?x=/", "http://x.cn//a", "/?a=b/c", "Index.html", "./", "a.php?x=/y",
    "http://x.cn/首页", "/a/b/c/d/e", "http://x.cn/default.shtml", " http://x.cn ", "/x/", "h", "/wiki/%E4%B8",
    "http://x.cn/a/", "https://x.cn/a/b/", "../../", "/a/index_20240512.html", "/a/ ", "ftp://x.cn/", ".",
)  # fmt: skip
STYLES = ("", "display:none", "display: none", "visibility:hidden", "color:red", "DISPLAY:NONE")
TEXTS = (
    "", " ", "\n  ", "正文第一句。", "3天前", "5 hours ago", "来源：新华社", "Hello, world.", "a  b\nc", "&amp; x",
    "x\u200by", "\xa0 \xa0", "\u3000正文\n\n 二", "\u200b", "\ue000\n",
)  # fmt: skip


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4 if depth < 4 else 0))):
        kind = draw(st.sampled_from(("element", "element", "text", "comment", "cdata")))
        if kind == "text":
            parts.append(draw(st.sampled_from(TEXTS)))
        elif kind == "comment":
            parts.append("<!-- c -->")
        elif kind == "cdata":
            parts.append("<![CDATA[x]]>")
        else:
            tag = draw(st.sampled_from(TAGS))
            attributes = ""
            cls = draw(st.sampled_from(CLASSES))
            if cls:
                attributes += f' class="{cls}"'
            style = draw(st.sampled_from(STYLES))
            if style:
                attributes += f' style="{style}"'
            if draw(st.booleans()):
                attributes += draw(
                    st.sampled_from(
                        (' id="crumbs"', ' id="path2"', ' id="main"', " hidden", ' rel="author"', ' rel="category tag"')
                    )
                )
            if tag == "a":
                href = draw(st.sampled_from(HREFS))
                attributes += f' href="{href}"' if href or draw(st.booleans()) else ""
            if tag in ("span", "time", "a"):
                attributes += draw(st.sampled_from(("", ' title="2024-05-20 10:00"', ' datetime="2024-05-20"')))
            if tag == "img":
                attributes += draw(st.sampled_from(("", ' src="/img/logo.png"', ' alt="x"')))
            inner = draw(markup(depth + 1))
            parts.append(f"<{tag}{attributes}>{inner}</{tag}>" + draw(st.sampled_from(TEXTS)))
    return "".join(parts)


@compiled
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markup())
def test_same_walk_on_generated_markup(body: str) -> None:
    root = parse_html(f"<html><head><title>t</title></head><body>{body}</body></html>")
    if root is not None:
        assert_same_walk(root)


@compiled
def test_same_walk_on_nodes_the_html_parser_does_not_make() -> None:
    """Comments, processing instructions and entity references kept in the tree (a tree built elsewhere):
    lxml's iterwalk passes over the first two, tails included; the compiled walk does the same."""
    root = etree.fromstring(
        "<!DOCTYPE html [<!ENTITY e 'ent'>]><html><body><div>a<!--c-->b<?pi x?>c<p>&e; d</p>"
        "<![CDATA[raw]]></div></body></html>",
        etree.XMLParser(resolve_entities=False),
    )
    assert_same_walk(root)


def test_pure_python_mode_gives_the_same_records() -> None:
    """PIPELINE_PURE_PYTHON=1 (or a machine without a compiler) runs the Python walk: same records."""
    script = (
        "import json, sys; from pathlib import Path; import pipeline; from pipeline.readers import blocks; "
        "paths = sorted(Path(sys.argv[1]).glob('*.html'))[:12]; "
        "print(json.dumps([blocks.compiled_walk is None] + "
        "[pipeline.clean_page(p.read_bytes(), name=p.name).to_dict() for p in paths], default=str))"
    )
    runs = []
    for pure in ("1", ""):
        env = {**os.environ, "PIPELINE_PURE_PYTHON": pure}
        done = subprocess.run(
            [sys.executable, "-c", script, str(DATA / "cms")], capture_output=True, text=True, env=env, check=True
        )
        runs.append(json.loads(done.stdout))
    pure_run, default_run = runs
    assert pure_run[0] is True
    assert len(pure_run) > 10 and pure_run[1:] == default_run[1:]
