"""European pages: marks around a headline (a menu arrow, a leading date, an issue number, a hidden site
tail), widget <h1>s, category words and organisations where a byline sits, the site credited as author,
lists of names and names the markup shortens."""

from __future__ import annotations

import json

from pipeline.meta.bylines import is_media
from tests.meta.helpers import html_page, run_meta

SENTENCE = "Die Gemeinde hat am Montag neue Regeln für den Winterdienst beschlossen, sagte der Sprecher. "
TEXT = "<p>" + SENTENCE * 4 + "</p>"


def test_a_menu_arrow_before_the_headline_is_not_part_of_it():
    body = "<div>[› Projekte</div><h2>[&gt; Anna Berger</h2>" + TEXT
    page = run_meta(html_page(body, title="studio.de // » Anna Berger"))
    assert page.record.title == "Anna Berger"


def test_a_german_quotation_mark_opening_a_headline_stays():
    body = "<h1>»Pure Leere«: Kramer verpasst die Spiele</h1><div>02.02.2022</div>" + TEXT
    page = run_meta(html_page(body, title="»Pure Leere«: Kramer verpasst die Spiele | Sport"))
    assert page.record.title == "»Pure Leere«: Kramer verpasst die Spiele"


def test_a_date_leading_the_headline_is_dropped_and_still_dates_the_page():
    headline = "23.01.2022 - Wierer gewinnt den Massenstart"
    body = f"<h1>{headline}</h1><h2>Zwei Mal ging sie leer aus, nun jubelt sie</h2>" + TEXT
    page = run_meta(html_page(body, title=headline + " - Biathlon"))
    assert page.record.title == "Wierer gewinnt den Massenstart"
    assert page.record.published == "2022-01-23"


def test_an_issue_number_closing_the_headline_is_dropped():
    head = '<meta property="og:title" content="Der lange Weg nach Leipzig (2021/5)">'
    body = "<div>Der lange Weg nach Leipzig (2021/5)</div><div>25. November 2021 16:11 Uhr</div>" + TEXT
    page = run_meta(html_page(body, title="Der lange Weg nach Leipzig (2021/5): Magazin", head=head))
    assert page.record.title == "Der lange Weg nach Leipzig"


def test_a_site_tail_in_the_h1_that_no_title_holds_is_dropped():
    head = '<meta property="og:title" content="Was wir nicht hören wollen">'
    body = (
        '<h1>Was wir nicht hören wollen<span class="sr-only"> | BEISPIEL.NET</span></h1>'
        "<div>Autor: Karl Muster, Datum: 03.03.2019</div>" + TEXT
    )
    page = run_meta(html_page(body, title="Was wir nicht hören wollen | EXAMPLE.IO", head=head))
    assert page.record.title == "Was wir nicht hören wollen"


def test_a_widget_h1_over_the_date_loses_to_the_title_line():
    body = (
        "<h1>Sections</h1><nav><div>Privacy</div></nav><h1>Subscribe</h1><div>Newsletters</div>"
        "<div>Jan 18, 2019</div><div>Future Weekly</div>" + TEXT
    )
    page = run_meta(html_page(body, title="Future Weekly"))
    assert page.record.title == "Future Weekly"
    assert page.record.site_name != "Skip to main content"


def test_a_thread_title_shown_as_h2_beats_a_widget_heading_over_the_clock():
    body = (
        "<h2>Was ist Freie Software</h2><div>Antworten</div>"
        + "".join(f"<div>Menüpunkt {i}</div>" for i in range(8))
        + "<div>Registriert: 18.09.2008, 05:56</div><div>Beitrag von r23 » 21.01.2009, 05:42</div>"
        + TEXT
        + "<h3>Wer ist online?</h3><div>Mitglieder: 0</div><div>Aktuelle Zeit: 14.10.2020, 12:18</div>"
    )
    page = run_meta(html_page(body, title="Was ist Freie Software - Beispiel Forum"))
    assert page.record.title == "Was ist Freie Software"
    assert page.record.published.startswith("2009-01-21")


def test_a_capitalised_word_by_the_date_is_a_category_not_an_author():
    body = "<h1>FINA Weltmeisterschaften verschoben</h1><div>01.02.2022</div><div>Allgemein</div>" + TEXT
    page = run_meta(html_page(body, title="FINA Weltmeisterschaften verschoben | Verband"))
    assert page.record.authors == []


def test_a_handle_by_the_date_is_still_an_author():
    body = "<h1>Makrophotos von Insekten</h1><div>22.01.2020</div><div>c1ph4</div>" + TEXT
    page = run_meta(html_page(body, title="Makrophotos von Insekten | Blog"))
    assert page.record.authors == ["c1ph4"]


def test_organisations_are_no_authors():
    for name in ("ZooRoyal Petcare GmbH", "Bundesverband Windenergie e.V", "besserwisser eG", "AUTO ZEITUNG"):
        assert is_media(name), name
    for name in ("Anna Berger", "Guido Beyß", "Todd Bates"):
        assert not is_media(name), name
    head = '<meta name="author" content="Bundesministerium für Wirtschaft und Klimaschutz">'
    body = "<h1>Neue Förderung für Wärmepumpen</h1><div>01.02.2022</div>" + TEXT
    page = run_meta(html_page(body, title="Neue Förderung für Wärmepumpen", head=head))
    assert page.record.authors == []


def test_an_address_in_the_meta_author_is_an_organisation():
    head = '<meta name="author" content="Kirche und Leben, Münster, Germany">'
    body = "<h1>Neue Glocken für den Dom</h1><div>01.02.2022</div>" + TEXT
    page = run_meta(html_page(body, title="Neue Glocken für den Dom", head=head))
    assert page.record.authors == []


def test_the_site_named_as_author_is_not_an_author():
    ld = {"@type": "NewsArticle", "headline": "Neue Regeln", "author": {"@type": "Person", "name": "Ostblick Direkt"}}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = "<h1>Neue Regeln</h1><div>01.02.2022</div>" + TEXT
    page = run_meta(html_page(body, title="Neue Regeln | Ostblick Direkt", head=head), url="https://ostblick.be/a/1")
    assert page.record.authors == []


def test_a_blog_subdomain_names_its_blogger_who_stays_the_author():
    head = '<meta name="author" content="Creeny">'
    body = "<h1>Nebelsuppe</h1><div>24.01.2020</div>" + TEXT
    page = run_meta(
        html_page(body, title="Nebelsuppe | Creenys Blog", head=head), url="https://creeny.wordpress.com/x/"
    )
    assert page.record.authors == ["Creeny"]


def test_every_name_of_a_byline_list_is_an_author():
    body = "<h1>Das neue Rad im ersten Test</h1><div>01.02.2022</div><div>von Rudolf Fischer, Simon Kohler</div>"
    page = run_meta(html_page(body + TEXT, title="Das neue Rad im ersten Test"))
    assert page.record.authors == ["Rudolf Fischer", "Simon Kohler"]


def test_a_role_after_the_byline_name_is_no_second_author():
    body = "<h1>Das neue Rad im ersten Test</h1><div>01.02.2022</div><div>By Jane Doe, Staff Writer</div>"
    page = run_meta(html_page(body + TEXT, title="Das neue Rad im ersten Test"))
    assert page.record.authors == ["Jane Doe"]


def test_a_first_name_in_json_ld_takes_the_full_name_the_byline_prints():
    ld = {"@type": "NewsArticle", "headline": "Robot draws blood", "author": {"@type": "Person", "name": "Todd"}}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = "<h1>Robot draws blood</h1><div>March 3, 2020</div><div>Todd Bates</div>" + TEXT
    page = run_meta(html_page(body, title="Robot draws blood", head=head))
    assert page.record.authors == ["Todd Bates"]


def test_the_host_under_a_country_second_level_domain_names_the_site_too():
    """The host's name: "latercera" from www.latercera.com, "harbourledger" from www.harbourledger.co.uk (not "co")."""
    ld = {"@type": "NewsArticle", "headline": "New rules", "author": {"@type": "Person", "name": "Harbour Ledger"}}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = "<h1>New rules</h1><div>01.02.2022</div>" + TEXT
    page = run_meta(html_page(body, title="New rules", head=head), url="https://www.harbourledger.co.uk/news/1")
    assert page.record.authors == []
