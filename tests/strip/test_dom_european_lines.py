"""Rules of the HTML main text for European pages: prev/next words that open sentences, bylines and
date lines, the lead in an article's header, link-box headers and press-release contact blocks."""

from __future__ import annotations

import pytest

from pipeline import clean_page
from pipeline.strip.patterns import CLOSING_CONTACT, CONTROL_LINE, PREV_NEXT, SENTENCE_CLOSE, WESTERN_META_LINE


@pytest.mark.parametrize(
    ("line", "link"),
    [
        ("Next post", True),
        ("Previous Article Chitting seed potatoes", True),
        ("Next: Beer traps versus copper tape", True),
        ("下一篇：关于做好防汛工作的通知", True),
        ("Next year I will repeat the test.", False),
        ("Previous studies found no effect.", False),
    ],
)
def test_prev_next_words_that_open_sentences(line: str, link: bool):
    assert bool(PREV_NEXT.match(line)) is link


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("Por Lucía Ferrer EFE", True),
        ("Von Katrin Vogel und Markus Brandt", True),
        ("Publicado el 13 may 2024, 12:30", True),
        ("Par Claire Dubois Publié le 14/05/2024 à 18h05", True),
        ("Por favor, llame antes de venir", False),
        ("Von Berlin aus fahren die Züge stündlich", False),
        ("By Monday", False),
    ],
)
def test_european_byline_and_date_lines(line: str, meta: bool):
    assert bool(WESTERN_META_LINE.match(line) and not SENTENCE_CLOSE.search(line)) is meta


def test_a_published_sentence_is_no_date_line():
    line = "Published in 1998, the book sold millions."
    assert WESTERN_META_LINE.match(line) and SENTENCE_CLOSE.search(line)


def test_share_rows_and_contact_headers():
    assert CONTROL_LINE.match("Compartir en Facebook · Compartir en X · WhatsApp")
    assert CONTROL_LINE.match("Partager sur Facebook Partager sur X Envoyer par e-mail")
    assert not CONTROL_LINE.match("Compartir en familia es lo mejor")
    assert CLOSING_CONTACT.match("Media contact:")
    assert CLOSING_CONTACT.match("Pressekontakt")
    assert not CLOSING_CONTACT.match("Media contacts with the ministry were frequent.")


BODY = (
    "<p>The council adopted the plan on Tuesday after a long debate about the costs and the timetable.</p>"
    "<p>Work on the first section of the new line is expected to start next spring, the council said.</p>"
)
PAGE = (
    "<html><head><title>Council approves tram line</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav><main><article>"
    "<header><h1>Council approves tram line</h1>"
    "<p class='standfirst'>The new tram line will link the station with the hospital. It opens in 2027.</p>"
    "<div>Por Ana Ruiz Gómez</div></header>"
    "<div class='article-body'>" + BODY + "<div><h2>Related topics</h2><ul><li><a href='/t/tram'>Trams</a></li>"
    "<li><a href='/t/council'>Council</a></li></ul></div>"
    "<p>Next year the council will decide on a second line to the university campus.</p>"
    "<p><strong>Media contact:</strong><br>Jo Bloggs<br>press@council.example</p></div>"
    "</article></main></body></html>"
)


def test_lead_kept_and_box_header_byline_and_contact_dropped():
    text = clean_page(PAGE, name="tram.html").text
    assert text.startswith("The new tram line will link the station with the hospital.")
    assert "The council adopted the plan on Tuesday" in text
    assert text.endswith("Next year the council will decide on a second line to the university campus.")
    for junk in ("Por Ana Ruiz", "Related topics", "Trams", "Media contact", "press@council.example"):
        assert junk not in text
