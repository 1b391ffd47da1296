"""The headline: the line of the page that the <title> (minus its section and site suffixes), og:title,
JSON-LD or an <h1> names, found among the visible lines so that the byline around it can be read.

"丽水市政协绘就精彩履职画卷_市县政协_中国人民政治协商会议浙江省委员会" is a <title>; the page shows
"丽水市政协绘就精彩履职画卷" as a line of its own: that line is the headline, and its position
anchors the date/source/author window (bylines.py) and the breadcrumb above it (section.py).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pipeline.meta import patterns as P
from pipeline.meta.dates import find_dates
from pipeline.meta.view import PageView

MAX_HEADLINE = 200  # longer lines are text, not headlines
SCAN_LINES = 1500  # the headline sits in the first lines of even the longest pages


@dataclass(slots=True)
class Headline:
    """The headline text as displayed, and the index of its line (None when no line shows it)."""

    text: str | None
    index: int | None


@lru_cache(maxsize=4096)
def title_key(text: str) -> str:
    """A comparison key: NFKC, lower case, no spaces, punctuation or symbols."""
    return P.TITLE_NOISE.sub("", unicodedata.normalize("NFKC", text).lower())


def split_title(title: str | None) -> list[str]:
    """The segments of a <title>: "标题_栏目_站名" -> ["标题", "栏目", "站名"]."""
    if not title:
        return []
    return [part.strip() for part in P.TITLE_SEPARATOR.split(title) if part and part.strip()]


def title_prefixes(title: str) -> list[str]:
    """The title cut at each separator, longest first: a headline may itself hold a separator
    ("图说洛阳| 洛阳职业技术学院：…"), so every cut is a candidate."""
    cuts = [m.start() for m in P.TITLE_SEPARATOR.finditer(title) if m.start() > 0]
    prefixes = [title] + [title[:cut].strip() for cut in reversed(cuts)]
    return [p for p in dict.fromkeys(prefixes) if p]


def clean_headline(text: str) -> str:
    """The headline without widget tails and forum labels ("主题: …", "雄安新区[编辑]", "第二章 …241")."""
    text = P.HEADLINE_LABEL.sub("", text).strip()
    return text


def find_headline(view: PageView) -> Headline:
    """The headline line: the best match between the visible lines and the title candidates.

    Candidates, best first: the <title> cut at each separator, og:title and friends, JSON-LD
    headlines, <h1>s. Without a <title>, or when the match shows no byline near it (a site name in
    the nav, "China-Pub blog"), <h2>/<h3>, CMS title blocks and the line under a breadcrumb compete.
    """
    title = view.title if view.title and not P.JUNK_TITLE.match(view.title.strip()) else None
    candidates: list[str] = []
    if title:
        candidates.extend(title_prefixes(title))
    for name in P.META_TITLE:
        value = view.first_meta([name])
        if value and len(value) <= MAX_HEADLINE:
            candidates.extend(title_prefixes(value))
    for obj in view.jsonld:
        headline = obj.get("headline")
        if isinstance(headline, str) and 2 <= len(headline) <= MAX_HEADLINE:
            candidates.append(headline.strip())
    h1s = [text for tag, text in view.headings if tag == "h1"]
    segments = split_title(title)
    short_key = title_key(segments[0]) if segments else ""
    found = _best_line(view.lines, candidates + h1s, short_key) if title else None
    confirmed = found is not None and _confirmed(found[0].text, view, h1s)
    if found is None or (found[1] == 0 and not confirmed):
        weaker = h1s + [text for tag, text in view.headings if tag in ("h2", "h3")] + view.title_blocks
        weaker += _lines_under_breadcrumb(view.lines)
        other = _best_line(view.lines, weaker, "")
        if other is not None and (found is None or other[1] == 2):
            found = other
    if found is not None:
        return found[0]
    if candidates:  # no line shows it: the page's own names, best first
        return Headline(_clean_title_text(candidates[0], title), None)
    return _fallback_headline(view)


def _confirmed(text: str | None, view: PageView, h1s: list[str]) -> bool:
    """The headline found from the <title> is also what an <h1>, og:title or JSON-LD names."""
    if not text:
        return False
    key = title_key(text)
    others = list(h1s) + [view.first_meta([name]) or "" for name in ("og:title", "twitter:title")]
    others += [obj.get("headline") for obj in view.jsonld if isinstance(obj.get("headline"), str)]
    for other in others:
        if other and any(title_key(v) == key for v in title_prefixes(clean_headline(other))):
            return True
        if other and title_key(P.HEADLINE_SUFFIX.sub("", clean_headline(other))) == key:
            return True
    return False


def _lines_under_breadcrumb(lines: list[str]) -> list[str]:
    """The short line right under a labelled breadcrumb ("当前位置：首页->军事技术" / "飞行物理学常识")."""
    out = []
    for index, line in enumerate(lines[:SCAN_LINES]):
        if P.BREADCRUMB_LABEL.match(line) and index + 1 < len(lines):
            following = lines[index + 1]
            if (
                2 <= len(following) <= 60
                and not P.SENTENCE_END.search(following)
                and not P.CRUMB_SEPARATOR_STRONG.search(following)
            ):
                out.append(following)
    return out


def _best_line(lines: list[str], candidates: list[str], short_title_key: str) -> tuple[Headline, int] | None:
    """The line that best matches a candidate (exact, then without decorations, then a prefix), and
    whether a byline follows it (2), precedes it (1) or neither (0)."""
    keys: dict[str, int] = {}
    for rank, candidate in enumerate(candidates):
        for variant in (candidate, clean_headline(candidate)):
            key = title_key(variant)
            if len(key) >= 2 and key not in keys:
                keys[key] = rank
    if not keys:
        return None
    best: tuple[int, int, int, int] | None = None  # (byline follows, quality, -rank, -index)
    openings = {key[:2] for key in keys}  # a line that matches holds the opening of some key
    shortest = min(len(key) for key in keys)
    for index, line in enumerate(lines[:SCAN_LINES]):
        if len(line) > MAX_HEADLINE or len(line) < min(shortest, 6):
            continue
        lowered = line.lower()
        if not any(opening in lowered for opening in openings):
            continue
        text = clean_headline(line)
        key = title_key(text)
        if len(key) < 2:
            continue
        quality, rank = 0, len(candidates)
        if key in keys:
            quality, rank = 3, keys[key]
        else:
            stripped = title_key(P.HEADLINE_SUFFIX.sub("", P.HEADLINE_PREFIX.sub("", text)))
            if stripped in keys and len(stripped) >= 2:
                quality, rank = 2, keys[stripped]
            elif len(short_title_key) >= 6 and _prefix_match(key, short_title_key):
                quality = 1
        if not quality:
            continue
        score = (_byline_follows(lines, index), min(quality, 2), -rank, -index)
        if best is None or score > best:
            best = score
    if best is None:
        return None
    index = -best[3]
    return Headline(_display_text(lines[index], keys), index), best[0]


def _prefix_match(key: str, short_title_key: str) -> bool:
    """The line starts like the title's first segment (one of them cut short by the site)."""
    if key.startswith(short_title_key):
        return len(key) <= len(short_title_key) * 1.6
    return short_title_key.startswith(key) and len(key) >= max(6, 0.7 * len(short_title_key))


def _display_text(line: str, keys: dict[str, int]) -> str:
    """The headline as shown, without a category prefix or counter suffix that a better-ranked
    candidate does not have ("雄安新区[编辑]" -> "雄安新区", "第二章 失乡号的船长241" -> "第二章 …")."""
    text = P.INVISIBLE.sub("", clean_headline(line)).strip()
    variants = [text, P.HEADLINE_PREFIX.sub("", text).strip(), P.HEADLINE_SUFFIX.sub("", text).strip()]
    variants.append(P.HEADLINE_SUFFIX.sub("", variants[1]).strip())
    ranked = [(keys.get(title_key(v), 10**6), len(v), v) for v in variants if v]
    return min(ranked)[2]


def _byline_follows(lines: list[str], index: int) -> int:
    """2 when a date shows in the few lines after the line (a byline), 1 when before, else 0."""
    for offset in range(1, 6):
        if (
            index + offset < len(lines)
            and len(lines[index + offset]) <= 120
            and find_dates(lines[index + offset], short_years=True)
        ):
            return 2
    for offset in range(1, 4):
        if index - offset >= 0 and len(lines[index - offset]) <= 120 and find_dates(lines[index - offset]):
            return 1
    return 0


def _clean_title_text(candidate: str, title: str | None) -> str | None:
    """The first title segment when the name came from a <title> with suffixes."""
    if title and candidate == title:
        segments = split_title(title)
        return segments[0] if segments else None
    return candidate.strip() or None


def _fallback_headline(view: PageView) -> Headline:
    """No usable title: an <h1>/<h2>, or a short first line of a text that follows it."""
    for tag, text in view.headings:
        if tag in ("h1", "h2") and 2 <= len(text) <= 100:
            for index, line in enumerate(view.lines[:SCAN_LINES]):
                if title_key(line) == title_key(text):
                    return Headline(line, index)
    lines = view.lines
    for index, line in enumerate(lines[:3]):
        if 2 <= len(line) <= 40 and not P.SENTENCE_END.search(line) and index + 1 < len(lines):
            return Headline(line, index)
    return Headline(None, None)
