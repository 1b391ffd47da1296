"""Junk values found on a batch report of European pages: a time zone or a word after the date as the outlet;
UI controls, unfilled templates, separators and the word "logo" in the site name.

Found on a batch report of English news pages: "ET", "PT", "CST" and "IST" ranked among the top
sources, and "home page" among the top sites."""

from __future__ import annotations

import pytest

from tests.meta.helpers import html_page, run_meta

SENTENCE = "The committee met on Tuesday to discuss the budget, and members agreed to a new schedule. "
STORY = "<p>" + SENTENCE * 4 + "</p>"


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("Nov. 19, 2019 8:03 am ET", "2019-11-19T08:03"),
        ("Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)", "2019-11-18T16:05"),
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", "2019-11-19T22:31"),
        ("Nov 20 2019, 11:06am IST", "2019-11-20T11:06"),
    ],
)
def test_a_time_zone_after_the_clock_is_not_the_source(dateline: str, published: str) -> None:
    body = f"<h1>Council approves the new budget</h1><div class='meta'>{dateline}</div>{STORY}"
    record = run_meta(html_page(body, title="Council approves the new budget")).record
    assert record.published == published
    assert record.source is None


def test_an_outlet_after_the_date_is_still_the_source() -> None:
    body = f"<h1>Council approves the new budget</h1><div class='meta'>2019-11-19 08:03 Reuters</div>{STORY}"
    record = run_meta(html_page(body, title="Council approves the new budget")).record
    assert record.source == "Reuters"


@pytest.mark.parametrize("prompt", ["Go to Home Page »", "home page", "Back to homepage", "Zur Startseite"])
def test_a_prompt_to_go_home_does_not_name_the_site(prompt: str) -> None:
    body = (
        f"<header><a href='/'>{prompt}</a></header>"
        "<h1>Council approves the new budget</h1><div class='meta'>Nov. 19, 2019</div>" + STORY
    )
    title = "Council approves the new budget - The Daily Courier"
    record = run_meta(html_page(body, title=title), url="https://www.example.com/2019/11/19/budget.html").record
    assert record.site_name == "The Daily Courier"


@pytest.mark.parametrize(
    "dateline",
    [
        "21:17 18.11.2019Get short URL",
        "Milan Griffes on September 12, 2018 at 4:47 pm said:",
        "8. November 2021 | Aktuelles",
        "19.2.2020 16:20päivitetty 19.2.2020 16:20",
        "2021-05-11 22:22:17.242000+02:00",
    ],
)
def test_a_latin_word_after_the_date_is_not_the_source(dateline: str) -> None:
    body = f"<h1>Council approves the new budget</h1><div class='meta'>{dateline}</div>{STORY}"
    record = run_meta(html_page(body, title="Council approves the new budget")).record
    assert record.published is not None
    assert record.source is None


@pytest.mark.parametrize(
    ("dateline", "source"), [("2019-11-19 08:03 AFP", "AFP"), ("2024-05-20 14:33·新华社", "新华社")]
)
def test_an_outlet_or_a_chinese_name_after_the_date_is_the_source(dateline: str, source: str) -> None:
    body = f"<h1>Council approves the new budget</h1><div class='meta'>{dateline}</div>{STORY}"
    record = run_meta(html_page(body, title="Council approves the new budget")).record
    assert record.source == source


@pytest.mark.parametrize("control", ["Zurück zur Übersicht", "Log out", "Hauptnavigation", "Главная"])
def test_a_control_linked_home_does_not_name_the_site(control: str) -> None:
    body = f"<nav><a href='/'>{control}</a></nav><h1>Council approves the new budget</h1>{STORY}"
    title = "Council approves the new budget | The Daily Courier"
    record = run_meta(html_page(body, title=title), url="https://www.example.com/2019/11/19/budget.html").record
    assert record.site_name == "The Daily Courier"


@pytest.mark.parametrize(
    ("head", "site"),
    [
        ("<meta property='og:site_name' content='https://www.example-news.com'>", "example-news.com"),
        ("<meta property='og:site_name' content='{$plugin.tx_news.opengraph.site_name}'>", None),
        ("<meta property='og:site_name' content='› Courier'>", "Courier"),
    ],
)
def test_the_site_name_without_a_scheme_a_separator_or_an_unfilled_template(head: str, site: str | None) -> None:
    body = f"<h1>Council approves the new budget</h1>{STORY}"
    record = run_meta(html_page(body, title="Council approves the new budget", head=head)).record
    assert record.site_name == site


@pytest.mark.parametrize(("alt", "site"), [("Logo: Courier", "Courier"), ("Daily Courier Logo", "Daily Courier")])
def test_the_word_logo_is_not_part_of_the_site_name(alt: str, site: str) -> None:
    body = f"<header><a href='/'>{alt}</a></header><h1>Council approves the new budget</h1>{STORY}"
    record = run_meta(html_page(body, title="Council approves the new budget")).record
    assert record.site_name == site


@pytest.mark.parametrize(
    "step",
    [
        "October 18, 2019",
        "Seiten-ID: 312",
        "E-Mail",
        "Menü",
        "ma@example.de",
        "☆☆☆☆☆",
        "Actualizado al 03",
        "Impressum",
        "gizmeo.eu",
    ],
)
def test_a_date_counter_control_or_address_is_not_the_section(step: str) -> None:
    trail = f"<nav class='breadcrumb'><a href='/'>Home</a> › <a href='/x'>{step}</a></nav>"
    body = f"{trail}<h1>Council approves the new budget</h1>{STORY}"
    record = run_meta(html_page(body, title="Council approves the new budget")).record
    assert record.section is None


@pytest.mark.parametrize("step", ["Politics", "Node.js", "ASP.NET", "Published Works", "Updated Guidelines", "Privacy"])
def test_a_trail_step_is_still_the_section(step: str) -> None:
    trail = f"<nav class='breadcrumb'><a href='/'>Home</a> › <a href='/x'>{step}</a></nav>"
    body = f"{trail}<h1>Council approves the new budget</h1>{STORY}"
    record = run_meta(html_page(body, title="Council approves the new budget")).record
    assert record.section == step


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By GREG BEACHAM, AP Sports Writer", ["GREG BEACHAM"]),
        ("Louis Jacobson on Monday", ["Louis Jacobson"]),
        ("<span>Michael Hiltzik</span><span>Business Columnist</span>", ["Michael Hiltzik"]),
        ("<span>Jose Altoveros</span><a href='/author/ja'>View More Articles</a>", ["Jose Altoveros"]),
        ("Sean Martin Sean Martin", ["Sean Martin"]),
        ("2 min read", []),
    ],
)
def test_what_a_latin_byline_leaves_around_the_name_goes(byline: str, authors: list[str]) -> None:
    body = f"<h1>Council approves the new budget</h1><div class='author'>{byline}</div>{STORY}"
    record = run_meta(html_page(body, title="Council approves the new budget")).record
    assert record.authors == authors


def test_a_name_that_ends_like_a_role_word_is_kept() -> None:
    body = f"<h1>Council approves the new budget</h1><div class='author'>By Anna Writer-Jones</div>{STORY}"
    assert run_meta(html_page(body, title="Council approves the new budget")).record.authors == ["Anna Writer-Jones"]


@pytest.mark.parametrize("first", ["News", "Training", "Politik", "EDITION: INTERNATIONAL"])
def test_a_dumps_first_menu_entry_or_edition_picker_does_not_name_the_site(first: str) -> None:
    """A rendered page whose <title> names no site opens with its menu: "Training" / "Health" / "News", or an edition
    picker ("EDITION: INTERNATIONAL"); a blog's own name opening the page still names it."""
    headline = "Four things to do in October with your horse"
    lines = [headline, first, "Health", "Competitions", headline, "October 2, 2019"]
    record = run_meta("\n".join([*lines, SENTENCE * 3]), name="page.txt").record
    assert record.site_name is None
    lines[1] = "Practical Horseman"
    assert run_meta("\n".join([*lines, SENTENCE * 3]), name="page.txt").record.site_name == "Practical Horseman"


def test_a_magazines_issue_after_its_name_and_a_channel_linked_home_do_not_make_the_site_name() -> None:
    """<title> "Ein Albtraum - DER SPIEGEL 52/2018", the news channel's "Nachrichten" linked to the home page."""
    body = f"<nav><a href='/'>Nachrichten</a><a href='/politik'>Politik</a></nav><h1>Ein Albtraum</h1>{STORY}"
    record = run_meta(html_page(body, title="Ein Albtraum - DER SPIEGEL 52/2018")).record
    assert record.site_name == "DER SPIEGEL"
