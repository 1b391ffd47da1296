"""An article cut into parts by an inline box, class names made by build tools, and the JSON-LD text of a page
whose markup holds none."""

from __future__ import annotations

import json

import pytest

from pipeline import clean_page
from pipeline.strip.dom_blocks import NAV, classify_names
from pipeline.strip.dom_jsonld import jsonld_paragraphs

TITLE = "Gewerkschaft droht mit Streik"
# An article whose first part (eight short paragraphs, too many for a lead) is much shorter than its second: the
# second part, a "body-content" element (a content bonus), outweighs the element holding both.
FIRST = "".join(
    f"<p>{n}. Die Gewerkschaft nennt als Grund Nummer {n} für den Streik die gestiegenen Preise im Handel.</p>"
    for n in range(1, 9)
)
SECOND = "".join(
    f"<p>{n}. Am Freitag wollen beide Seiten erneut zusammenkommen, um über Punkt {n} der Forderungen zu reden, "
    "ein Termin für die nächste Runde der Verhandlungen steht aber noch nicht fest.</p>"
    for n in range(9, 25)
)
RELATED_BOX = (
    "<section class='related-note'><span>Lesen Sie auch</span>"
    "<a href='/a'>Preise steigen weiter: Was Verbraucher jetzt wissen müssen</a></section>"
)


def _page(body: str, title: str = TITLE) -> str:
    more = "".join(f"<li><a href='/w{i}'>Weitere Meldung aus der Wirtschaft Nummer {i}</a></li>" for i in range(4))
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<nav><a href='/'>Start</a> <a href='/politik'>Politik</a> <a href='/wirtschaft'>Wirtschaft</a></nav>"
        f"<main><h1>{title}</h1><div class='col'>{body}<h3>Mehr aus dem Ressort</h3><ul>{more}</ul></div></main>"
        "<footer><a href='/impressum'>Impressum</a> <a href='/datenschutz'>Datenschutz</a></footer></body></html>"
    )


def _text(html: str) -> str:
    return clean_page(html.encode(), name="page.html").text or ""


def test_both_parts_of_an_article_cut_by_a_related_box_are_kept():
    body = (
        f"<section class='detail-body first'><div class='body-content'>{FIRST}</div></section>{RELATED_BOX}"
        f"<section class='detail-body'><div class='body-content'>{SECOND}</div></section>"
    )
    text = _text(_page(body))
    assert "1. Die Gewerkschaft nennt als Grund Nummer 1" in text
    assert "8. Die Gewerkschaft nennt als Grund Nummer 8" in text
    assert "24. Am Freitag wollen beide Seiten" in text
    assert "Preise steigen weiter" not in text  # the box between the parts


def test_a_part_named_like_the_article_but_after_a_long_run_of_furniture_stays_out():
    menu = "".join(f"<li><a href='/t{i}'>Thema Nummer {i}</a></li>" for i in range(15))
    body = (
        f"<div class='body-content'>{FIRST}{SECOND}</div><ul class='topics'>{menu}</ul>"
        "<div class='body-content'><p>Seit 2006 hilft unser Forum Haltern bei allen Fragen rund um ihr Tier, "
        "werden Sie noch heute Mitglied in unserer großen Gemeinschaft.</p></div>"
    )
    text = _text(_page(body))
    assert "Am Freitag wollen beide Seiten" in text
    assert "Seit 2006 hilft unser Forum" not in text


def test_a_same_named_element_holding_only_links_is_no_part():
    links = "<div class='body-content'><p><a href='/x'>Alle Meldungen aus der Wirtschaft im Überblick</a></p></div>"
    body = f"<div class='body-content'>{FIRST}{SECOND}</div>{RELATED_BOX}{links}"
    text = _text(_page(body))
    assert "Am Freitag wollen beide Seiten" in text
    assert "Alle Meldungen aus der Wirtschaft" not in text


def test_the_walk_lists_the_content_named_containers():
    from pipeline.readers.html import parse_html
    from pipeline.strip.dom_blocks import segment

    segmented = segment(parse_html(_page(f"<div class='body-content'>{FIRST}</div><div class='x'>{SECOND}</div>")))
    assert segmented.named == [container for container in segmented.containers if container.bonus > 1.0]
    assert [container.element.get("class") for container in segmented.named] == ["body-content"]


@pytest.mark.parametrize(
    ("names", "navigation"),
    [
        ("ImageText_Container__Gg7MW ImageText_Right__J-CZe", False),  # "gg" of a hash is no ad
        ("BasePageLayout_Main__2pNav", False),  # "Nav" of a hash is no menu
        ("css-1q8g2ad-Box", False),  # "ad" of a CSS-in-JS hash
        ("container___2vv8Q", False),
        ("css-1q8g2x-AdSlot", True),  # the label after the hash is the author's word
        ("post__footer", True),  # a BEM element is a word, no hash
        ("Card__Footer", True),
        ("post__share-2", True),  # a BEM element numbered
        ("Card__ShareBar", True),
        ("SiteHeader_Nav__x1Y2z", True),  # the local name says it
    ],
)
def test_build_tool_hashes_in_class_names_name_nothing(names: str, navigation: bool):
    bits, _ = classify_names(names)
    assert bool(bits & NAV) is navigation


CONSENT = (
    "Um Deine persönlichen Daten zu schützen, haben wir das automatische Laden der Inhalte von twitter.com blockiert. "
    "Wenn Dir Inhalte dieses Anbieters angezeigt werden sollen, stimme bitte den unten genannten Bedingungen zu."
)


def test_an_article_in_hashed_css_module_classes_is_read_whole():
    sentences = (
        "Der Olympiasieger im Stabhochsprung dominierte bei seinem Saisonauftakt die Konkurrenz deutlich.",
        "Der französische Hürdenläufer begann seine Saison ebenfalls mit einem Paukenschlag in Frankreich.",
        "Im Weitsprung übertraf der Schwede als einziger Athlet die Marke von acht Metern an diesem Abend.",
    )
    sections = [
        f"<article class='ImageText_Container__Gg7MW'><header class='ImageText_Description__l-wax'>"
        f"<div class='Richtext_Block__StyGq'><p>{sentence}</p></div></header></article>"
        for sentence in sentences
    ]
    embed = f"<div class='Embed_Consent__x8Kq2'><p>{CONSENT}</p><p>Externer Inhalt</p></div>"
    html = (
        f"<html><head><title>{TITLE}</title></head><body><div id='__next'>"
        f"<main class='BasePageLayout_Main__2pNav'><h1>{TITLE}</h1><section class='PageSection_Section__1HC_2'>"
        f"{sections[0]}{embed}{sections[1]}{sections[2]}</section></main></div></body></html>"
    )
    text = _text(html)
    assert "dominierte bei seinem Saisonauftakt" in text
    assert "Im Weitsprung übertraf der Schwede" in text
    assert "persönlichen Daten zu schützen" not in text  # the placeholder of the blocked embed


# --- JSON-LD text of a page rendered in the browser ---

BODY = (
    "Die Gewerkschaft fordert sechzig Prozent mehr Lohn.\n\nDie Verhandlungen sind am Dienstag ohne Ergebnis "
    "zu Ende gegangen, hieß es aus Verhandlungskreisen."
)


def _shell(jsonld: dict, body: str = "<div id='app'></div>") -> str:
    return (
        f"<html><head><title>{TITLE}</title><script type='application/ld+json'>{json.dumps(jsonld)}</script>"
        f"</head><body><nav><a href='/'>Start</a> <a href='/politik'>Politik</a></nav>{body}</body></html>"
    )


def test_an_empty_shell_gives_the_article_body_of_its_jsonld():
    text = _text(_shell({"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": BODY}))
    assert text.split("\n") == [
        "Die Gewerkschaft fordert sechzig Prozent mehr Lohn.",
        "Die Verhandlungen sind am Dienstag ohne Ergebnis zu Ende gegangen, hieß es aus Verhandlungskreisen.",
    ]


def test_a_how_to_gives_its_description_and_steps_markup_removed():
    howto = {
        "@type": "HowTo",
        "name": "Runde Tischdecke nähen",
        "description": "<p>Mit einer runden Tischdecke bekommt jeder runde Tisch eine weiche Note.</p>",
        "step": [
            {
                "@type": "HowToStep",
                "name": "Schritt 1",
                "itemListElement": {"@type": "HowToDirection", "text": "<p>Miss den Durchmesser &amp; den Fall.</p>"},
            },
            {"@type": "HowToStep", "text": "Schneide den Stoff <strong>rund</strong> zu.<br>Säume die Kante."},
        ],
    }
    assert jsonld_paragraphs([{"@type": "Organization", "name": "x"}, howto]) == [
        "Mit einer runden Tischdecke bekommt jeder runde Tisch eine weiche Note.",
        "Miss den Durchmesser & den Fall.",
        "Schneide den Stoff rund zu.",
        "Säume die Kante.",
    ]


def test_the_markup_text_wins_over_the_jsonld_copy():
    page = _shell(
        {
            "@type": "NewsArticle",
            "articleBody": "Eine Zusammenfassung aus dem JSON-LD, die so nicht sichtbar ist. " * 3,
        },
        body=f"<main><h1>{TITLE}</h1><div class='article-body'>{FIRST}{SECOND}</div></main>",
    )
    text = _text(page)
    assert "Am Freitag wollen beide Seiten" in text
    assert "Zusammenfassung aus dem JSON-LD" not in text


def test_a_short_jsonld_body_is_a_teaser_not_the_text():
    assert jsonld_paragraphs([{"@type": "NewsArticle", "articleBody": "Gewerkschaft droht mit Streik."}]) == []
    assert _text(_shell({"@type": "NewsArticle", "articleBody": "Gewerkschaft droht mit Streik."})) == ""
