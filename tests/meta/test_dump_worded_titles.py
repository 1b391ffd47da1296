"""Headlines of rendered-text dumps whose <title> (line 1) no line repeats word for word: a <title> written for search
engines, with a kicker or keywords, or naming the site first. A dump has no og:title or <h1> to fall back on: the
visible line that says the same thing is the headline, and its byline is read under it."""

from __future__ import annotations

from pipeline.meta.title import worded_like
from tests.meta.helpers import DE_BODY, EN_BODY, run_meta

FR_BODY = (
    "L'Office fédéral de l'agriculture a décidé de retirer l'autorisation de mise en circulation des produits "
    "phytosanitaires contenant cette substance, utilisée depuis les années septante dans les cultures."
)
NAV = ["Accueil", "Genève", "Suisse", "Monde", "Économie", "Sports", "Culture"]


def dump_record(*lines: str):
    return run_meta("\n".join(lines) + "\n", name="page.txt").record


def test_a_title_with_a_kicker_names_the_line_that_shows_the_headline_without_it():
    record = dump_record(
        "Agriculture: Berne interdit désormais le chlorothalonil - Suisse - tdg.ch",
        *NAV,
        "Berne interdit désormais le chlorothalonil",
        "12.12.2019",
        FR_BODY,
        "Le canton de Berne veut interdire le chlorothalonil",
    )
    assert record.title == "Berne interdit désormais le chlorothalonil"
    assert record.published == "2019-12-12"
    assert record.site_name == "tdg.ch"  # the <title>'s last segment, as when the headline is its first one


def test_a_title_written_for_search_engines_names_the_headline_shown_in_other_words():
    record = dump_record(
        "Cronograma Minedu 2022: ¿cuándo serán las vacaciones escolares? | respuestas | La República",
        "POLÍTICA",
        "ECONOMÍA",
        "¿Cuándo serán las primeras vacaciones escolares del 2022, según el cronograma del Minedu?",
        "Son tres los periodos de vacaciones durante el año escolar.",
        "ediciondigital@glr.pe",
        "08 May 2022",
        "Los estudiantes de inicial, primaria y secundaria volvieron a las clases de forma presencial y semipresencial "
        "el último 28 de marzo, según dispuso el Ministerio de Educación.",
    )
    assert record.title == "¿Cuándo serán las primeras vacaciones escolares del 2022, según el cronograma del Minedu?"


def test_the_headline_over_its_byline_beats_a_later_comment_that_repeats_it():
    record = dump_record(
        "Marita Kramer verpasst Olympische Spiele in Peking - skispringen.com",
        "News",
        '"Pure Leere": Marita Kramer verpasst Olympische Spiele in Peking',
        "1. Februar 2022 Luis Holuch",
        DE_BODY,
        DE_BODY,
        "Neueste Kommentare",
        "Manfred zu Marita Kramer verpasst Olympische Spiele in Peking",
        "3. Februar 2022",
    )
    assert record.title == '"Pure Leere": Marita Kramer verpasst Olympische Spiele in Peking'


def test_a_sentence_of_the_text_that_repeats_the_titles_words_is_not_the_headline():
    record = dump_record(
        "Trump Impeachment Inquiry: Adam Schiff Working against the Clock | National Review",
        "WHITE HOUSE",
        "The Impeachment Clock",
        "By VICTOR DAVIS HANSON",
        "November 19, 2019 6:30 AM",
        EN_BODY,
        "Most significantly, Schiff is now working against the clock.",
        EN_BODY,
    )
    assert record.title == "The Impeachment Clock"


def test_a_kicker_on_its_own_line_over_the_headline_joins_it_as_the_title_writes_them():
    record = dump_record(
        "Tanz in der St. Galler Lokremise: Mit allen Wassern gewaschen | St.Galler Tagblatt",
        "Kultur",
        "Tanz in der St. Galler Lokremise:",
        "Mit allen Wassern gewaschen",
        "Bettina Kugler",
        "19.10.2019, 05:00 Uhr",
        DE_BODY,
    )
    assert record.title == "Tanz in der St. Galler Lokremise: Mit allen Wassern gewaschen"


def test_a_title_that_opens_with_the_sites_domain_names_the_headline_after_it():
    record = dump_record(
        "jungle.world - Das Imperialismus-Phantom",
        "Aktuell",
        "Inland",
        "Jungle.World",
        "2023/43",
        "26.10.2023",
        "Das Imperialismus-Phantom",
        DE_BODY,
    )
    assert record.title == "Das Imperialismus-Phantom"


def test_a_title_that_opens_with_the_sites_short_form_then_its_section_names_the_last_segment():
    record = dump_record(
        "BMEL - Ländliche Regionen - 15. Zukunftsforum Ländliche Entwicklung",
        "Ministerium",
        "Ländliche Regionen",
        "Zur Übersicht: Ländliche Regionen",
        "Ländliche Regionen",
        "15. Zukunftsforum Ländliche Entwicklung",
        DE_BODY,
    )
    assert record.title == "15. Zukunftsforum Ländliche Entwicklung"


def test_a_site_named_after_a_single_angle_quote_is_not_part_of_the_headline():
    record = dump_record(
        "Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten. › Nordish by Nature",
        "Nordish by Nature",
        "Impressum",
        "Veröffentlicht am 10. Februar 20199. Februar 2019 von Heiko",
        "Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten.",
        DE_BODY,
    )
    assert record.title == "Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten."
    assert record.site_name == "Nordish by Nature"
    assert record.authors == ["Heiko"]  # the byline over the headline, its two dates glued by the rendering
    assert record.published == "2019-02-10"


def test_a_byline_whose_dates_the_rendering_glued_still_anchors_the_headline():
    record = dump_record(
        "15 Jahre Lernblog — lernblog.example",
        "lernblog.example",
        "15 Jahre Lernblog",
        "Posted on28. Juli 201928. Juli 2019AuthorAndreas Kalt4 Kommentare",
        DE_BODY,
        "Neueste Beiträge",
        "15 Jahre Lernblog 28. Juli 2019",
        "Digitale Daten und Modelle im Unterricht 27. Juli 2019",
    )
    assert record.title == "15 Jahre Lernblog"
    assert record.authors == ["Andreas Kalt"]
    assert record.published == "2019-07-28"


def test_worded_like_asks_most_of_the_headlines_words_of_the_segment():
    headline = "Berne interdit désormais le chlorothalonil"
    assert worded_like(headline, "Agriculture: Berne interdit désormais le chlorothalonil")
    assert not worded_like("Le canton de Berne veut interdire le chlorothalonil", headline)
    assert not worded_like("丽水市政协绘就精彩履职画卷", "丽水市政协绘就精彩履职画卷")  # Han: no words to compare
