"""Fuzzing: random and mutated HTML and dumps through ``clean_page``, random bytes through the readers.

``clean_page`` is documented never to raise and to return a Record that keeps the contract; the
readers never raise and report only the error kinds they know (an unexpected exception would show
up as its class name). Deterministic (derandomized) and short enough for CI; raise
HOSTILE_FUZZ_EXAMPLES for a longer hunt.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import Record, clean_page
from pipeline.errors import PageError
from pipeline.readers import read_input
from pipeline.readers.decode import decode_bytes
from pipeline.readers.html import markup_to_lines
from pipeline.readers.parse import markup_title
from pipeline.readers.sniff import sniff
from pipeline.readers.walk import InputFile
from pipeline.record import FIELD_NAMES, INT_FIELDS, LIST_FIELDS
from tests.builders import gzip_bytes, warc_record
from tests.hostile.makers import ZH

EXAMPLES = int(os.environ.get("HOSTILE_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
READER_ERRORS = {
    "EmptyFile", "BinaryFile", "NotAPage", "TooLarge", "BadGzip", "TruncatedGzip", "TruncatedWarc", "BadWarc",
    "BadHttpBody", "BadJSON", "NoContent", "OutsideInput", "NotRegularFile", "BrokenSymlink", "Unreadable",
    "UnreadableFolder", "Vanished", "ChangedDuringRun", "ReadFailed",
}  # fmt: skip
_UNWRITABLE = re.compile(r"[\x00\ud800-\udfff]")

# --- strategies ----------------------------------------------------------------------------------

TAGS = [
    "html", "head", "body", "title", "meta", "div", "p", "span", "a", "br", "script", "style", "table", "tr",
    "td", "ul", "li", "h1", "h2", "article", "section", "pre", "textarea", "noscript", "iframe", "svg", "math",
    "template", "frameset", "xmp", "plaintext", "form", "select", "img", "base", "font", "center", "TRS_Editor",
]  # fmt: skip
SNIPPETS = [
    ZH, "来源：新华社", "作者：张三 李四", "记者 王五", "2021年2月20日 09:30", "发布时间：2020-13-45", "责任编辑：赵六",
    "&amp;", "&#0;", "&#xD800;", "&#x110000;", "&nbsp;", "&lol;", "]]>", "<!--", "-->", "<![CDATA[", "<?php ?>",
    "20204月", "78.5%10家", "１２３４５", "\x00", "\r", "\r\n", "\u2028", "\ufeff", "𠮷", "\u200b", "=SUM(A1)",
    '"', "'", "<", ">", "&", "首页 > 新闻 > 正文", "【打印】【关闭】", "上一篇：", "Copyright © 2024",
]  # fmt: skip
ATTRIBUTES = ["class", "id", "href", "src", "style", "content", "charset", "http-equiv", "name", "property", "lang"]
CHARSETS = [
    "utf-8", "gbk", "gb2312", "big5", "utf-16", "shift_jis", "latin-1", "x-junk", "", "utf-8'\"><script>",
    "base64", "zlib", "idna", "punycode", "undefined", "unicode_escape", "utf-7", "utf-32",
]  # fmt: skip
ENCODINGS = ["utf-8", "gb18030", "big5", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "shift_jis", "euc-kr"]

texts = st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=30))
attributes = st.lists(
    st.tuples(st.sampled_from(ATTRIBUTES), st.one_of(st.sampled_from(SNIPPETS + CHARSETS), st.text(max_size=12))),
    max_size=3,
).map(lambda pairs: "".join(f' {name}="{value}"' for name, value in pairs))


def element(tag: str, attrs: str, children: list[str], closed: bool) -> str:
    return f"<{tag}{attrs}>{''.join(children)}" + (f"</{tag}>" if closed else "")


markup_trees = st.recursive(
    texts,
    lambda children: st.builds(
        element, st.sampled_from(TAGS), attributes, st.lists(children, max_size=5), st.booleans()
    ),
    max_leaves=40,
)
prologs = st.sampled_from(
    [
        "",
        "<!DOCTYPE html>",
        '<?xml version="1.0" encoding="gbk"?>',
        '<!DOCTYPE x [<!ENTITY a "&b;&b;"><!ENTITY b "bb">]>',
        '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/x.dtd">',
        "\ufeff",
    ]
)


@st.composite
def html_documents(draw) -> str:
    charset = draw(st.sampled_from(CHARSETS))
    head = f'<head><meta charset="{charset}"><title>{draw(texts)}</title></head>' if draw(st.booleans()) else ""
    body = "".join(draw(st.lists(markup_trees, min_size=1, max_size=4)))
    return f"{draw(prologs)}<html>{head}<body>{body}</body></html>"


@st.composite
def dumps(draw) -> str:
    lines = draw(st.lists(texts, min_size=1, max_size=30))
    return draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)


@st.composite
def mutated(draw, documents: st.SearchStrategy[str]) -> bytes:
    """A document encoded some way, then cut, spliced, duplicated, nested or bloated."""
    data = bytearray(draw(documents).encode(draw(st.sampled_from(ENCODINGS)), "replace"))
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(data)))
        operation = draw(st.sampled_from(["truncate", "insert", "duplicate", "delete", "nest", "attribute", "tag"]))
        if operation == "truncate":
            del data[at:]
        elif operation == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif operation == "duplicate":
            data[at:at] = data[at : at + draw(st.integers(1, 200))] * draw(st.integers(1, 20))
        elif operation == "delete":
            del data[at : at + draw(st.integers(1, 50))]
        elif operation == "nest":
            tag = draw(st.sampled_from(["div", "span", "table", "b", "font"])).encode()
            data[at:at] = (b"<" + tag + b">") * draw(st.integers(100, 5000))
        elif operation == "attribute":
            data[at:at] = b'<div class="' + b"x" * draw(st.integers(1000, 200_000)) + b'">'
        else:
            data[at:at] = draw(st.sampled_from([b"<p>", b"</div>", b"<script>", b"<!--", b"<title>", b"<br/>"]))
    return bytes(data)


names = st.sampled_from(["page.html", "page.txt", "page.xhtml", "page.htm.gz", "page.jsonl", None])


def check_contract(record: Record) -> None:
    assert isinstance(record, Record)
    assert isinstance(record.text, str)
    assert record.n_chars == len(record.text)
    for name in FIELD_NAMES:
        value = getattr(record, name)
        if name in LIST_FIELDS:
            assert isinstance(value, list) and all(isinstance(item, str) for item in value), name
        elif name in INT_FIELDS:
            assert isinstance(value, int) and value >= 0, name
        else:
            assert value is None or isinstance(value, str), name
    for cell in record.to_csv_row():
        assert not _UNWRITABLE.search(cell), cell[:80]  # every output file is UTF-8
    json.dumps(record.to_dict(), ensure_ascii=False).encode("utf-8")


def failed_steps(record: Record) -> list[str]:
    return [warning for warning in record.warnings if " failed: " in warning]


# --- clean_page --------------------------------------------------------------------------------


@FUZZ
@given(data=st.one_of(mutated(html_documents()), mutated(dumps()), st.binary(max_size=2000)), name=names)
def test_clean_page_never_raises_and_keeps_the_contract_on_bytes(data: bytes, name: str | None):
    check_contract(clean_page(data, name=name))


@FUZZ
@given(
    data=st.one_of(html_documents(), dumps()),
    noise=st.lists(st.sampled_from(["\ud800", "\udfff", "\x00", "\x1b", "\ufffe"]), max_size=3),
    name=names,
)
def test_clean_page_never_raises_and_keeps_the_contract_on_text(data: str, noise: list[str], name: str | None):
    check_contract(clean_page(data + "".join(noise) + data[:50], name=name))


@FUZZ
@given(data=st.one_of(mutated(html_documents()), mutated(dumps())), name=names)
def test_no_step_fails_on_fuzzed_pages(data: bytes, name: str | None):
    """A step raising is caught by clean_page, but it is a bug: the page loses what the step and those after it do."""
    assert failed_steps(clean_page(data, name=name)) == []


# --- readers -------------------------------------------------------------------------------------


@FUZZ
@given(
    data=st.binary(max_size=4000),
    content_type=st.one_of(st.none(), st.sampled_from(CHARSETS).map("text/html; charset={}".format)),
)
def test_decoding_never_raises(data: bytes, content_type: str | None):
    decoded = decode_bytes(data, http_content_type=content_type)
    assert isinstance(decoded.text, str) and not re.search(r"[\ud800-\udfff]", decoded.text)


@FUZZ
@given(markup=st.one_of(html_documents(), st.text(max_size=500)), name=st.text(max_size=20))
def test_markup_helpers_never_raise(markup: str, name: str):
    assert all(isinstance(line, str) and line for line in markup_to_lines(markup))
    assert markup_title(markup) is None or isinstance(markup_title(markup), str)
    assert sniff(name, markup.encode("utf-8", "surrogatepass"))[0] in {
        "html",
        "dump",
        "warc",
        "jsonl",
        "binary",
        "not-a-page",
    }


def warc_bytes(body: bytes) -> bytes:
    return warc_record("http://f.example/", body) + warc_record("http://f.example/2", body[::-1])


@st.composite
def input_files(draw) -> tuple[str, bytes]:
    """A file of some kind, maybe compressed, then damaged."""
    suffix = draw(st.sampled_from([".html", ".txt", ".warc", ".jsonl", ".bin", ""]))
    body = draw(st.one_of(mutated(html_documents()), st.binary(max_size=500)))
    if suffix == ".warc":
        body = warc_bytes(body)
    elif suffix == ".jsonl":
        body = b"\n".join([json.dumps({"html": body.decode("latin-1")}).encode(), body, b'{"text": "t\\ud800"}'])
    if draw(st.booleans()):
        body, suffix = gzip_bytes(body), suffix + ".gz"
    damage = draw(st.sampled_from(["none", "truncate", "flip"]))
    if damage == "truncate" and body:
        body = body[: draw(st.integers(0, len(body) - 1))]
    elif damage == "flip" and body:
        at = draw(st.integers(0, len(body) - 1))
        body = body[:at] + bytes([body[at] ^ 0xFF]) + body[at + 1 :]
    return "input" + suffix, body


@FUZZ
@given(case=input_files())
def test_readers_never_raise_and_report_only_known_errors(tmp_path_factory, case: tuple[str, bytes]):
    name, body = case
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(body)
    skipped: Counter[str] = Counter()
    outputs = list(read_input(InputFile(path, name, len(body)), max_page_bytes=1 << 20, skipped=skipped))
    assert outputs or skipped, "a file gives pages, errors rows, or container records counted as not pages"
    for out in outputs:
        if isinstance(out, PageError):
            assert out.error in READER_ERRORS, (out.error, out.message)
            assert out.doc_id == name or out.doc_id.startswith(name + "#")
        else:
            assert out.doc_id == name or out.doc_id.startswith(name + "#")
            assert isinstance(out.data, bytes | str) and out.data
