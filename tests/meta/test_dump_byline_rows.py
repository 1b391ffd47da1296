"""Bylines of rendered-text dumps as blog and forum themes lay them out: a name between a date and a comment counter
or a category list, another credit after the author's, a thread starter's label, a date whose day and month cannot
be told apart; and what looks like a name but is a clock or a table's row."""

from __future__ import annotations

from pipeline.meta.bylines import dump_latin_byline, read_byline

HEADLINE = "Mein Motto Konsumsparen: Fazit und Pläne"
BODY = (
    "Das Jahr stand für mich unter dem Motto Konsumsparen, und vielleicht habt ihr auch meinen Zwischenbericht "
    "gelesen, in dem ich erzählt habe, wie es mir damit erging."
)


def byline(*block: str) -> list[str]:
    return dump_latin_byline([HEADLINE, *block, BODY], 0)


def test_a_comment_counter_after_the_name_closes_it():
    assert byline("17. Februar 2020 Frau Sabienes Kommentare 4 Kommentare") == ["Frau Sabienes"]
    assert byline("By Jane Doe | 4 Comments") == ["Jane Doe"]


def test_a_category_list_after_the_name_is_not_part_of_it():
    assert byline("21/06/2014 Tony Carter All, Books, Kit Reviews, News") == ["Tony Carter"]


def test_another_credit_after_the_authors_name_closes_it():
    assert byline("Text von Christian Seiler Illustration von Markus Roost") == ["Christian Seiler"]
    assert byline("Ein Interview von Eugen Zentner mit Sonja Silberhorn.") == ["Eugen Zentner"]
    assert byline("Posted by Nesselsetzer under Just For Fun, Rebloggt") == ["Nesselsetzer"]


def test_a_blog_post_label_may_stand_before_the_by_word():
    assert byline("Blog Beitrag von Margarita Koreneva") == ["Margarita Koreneva"]


def test_a_day_month_year_date_that_cannot_be_read_still_splits_the_row():
    assert byline("Swantje Bernsmann 11/08/2020 Feelings") == ["Swantje Bernsmann"]


def test_a_clock_after_the_date_is_not_a_name():
    assert byline("07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17") == []
    assert byline("Jane Doe - 07/05/2022 20H06") == ["Jane Doe"]


def test_a_thread_starters_label_is_not_part_of_the_posters_name():
    assert byline("Themenstarter Pepemaus", "Beginndatum 27. September 2018") == ["Pepemaus"]
    assert byline("Thread starter jdoe99", "Start date Sep 27, 2018") == ["jdoe99"]


def test_a_table_of_names_and_counts_is_not_a_posters_profile_block():
    lines = [
        "Mail-Aktion an den Bundestag",
        "Antworten bis 23.06.2006",
        "CDU/CSU",
        "1",
        "Antwort der Landesgruppe erhalten",
        "SPD",
        "0",
        "Antwort angekündigt, aber nicht erhalten.",
        "FDP",
        "0",
        "Grüne",
        "0",
    ]
    assert read_byline(lines, 0).authors == []


def test_a_posters_profile_block_under_a_latin_name_still_credits_the_poster():
    lines = [
        "Wie repariere ich mein Fahrrad?",
        "radler_77",
        "12",
        "340",
        "2019-03-04 10:12",
        BODY,
    ]
    assert (1, 1, ["radler_77"]) in read_byline(lines, 0).authors  # the profile block's credit, its text under it


def test_a_category_under_a_label_over_share_counters_is_not_a_poster():
    lines = [
        "A Man Developed Feather Duvet Lung After Getting New Bedding",
        "Ed Cara",
        "Monday 6:30PM",
        "Filed to:",
        "WEIRD MEDICINE",
        "438.3K",
        "57",
        "4",
        BODY,
    ]
    assert read_byline(lines, 0).authors == []
