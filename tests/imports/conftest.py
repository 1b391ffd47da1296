"""Two runs' output to import: a real run over raw/ plus tricky pages, then a rerun.

``first_run`` is ``pipeline.run`` over the bundled raw/ samples and pages of our own making
(Chinese text, several paragraphs, ASCII and Chinese quotes, commas, a paragraph starting with
``=``, a page with almost nothing found). ``rerun`` is what a later run writes (through the
pipeline's own writers): one page changed (a field emptied, lists filled), one unchanged, and new
records holding every awkward value a cell can: lists with quotes and backslashes, every
``published`` precision and invalid dates, CR/LF, tabs, control characters, characters outside
the BMP, an empty text, and a text longer than DuckDB's default 2 MB line.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline import run
from pipeline.record import FIELD_NAMES, Record
from pipeline.writers import RecordWriters
from tests.imports.support import ROOT, Workdir, read_jsonl

GOV_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>市政府召开常务会议 研究部署“十四五”规划_政务要闻_某某市人民政府</title>
<meta name="publishdate" content="2021-02-20 09:30"></head><body>
<div class="nav">首页 &gt; 政务要闻</div>
<div class="article"><h1>市政府召开常务会议 研究部署“十四五”规划</h1>
<div class="info">发布时间：2021-02-20 09:30 来源：市政府办公室 作者：王五、赵六</div>
<div class="TRS_Editor">
<p>2月20日，市长主持召开市政府常务会议，研究部署“十四五”规划编制工作。会议指出, 要坚持问题导向,"抓重点、补短板"。</p>
<p>会议强调，各部门要加强协调配合，确保规划编制工作按时完成，为全市经济社会发展提供有力支撑。</p>
<p>=HYPERLINK("http://evil.example","点击") 这段文字以等号开头，电子表格会把它当成公式。</p>
</div><div class="editor">责任编辑：孙七</div></div>
<div class="footer">版权所有 某某市人民政府</div></body></html>"""

FEED = [
    {
        "url": "https://www.example.gov.cn/art/2023/5/8/art_1,2.html?a=1,b=2",
        "title": '关于“资金”的说明, 含逗号和"引号"',
        "text": (
            '关于“资金”的说明, 含逗号和"引号"\n'
            "=SUM(A1:A9) 这一行以等号开头，电子表格会把它当公式。\n"
            '第二段：他说"你好"，然后离开了, 留下一个逗号。\n'
            "第三段：引号“中文”和'单引号'，还有分号; 以及反斜杠\\。\n"
            "来源：新华网 作者：张三 责任编辑：李四"
        ),
    },
    {"text": 'Short English page\nOnly one paragraph here, with a comma and a "quote".'},
]

LONG_TEXT = "长" * 1_100_000  # 3.3 MB in UTF-8: over DuckDB's default 2 MB line


def _crafted(doc_id: str, **fields) -> Record:
    text = fields.pop("text", "正文。")
    return Record(doc_id=doc_id, text=text, n_chars=len(text), input_format="html", encoding="utf-8", **fields)


def rerun_records(first: list[dict]) -> list[Record]:
    # Every field but the key changes (one of them to empty), so every column of the upsert shows.
    old = next(record for record in first if record["url"])
    changed = Record(**old)
    changed.url = None
    changed.title = '更新后的标题, "已修改"'
    changed.published = "2020-01-02T03:04"
    changed.source = "新来源"
    changed.authors = ["徐文燕", "叶瑞胜"]
    changed.editors = ["新编辑"]
    changed.section = "新栏目"
    changed.site_name = "新站点"
    changed.lang = "ko"
    changed.page_type = "forum"
    changed.text = changed.text + "\n补充一段。"
    changed.n_chars = len(changed.text)
    changed.input_format = "jsonl.gz"
    changed.encoding = "big5hkscs"
    changed.repairs += 1
    changed.duplicate_of = "rerun/month.html"
    changed.warnings = ["changed"]
    assert all(getattr(changed, name) != old[name] for name in FIELD_NAMES if name != "doc_id"), old
    unchanged = Record(**next(record for record in first if record["doc_id"] != old["doc_id"]))
    return [
        changed,
        unchanged,
        _crafted(
            "rerun/lists 列表.html",
            title='标题 "quoted", 逗号',
            published="2021-02-20",
            authors=['O"Brien', "back\\slash", "欧阳 修"],
            editors=["李明"],
            warnings=["w1: odd, value", "w2"],
            text='He said "hello", then left.\nSecond line, with a comma\r\nCRLF and a lone\rCR',
        ),
        _crafted("rerun/month.html", published="2021-02", text="tab\there, and 控制字符\x01\x07\x1b in the text"),
        _crafted("rerun/minute.html", published="2021-02-20T09:30", text="=SUM(A1:A9) looks like a formula"),
        _crafted("rerun/second.html", published="2024-02-29T23:59:58", text="-1+2 and @cmd and +x"),
        _crafted("rerun/bad-day.html", published="2021-02-30", text="  leading and trailing spaces  "),
        _crafted("rerun/bad-month.html", published="2021-13", text="semi; colons; inside"),
        _crafted("rerun/astral.html", title="𠀀𠀁 生僻字 and emoji 😀", text="CJK Extension B 𠀀𠀁 and 😀"),
        _crafted("rerun/empty-text.html", text="", url="http://example.com/?q=a,b", duplicate_of="rerun/month.html"),
        _crafted("rerun/long.html", text=LONG_TEXT, lang="zh"),
    ]


@pytest.fixture(scope="session")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("first-run")
    pages = base / "input"
    shutil.copytree(ROOT / "raw", pages)
    (pages / "tricky").mkdir()
    (pages / "tricky" / "政府 页面.html").write_text(GOV_PAGE, encoding="utf-8")
    (pages / "tricky" / "feed.jsonl").write_text(
        "".join(json.dumps(obj, ensure_ascii=False) + "\n" for obj in FEED), encoding="utf-8"
    )
    output = base / "cleaned"
    summary = run(pages, output, workers=1)
    assert summary.records > 0
    return output


@pytest.fixture(scope="session")
def rerun(first_run: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("rerun")
    writers = RecordWriters(output, ("csv", "jsonl", "parquet"))
    for record in rerun_records(read_jsonl(first_run)):
        writers.write(record)
    writers.close()
    return output


@pytest.fixture
def workdir(tmp_path: Path) -> Workdir:
    return Workdir(tmp_path)
