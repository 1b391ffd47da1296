"""The HTML parser as a browser reads markup: nothing after a stray </html> is lost."""

from __future__ import annotations

import pytest
from lxml import etree

import pipeline
from pipeline.readers.html import parse_html

HEADER_INCLUDE = (
    "<html><head><meta charset='utf-8'><title>关于调整公交线路的通知_通知公告_某市人民政府</title></head><body>"
    "<div class='header'><a href='/'>首页</a> <a href='/xxgk/'>信息公开</a></div>\n</html>\n<!--end header-->\n"
)
ARTICLE = (
    "<div class='content'><h1>关于调整公交线路的通知</h1><div>发布时间：2024-03-05 来源：市交通运输局</div>"
    "<div class='TRS_Editor'><p>为方便市民出行，经研究决定，自2024年3月10日起对部分公交线路进行调整。</p>"
    "<p>调整后的线路走向和站点设置详见附件，请广大市民相互转告。</p></div></div></body></html>"
)


def _text(root: etree._Element) -> str:
    return "".join(root.itertext())


@pytest.mark.parametrize("end_tag", ["</html>", "</HTML>", "</Html >"])
def test_markup_after_a_stray_html_end_tag_is_parsed(end_tag: str) -> None:
    # A CMS includes a header file written as a whole document: its </html> closes nothing in a browser.
    root = parse_html(HEADER_INCLUDE.replace("</html>", end_tag) + ARTICLE)
    assert root is not None
    assert "自2024年3月10日起对部分公交线路进行调整" in _text(root)
    assert "首页" in _text(root)


def test_a_closing_html_tag_followed_by_comments_only_changes_nothing() -> None:
    markup = "<html><body><p>正文。</p></body></html>\n<!-- cached 0.12 s -->\n"
    as_parsed = etree.fromstring(markup.encode(), etree.HTMLParser(encoding="utf-8", remove_comments=True))
    assert etree.tostring(parse_html(markup), encoding="unicode") == etree.tostring(as_parsed, encoding="unicode")


def test_the_article_after_an_included_header_becomes_the_record() -> None:
    record = pipeline.clean_page((HEADER_INCLUDE + ARTICLE).encode(), name="notice.html")
    assert record.title == "关于调整公交线路的通知"
    assert record.published == "2024-03-05"
    assert record.source == "市交通运输局"
    assert record.text.startswith("为方便市民出行")
    assert record.text.endswith("请广大市民相互转告。")
