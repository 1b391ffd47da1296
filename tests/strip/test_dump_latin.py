"""Text dumps of English and European pages: what a browser's innerText (JavaScript off) shows of a blog, a news
site with a photo gallery, a teaser rail, a comment area, a German magazine. Each dump is written here the way such a
page renders: the <title> on line 1, one block per line. The article must come out without the furniture around it."""

from __future__ import annotations

import re

import pytest

from pipeline import clean_page
from pipeline.strip import patterns as P
from pipeline.strip.lines import (
    COMMENTS,
    CONTROL,
    END,
    META,
    NOTICE,
    RELATED,
    _contents_body,
    _weight,
    classify_line,
    line_size,
)

MENU = ["Home", "News", "Politics", "Business", "Sports", "Opinion", "Search", "Subscribe"]
ARTICLE = [
    "The city council voted on Tuesday to extend the downtown bike lanes by another four miles, a plan that has "
    "divided residents and shop owners for more than a year.",
    "Supporters said the lanes would make the commute safer for the thousands of students who cycle to the "
    "university every morning, while opponents warned that the loss of parking would hurt small businesses.",
    "“We heard every side of this debate, and we think the compromise protects both cyclists and merchants,” "
    "said council member Dana Ortiz, who drafted the final version of the measure.",
    "Construction is expected to begin in the spring and to be finished before the end of next year, according "
    "to the city's transportation department, which will publish a detailed schedule next month.",
]
LONG_COMMENTS = [
    "I have lived downtown for twenty years and I have seen every plan for these streets come and go, and this one "
    "is no different: the council listens to the loudest voices, and the rest of us pay for it in lost time, lost "
    "parking and lost customers for the shops that made this neighbourhood what it is today.",
    "The studies the council cited are from cities that are nothing like ours, with flat streets and mild winters, "
    "and nobody has explained how the lanes will be cleared of snow in January or who will pay for the extra crews "
    "that the transportation department will need once the four new miles are built next year.",
]
COMMENT_LINES = [
    "Jeff Miller on November 12, 2019 at 4:47 pm said:",
    "This is a terrible idea. Nobody asked for more bike lanes and the traffic downtown is already awful enough "
    "without taking away another lane from the cars that actually pay for the roads.",
    "Anna K. on November 13, 2019 at 9:02 am said:",
    "Finally some good news for those of us who ride to work every day. I hope they add protected intersections "
    "too, because that is where most of the accidents happen on the current lanes.",
    "Sam on November 14, 2019 at 6:15 pm said:",
    "I run a bakery on Main Street and half of my customers drive in from the suburbs, so I am worried about "
    "parking, but I appreciate that the council at least listened to the merchants this time around.",
]


def _cleaned(lines: list[str], name: str = "page.txt"):
    return clean_page("\n".join(lines).encode("utf-8"), name=name)


def _paragraphs(record) -> list[str]:
    return record.text.split("\n") if record.text else []


def test_links_to_the_blogs_other_posts_under_the_headline_do_not_end_the_article():
    record = _cleaned(
        [
            "Council extends downtown bike lanes - The City Blog",
            *MENU,
            "The City Blog",
            "Council extends downtown bike lanes",
            "Previous Post",
            "Next Post",
            "November 12, 2019 | by Catherine",
            *ARTICLE,
            "Posted in City Hall | Permalink | 3 Comments",
            "Previous Post",
            "Next Post",
            "Comments",
            *COMMENT_LINES,
            "Dana on November 15, 2019 at 8:01 am said:",
            *LONG_COMMENTS,
            "Comments are closed.",
        ]
    )
    assert _paragraphs(record) == ARTICLE


def test_a_wordpress_share_row_and_its_comment_area_are_not_text():
    record = _cleaned(
        [
            "Council extends downtown bike lanes | Local Sports Talk",
            *MENU,
            "Council extends downtown bike lanes",
            "Posted by Michael Smith on November 19, 2019, 6:21 AM EST",
            *ARTICLE,
            "Share this:",
            "Click to share on Facebook (Opens in new window)",
            "Click to share on Twitter (Opens in new window)",
            "Click to email this to a friend (Opens in new window)",
            "34 responses to “Council extends downtown bike lanes”",
            "thelastcyclist says:",
            "November 19, 2019 at 6:34 am",
            *COMMENT_LINES,
        ]
    )
    assert _paragraphs(record) == ARTICLE


CAPTIONS = [
    "Cyclists ride along the new protected lane on Main Street in the city's downtown on Monday, Nov. 18, 2019, "
    "the day before the council vote.",
    "Shop owners gather outside City Hall to protest against the loss of parking spaces on Main Street, the "
    "busiest shopping street of the downtown area.",
]


def test_a_galleries_captions_said_twice_do_not_draw_the_article_and_a_copy_of_the_headline_does_not_cut_it():
    headline = "Council extends downtown bike lanes after a year of debate"
    record = _cleaned(
        [
            f"{headline} - Houston Daily",
            *MENU,
            headline,
            "Robert Burns, Staff Writer",
            "Updated 5:27 am CST, Wednesday, November 20, 2019",
            *CAPTIONS,
            "Photo: Hau Dinh, AP",
            "Image 1 of / 8",
            "Caption",
            "Close",
            "Image 1 of 8",
            *CAPTIONS,
            "Photo: Ringo H.W. Chiu, AP",
            headline,  # the gallery's overlay shows the headline again
            "1 / 8",
            "Back to Gallery",
            *ARTICLE,
            "Trending Now",
            "Ten restaurants to try this weekend",
            "The best parks for a picnic in the fall",
        ]
    )
    assert _paragraphs(record) == ARTICLE


def test_the_article_goes_on_across_a_copy_of_the_headline_over_a_gallery():
    headline = "Council extends downtown bike lanes after a year of debate"
    record = _cleaned(
        [
            f"{headline} - Houston Daily",
            *MENU,
            headline,
            "Updated 1:33 am CST, Wednesday, November 20, 2019",
            *ARTICLE[:2],
            *CAPTIONS,
            "Photo: Ringo H.W. Chiu, AP",
            "Image 1 of 4",
            *CAPTIONS,
            "Photo: Ringo H.W. Chiu, AP",
            headline,
            "1 / 4",
            "Back to Gallery",
            *ARTICLE[2:],
            "Most Popular",
            "Ten restaurants to try this weekend",
        ]
    )
    text = record.text
    assert all(paragraph in text for paragraph in ARTICLE)
    assert "Back to Gallery" not in text and "Most Popular" not in text


TEASERS = [
    ("Why the downtown market is moving to a new home", "Jane Roe"),
    ("The school board's budget, explained", "John Doe"),
    ("A new ferry line for the east side", "Mary Major"),
    ("The mayor's plan for the old rail yards", "Richard Miles"),
    ("How the city's parks will change next summer", "Ann Lee"),
]


def test_a_list_of_dated_teasers_under_a_more_from_header_is_not_text():
    lines = ["Council extends downtown bike lanes | Washington Daily", *MENU, "Council extends downtown bike lanes"]
    lines += ["by Tom Rogan", "| November 18, 2019 12:26 PM", *ARTICLE, "Share your thoughts with friends."]
    lines.append("More Washington Daily")
    for title, author in TEASERS:
        lines += [
            title,
            author,
            "Wednesday November 20, 2019",
            f"{title} is one of the stories our readers followed most closely this week, with more to come in "
            "the next days as the city council decides, the neighbourhood groups meet and the merchants of the old "
            "town make their case to the mayor and to the planning commission.",
        ]
    record = _cleaned(lines)
    assert _paragraphs(record) == ARTICLE


def test_the_list_a_sentence_announces_with_a_colon_is_kept():
    dates = [
        "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
        "June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL",
        "June 17 -- Bridgestone Arena, Nashville, TN",
        "July 2 -- Mohegan Sun Arena, Uncasville, CT",
    ]
    record = _cleaned(
        [
            "The band sets its 50th anniversary tour - Music Daily",
            *MENU,
            "The band sets its 50th anniversary tour",
            *ARTICLE,
            "The band will play these dates on its 50th anniversary tour:",
            *dates,
            "FACEBOOK",
            "TWITTER",
        ]
    )
    assert _paragraphs(record) == [*ARTICLE, "The band will play these dates on its 50th anniversary tour:", *dates]


def test_a_caption_opening_with_its_credit_does_not_end_the_article():
    record = _cleaned(
        [
            "Council extends downtown bike lanes - NBC Local",
            *MENU,
            "Council extends downtown bike lanes",
            "Suzanne Gamboa",
            "1 day ago",
            *ARTICLE[:2],
            "© Lucy Nicholson Cyclists wait at a red light on Main Street in the downtown area, on May 18, 2018.",
            *ARTICLE[2:],
            "© 2019 NBC Local Inc. All rights reserved.",
        ]
    )
    assert _paragraphs(record) == ARTICLE


SECTION_TEASERS = [
    (
        "Why farmers may want to paint their cows with zebra stripes",
        "Some people thought the striped cattle in a Japanese pasture were a practical joke, but the science behind "
        "it is serious.",
    ),
    (
        "Woman risks her life to save a koala",
        "At least six people have died and hundreds of homes have been destroyed by the bushfires this month.",
    ),
    (
        "Cities urge boycott of meat companies",
        "Lawmakers in the two biggest cities want to cut ties with businesses involved with the imports, they said.",
    ),
    (
        "A record number of robocalls in October",
        "Americans have already received more robocalls so far this year than they did in all of last year, a report "
        "says.",
    ),
]


def test_section_rails_of_dated_teasers_under_the_footer_are_not_text():
    """Each section's rail ("More World", its teasers with their age, "More in World") shows the same teasers: a
    larger block than the article, without the headers and the dated lines weighing against it."""
    lines = ["Dramatic video shows the rescue - Example News", *MENU, "Video shows the rescue: We got her"]
    lines += [*ARTICLE[:3], "© 2019 Example Interactive Inc. All Rights Reserved."]
    for section in ("World", "Science", "Health"):
        lines += [section, f"More {section}"]
        for title, summary in SECTION_TEASERS:
            lines += [title, summary, "32M ago"]
        lines.append(f"More in {section}")
    text = _cleaned(lines).text
    assert all(paragraph in text for paragraph in ARTICLE[:3])
    assert not any(title in text for title, _ in SECTION_TEASERS)


def _weighed(texts: list[str]) -> list:
    lines = [classify_line(text) for text in texts]
    for line in lines:
        line.weight = _weight(line)
    return lines


def test_a_table_of_contents_announces_no_body_across_a_footer():
    """Lines that come back in order with prose between their copies make a table of contents, and the body they
    announce is taken whole; unless a footer (a barrier) stands between the sections: lists that repeat."""
    entries = ["Day one: the arrival", "Day two: the coast", "Day three: the mountains", "Day four: the way home"]
    sections = [line for entry, paragraph in zip(entries, ARTICLE, strict=True) for line in (entry, paragraph)]
    assert _contents_body(_weighed([*entries, *sections]), 0) is not None
    footer = "© 2019 Example Media Inc. All rights reserved."
    assert _contents_body(_weighed([*entries, *sections[:4], footer, *sections[4:]]), 0) is None


GERMAN = [
    "Der Stadtrat hat am Dienstag beschlossen, die Radwege in der Innenstadt um weitere sechs Kilometer zu "
    "verlängern, nachdem die Pläne mehr als ein Jahr lang für Streit gesorgt hatten.",
    "Befürworter sprachen von einem Gewinn an Sicherheit für die vielen Studierenden, Händler warnten dagegen vor "
    "dem Verlust von Parkplätzen in der Fußgängerzone.",
    "Die Bauarbeiten sollen im Frühjahr beginnen und bis zum Ende des kommenden Jahres abgeschlossen sein, teilte "
    "das Verkehrsamt der Stadt mit.",
]


def test_a_german_magazines_furniture_is_left_out():
    record = _cleaned(
        [
            "Stadtrat verlängert Radwege | Stadtmagazin",
            "Startseite",
            "Politik",
            "Stadtrat verlängert Radwege",
            "Von Katrin Vogel und Markus Brandt",
            "20. November 2019, 14:05 Uhr",
            GERMAN[0],
            "Anzeige",
            GERMAN[1],
            "Weiterlesen",
            GERMAN[2],
            "Mehr zum Thema",
            "Radfahren im Winter: So kommen Sie sicher durch die kalte Jahreszeit",
            "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung der Redaktion.",
        ]
    )
    assert _paragraphs(record) == GERMAN


def test_a_summary_said_again_in_the_text_still_opens_it():
    """Prose said twice weighs as a caption (the gallery test above); a summary over the article that the article
    says again is the article's, as before."""
    record = _cleaned(
        [
            "Council extends downtown bike lanes - The City Paper",
            *MENU,
            "Council extends downtown bike lanes",
            ARTICLE[1],  # the summary under the headline, said again as the second paragraph
            *ARTICLE,
            "Related Topics",
        ]
    )
    assert _paragraphs(record) == [ARTICLE[1], *ARTICLE]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("34 responses to “Council extends downtown bike lanes”", COMMENTS),
        ("[ 167 comments ]", COMMENTS),
        ("Top Rated Comments", COMMENTS),
        ("View Comments", COMMENTS),
        ("Mehr zum Thema", END),
        ("Keine Kommentare", END),
        ("Media contact:", END),
        ("If you enjoyed this article, please consider supporting our journalism.", RELATED),
        ("Want more stories like this?", RELATED),
        ("Sign up for our daily newsletter", RELATED),
        ("Most Popular", RELATED),
        ("More in Politics", RELATED),
        ("More Washington Daily", RELATED),
        ("Editor's Picks", RELATED),
        ("Click to share on Twitter (Opens in new window)", CONTROL),
        ("Share this on WhatsApp", CONTROL),
        ("858 SHARES", CONTROL),
        ("Image 1 of 8", CONTROL),
        ("Back to Gallery", CONTROL),
        ("Photo: Ringo H.W. Chiu, AP", CONTROL),
        ("Newsletters", CONTROL),
        ("Advertisement", CONTROL),
        ("Quelle: dpa", CONTROL),
        ("Lesen Sie auch", CONTROL),
        ("Empfohlener redaktioneller Inhalt", CONTROL),
        ("Cyclists on Main Street on Monday. (Photo: Getty Images)", CONTROL),
        ("© Lucy Nicholson Cyclists wait at a red light on Main Street, on May 18, 2018.", CONTROL),
        ("Tous droits réservés", NOTICE),
        ("Updated 5:27 am CST, Wednesday, November 20, 2019", META),
        ("September 10, 2018 | by Catherine", META),
        ("32M ago", META),
        ("By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.", META),
        ("Par Claire Dubois Publié le 14/05/2024 à 18h05", META),
    ],
)
def test_latin_furniture_lines(line: str, kind: str):
    assert classify_line(line).kind == kind


@pytest.mark.parametrize(
    "line",
    [
        "— Dele (@dele_official) November 19, 2019",  # a quoted post's signature: the quote's, kept
        "More Americans are cycling to work than ever before, the census shows.",
        "Share prices fell sharply on Tuesday after the central bank raised its key rate by half a point.",
        "Comments made by the mayor on Tuesday drew criticism from both parties in the council.",
        "© 2019 NBC Local Inc. All rights reserved.",  # a footer: the end, not a caption
    ],
)
def test_sentences_and_footers_are_not_taken_for_those_lines(line: str):
    assert classify_line(line).kind not in (COMMENTS, RELATED, CONTROL, META) or line.startswith("©")
    if line.startswith("©"):
        assert classify_line(line).kind == END


def test_words_of_scripts_written_with_spaces_count_one_token_each():
    assert line_size("Привет мир, как дела") == 4
    assert line_size("Notícias da Fórmula 1") == 4
    assert line_size("Καλημέρα κόσμε") == 2
    assert line_size("中文测试，好的") == 7  # one per CJK character, as before


# A line opening each branch of the Latin vocabularies (in the cases their patterns accept), for their hint.
LATIN_OPENINGS = [
    "34 responses to “A title”", "View all comments", "Show 12 comments", "Read comments", "Post a comment",
    "Best comments", "Newest comments", "Comments are closed", "Comment (3)", "Join the discussion",
    "Readers' comments", "User comments", "Visitor comments", "Discussion (4)", "Conversation [2]",
    "Mehr Themen", "Auch interessant", "Das könnte Sie auch interessieren", "Verwandte Artikel", "Ähnliche Artikel",
    "Weitere Artikel", "Empfehlungen", "Kommentare", "KommentareLiczba: 6", "Kommentar schreiben",
    "Sur le même sujet", "Articles similaires", "Commentaires", "Te puede interesar", "Noticias relacionadas",
    "Comentarios", "Você pode gostar", "Notícias relacionadas", "Comentários", "Potrebbe interessarti",
    "Articoli correlati", "Commenti", "Reacties", "Komentarze", "Tags:", "Schlagwörter", "Schlagworte",
    "Stichwörter:", "Themen", "Étiquettes", "Mots-clés :", "Etiquetas", "Tagi:", "Tematy",
    "Pour lire la suite", "Lesen Sie jetzt weiter mit", "Weiterlesen mit", "To continue reading",
    "Para seguir leyendo", "Per continuare a leggere",
    "Media contacts", "Press inquiries", "News relations", "For media inquiries", "Pressekontakt",
    "Medienkontakt", "Kontakt für die Medien", "Contact presse", "Contacts médias", "Relations presse",
    "Contactos de prensa", "Contacto con los medios", "Contato para imprensa",
    "Gefällt dir unser Magazin?", "Unterstütze uns", "Unterstützen Sie unsere Arbeit", "Jetzt unterstützen",
    "If you enjoyed this post", "Please support our work", "Support us", "Follow us", "Follow The Gleaner on Twitter",
    "We want to hear what you think", "Sign up for our newsletter", "Subscribe to the newsletter", "Soutenez-nous",
    "Abonnez-vous à notre newsletter", "Apoya nuestro trabajo", "Suscríbete a nuestro boletín", "Wesprzyj nas",
    "Keine Kommentare", "Noch keine Kommentare", "No comments", "3 Kommentare", "Kontakt:", "Contact:", "Contacto:",
    "Contatto:", "Ansprechpartnerin zum Thema:",
    "Want more stories like this?", "Register for email alerts", "Get our weekly newsletter",
    "Never miss a story", "Don't miss an update", "Stay informed", "Enter your email address",
    "Top stories", "Latest news", "Recent posts", "Popular articles", "Trending", "Trending now", "Featured videos",
    "Similar articles", "Other news", "More stories", "Partner news", "Sponsored stories", "Promoted stories",
    "Recommended reads", "Related coverage", "Most read", "Editor's picks", "Editors' choice", "Don't miss",
    "Around the web", "From our partners", "What to read next", "Read next", "Up next", "Further reading",
    "In other news", "We recommend", "More in Politics", "More Washington Daily",
    "Anzeige", "Werbung", "Advertisement", "Advertising", "Publicité", "Publicidad", "Pubblicità", "Reklama",
    "Mainos", "Gesponsert", "drukuj", "Drucken", "Rezept drucken", "Artikel drucken", "Imprimer", "Imprimir",
    "Stampa", "Pinnen", "Merken", "Bei Pinterest speichern", "Vorschau auf den nächsten Artikel",
    "Nächster Beitrag", "nächste Artikel", "vorherigen Artikel", "Vorheriger Beitrag", "Voriger Artikel",
    "Article suivant", "Artículo anterior", "Siguiente artículo", "Anterior artículo", "Następny artykuł",
    "Poprzedni wpis", "Seuraava artikkeli", "Edellinen artikkeli", "Permalink", "Permalien", "Permalänk",
    "Kurzlink", "Short link", "Shortlink", "Kurz-URL", "Bild vergrößern", "Vergrößern", "Zum Vergrößern klicken",
    "Click to enlarge", "Tap to enlarge", "Enlarge image", "Agrandir la photo", "Kategorie: News",
    "Kategorien: News", "Rubriken: Sport", "Tag: news", "Category: News", "Categories: News",
    "Filed under: News", "Posted in: News", "Catégorie : News", "Catégories : News", "Categoría: News",
    "Categorías: News", "Temas: News", "Avainsanat: uutiset", "Aiheet: uutiset", "Aufrufe: 1120", "Zugriffe: 12",
    "Views: 12", "Hits: 4", "Visites : 7", "Visitas: 7", "Themen in diesem Artikel", "Explore further",
    "Video verfügbar bis 28.02.2021", "abrufbar bis 28.02.2021", "Sendung verfügbar bis 1.3.2021",
    "Podcast available until May 5", "disponible jusqu'au 5 mai",
    "Warning: Undefined variable in /www/site/classes.php on line 407", "Notice: x in /a.php on line 3",
    "Deprecated: y in /b.php on line 9", "Fatal error: z in /c.php on line 1", "Parse error: q in /d.php on line 2",
    "Strict Standards: w in /e.php on line 5",
    "Click to share on Twitter (Opens in new window)", "Share this article", "Tweet this", "Pin it", "Email this",
    "Send this to a friend", "Share on Facebook", "Sharing is caring!", "Share your thoughts with friends.",
    "858 SHARES", "Shares", "(Opens in new window)", "Opens in a new tab", "Skip to content",
    "Toggle navigation", "Open menu", "Close search", "Show caption", "Hide caption", "Search for:", "Loading...",
    "AdChoices", "Ad", "Ads", "Sponsored", "Promoted by Example", "Image 1 of 8", "Photo 2 of 5", "Slide 3 of 9",
    "Picture 1 of 2", "1 / 8", "Back to Gallery", "View gallery", "Launch the photo gallery", "See gallery",
    "Caption", "Expand", "Enlarge this image", "Getty Images", "Photo: Hau Dinh, AP", "Photos: Jane Doe",
    "Images: Example", "Photograph: Example", "Pictures: Example", "Newsletter", "Newsletters",
    "Źródło: ISBnews", "Quelle: dpa", "Fuente: EFE", "Fonte: ANSA", "Lähde: STT", "Bron: ANP", "Kuva: Lehtikuva",
    "Bild: Keystone", "Titelbild: Example", "Bildquelle: Example", "Fot.: Jan Kowalski", "Zdjęcie: PAP",
    "(Getty Images)", "iStock", "iStockphoto.com", "Shutterstock", "Shutterstock.com", "Thinkstock",
    "Adobe Stock", "stock.adobe.com", "Pixabay", "Unsplash", "Pexels", "picture alliance", "picture-alliance",
    "imago images", "(Image credit: All About Space)", "Photo courtesy of the city", "Picture: Example",
    "Foto: Example", "Photograph credit: Example", "Credit: Example", "Source: Example", "Copyright: Example",
    "Read also", "See also", "Also read", "Weiterlesen", "Lesen Sie auch", "Lesen Sie mehr", "Mit Freunden teilen",
    "Artikel teilen", "À lire aussi", "Lire aussi", "Lire la suite", "Lee también", "Leer más", "Más información",
    "Leia também", "Leia mais", "Veja também", "Leggi anche", "Lees ook", "Czytaj też", "Czytaj także",
    "Zobacz także",
    "Empfohlener redaktioneller Inhalt", "Externer Inhalt", "Externe Inhalte anzeigen", "Externen Inhalt laden",
    "Inhalte laden", "Inhalt anzeigen", "An dieser Stelle findest du einen externen Inhalt",
    "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden",
    "Um Ihre Daten zu schützen, haben wir das Laden blockiert",
    "To protect your privacy, this embed was blocked",
    "This content is provided by X, which may be using cookies",
    "To view this tweet you need to accept cookies", "I agree to external content", "Show external content",
    "Load third-party content", "Allow external content",
]  # fmt: skip
LATIN_VOCABULARIES = [
    P.LATIN_COMMENTS, P.END_OF_ARTICLE_OTHER, P.CLOSING_CONTACT, P.CLOSING_APPEAL, P.LATIN_NEWSLETTER,
    P.LATIN_RELATED, P.EUROPEAN_FURNITURE, P.LATIN_CONTROL, P.SOURCE_LINE, P.CREDIT_LINE, P.READ_ALSO,
    P.CONSENT_PLACEHOLDER,
]  # fmt: skip


@pytest.mark.parametrize("line", LATIN_OPENINGS)
def test_the_latin_opening_hint_never_says_no_where_a_vocabulary_matches(line: str):
    variants = {line, line.upper(), line.lower(), line.capitalize(), f"» {line}", f"[ {line} ]", f"• {line}"}
    matched = [variant for variant in variants if any(pattern.match(variant) for pattern in LATIN_VOCABULARIES)]
    assert line in matched or re.match(r"\W", line)  # each sample matches one of them as written
    for variant in matched:
        assert P.may_open_latin(variant), variant


def test_the_latin_opening_hint_says_no_to_most_lines():
    assert not P.may_open_latin("The city council voted on Tuesday to extend the downtown bike lanes.")
    assert not P.may_open_latin("Der Stadtrat hat am Dienstag beschlossen, die Radwege zu verlängern.")
    assert not P.may_open_latin("©")
