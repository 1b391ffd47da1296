"""Plain class/id names (ASCII letters and digits joined by "-" or "_") are read word by word, without the patterns
(``dom_blocks._plain_hits``): they must find what the patterns' way (``_token_hits``) and the reference way
(every vocabulary and pattern tried, ``reference_token_hits``) find."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.strip import dom_blocks as D
from pipeline.strip import patterns as P
from tests.builders import SHARED
from tests.strip.test_dom_blocks import PARTS, fixture_names, reference_token_hits


def assert_plain_hits_hold(token: str) -> None:
    plain = D._plain_hits(token)
    if plain is not None:
        assert plain == reference_token_hits(token), token
        assert plain == D._token_hits(P.DIGIT_RUN.sub("0", token)), token  # (the cache key of the patterns' way)
    lower = token.lower()
    if token.isascii() and any(getattr(P, name).search(lower) for name in PARTS):  # the stems never miss a part
        words = token.replace("_", "-").split("-")
        assert any(P.PART_STEM.search(word.lower()) for word in words) or any(
            stem in lower for stem in P.PART_NAME_STEMS
        ), token


def test_plain_names_of_the_fixtures() -> None:
    tokens = {token for value in fixture_names() for token in value.split()}
    plain = [token for token in tokens if D._plain_hits(token) is not None]
    assert len(plain) > 0.8 * len(tokens) > 200  # most names are plain
    assert sum(D._plain_hits(token) != 0 for token in plain) > 50  # ... and many of them name a vocabulary
    for token in tokens:
        assert_plain_hits_hold(token)


def test_plain_names_of_the_corpus_pages() -> None:
    """Every class and id token of the corpus pages (none without the corpora)."""
    from lxml import etree

    tokens: set[str] = set()
    for pages in ("zh-dev", "en-scrapinghub"):
        for path in sorted((SHARED / "corpora" / pages / "pages").glob("*.htm*"))[:60]:
            root = etree.fromstring(path.read_bytes(), etree.HTMLParser())
            if root is not None:
                for element in root.iter(tag=etree.Element):
                    for attribute in ("class", "id"):
                        tokens.update((element.get(attribute) or "").split())
    for token in tokens:
        assert_plain_hits_hold(token)


# Pieces of names: the vocabularies' words and the patterns' pieces (stems, labels, utility words, hashes), in
# lower case and with capitals, digits and letters with digits.
_VOCABULARY = sorted(
    {piece for name in PARTS for piece in regex.findall(r"[a-z]{2,}", getattr(P, name).pattern)}
    | P.NAV_WORDS | P.RELATED_WORDS | P.COMMENT_WORDS | P.META_WORDS | P.CONTENT_WORDS | P.LABEL_WORDS
    | P.UTILITY_SIDES | P.MARGIN_WORDS | set(P.UTILITY_PREFIXES)
    | {"skip", "social", "embed", "enabled", "open", "item", "menu", "wrapper", "css", "id", "pageid", "t", "f"}
)  # fmt: skip
WORD = (
    st.sampled_from(_VOCABULARY)
    | st.sampled_from(_VOCABULARY).map(str.capitalize)
    | st.sampled_from(_VOCABULARY).map(str.upper)
    | st.sampled_from(["0", "1", "20", "4071", "Gg0MW", "2vv8Q", "1wt1szs", "0ad0", "a1", "x", "K", "ſ", "é", "mt20"])
)
NAME = st.lists(st.tuples(WORD, st.sampled_from(["-", "_", "__", "--", "___", ""])), min_size=1, max_size=5).map(
    lambda pairs: "".join(word + separator for word, separator in pairs)
)


@settings(max_examples=3000, deadline=None)
@given(NAME, st.sampled_from(["", "-", "_", "css-", "t_f", "css-1234-", "__"]), st.booleans())
def test_plain_names_made_of_the_patterns_pieces(name: str, opening: str, trim: bool) -> None:
    token = opening + (name.rstrip("-_") if trim else name)
    if token:
        assert_plain_hits_hold(token)


def test_part_stems_are_what_every_match_holds() -> None:
    assert P._stem("share(?:bar|box|btn)") == "share"
    assert P._stem("post_?list") == "post"  # ("_" is optional: "postlist")
    assert P._stem("video[_-]?player") == "player"
    assert P._stem("ab+cd") == "ab"  # (held by "abbcd", where "abcd" is not)
    assert P._stem("ab+cde") == "cde"
    assert P._stem("x{2}yzw") == "yzw"
    assert P._stem(r"t_f(?:\s|$)") == "t_f"  # too short a run of letters: with its separators
    assert P._stem(r"modal(?![_-]*(?:enabled|open))") == "modal"
    assert "t_f" in P.PART_NAME_STEMS
    assert P.PART_STEM.search("xsidebarx") and not P.PART_STEM.search("header")
