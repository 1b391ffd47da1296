"""Authors on Latin-script pages: structured data by reference, labels in other languages, label-only
elements, a name after the post's date, degrees after a comma."""

from __future__ import annotations

import json

from pipeline.meta.bylines import is_media, looks_like_person, split_names
from tests.meta.helpers import html_page, run_meta

ARTICLE = "<p>" + "The council met on Monday to discuss the plan for the new bridge over the river. " * 4 + "</p>"


def test_jsonld_author_given_by_reference_is_the_graph_node_of_that_id():
    """WordPress SEO plugins write the author as {"@id": …} and the person as a node of the @graph."""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "@id": "https://news.example/#organization", "name": "El Ejemplo"},
            {
                "@type": "NewsArticle",
                "headline": "Council approves the bridge",
                "author": {"@id": "https://news.example/#/schema/person/1"},
                "publisher": {"@id": "https://news.example/#organization"},
            },
            {"@type": "Person", "@id": "https://news.example/#/schema/person/1", "name": "Williams Perdomo @wperdomod"},
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    page = run_meta(html_page(f"<h1>Council approves the bridge</h1>{ARTICLE}", title="Council", head=head))
    assert page.record.authors == ["Williams Perdomo"]


def test_entities_left_in_a_jsonld_name_are_decoded():
    data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Redacci&oacute;n Diario Pagina Siete"}}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    page = run_meta(html_page(f"<h1>Titular</h1>{ARTICLE}", title="Titular", head=head))
    assert page.record.authors == ["Redacción Diario Pagina Siete"]


def test_an_author_element_holding_only_its_label_names_nobody():
    body = (
        "<h1>JSON parsing</h1>"
        '<div class="author-info"><h2 class="author-heading">Published by</h2></div>'
        '<span class="meta-prep meta-prep-author">Veröffentlicht am</span>' + ARTICLE
    )
    page = run_meta(html_page(body, title="JSON parsing"))
    assert page.record.authors == []
    for label in ("Published by", "Veröffentlicht am", "Related Posts", "Por", "Date", "Imprimer"):
        assert not looks_like_person(label), label
    assert looks_like_person("Adi Tzlil") and looks_like_person("Daniel Lemire")


def test_the_name_after_the_posts_date():
    body = '<h1>Reading notes</h1><div class="entry-meta author">Posted on September 21, 2020  by Adi Tzlil</div>'
    page = run_meta(html_page(body + ARTICLE, title="Reading notes"))
    assert page.record.authors == ["Adi Tzlil"]


def test_a_french_author_label_with_a_space_before_its_colon():
    body = "<h1>Le conseil approuve le pont</h1><p>Auteur : Kossivi Tiassou</p>" + ARTICLE
    page = run_meta(html_page(body, title="Le conseil approuve le pont"))
    assert page.record.authors == ["Kossivi Tiassou"]
    assert "Auteur" not in page.record.text


def test_degrees_after_a_comma_stay_with_the_name():
    persons, _ = split_names("Michael L. Anderson, PhD, Carlos Dobkin, PhD and Devon Gorry, PhD")
    assert persons == ["Michael L. Anderson, PhD", "Carlos Dobkin, PhD", "Devon Gorry, PhD"]
    assert split_names("Jane Doe, John Roe")[0] == ["Jane Doe", "John Roe"]


def test_a_wire_story_is_sourced_to_its_agency():
    dateline = "<h1>Sturmflut stoppt Fähren</h1><p>Norddeich (dpa/lno) - Eine Sturmflut hat am Mittwoch den Fährverkehr"
    page = run_meta(html_page(dateline + " an der Küste eingestellt, wie die Reedereien mitteilten.</p>" + ARTICLE))
    assert page.record.source == "dpa"
    closing = "<h1>Mieten steigen weiter</h1>" + ARTICLE + "<p>kvo/mbr/dpa</p>"
    assert run_meta(html_page(closing)).record.source == "dpa"
    byline = '<h1>Bibliotecas abiertas</h1><div class="firma"><span class="autor">Por Lucía Ferrer</span> EFE</div>'
    page = run_meta(html_page(byline + ARTICLE))
    assert (page.record.authors, page.record.source) == (["Lucía Ferrer"], "EFE")
    assert split_names("Apfel/Birne")[1] == [] and split_names("Tap Dance")[0] == ["Tap Dance"]


def test_a_byline_led_by_an_article_word_an_interview_label_or_a_drupal_field():
    pages = {
        "Pamela Sladky": '<div class="metaInfo">Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022</div>',
        "Julia Lauter": '<div class="author"><a href="/suche" class="author-link">Interview: Julia Lauter</a></div>',
        "Jil Schuller": '<div class="field field--name-field-tag-author field--label-hidden field__item">'
        '<a href="/autor/jil-schuller">Jil Schuller</a></div>',
    }
    for name, byline in pages.items():
        page = run_meta(html_page(f"<h1>Der Rat tagt</h1>{byline}{ARTICLE}", title="Der Rat tagt"))
        assert page.record.authors == [name], byline


def test_an_initial_keeps_its_period():
    page = run_meta(
        html_page(f"<h1>Council</h1><p class='byline'>By Nicolas Gutierrez C.</p>{ARTICLE}", title="Council")
    )
    assert page.record.authors == ["Nicolas Gutierrez C."]


def test_every_name_of_a_byline_closed_by_its_outlet_is_an_author():
    """ "By A, B and C, CNN": the outlet's acronym closing the list does not hide the names before it; a date
    after the name is no name; initials are no company ("James S.A. Corey" is a person, "Grupo Acme S.A." not)."""
    cases = {
        "By Jeremy Herb, Lauren del Valle and Kara Scannell, CNN": ["Jeremy Herb", "Lauren del Valle", "Kara Scannell"],
        "By Dana A. Ford , James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN": [
            "Dana A. Ford",
            "James S.A. Corey",
            "Chien-Ming Wang",
            "Tom Watkins",
        ],
        "By Evan Symon, August 14, 2020 2:30 pm": ["Evan Symon"],
    }
    for byline, names in cases.items():
        body = f"<h1>Council approves the bridge</h1><div class='byline'>{byline}</div><div>Nov 6, 2023</div>{ARTICLE}"
        assert run_meta(html_page(body, title="Council approves the bridge")).record.authors == names
    assert is_media("Grupo Acme S.A.") and not is_media("James S.A. Corey")


def test_an_agency_and_its_datelines_place_name_no_author():
    """ "PTI, Washington,": the byline of an agency's story names the agency and the place, no person (in one
    element or in two); a person's name after an agency is still the author."""
    for byline in (
        "<span class='author'>PTI, Washington,</span>",
        "<a class='author__name' href='/author/pti'>PTI, </a><span class='author__name'> Washington, </span>",
        "<span class='author'>EFE</span>",
    ):
        body = f"<h1>Council approves the bridge</h1><div>{byline}</div><div>Nov 20 2019, 10:18am</div>{ARTICLE}"
        assert run_meta(html_page(body, title="Council approves the bridge")).record.authors == []
    body = f"<h1>Council approves the bridge</h1><span class='author'>Reuters, Jane Doe</span>{ARTICLE}"
    assert run_meta(html_page(body, title="Council approves the bridge")).record.authors == ["Jane Doe"]


def test_degrees_stay_with_the_name_and_a_media_word_ends_a_name_as_a_word():
    assert split_names("Ilana Muhlstein, MS, RDN") == (["Ilana Muhlstein, MS, RDN"], [])
    assert split_names("Zhang Wei, Ma Jun") == (["Zhang Wei", "Ma Jun"], [])  # a name, not the degree "MA"
    assert not is_media("Kara Stv") and is_media("Fox TV") and is_media("PTI")
    # agencies as they write their names: surnames that look like them are persons
    assert not any(map(is_media, ["Chinedu Ani", "Maria Lusa", "János Pap", "Anna Belga", "Sid"]))
    assert all(map(is_media, ["Lusa", "Belga", "EFE", "dpa", "REUTERS", "Thomson Reuters"]))
