"""Pass 1 reads markup's text nodes, skipping what the extractors never see: <script> and <style>."""

from __future__ import annotations

import random

from pipeline import clean_page
from pipeline.process import default_steps, new_page, raw_page_from
from pipeline.readers.parse import decode_page
from pipeline.strip.templates import learn, line_hash, markup_texts, observe, page_texts
from tests.batch.pages import FOOTER, article_html


def decoded(html: str):
    return decode_page(new_page(raw_page_from(html.encode("utf-8"), name="page.html")))


def test_script_and_style_text_is_skipped_and_the_text_after_them_kept():
    html = (
        "<html><head><title>t</title><STYLE type='text/css'>.a>b{color:red}</STYLE>"
        '<script>if (a<b) { x = ">首页<"; }</script  ></head>'
        "<body><div>首页</div><script src='x.js'></script>关于我们<p>正文。</p>"
        "<scripts>自定义元素</scripts><script>document.write('<p>未完</p>')"
    )
    assert markup_texts(html) == ["t", "首页", "关于我们", "正文。", "自定义元素"]
    assert page_texts(decoded(html)) == ["t", "首页", "关于我们", "正文。", "自定义元素"]
    observed = observe(decoded(html))
    assert line_hash("首页") in observed.hashes
    assert line_hash("未完") not in observed.hashes  # an unterminated script runs to the end
    assert line_hash("color:red}") not in observed.hashes


def test_scripts_repeated_on_every_page_are_not_learned_and_extraction_is_unchanged():
    rng = random.Random(8)
    script = "<script>var nav = '<li>网站首页</li>';</script>"
    pages = [article_html(rng, "某站").replace("</body>", script + "</body>") for _ in range(8)]
    templates = learn(observe(decoded(page)) for page in pages)
    (site_hashes,) = templates.by_site.values()
    assert line_hash(FOOTER) in site_hashes
    assert line_hash("网站首页") not in site_hashes
    steps = default_steps(templates=templates)
    record = clean_page(pages[0].encode("utf-8"), name="page.html", steps=steps)
    assert FOOTER not in record.text and record.text
