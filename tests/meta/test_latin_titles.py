"""Headlines on pages whose <title> starts with the site's name, and widget headings that are no headline."""

from __future__ import annotations

from tests.meta.helpers import html_page, run_meta

ARTICLE = "<p>" + "Der Begriff hat heutzutage keinen analytischen Wert mehr, sagen viele Beobachter. " * 4 + "</p>"
SITE_FIRST_BODY = (
    '<div class="logo"><a href="/">Jungle.World</a></div>'
    "<div>2023/43</div><div>Disko</div><div>26.10.2023</div>"
    "<div>Der Begriff Imperialismus hat heutzutage keinen analytischen Wert</div>"
    "<h1>Das Imperialismus-Phantom</h1>" + ARTICLE
)


def test_a_title_that_starts_with_the_site_name_gives_the_headline_after_it():
    head = (
        '<meta property="og:site_name" content="jungle.world">'
        '<meta property="og:title" content="Das Imperialismus-Phantom">'
    )
    page = run_meta(html_page(SITE_FIRST_BODY, title="jungle.world - Das Imperialismus-Phantom", head=head))
    assert page.record.title == "Das Imperialismus-Phantom"


def test_without_og_site_name_the_social_title_tells_which_part_is_the_headline():
    head = '<meta property="og:title" content="Förderung für Gebäude vorläufig gestoppt">'
    body = '<div class="brand">BMWK</div><div>01.02.2022</div><h2>Förderung für Gebäude vorläufig gestoppt</h2>'
    page = run_meta(
        html_page(body + ARTICLE, title="BMWK - Förderung für Gebäude vorläufig gestoppt - Pressemitteilung", head=head)
    )
    assert page.record.title == "Förderung für Gebäude vorläufig gestoppt"


def test_a_headline_first_title_is_unchanged():
    head = '<meta property="og:title" content="Das Imperialismus-Phantom">'
    body = "<h1>Das Imperialismus-Phantom</h1><div>26.10.2023</div>" + ARTICLE
    page = run_meta(html_page(body, title="Das Imperialismus-Phantom | jungle.world", head=head))
    assert page.record.title == "Das Imperialismus-Phantom"


def test_a_widget_heading_is_not_the_headline():
    body = "<div>" + ARTICLE + "</div><h3>Kommentieren</h3><div>12.03.2021 um 10:15</div>"
    page = run_meta(html_page(body, title="makrophotos von insekten » gizmeo.eu | inside the machine"))
    assert page.record.title == "makrophotos von insekten"


def test_a_title_that_is_only_the_sites_name_gives_way_to_og_title() -> None:
    head = "<meta property='og:site_name' content='PepTalks'>"
    head += "<meta property='og:title' content='Haben sich Eltern gesorgt?'>"
    body = (
        "<h1 class='posttitle'><a href='/haben-sich-eltern-gesorgt'>Haben sich Eltern gesorgt?</a></h1>"
        "<div>PepTalks</div><p>" + "Die Frage stellt sich vielen Eltern jedes Jahr aufs Neue im Sommer. " * 4 + "</p>"
    )
    page = run_meta(html_page(body, title=" • PepTalks", head=head))
    assert page.record.title == "Haben sich Eltern gesorgt?"


def test_the_sites_name_hidden_in_the_heading_after_the_headline_is_cut():
    """An <h1> holding a logo's text right after the headline ("…de la Infanta" + "Ultima Hora Mallorca")."""
    headline = "Anticorrupción decidirá en Madrid si recurre la imputación de la Infanta"
    title = f"{headline} » Local » Noticias » Ultima Hora Mallorca"
    body = f"<h1>{headline}<span class='logo'>Ultima Hora Mallorca</span></h1><div>09/01/2014 10:21</div>" + ARTICLE
    assert run_meta(html_page(body, title=title)).record.title == headline
    # a headline holding a separator stays whole: only a name glued without a space is the site's
    kept = "Die elektronische Patientenakte (ePA) – der lange Marsch ins Digitale Gesundheitswesen"
    body = f"<h1>{kept}</h1><div>09.01.2014</div>" + ARTICLE
    assert run_meta(html_page(body, title=kept)).record.title == kept


def test_a_short_form_opening_the_title_does_not_make_its_last_segment_the_headline():
    """ "BMWK - Förderung für Wärmepumpen gestoppt | Tagesschau": the headline after the short form, not the name at the
    end that the logo shows."""
    title = "BMWK - Förderung für Wärmepumpen gestoppt | Tagesschau"
    body = "<a href='/'>Tagesschau</a><h1>Förderung für Wärmepumpen gestoppt</h1><div>01.02.2022</div>" + ARTICLE
    assert run_meta(html_page(body, title=title)).record.title == "Förderung für Wärmepumpen gestoppt"
