"""Pass 1 reads markup's text nodes, skipping what the extractors never see: <script> and <style>."""

from __future__ import annotations

import random
import sys

from pipeline import clean_page
from pipeline.process import default_steps, new_page, raw_page_from
from pipeline.readers.parse import decode_page
from pipeline.strip.patterns import NUMBERED_HEADING, SENTENCE_END, SENTENCE_LAST
from pipeline.strip.templates import (
    BUCKET_PAGES,
    MAX_TEMPLATE_LINE,
    MIN_COUNT,
    MIN_SHARE,
    MIN_SITE_PAGES,
    PROSE_MIN_SHARE,
    TEXT_HASH_CACHED_LENGTH,
    Observation,
    is_template_block,
    key_hash,
    learn,
    line_hash,
    markup_texts,
    may_start_numbered_heading,
    observe,
    page_texts,
    template_key,
)
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


def test_observation_hashes_each_text_s_template_key_and_marks_its_sentences():
    """observe removes the spaces of all texts at once: the same as hashing each text's ``template_key``
    (spaces of every kind, zero-width characters, indentation between tags) and testing each one."""
    texts = [
        "首页\n        ",
        "政务\u3000公开\u00a0",
        "关于\u200b我们",
        "a\x1cb\x1fc",  # separators ``str.split`` takes for spaces
        "一、总体要求",
        "（二）工作措施",
        "(3)附则",
        "12、其他",
        "三是加强领导",
        "１．全角编号",
        "特此通知。",
        "“好！”",
        "x" * (MAX_TEMPLATE_LINE + 1),
    ]
    body = "".join(f"<div>\n    <p>{text}</p>\n  </div>" for text in texts)
    observation = observe(decoded(f"<html><head><title>t</title></head><body>{body}</body></html>"))
    keys = [template_key(text) for text in ["t", *texts]]
    assert observation.hashes == {line_hash(key) for key in keys if len(key) <= MAX_TEMPLATE_LINE}
    sentences = {
        line_hash(key)
        for key in keys
        if (key[-1] in SENTENCE_LAST and len(key) >= 4 and SENTENCE_END.search(key)) or NUMBERED_HEADING.match(key)
    }
    assert observation.sentences == sentences
    assert {line_hash(text) for text in ("一、总体要求", "（二）工作措施", "(3)附则", "特此通知。")} <= sentences
    assert line_hash("三是加强领导") not in sentences


def test_template_blocks_are_found_alike_with_texts_seen_before_and_long_texts():
    """line_hash remembers short texts; the answers are those of the texts' keys, however often asked."""
    long_text = "长" * (TEXT_HASH_CACHED_LENGTH + 1)
    hashes = frozenset({key_hash("首页"), key_hash(template_key(long_text))})
    for _ in range(2):
        assert is_template_block(["首页 ", "\u200b", long_text], hashes)
        assert not is_template_block(["首页", "正文"], hashes)
        assert not is_template_block([" ", ""], hashes)
        assert line_hash(" 首 页 ") == key_hash("首页")
        assert line_hash("") == key_hash("")


def test_the_numbered_heading_pretest_never_skips_a_text_the_pattern_matches():
    """observe tests NUMBERED_HEADING only on keys whose first character may start one: every
    character that starts a match (each of its numerals, parentheses and every digit the pattern's
    ``\\d`` takes, across Unicode) passes the pretest."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if any(NUMBERED_HEADING.match(char + rest) for rest in ("、", ")", "一)", "1)")):
            assert may_start_numbered_heading(char), hex(code)
    assert not may_start_numbered_heading("关") and not may_start_numbered_heading("a")


def lossy_counting_reference(observations: list[Observation]) -> frozenset[int]:
    """Manku-Motwani lossy counting as written out in the paper's terms, for one site: per kept hash
    its count since kept and the pages it may have missed (the bucket it was kept in), pruned at each
    bucket's end; template lines reach the share with both added."""
    counts: dict[int, int] = {}
    missed: dict[int, int] = {}
    sentences: set[int] = set()
    for pages, observation in enumerate(observations, 1):
        for value in observation.hashes:
            if value not in counts:
                counts[value], missed[value] = 0, (pages - 1) // BUCKET_PAGES
            counts[value] += 1
        sentences |= observation.sentences
        if pages % BUCKET_PAGES == 0:
            for value in [v for v in counts if counts[v] + missed[v] <= pages // BUCKET_PAGES]:
                del counts[value], missed[value]
            sentences &= counts.keys()
    if len(observations) < MIN_SITE_PAGES:
        return frozenset()
    share = {False: max(MIN_COUNT, MIN_SHARE * len(observations))}
    share[True] = max(MIN_COUNT, PROSE_MIN_SHARE * len(observations))
    return frozenset(v for v in counts if counts[v] + missed[v] >= share[v in sentences])


def test_learning_keeps_the_lines_lossy_counting_keeps():
    """learn keeps one number per hash (count and missed pages added): the same templates as the two."""
    rng = random.Random(6)
    learned_lines = 0
    for _ in range(20):
        pages = []
        total = rng.randint(1, 300)
        for page in range(total):
            lines = {value for value in range(80) if rng.random() < (value % 10) / 10}
            late = page > total / 2  # lines rare at first (forgotten), frequent later: their missed pages count
            lines |= {value for value in range(100, 140) if rng.random() < (0.01 * (value % 10) + 0.3 * late)}
            lines |= {rng.getrandbits(64) for _ in range(rng.randint(0, 20))}
            pages.append(Observation("s", frozenset(lines), frozenset(v for v in lines if v % 3 == 0)))
        learned = learn(pages).by_site.get("s", frozenset())
        assert learned == lossy_counting_reference(pages)
        learned_lines += len(learned)
    assert learned_lines > 100
