"""The info table over (or under) a 政府信息公开 document is the document's: kept in the main text, one row per line,
in HTML (inside the content container or not) and in text dumps alike; a news page's byline lines are not one.
Pages of our own making, run through the whole pipeline."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.readers.html import markup_to_lines
from pipeline.readers.parse import markup_title
from pipeline.strip.info_table import find_info_tables

TITLE = "某市人民政府关于做好2024年防汛抗旱工作的通知"
ROWS = [
    ("索 引 号：", "11330600002592150L/2024-00077"),
    ("发文机关：", "某市人民政府"),
    ("成文日期：", "2024年03月01日"),
    ("标　　题：", TITLE),
    ("发文字号：", "某政发〔2024〕9号"),
    ("发布日期：", "2024年03月05日"),
]
ROW_LINES = [" ".join(f"{label} {value}".split()) for label, value in ROWS]  # "标 题： 某市…": spaces collapse
PARAGRAPHS = [
    "各县（市、区）人民政府，市政府各部门：",
    "为切实做好今年防汛抗旱工作，保障人民群众生命财产安全，经市政府同意，现就有关事项通知如下。",
    "一、压实防汛责任。各地要健全以行政首长负责制为核心的防汛责任体系，层层落实到人，确保不留死角。",
    "二、加强隐患排查。汛前要全面排查水库、堤防、山洪灾害危险区，发现问题立即整改，整改不到位不得度汛。",
]
BYLINE = "发布时间：2024-03-05 10:00 来源：某市人民政府办公室"
NARROW = "<table class='xxgk'>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in ROWS) + "</table>"


def _html(over: str = "", under: str = "", byline: str = BYLINE) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}_政策文件_某市人民政府</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a> <a href='/zcwj/'>政策文件</a></div>"
        "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a> &gt; 政策文件</div>"
        f"{over}<div class='article'><h1>{TITLE}</h1><div class='info'>{byline}</div>"
        f"<div class='content' id='zoom'>{body}</div></div>{under}"
        "<div class='footer'>版权所有：某市人民政府 网站标识码：3306000001</div></body></html>"
    )


def _dump(rows: list[str], byline_lines: list[str]) -> bytes:
    lines = [
        f"{TITLE}_政策文件_某市人民政府",
        "首页 政务公开 政策文件 互动交流",
        "当前位置：首页 > 政务公开 > 政策文件",
        *rows,
        TITLE,
        *byline_lines,
        "【字体：大 中 小】",
        *PARAGRAPHS,
        "【打印本页】【关闭窗口】",
        "版权所有：某市人民政府 网站标识码：3306000001",
    ]
    return "\n".join(lines).encode()


def test_a_table_over_the_headline_outside_the_content_container_is_kept_row_by_row() -> None:
    record = pipeline.clean_page(_html(over=NARROW).encode(), name="a.html")
    assert record.text.split("\n") == [*ROW_LINES, *PARAGRAPHS]  # the byline between them is still dropped
    assert record.published is not None and record.published.startswith("2024-03-05")  # still read from them
    assert record.source == "某市人民政府办公室"


def test_a_table_under_the_document_is_kept_after_it() -> None:
    record = pipeline.clean_page(_html(under=NARROW).encode(), name="a.html")
    assert record.text.split("\n") == [*PARAGRAPHS, *ROW_LINES]


def test_a_table_laid_out_as_a_list_is_kept_too() -> None:
    items = "<ul class='xxgk'>" + "".join(f"<li><b>{a}</b>{b}</li>" for a, b in ROWS) + "</ul>"
    record = pipeline.clean_page(_html(over=items).encode(), name="a.html")
    assert record.text.split("\n") == [*(" ".join(f"{a}{b}".split()) for a, b in ROWS), *PARAGRAPHS]  # (no cells)


def test_a_wide_table_keeps_its_two_pairs_per_row_on_one_line() -> None:
    wide = "<table>" + "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>"
        for (a, b), (c, d) in zip(ROWS[::2], ROWS[1::2], strict=True)
    )
    record = pipeline.clean_page(_html(over=wide + "</table>").encode(), name="a.html")
    assert record.text.split("\n")[:3] == [f"{a} {b}" for a, b in zip(ROW_LINES[::2], ROW_LINES[1::2], strict=True)]


def test_a_table_far_from_the_document_is_not_kept() -> None:
    # a sidebar of other documents' links, then a table: not over or under this document
    links = "".join(f"<li><a href='/d{i}.html'>某市人民政府办公室关于第{i}号文件的通知</a></li>" for i in range(12))
    record = pipeline.clean_page(_html(under=f"<ul class='list'>{links}</ul>{NARROW}").encode(), name="a.html")
    assert record.text.split("\n") == PARAGRAPHS


def test_the_html_and_the_dump_of_one_page_give_the_same_text() -> None:
    html = _html(over=NARROW)
    dump = "\n".join([markup_title(html) or "", *markup_to_lines(html)])  # cells on lines of their own
    from_html = pipeline.clean_page(html.encode(), name="a.html").text
    assert pipeline.clean_page(dump.encode(), name="a.txt").text == from_html


@pytest.mark.parametrize(
    "rows",
    [
        [f"{a}\t{b}" for a, b in ROWS],  # one label and its value per line
        [f"{a}\t{b}\t{c}\t{d}" for (a, b), (c, d) in zip(ROWS[::2], ROWS[1::2], strict=True)],  # two per line
        [cell for row in ROWS for cell in row],  # a label, then its value on the next line
    ],
    ids=["narrow", "wide", "cells"],
)
def test_a_dumps_table_over_the_headline_is_kept(rows: list[str]) -> None:
    record = pipeline.clean_page(_dump(rows, [BYLINE]), name="a.txt")
    lines = record.text.split("\n")
    assert lines[len(lines) - len(PARAGRAPHS) :] == PARAGRAPHS
    assert " ".join(lines[: len(lines) - len(PARAGRAPHS)]) == " ".join(ROW_LINES)  # the byline is not among them
    assert record.published is not None and record.published.startswith("2024-03-05")


def test_a_byline_line_right_over_or_under_the_table_is_not_one_of_its_rows() -> None:
    narrow = [f"{a}\t{b}" for a, b in ROWS]
    for rows in ([BYLINE, *narrow], [*narrow, BYLINE]):
        record = pipeline.clean_page(_dump(rows, []), name="a.txt")
        assert record.text.split("\n") == [*ROW_LINES, *PARAGRAPHS]


def test_an_empty_last_row_does_not_take_the_headline_for_its_value() -> None:
    record = pipeline.clean_page(_dump([*(f"{a}\t{b}" for a, b in ROWS), "主题词：\t"], []), name="a.txt")
    assert record.text.split("\n") == [*ROW_LINES, "主题词：", *PARAGRAPHS]


def test_a_news_pages_byline_lines_are_still_dropped() -> None:
    for byline in (
        [BYLINE],
        ["发布日期：2024-03-05", "来源：某市融媒体中心", "作者：王小明"],
        ["发布日期：2024-03-05 来源：某市融媒体中心 作者：王小明 浏览次数：1024"],
    ):
        record = pipeline.clean_page(_dump([], byline), name="a.txt")
        assert record.text.split("\n") == PARAGRAPHS, byline


def test_what_makes_a_table() -> None:
    def found(lines: list[str]) -> list[list[str]]:
        return [[text for _, text in table.rows] for table in find_info_tables(lines)]

    assert found(
        ["当前位置：首页 > 政务公开", "索引号： 123/2024-1 主题分类： 农业", "发文机关： 某市", BYLINE, "正文"]
    ) == [
        [
            "索引号： 123/2024-1 主题分类： 农业",
            "发文机关： 某市",
        ]  # a crumb over it and a byline under it are not its rows
    ]
    assert found(["索 引 号： | 123/2024-1", "发布日期： | 2024-03-05"]) == []  # two labels: too few
    assert (
        found(["发布日期：2024-03-05", "发布机构：某市人民政府", "分类：通知", "标题：关于…的通知"]) == []
    )  # none of its own
    assert found(["索引号：", "123/2024-1", "发文机关：", "某市", "成文日期：", "2024-03-01"]) == [
        ["索引号： 123/2024-1", "发文机关： 某市", "成文日期： 2024-03-01"]
    ]


def test_the_info_lines_of_a_list_pages_items_are_not_text() -> None:
    items = "".join(
        f"<li><a href='/doc{i}.html'>某市人民政府办公室关于做好第{i}批防汛物资储备工作的通知</a>"
        f"<p>索引号：113306/2024-{i:05d} 发布机构：某市人民政府办公室 发布日期：2024-03-{i + 1:02d}</p></li>"
        for i in range(12)
    )
    html = (
        "<html><head><meta charset='utf-8'><title>政策文件_某市人民政府</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a></div>"
        f"<div class='list'><ul>{items}</ul></div><div class='footer'>版权所有：某市人民政府</div></body></html>"
    )
    record = pipeline.clean_page(html.encode(), name="a.html")
    assert record.page_type == "list"
    assert "索引号" not in record.text  # an item's particulars, as its date: the list's titles only
