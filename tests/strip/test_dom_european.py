"""European article pages: picture credits, page furniture, appeals and comment headers closing the
article, the lead of an article header, and a logo's <h1> before the headline."""

from __future__ import annotations

import pytest

from pipeline import clean_page
from pipeline.strip.patterns import (
    CLOSING_APPEAL,
    CONSENT_PLACEHOLDER,
    CREDIT_TAIL,
    EUROPEAN_FURNITURE,
    LICENCE_LINE,
    SOURCE_LINE,
)

BODY_DE = (
    "<p>Der Gemeinderat hat am Dienstag nach langer Debatte den Bau der neuen Straßenbahnlinie beschlossen.</p>"
    "<p>Die Arbeiten am ersten Abschnitt sollen im kommenden Frühjahr beginnen, teilte die Stadt mit.</p>"
    "<p>Die Kosten werden auf rund 80 Millionen Euro geschätzt, der Bund übernimmt den größten Teil davon.</p>"
)


def _page(body: str, title: str = "Stadtrat beschließt Straßenbahn", before: str = "") -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<nav><a href='/'>Start</a> <a href='/politik'>Politik</a> <a href='/sport'>Sport</a></nav>"
        f"{before}<main><article><h1>{title}</h1><div class='entry-content'>{body}</div></article></main>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO", True),
        ("Saksan liittokansleri Angela Merkel Berliinissä. Kuva: ALEXANDER BECHER", True),
        ("Das Hermelin ist im Winter gut getarnt. (mlharing / iStock.com)", True),
        ("Puerto de Montevideo. Foto: Archivo El País.", True),
        ("Die Zahl stieg im Jahr 2021 deutlich (Quelle: Destatis)", False),
        ("Er fotografierte das Bild selbst.", False),
    ],
)
def test_picture_credit_at_the_end_of_a_line(line: str, credited: bool):
    assert bool(CREDIT_TAIL.search(line)) is credited


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Reklama", True),
        ("Anzeige", True),
        ("Rezept drucken Bei Pinterest speichern", True),
        ("Vorschau auf den nächsten Artikel", True),
        ("Article suivant", True),
        ("Permalien https://p.dw.com/p/RPYx", True),
        ("Themen: Ehrenamt Jugendverbände", True),
        ("Schlagwörter: Energie, Klima", True),
        ("Aufrufe: 1120 | Hinzugefügt von: Posh", True),
        ("Explore further", True),
        ("Warning: Creating default object from empty value in /www/htdocs/wp-includes/classes.php on line 407", True),
        ("Anzeigen von Bürgern nahm die Polizei auf.", False),
        ("Themenwoche im Rathaus beginnt am Montag", False),
        ("Der nächste Artikel der Verfassung regelt das Wahlrecht.", False),
    ],
)
def test_european_furniture_lines(line: str, furniture: bool):
    assert bool(EUROPEAN_FURNITURE.match(line)) is furniture


def test_source_and_licence_lines():
    assert SOURCE_LINE.match("Źródło: ISBnews")
    assert SOURCE_LINE.match("Quelle: dpa")
    assert SOURCE_LINE.match("iStock.com")
    assert not SOURCE_LINE.match("Quelle: Die Stadt hat den Plan bestätigt. Der Bau beginnt.")
    assert LICENCE_LINE.search("Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.")
    assert LICENCE_LINE.search("This work is licensed under a Creative Commons Attribution 4.0 License.")
    assert not LICENCE_LINE.search("Creative Commons wurde 2001 in den USA gegründet.")


@pytest.mark.parametrize(
    ("line", "closing"),
    [
        ("Gefällt dir unser Klettermagazin? Wir verzichten auf eine Bezahlschranke.", True),
        ("Unterstütze das Projekt:", True),
        ("If you enjoyed reading this post – would you consider supporting our work?", True),
        ("Follow The Gazette on Twitter and Instagram @gazette", True),
        ("Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)", True),
        ("3 Comments on “Tram line approved”", True),
        ("Kontakt:", True),
        ("Kontakt zu den Behörden gab es nicht.", False),
        ("No one commented on the decision.", False),
        ("Unterstützung kam auch von der Opposition.", False),
    ],
)
def test_lines_closing_an_article(line: str, closing: bool):
    assert bool(CLOSING_APPEAL.match(line)) is closing


def test_captions_with_credits_dropped_plain_captions_kept():
    body = (
        "<figure><img src='a.jpg'><figcaption>Die Trasse am Hauptbahnhof. Foto: Stadtwerke/Archiv</figcaption></figure>"
        + BODY_DE
        + "<p>Bürgermeisterin Lena Hofmann bei der Sitzung. © dpa / JENS MÜLLER</p>"
        "<figure><img src='b.jpg'><figcaption>So soll die Haltestelle am Markt aussehen.</figcaption></figure>"
        "<p>Źródło: ISBnews</p>"
    )
    text = clean_page(_page(body), name="tram.html").text
    assert "Der Gemeinderat hat am Dienstag" in text
    assert "So soll die Haltestelle am Markt aussehen." in text
    for junk in ("Foto: Stadtwerke", "Die Trasse am Hauptbahnhof", "JENS MÜLLER", "Lena Hofmann", "Źródło"):
        assert junk not in text


def test_furniture_lines_inside_the_article_dropped():
    body = (
        "<p>Anzeige</p>"
        + BODY_DE
        + "<p>drukuj</p><p>Themen: Verkehr Stadtrat</p><p>Permalink https://example.org/p/123</p>"
        "<p>Warning: Undefined variable $post in /var/www/html/wp-content/themes/x/single.php on line 12</p>"
    )
    text = clean_page(_page(body), name="tram.html").text
    assert "der Bund übernimmt den größten Teil davon." in text
    for junk in ("Anzeige", "drukuj", "Themen:", "Permalink", "Warning:", "single.php"):
        assert junk not in text


def test_support_appeal_and_comment_header_end_the_article():
    body = (
        BODY_DE + "<p>Gefällt dir unser Magazin? Wir verzichten auf eine Bezahlschranke, damit alle Leserinnen und "
        "Leser unsere Artikel lesen können. Unterstütze uns mit einem kleinen Betrag.</p>"
        "<p>Jeder Beitrag hilft uns, unabhängig von Werbung zu bleiben.</p>"
    )
    text = clean_page(_page(body), name="tram.html").text
    assert text.endswith("der Bund übernimmt den größten Teil davon.")
    body = BODY_DE + "<h3>Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)</h3>"
    text = clean_page(_page(body), name="tram.html").text
    assert text.endswith("der Bund übernimmt den größten Teil davon.")


def test_an_appeal_word_early_in_a_long_article_does_not_end_it():
    body = (
        "<p>Unterstütze die Kampagne, riefen die Demonstranten am Samstag vor dem Rathaus.</p>"
        + BODY_DE
        + BODY_DE.replace("Dienstag", "Mittwoch")
    )
    text = clean_page(_page(body), name="tram.html").text
    assert "Unterstütze die Kampagne" in text  # nothing kept before it: not a closing appeal
    assert "am Mittwoch nach langer Debatte" in text


def test_lead_in_an_article_header_after_a_logo_h1():
    page = (
        "<html><head><title>Stadtrat beschließt Straßenbahn | Stadtblatt</title></head><body>"
        "<header class='site'><h1><a href='/'>Das Stadtblatt für Musterstadt</a></h1>"
        "<nav><a href='/'>Start</a> <a href='/politik'>Politik</a></nav></header><main>"
        "<header class='article-header'><p>News vom 23.01.2020</p><h1>Stadtrat beschließt Straßenbahn</h1>"
        "<p>Von Miriam Muster</p>"
        "<div class='teaser'><p>Nach jahrelangem Streit ist die Entscheidung gefallen. Die Linie fährt ab 2027 an.</p>"
        "</div><p>Veröffentlicht am 23.01.2020</p></header>"
        "<div class='article-content'>" + BODY_DE + "</div></main></body></html>"
    )
    record = clean_page(page, name="tram.html")
    assert record.text.startswith("Nach jahrelangem Streit ist die Entscheidung gefallen. Die Linie fährt ab 2027 an.")
    assert "Der Gemeinderat hat am Dienstag" in record.text
    assert "Von Miriam Muster" not in record.text


def test_lead_in_a_header_element_right_after_the_headline():
    page = (
        "<html><head><title>Parlament vertagt Votum</title></head><body><main><article>"
        "<h1>Parlament vertagt Votum</h1>"
        "<div class='o-article-header'><p>19. Oktober 2019 16:14 Uhr</p>"
        "<p>Schwere Schlappe für die Regierung: Der Premier muss eine Verlängerung der Frist beantragen.</p></div>"
        "<div class='rtf-content-wrapper'>" + BODY_DE + "</div></article></main></body></html>"
    )
    text = clean_page(page, name="votum.html").text
    assert text.startswith("Schwere Schlappe für die Regierung")
    assert "19. Oktober 2019" not in text


_TWEET = (
    "<div class='social-media-embed'><blockquote class='twitter-tweet'><p lang='de'>Die neue Linie fährt endlich "
    "bis zum Hauptbahnhof, das hat lange gedauert!</p>— Erika Muster (@erika) 12. März 2024</blockquote></div>"
)
_CONSENT = (
    "<div class='social-embed-placeholder'><p>Empfohlener redaktioneller Inhalt</p><p>An dieser Stelle findet Ihr "
    "einen externen Inhalt von Instagram, der den Artikel ergänzt. Ihr könnt ihn Euch mit einem Klick anzeigen "
    "lassen.</p><p>Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.</p></div>"
)


def test_an_embedded_post_the_article_quotes_is_text_but_its_consent_placeholder_is_not():
    record = clean_page(_page(BODY_DE + _TWEET + _CONSENT + BODY_DE.replace("Dienstag", "Mittwoch")).encode())
    assert "Die neue Linie fährt endlich bis zum Hauptbahnhof" in record.text
    assert "Empfohlener redaktioneller Inhalt" not in record.text
    assert "externe Inhalte angezeigt" not in record.text


@pytest.mark.parametrize(
    ("line", "placeholder"),
    [
        ("Empfohlener redaktioneller Inhalt", True),
        ("Externer Inhalt", True),
        ("This content is provided by Twitter, which may be using cookies and other technologies.", True),
        ("To view this content, you need to accept cookies.", True),
        ("Show external content", True),
        ("Externer Inhalt ist für den Artikel nicht nötig, sagte der Redakteur.", False),
        ("Der Inhalt des Vertrags wurde nicht veröffentlicht.", False),
        ("This content is the result of a year of reporting.", False),
    ],
)
def test_consent_placeholders(line: str, placeholder: bool):
    assert bool(CONSENT_PLACEHOLDER.match(line)) is placeholder
