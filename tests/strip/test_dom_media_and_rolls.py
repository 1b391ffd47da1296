"""Photo galleries inside an article, a skip link's target, a broadcaster's availability line and a
blog post whose body is a list of links: small pages of our own making, shaped like real ones."""

from __future__ import annotations

from pipeline.page import Page
from pipeline.process import new_page, raw_page_from
from pipeline.readers.parse import parse_page
from pipeline.strip.dom import extract_dom
from pipeline.strip.dom_blocks import NAV, classify_names

PARAGRAPHS = [
    "The city council voted on Tuesday to expand the bus network to three new districts, officials said.",
    "The plan adds twelve routes and forty buses, and it will be paid for by a regional transport grant.",
    "Residents of the outer districts have asked for better connections for years, the mayor told reporters.",
    "The first new routes are expected to open next spring, once the drivers have been hired and trained.",
]
CAPTION = "The mayor, left, speaks with residents at a bus stop in the northern district on Monday, Nov. 18, 2019."


def extract(html: str) -> Page:
    page = parse_page(new_page(raw_page_from(html.encode("utf-8"), name="page.html")))
    return extract_dom(page)


def test_photo_gallery_at_the_top_of_the_article_body_is_not_text():
    slides = "".join(
        f'<li class="gallery-item"><img src="/p{i}.jpg"><p>{CAPTION} less</p><p>Photo: Staff, AP</p>'
        f"<p>Image {i} of 3</p></li>"
        for i in range(1, 4)
    )
    html = f"""<html><head><title>Council expands bus network</title></head><body>
<h1>Council expands bus network</h1>
<div class="article-body">
<div class="asset_gallery"><ul class="slides">{slides}</ul><p>Back to Gallery</p></div>
{"".join(f"<p>{text}</p>" for text in PARAGRAPHS)}
</div></body></html>"""
    page = extract(html)
    assert page.paragraphs == PARAGRAPHS


def test_a_skip_links_target_is_the_main_content_not_navigation():
    assert not classify_names("main skip-main")[0] & NAV
    assert not classify_names("skip-content")[0] & NAV
    assert classify_names("skip-link")[0] & NAV  # the link itself is navigation
    html = f"""<html><head><title>Council expands bus network</title></head><body>
<a class="skip-link" href="#main">Skip to content</a>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>
<main class="main skip-main"><h1>Council expands bus network</h1>
{"".join(f"<p>{text}</p>" for text in PARAGRAPHS)}</main>
<div class="footer"><p>Copyright 2024 City News. All rights reserved.</p></div></body></html>"""
    page = extract(html)
    assert page.paragraphs == PARAGRAPHS


def test_how_long_a_video_stays_online_is_not_text():
    text = "Der Stadtrat hat am Dienstag beschlossen, das Busnetz auf drei neue Stadtteile auszuweiten."
    html = f"""<html><head><title>Stadtrat erweitert Busnetz</title></head><body>
<h1>Stadtrat erweitert Busnetz</h1><div class="content">
<p>{text}</p><p>{text.replace("Dienstag", "Mittwoch")}</p><dl><dt>Video verfügbar bis 28.02.2021</dt></dl>
</div></body></html>"""
    page = extract(html)
    assert "Video verfügbar bis 28.02.2021" not in page.paragraphs
    assert text in page.paragraphs


def roll_post(note: str) -> str:
    """A blog post whose body is a list of links, each with its source, and a short note after it."""
    items = "".join(
        f'<li><p class="link"><a href="https://example.org/{i}">Story number {i} about the city budget</a></p>'
        f'<p class="description">via Example News <a href="https://example.org/">https://example.org</a></p></li>'
        for i in range(1, 8)
    )
    return f"""<html><head><title>Links of the day | My blog</title></head><body>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul>
<article class="post"><header class="entry-header"><h1 class="entry-title">Links of the day</h1>
<div class="entry-meta">January 23, 2020</div></header>
<div class="entry-content"><ul class="linkroll">{items}</ul><p>{note}</p>
<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#">Email</a></li></ul></div></div></article>
<aside class="sidebar"><h2>Archives</h2><ul><li><a href="/2019">2019</a></li></ul></aside></body></html>"""


def test_a_post_whose_body_is_a_list_of_links_keeps_the_links():
    page = extract(roll_post("Posted from my bookmarks. The rest of my favorite links are here."))
    assert "Story number 1 about the city budget" in page.paragraphs
    assert "Story number 7 about the city budget" in page.paragraphs
    assert any(line.startswith("via Example News") for line in page.paragraphs)
    assert "Home" not in page.paragraphs and "2019" not in page.paragraphs


def test_a_post_with_real_text_after_its_links_stays_an_article():
    note = " ".join(PARAGRAPHS)  # more than a note: the list is the post's sources, the text is the article
    page = extract(roll_post(note))
    assert page.record.page_type == "article"
    assert page.paragraphs == [note]
