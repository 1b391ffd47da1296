"""Metadata from text dumps of European and English pages: the byline as the rendered text words it, with no
rel=author, JSON-LD or <time> element left to mark it."""

from __future__ import annotations

import datetime as dt

from pipeline.meta.bylines import dump_byline_date, dump_latin_byline
from pipeline.meta.dates import find_dates
from tests.meta.helpers import DE_BODY, EN_BODY, html_page, run_meta


def dump(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def dump_record(*lines: str):
    return run_meta(dump(*lines), name="page.txt").record


def test_a_by_word_alone_on_its_line_credits_the_name_on_the_next():
    record = dump_record(
        "Stadt verklagt Baufirma | Stadtanzeiger",
        "Lokales",
        "Stadt verklagt Baufirma",
        "Von",
        "Claus Becker-Theile",
        "19.10.2019, 08:00 Uhr",
        DE_BODY,
    )
    assert record.authors == ["Claus Becker-Theile"]
    assert record.published.startswith("2019-10-19")


def test_a_kind_of_article_before_the_by_word_alone():
    record = dump_record("Ökonomie", "Ökonomie", "13. 1. 2020", "Kommentar von", "Ingo Brandt", DE_BODY)
    assert record.authors == ["Ingo Brandt"]


def test_the_name_after_by_stops_at_the_next_field():
    record = dump_record(
        "Mezcal goes beyond the familiar - City Times",
        "Mezcal goes beyond the familiar",
        "The second location opened in Midtown",
        "By Jane Slaughter on Thu, Nov 9, 2023 at 4:00 am",
        EN_BODY,
    )
    assert record.authors == ["Jane Slaughter"]
    assert record.published.startswith("2023-11-09")


def test_a_name_after_the_date_of_a_posted_line():
    record = dump_record(
        "Items we never knew we wanted",
        "Items we never knew we wanted",
        "Posted on September 21, 2020 by Adi Tzlil",
        EN_BODY,
    )
    assert record.authors == ["Adi Tzlil"]
    assert record.published == "2020-09-21"


def test_every_name_of_a_by_list():
    record = dump_record(
        "Das neue Rad im Test",
        "Das neue Rad im Test",
        "von Rudolf Fischer, Simon Kohler",
        DE_BODY,
    )
    assert record.authors == ["Rudolf Fischer", "Simon Kohler"]


def test_a_byline_row_of_date_time_and_name():
    record = dump_record(
        "Warum sich das Warten lohnt",
        "Warum sich das Warten lohnt",
        "04.02.2022 | 15:33 Uhr | Dennis Steinmetz",
        DE_BODY,
    )
    assert record.authors == ["Dennis Steinmetz"]


def test_a_byline_row_of_date_then_name_and_a_counter():
    record = dump_record(
        "Kramer verpasst die Spiele",
        "Kramer verpasst die Spiele",
        "1. Februar 2022 Luis Holzer 6",
        DE_BODY,
    )
    assert record.authors == ["Luis Holzer"]
    assert record.published == "2022-02-01"


def test_a_handle_before_the_date():
    record = dump_record(
        "Kaffee 2 Gläser für 4,80 €",
        "Kaffee 2 Gläser für 4,80 €",
        "149",
        "MikeNils 18.10.2019, 15:07 Uhr",
        DE_BODY,
    )
    assert record.authors == ["MikeNils"]


def test_a_name_alone_next_to_the_date_line_past_a_separator():
    record = dump_record(
        "Modemarken werden pelzfrei",
        "Modemarken werden pelzfrei",
        "Dienstag, 01. Februar 2022 12:10",
        ",",
        "Jil Schulte",
        DE_BODY,
    )
    assert record.authors == ["Jil Schulte"]


def test_a_name_alone_without_a_date_by_it_is_not_taken():
    record = dump_record(
        "Pflaster in schlechtem Zustand",
        "Pflaster in schlechtem Zustand",
        "Bergisch Gladbach",
        DE_BODY,
    )
    assert record.authors == []


def test_a_date_over_the_headline_beats_one_in_an_embedded_post_further_down():
    record = dump_record(
        "Mieterhöhung verhindern",
        "Wohnen",
        "04. Februar 2022, 15:29 Uhr",
        "Mieterhöhung verhindern",
        "Weniger Miete, mehr zum Leben!",
        DE_BODY,
        DE_BODY,
        "Posted by Partei on Monday, February 7, 2022",
    )
    assert record.published.startswith("2022-02-04")


def test_an_organisation_after_por_is_taken_whole():
    record = dump_record(
        "Policía anuncia coordinación",
        "Policía anuncia coordinación",
        "Seguridad",
        "Por Redacción Diario Siete",
        "martes, 3 de mayo de 2022 · 23:57",
        "Siete Digital",
        EN_BODY,
    )
    assert record.authors == ["Redacción Diario Siete"]
    assert record.published.startswith("2022-05-03")


def test_spanish_and_italian_month_names():
    assert [d.iso[:10] for d in find_dates("Miércoles, 4 de Mayo de 2022 a las 07:46hrs.")] == ["2022-05-04"]
    assert [d.iso[:10] for d in find_dates("mayo 11, 2022")] == ["2022-05-11"]
    assert [d.iso[:10] for d in find_dates("Pubblicato il 19 Febbraio 2020")] == ["2020-02-19"]


def test_html_pages_are_not_read_by_the_dump_rules():
    """The same lines as HTML keep their own rules (the markup decides there): the dump rule is not asked."""
    page = run_meta(html_page(f"<h1>Das neue Rad im Test</h1><p>Bergisch Gladbach</p><p>{DE_BODY}</p>"))
    assert page.record.authors == []


def test_chinese_headlines_are_not_read_by_the_latin_rules():
    lines = ["维护共同利益", "Von", "Jane Doe", "19.10.2019, 08:00 Uhr"]
    assert dump_latin_byline(lines, 0) == []
    assert dump_byline_date(lines, 0, dt.date(2024, 1, 1)) is None
    assert dump_latin_byline(["Common interests", *lines[1:]], 0) == ["Jane Doe"]


def test_a_two_digit_year_in_a_byline_row_by_the_headline():
    record = dump_record(
        "Neue Videofunktion für Stories",
        "Neue Videofunktion für Stories",
        "Swantje Scholl | 06.11.23",
        DE_BODY,
    )
    assert record.authors == ["Swantje Scholl"]
    assert record.published == "2023-11-06"


def test_a_particle_inside_a_name_is_no_by_word():
    record = dump_record(
        "Warum wir jetzt Demut brauchen",
        "Warum wir jetzt Demut brauchen",
        "Christoph von Ritter",
        "24. April 2020",
        DE_BODY,
    )
    assert record.authors == ["Christoph von Ritter"]


def test_a_month_after_the_name_is_the_dates():
    record = dump_record(
        "Cloud sales slow down",
        "Cloud sales slow down",
        "By Joseph Tsidulko November 19, 2019, 07:47 PM EST",
        EN_BODY,
    )
    assert record.authors == ["Joseph Tsidulko"]
    assert record.published.startswith("2019-11-19")


def test_a_kind_of_article_before_by_and_two_particles_in_the_name():
    record = dump_record(
        "Court weighs the case",
        "Court weighs the case",
        "Analysis by Alejandro de la Garza, Senior Analyst",
        EN_BODY,
    )
    assert record.authors == ["Alejandro de la Garza"]


def test_a_name_after_the_time_zone_of_a_dated_line():
    record = dump_record(
        "New laptop expected next year",
        "New laptop expected next year",
        "Monday November 18, 2019 7:45 am PST by Joe Rossi",
        EN_BODY,
    )
    assert record.authors == ["Joe Rossi"]


def test_a_year_glued_to_what_follows_it_by_the_rendering():
    record = dump_record(
        "Hund vertreibt Einbrecher",
        "Hund vertreibt Einbrecher",
        "1. November 20231. November 2023 Bockenem, Polizei",
        DE_BODY,
    )
    assert record.published == "2023-11-01"


def test_an_updated_date_gives_way_to_the_published_one():
    record = dump_record(
        "Storm hits the coast",
        "Storm hits the coast",
        "Updated 5:27 am CST, Wednesday, November 20, 2019",
        "Published 9:10 pm CST, Tuesday, November 19, 2019",
        EN_BODY,
    )
    assert record.published.startswith("2019-11-19")


def test_an_updated_date_alone_still_dates_the_page():
    record = dump_record(
        "Storm hits the coast", "Storm hits the coast", "Updated 5:27 am CST, Wednesday, November 20, 2019", EN_BODY
    )
    assert record.published.startswith("2019-11-20")
