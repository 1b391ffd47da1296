"""Furniture of European article pages: publishers' rights and opinion notices, blocked-embed placeholders, the
header of a tag box, a picture's enlarge control; and the composed (NFC) record text."""

from __future__ import annotations

import unicodedata

import pytest

from pipeline import clean_page
from pipeline.strip.dom_select import _is_boilerplate_line
from pipeline.strip.patterns import ARTICLE_END, CONSENT_PLACEHOLDER, EUROPEAN_FURNITURE, LINK_BOX_HEADER
from pipeline.text import join_paragraphs

TITLE = "Stadtrat beschließt Straßenbahn"
BODY = (
    "<p>Der Gemeinderat hat am Dienstag nach langer Debatte den Bau der neuen Straßenbahnlinie beschlossen.</p>"
    "<p>Die Arbeiten am ersten Abschnitt sollen im kommenden Frühjahr beginnen, teilte die Stadt mit.</p>"
    "<p>Die Kosten werden auf rund 80 Millionen Euro geschätzt, der Bund übernimmt den größten Teil davon.</p>"
)


def _text(body: str) -> str:
    html = (
        f"<html><head><title>{TITLE}</title></head><body>"
        "<nav><a href='/'>Start</a> <a href='/politik'>Politik</a> <a href='/sport'>Sport</a></nav>"
        f"<main><article><h1>{TITLE}</h1><div class='entry-content'>{body}</div></article></main></body></html>"
    )
    return clean_page(html.encode(), name="page.html").text or ""


def _boilerplate(line: str) -> bool:
    return _is_boilerplate_line(line, len("".join(line.split())))


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        (
            "Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone. Dalsze rozpowszechnianie artykułu "
            "za zgodą wydawcy INFOR PL S.A. Kup licencję",
            True,
        ),
        ("DER SPIEGEL 52/2018 Alle Rechte vorbehalten", True),
        ("© Le Temps. Tous droits réservés.", True),
        ("Todos los derechos reservados. Prohibida su reproducción total o parcial.", True),
        ("ALLE RECHTE VORBEHALTEN", True),
        (
            "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion des Freitag.",
            True,
        ),
        ("The views expressed in this article are those of the author and do not reflect our editorial policy.", True),
        ("Cette tribune ne reflète pas nécessairement la position de la rédaction.", True),
        # sentences of an article that speak of rights and opinions
        ("Die Bürger haben das Recht, ihre Meinung frei zu sagen, sagte die Ministerin.", False),
        ("Der Verein vertritt die Rechte der Mieter, die Meinung des Vorstands ist klar.", False),
        ("The opinions expressed at the hearing varied widely, the chairman said.", False),
        ("Die Autorin gibt die Meinung vieler Fachleute wieder, die den Plan ablehnen.", False),
    ],
)
def test_publishers_notices(line: str, notice: bool):
    assert _boilerplate(line) is notice


def test_a_closing_rights_notice_leaves_the_article_a_paragraph_on_rights_stays():
    text = _text(
        BODY + "<p>Anwohner haben das Recht, Einspruch zu erheben; alle Rechte der Eigentümer bleiben gewahrt.</p>"
        "<p>Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone. Dalsze rozpowszechnianie artykułu "
        "za zgodą wydawcy.</p>"
    )
    assert "alle Rechte der Eigentümer bleiben gewahrt" in text
    assert "wszelkie prawa zastrzeżone" not in text


@pytest.mark.parametrize(
    ("line", "placeholder"),
    [
        (
            "Um Deine persönlichen Daten zu schützen, haben wir das automatische Laden der Inhalte von twitter.com "
            "blockiert. Wenn Dir Inhalte dieses Anbieters angezeigt werden sollen, stimme bitte zu.",
            True,
        ),
        (
            "Ich bin einverstanden, dass ich diesen Inhalt angezeigt bekomme und dadurch meine personenbezogenen "
            "Daten an den Betreiber des Portals weitergegeben werden.",
            True,
        ),
        ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", True),
        ("To protect your privacy, this embedded content from YouTube has been blocked.", True),
        ("Um Ihre Daten zu schützen, sollten Sie ein sicheres Passwort wählen und es regelmäßig ändern.", False),
        ("Ich bin einverstanden, dass die Stadt den Park vergrößert, sagte der Anwohner.", False),
    ],
)
def test_placeholders_of_blocked_embeds(line: str, placeholder: bool):
    assert bool(CONSENT_PLACEHOLDER.match(line)) is placeholder


@pytest.mark.parametrize(
    ("line", "header"),
    [("Tags", True), ("Schlagwörter:", True), ("Themen", True), ("Tagsüber blieb es ruhig", False)],
)
def test_a_tag_box_header_ends_the_article(line: str, header: bool):
    assert bool(ARTICLE_END.match(line)) is header
    assert bool(LINK_BOX_HEADER.match(line)) is header


def test_the_tag_list_after_its_header_is_not_text_a_paragraph_on_topics_is():
    text = _text(
        "<p>Themen der Sitzung waren außerdem der Haushalt und die Sanierung der Schulen im Stadtteil.</p>"
        + BODY
        + "<h4>Tags</h4><p><span>Straßenbahn</span><span>Stadtrat</span><span>Verkehr</span></p>"
    )
    assert "Themen der Sitzung waren" in text
    assert "StraßenbahnStadtratVerkehr" not in text
    assert not text.endswith("Tags")


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Vergrößern Eine kleine runde Aussparung für die Facetime-Kamera im Display des iPhones 14.", True),
        ("Bild vergrößern", True),
        ("Click to enlarge", True),
        ("Die Stadt will den Park vergrößern.", False),
        ("Vergrößerung der Anlage beschlossen", False),
    ],
)
def test_a_pictures_enlarge_control(line: str, furniture: bool):
    assert bool(EUROPEAN_FURNITURE.match(line)) is furniture


def test_the_record_text_is_composed():
    decomposed = "Besonders bei Babyschalen sollte gepru\u0308ft werden, ob die Gurtla\u0308nge ausreicht."
    text = join_paragraphs([decomposed, "Jane\u0301 Koos i-Size"])
    assert text == "Besonders bei Babyschalen sollte geprüft werden, ob die Gurtlänge ausreicht.\nJané Koos i-Size"
    assert unicodedata.is_normalized("NFC", text)
    chinese = "国务院办公厅印发《关于进一步优化营商环境的意见》。"
    assert join_paragraphs([chinese]) == chinese  # already composed: unchanged
