"""Articles cut into sibling sections whose class names a boilerplate word ("TestReport__Section--Ads",
"top-article" / "bottom-article"): together they hold most of the text, so they are the article, as a
misnamed wrapper is; a flagged element alone (a date line, a menu) stays boilerplate. A paywall's
prompt ends the article."""

from __future__ import annotations

from pipeline import clean_page

PARAGRAPHS = [
    "Der Grill kommt fertig montiert in einer großen Kiste, dazu gibt es einen Pizzastein und ein Grillrost.",
    "Vor dem ersten Gebrauch sollte man ihn zehn Minuten auf höchster Stufe laufen lassen.",
    "Das Steak war nach drei Minuten pro Seite perfekt gebräunt, innen rosa und saftig wie im Steakhaus.",
    "Mit knapp zweihundert Euro ist der Grill deutlich günstiger als vergleichbare Geräte der Markenhersteller.",
]


def _page(section_class: str, tail: str = "") -> str:
    sections = (
        ""
        if section_class == "unused"
        else "".join(
            f'<section class="{section_class}"><h2>Teil {n}</h2><p>{text}</p></section>'
            for n, text in enumerate(PARAGRAPHS, start=1)
        )
    )
    menu = "".join(f'<li><a href="/k/{n}">Kategorie {n}</a></li>' for n in range(8))
    return f"""<html><head><title>Der Grill im Test</title></head><body>
<nav><ul>{menu}</ul></nav>
<main><article><h1>Der Grill im Test</h1>
<div class="article-ads">Anzeige</div>
{sections}{tail}
</article></main>
<div class="sidebar"><p>Unser Newsletter: jeden Morgen die wichtigsten Tests, kostenlos in Ihr Postfach.</p></div>
<footer><p>Impressum</p></footer>
</body></html>"""


def test_sections_named_ads_are_the_article():
    record = clean_page(_page("TestReport__Section TestReport__Section--Ads").encode("utf-8"), name="test.html")
    for text in PARAGRAPHS:
        assert text in record.text
    assert "Kategorie 1" not in record.text


def test_top_and_bottom_parts_of_an_article_are_kept():
    top = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:2])
    bottom = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    parts = f'<section class="top-article noprint">{top}</section><section class="bottom-article">{bottom}</section>'
    record = clean_page(_page("unused", parts).replace("Teil", "").encode("utf-8"), name="test.html")
    for text in PARAGRAPHS:
        assert text in record.text
    assert "Unser Newsletter" not in record.text


def test_a_paywall_prompt_ends_the_article():
    paywall = (
        '<div class="offer"><h2>Pour lire la suite</h2><p>et accéder gratuitement à 3 articles par mois,</p>'
        "<p>créez votre compte</p></div>"
    )
    record = clean_page(_page("abschnitt", paywall).encode("utf-8"), name="test.html")
    assert PARAGRAPHS[-1] in record.text
    assert "Pour lire la suite" not in record.text
    assert "créez votre compte" not in record.text
