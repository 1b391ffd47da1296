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
from itertools import compress

import regex

from pipeline.meta import patterns as P
from pipeline.meta.dates import find_dates
from pipeline.meta.view import PageView

MAX_HEADLINE = 200  # longer lines are text, not headlines
SCAN_LINES = 1500  # the headline sits in the first lines of even the longest pages
OPENING_TEXT = 80  # characters of the first paragraph under a title-less page's headline, at least
BYLINE_REACH = 20  # lines after a headline searched for its date (counters and separators skipped)
CRUMB_ECHO = 2  # lines under a breadcrumb where its last step may show again as the headline
LABEL_ECHO = 3  # lines after a labelled headline ("正在阅读：…") within which the bare one is the headline
WRAP_LINES = 4  # lines over which <br>s may break a headline
WRAP_MIN_KEY = 4  # characters of a key the first line of a wrapped headline holds, at least
LAST_SEGMENT_MIN = 12  # characters of a <title>'s last segment that may be its headline ("site--headline")
SITE_FIRST_MAX = 60  # characters of a <title>'s first segment that may be a domain or short form naming the site
SITE_SEGMENT_MAX = 10  # characters of a <title>'s last segment that names the site ("当代商报"), at most
MAX_TRAIL = 80  # characters of a line that may be an unlabelled trail ("首页 - 新闻动态")
BADGE_MAX = 2  # characters of a badge a platform glues before the headline ("原创"), at most
BADGED_MIN_KEY = 6  # characters of the headline's key after such a badge, at least
WORDED_MIN_SHARED = 3  # words a line shares with the <title> to say its headline in other words, at least
WORDED_LINE_SHARE = 0.6  # share of the line's words that are the <title>'s, at least
WORDED_TITLE_SHARE = 0.5  # share of the words of the <title>'s headline part that the line holds, at least
WORDED_MIN_LENGTH = 10  # characters of such a line, at least


@dataclass(slots=True)
class Headline:
    """The headline text as displayed, and the index of its line (None when no line shows it)."""

    text: str | None
    index: int | None


@lru_cache(maxsize=4096)
def title_key(text: str) -> str:
    """A comparison key: NFKC, lower case, no spaces, punctuation or symbols.

    NFKC is slow on a text it changes, and Chinese lines mostly need it for their full-width punctuation
    ("，", "（", "："): those are first replaced by what NFKC makes of them (``P.NFKC_PUNCTUATION``), which
    leaves the text's decomposition, and so its NFKC form, as it was, and often no more to normalize.
    An ASCII text (most Latin lines) is its own NFKC form and lower-cases within ASCII: its noise characters
    are deleted by a table (``P.ASCII_TITLE_NOISE``)."""
    if text.isascii():
        return text.lower().translate(P.ASCII_TITLE_NOISE)
    if not unicodedata.is_normalized("NFKC", text):
        for wide, narrow in P.NFKC_PUNCTUATION:
            text = text.replace(wide, narrow)
    return P.TITLE_NOISE.sub("", unicodedata.normalize("NFKC", text).lower())


HAN_FIRST, HAN_LAST = "\u4e00", "\u9fff"  # the unified Han ideographs: no decomposition, no case, no composition


def key_opening(line: str) -> str | None:
    """The first two characters of the line's key (``title_key(clean_headline(line))``, and ``title_key(line)``),
    read off the line without normalizing it; None when they cannot be told so.

    They can when the line opens with a character that stays in a key and runs on in ASCII characters and
    unified Han ideographs up to the character after the key's second: NFKC keeps those as they are (none
    decomposes, and none composes with the character next to it), lower case changes ASCII letters alone
    and within ASCII, and a key drops exactly the ASCII characters ``P.ASCII_NOISE``. A line whose first
    character may open a label (``HEADLINE_LABEL``, which ends with a colon) is left to the full comparison."""
    first = line[:1]
    if not first or first in P.ASCII_NOISE or (first in P.HEADLINE_LABEL_FIRST and (":" in line or "：" in line)):
        return None
    opening = ""
    for position, char in enumerate(line):
        if char.isascii():
            if char in P.ASCII_NOISE:
                continue
            opening += char.lower()
        elif HAN_FIRST <= char <= HAN_LAST:
            opening += char
        else:
            return None
        if len(opening) == 2:
            following = line[position + 1 : position + 2]
            return opening if following.isascii() or HAN_FIRST <= following <= HAN_LAST else None
    return None


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


def _headline_prefixes(title: str, view: PageView) -> list[str]:
    """The <title>'s prefixes that may be the headline. A "site - headline" title ("jungle.world - Das
    Imperialismus-Phantom", "BMWK - Förderung … gestoppt") starts with the site's name: when og:title
    (or twitter:title) is a later part of the <title>, the shorter prefixes that do not hold it are the
    site's name, not the headline; so is a prefix that is og:site_name, and a first segment that is a domain or a
    short form in capitals (``SITE_FIRST_SEGMENT``): the <title> after it is the headline."""
    prefixes = title_prefixes(title)
    segments = split_title(title)
    if (
        len(segments) > 1
        and len(segments[0]) <= SITE_FIRST_MAX
        and not P.has_han(title)
        and P.SITE_FIRST_SEGMENT.match(segments[0])
    ):
        # the site's name, then its section, then the headline: the <title> cut from the left, longest first; the last
        # of three segments or more alone only when long enough to be a headline ("BMWK - Förderung … | Tagesschau")
        cuts = [cut.end() for cut in P.TITLE_SEPARATOR.finditer(title) if cut.start() > 0]
        site_key = title_key(segments[0])
        suffixes = [title[cut:].strip() for cut in cuts]
        short_last = len(segments) > 2 and len(segments[-1]) < LAST_SEGMENT_MIN
        suffixes = [s for s in suffixes if s and not (short_last and s == segments[-1])]
        prefixes = suffixes + [p for p in prefixes if title_key(p) != site_key]
    site = view.first_meta(["og:site_name"])
    site_keys = {title_key(site), title_key(P.DOMAIN_SUFFIX.sub("", site))} if site else set()
    social = view.first_meta(["og:title", "twitter:title"])
    social_key = title_key(social) if social else ""
    title_whole = title_key(title)
    if len(social_key) >= 4 and social_key != title_whole and social_key in title_whole and social_key not in site_keys:
        prefixes = [p for p in prefixes if social_key in title_key(p) or len(title_key(p)) >= len(social_key)]
    prefixes = [p for p in prefixes if title_key(p) not in site_keys] or prefixes
    if (
        len(segments) > 1
        and len(segments[-1]) >= LAST_SEGMENT_MIN
        and len(segments[-1]) > max(len(segment) for segment in segments[:-1])
    ):
        prefixes.append(segments[-1])  # "明日股市预测--最新出炉联合国贸发报告…": the site first, the headline last
    return prefixes


def clean_headline(text: str) -> str:
    """The headline without widget tails and forum labels ("主题: …", "雄安新区[编辑]", "第二章 …241")."""
    if ":" not in text and "：" not in text:
        return text.strip()  # HEADLINE_LABEL ends with a colon: nothing to remove
    return P.HEADLINE_LABEL.sub("", text).strip()


def _decorated(text: str) -> bool:
    """Whether ``_undecorated`` may change the text: what HEADLINE_PREFIX opens with, or what HEADLINE_SUFFIX
    ends with (a digit, "- -", "[编辑]", "(页 2)"; before a final line break, where "$" matches too)."""
    last = text[-1:]
    return text[:1] in P.HEADLINE_PREFIX_FIRST or last in P.HEADLINE_SUFFIX_LAST or last.isdigit()


def _undecorated(text: str) -> str:
    """The text without a category prefix ("【专题】", "[湖湘文化]") and a counter or "[编辑]" suffix."""
    return P.HEADLINE_SUFFIX.sub("", P.HEADLINE_PREFIX.sub("", text))


def find_headline(view: PageView) -> Headline:
    """The headline line (see ``_find_headline``), its text without the marks a page sets around it."""
    found = _find_headline(view)
    return Headline(_without_glued_site(tidy_headline(found.text), view.title), found.index) if found.text else found


def _without_glued_site(text: str, title: str | None) -> str:
    """The headline without the site's name an <h1> holds right after it ("…de la InfantaUltima Hora Mallorca"
    under the <title> "…de la Infanta » Local » Noticias » Ultima Hora Mallorca", a logo's text hidden in the
    heading): the <title>'s first segment when the rest of the line is its last, glued without a space."""
    if not title or len(text) < 8:
        return text
    segments = split_title(title)
    if len(segments) < 2 or len(segments[-1]) < 3 or not text.endswith(segments[-1]) or len(text) <= len(segments[-1]):
        return text
    head = text[: -len(segments[-1])]
    if not head[-1].isalnum():  # "Die Patientenakte (ePA) – der lange Marsch": a headline holding a separator
        return text
    return head if title_key(head) == title_key(segments[0]) else text


def tidy_headline(text: str) -> str:
    """The headline without a menu arrow ("[> Jens Weber"), a leading date ("23.01.2022 - Dorothea …") or
    a closing issue number ("Der historische Purzelbaum (2021/5)"): marks of the page, not of the headline."""
    if text[0] in "[>›»":
        text = P.HEADLINE_ARROW.sub("", text, count=1) or text
    if text[0].isdigit() and ("." in text[:3] or "-" in text[:5]):
        text = P.HEADLINE_DATE_LEAD.sub("", text, count=1) or text
    if text.endswith(")") and "/" in text[-12:]:
        text = P.HEADLINE_ISSUE.sub("", text) or text
    return text


def _find_headline(view: PageView) -> Headline:
    """The headline line: the best match between the visible lines and the title candidates.

    Candidates, best first: the <title> cut at each separator, og:title and friends, JSON-LD
    headlines, <h1>s. When the match shows no byline near it (a site name in the nav, "China-Pub
    blog"), or nothing matches, weaker candidates compete: <h2>/<h3>, CMS title blocks, the line under
    a breadcrumb and the line right above a byline. A page without any <title> falls back to the short
    line that opens its text. A <title> whose headline part is a page-type word ("泡泡详情") names no
    headline: its line still anchors the byline, the title stays empty.
    """
    raw_title = view.title.strip() if view.title else None
    segments = split_title(raw_title)
    if raw_title and (P.junk_title(raw_title) or (segments and P.junk_title(segments[0]))):
        if not P.junk_title(raw_title) and len(segments) > 1:
            return Headline(None, _line_index(view.lines, segments[0]))
        raw_title, segments = None, []
    title = raw_title
    candidates: list[str] = []
    if title:
        candidates.extend(_headline_prefixes(title, view))
    for name in P.META_TITLE:
        value = view.first_meta([name])
        if value and len(value) <= MAX_HEADLINE:
            candidates.extend(title_prefixes(value))
    for obj in view.jsonld:
        headline = obj.get("headline")
        if isinstance(headline, str) and 2 <= len(headline) <= MAX_HEADLINE:
            candidates.append(headline.strip())
    h1s = [text for tag, text in view.headings if tag == "h1" and not P.LABEL_WORDS_ONLY.match(text)]
    site_keys = _site_name_keys(view)
    if site_keys and any(title_key(text) not in site_keys for text in candidates + h1s):
        # a logo's <h1> ("Telemedicus"), a <title> that is "• PepTalks": the site's name, not the headline,
        # when the page offers something else to look for (og:title, another <h1>)
        candidates = [text for text in candidates if title_key(text) not in site_keys]
        h1s = [text for text in h1s if title_key(text) not in site_keys]
    short_key = title_key(segments[0]) if segments else ""
    if short_key and title and not any(title_key(c) == short_key for c in candidates):
        short_key = ""  # the first segment is the site's name ("site - headline"), see _headline_prefixes
    lines = view.lines
    found = _best_line(lines, candidates + h1s, short_key) if candidates else None
    if found is not None and title and h1s:
        found = _h1_without_site(lines, found, title, h1s)
    if found is None and title and segments and segments[0].endswith(("...", "…")):
        found = _truncated_title_line(lines, title)
    found = _past_trail(lines, found)
    if found is not None and (found[1] == 2 or _confirmed(found[0].text, view, h1s)):
        return found[0]
    if found is None and segments and segments[0].endswith(("...", "…")):
        found = _truncated_title_line(lines, title or "")
        if found is not None:
            return found[0]
    headings = [text for tag, text in view.headings if tag in ("h2", "h3")]
    weaker = [text for text in h1s + headings if not _sentence_like(text) and not P.LABEL_WORDS_ONLY.match(text)]
    weaker += view.title_blocks
    weaker += _lines_under_breadcrumb(lines)
    other = _past_trail(lines, _best_line(lines, weaker, "", text_first=not raw_title) if weaker else None)
    if other is not None and other[1] == 2:
        return other[0]
    if found is not None:
        return found[0]
    if raw_title:  # a <title> no line shows: a heading, a line over a byline, else the <title>'s headline
        if other is not None:
            return other[0]
        if len(title_key(raw_title)) < 2:  # "1": too short to compare, shown as a line of its own
            return Headline(raw_title, _line_index(lines, raw_title))
        worded = _worded_line(lines, raw_title)
        if worded is not None:
            shown = P.visible(clean_headline(lines[worded])).strip()  # as shown: its closing number may be its own
            return _kicker_joined(lines, worded, candidates) or Headline(shown, worded)
        above = _line_above_byline(lines)
        if above is not None:
            return Headline(_display_text(lines[above], {}), above)
        return Headline(_clean_title_text(candidates[0], title), None) if candidates else _fallback_headline(view)
    if other is not None and _text_follows(lines, other[0].index):
        return other[0]
    above = _line_above_byline(lines)  # no <title> at all: the first line over a byline or over the text
    opening = _line_before_text(lines)
    if above is not None and (opening is None or (opening.index is not None and above < opening.index)):
        return Headline(_display_text(lines[above], {}), above)
    if opening is not None:
        return opening
    if other is not None:
        return other[0]
    if candidates:
        return Headline(_clean_title_text(candidates[0], title), None)
    return _fallback_headline(view)


def _worded_line(lines: list[str], title: str) -> int | None:
    """The line that says the <title>'s headline in other words, when no line shows it as such: a <title> written
    for search engines ("Cronograma Minedu 2022: ¿cuándo serán las vacaciones escolares? | respuestas | La
    República") over the headline the page shows ("¿Cuándo serán las primeras vacaciones escolares del 2022, según el
    cronograma del Minedu?"), or one with a kicker or keywords added ("Agriculture: Berne interdit désormais le
    chlorothalonil - Suisse - tdg.ch" over "Berne interdit désormais le chlorothalonil").

    Most of the line's words are the <title>'s and the line holds half the words of the <title> without its last
    segment (the site's name) at least (``WORDED_*``); of such lines the first over a byline, else the first (a
    comment or a list of related posts that repeats the headline comes later). Latin-script titles only: the words
    of a Han title do not come apart at spaces."""
    if P.has_han(title):
        return None
    segments = split_title(title)
    headline_part = " ".join(segments[:-1]) if len(segments) > 1 else title
    title_words = set(P.TITLE_WORD.findall(headline_part.casefold()))
    all_title_words = title_words | set(P.TITLE_WORD.findall(title.casefold()))
    if len(title_words) < WORDED_MIN_SHARED:
        return None
    best: tuple[bool, int] | None = None
    for index, line in enumerate(lines[:SCAN_LINES]):
        if not WORDED_MIN_LENGTH <= len(line) <= MAX_HEADLINE or (line.endswith(".") and not line.endswith("..")):
            continue  # (a sentence of the text that repeats the <title>'s words: "… is now working against the clock.")
        if not _worded_alike(set(P.TITLE_WORD.findall(line.casefold())), title_words, all_title_words):
            continue
        score = (_byline_follows(lines, index) == 2, -index)
        if best is None or score > best:
            best = score
    return -best[1] if best else None


def _worded_alike(words: set[str], title_words: set[str], all_title_words: set[str]) -> bool:
    """Most of a line's words are the <title>'s (``all_title_words``), and the line holds half the words of its
    headline part (``title_words``) at least."""
    shared = len(words & all_title_words)
    if shared < WORDED_MIN_SHARED or shared < WORDED_LINE_SHARE * len(words):
        return False
    return len(words & title_words) >= WORDED_TITLE_SHARE * len(title_words)


def worded_like(headline: str, segment: str) -> bool:
    """Whether a headline says a <title> segment in other words ("Berne interdit désormais le chlorothalonil" and
    "Agriculture: Berne interdit désormais le chlorothalonil"): the test ``_worded_line`` found it by. Latin only."""
    if P.has_han(segment):
        return False
    segment_words = set(P.TITLE_WORD.findall(segment.casefold()))
    return _worded_alike(set(P.TITLE_WORD.findall(headline.casefold())), segment_words, segment_words)


def _kicker_joined(lines: list[str], index: int, candidates: list[str]) -> Headline | None:
    """The candidate that this line and the next one show together: a kicker over the headline ("Tanz in der St.
    Galler Lokremise:" / "Mit allen Wassern gewaschen") that the <title> writes on one line."""
    if index + 1 >= len(lines):
        return None
    joined = title_key(lines[index]) + title_key(lines[index + 1])
    for candidate in candidates:
        if title_key(candidate) == joined:
            return Headline(candidate, index)
    return None


def _h1_without_site(lines: list[str], found: tuple[Headline, int], title: str, h1s: list[str]) -> tuple[Headline, int]:
    """The <h1>'s line rather than a line showing the whole <title>, when the <h1> is the <title> without its last,
    short segment ("…活动--当代商报": the site's name): that line is a sidebar's or a share box's copy."""
    whole = title_key(title)
    if title_key(found[0].text) != whole:
        return found
    segments = split_title(title)
    if len(segments) < 2 or len(segments[-1]) > SITE_SEGMENT_MAX:
        return found
    prefixes = {title_key(prefix) for prefix in title_prefixes(title)[1:]}
    for h1 in h1s:
        if title_key(h1) in prefixes:
            shown = _best_line(lines, [h1], "")
            if shown is not None and title_key(shown[0].text) != whole:
                return shown
    return found


def _site_name_keys(view: PageView) -> set[str]:
    """The title key of the site's name as the page declares it (og:site_name). Not the <title>'s last segment:
    "jungle.world - Das Imperialismus-Phantom" names the site first."""
    site = view.first_meta(["og:site_name"])
    key = title_key(site) if site else ""
    return {key} if key else set()


def _line_index(lines: list[str], text: str) -> int | None:
    """Where a line shows exactly this text (compared by title_key), among the first lines."""
    key = title_key(text)
    for index, line in enumerate(lines[:SCAN_LINES]):
        if len(line) <= MAX_HEADLINE and title_key(line) == key:
            return index
    return None


def _sentence_like(text: str) -> bool:
    """A heading that is a sentence or a prompt ("欢迎加入本站邮件列表，…请在表格中填入您的邮件地址："),
    not a headline."""
    return len(text) > MAX_HEADLINE or "。" in text or text.endswith((":", "："))


def _truncated_title_line(lines: list[str], title: str) -> tuple[Headline, int] | None:
    """A <title> cut with "..." ("【安徽阜阳一动物园2... - @头条新闻的微博 - 微博") names the line it starts:
    the headline is that line's bracketed lead ("【…】") when it has one."""
    head = split_title(title)[0].rstrip(".…").strip()
    if len(title_key(head)) < 6:
        return None
    for index, line in enumerate(lines[:SCAN_LINES]):
        if line.startswith(head) and len(line) > len(head):
            lead = P.BRACKETED_LEAD.match(line)
            text = lead["text"].strip() if lead else line[:MAX_HEADLINE]
            return Headline(text, index), _byline_follows(lines, index)
    return None


def _line_above_byline(lines: list[str]) -> int | None:
    """The first short line right above a byline (a date line, labelled or not), the byline's own role lines
    skipped: "徒手抓子弹真的存在吗？" over "来源： 科普中国-科学原理"; "[湖湘文化]陈天华《警世钟》" over
    "ggjjzhzz 发表于 2005-9-15 11:46:00"; "谁来为无序拆房“埋单”？" over "本报记者 王燕平" / "2003-7-24 钱江晚报".
    Only the first is used: the scan stops there."""
    for index in range(1, min(len(lines), SCAN_LINES)):
        line = lines[index]
        if len(line) > 80 or not (find_dates(line) or P.BYLINE_LABEL.search(line)):
            continue
        if P.CLAUSE.search(line) and not P.BYLINE_LABEL.search(line):
            continue
        if P.IGNORED_DATE_CONTEXT.search(line) or P.COMMENT_CONTEXT.search(line):
            continue
        above = index - 1
        while above > 0 and index - above < 4 and _byline_part(lines[above]):
            above -= 1
        name_line = above > 0 and len(lines[above]) <= 10 and " " not in lines[above]
        if name_line and len(lines[above - 1]) > len(lines[above]) and not _byline_part(lines[above - 1]):
            above -= 1  # "南生运营的理念（商用）" / "马亮南生" / date: the name is the author's
        if _headline_like(lines[above]):
            return above
    return None


def _headline_like(text: str) -> bool:
    """A short line that may be a headline: no full stop, link, trail, label, byline or widget
    ("Kommentieren", "Subscribe")."""
    if not 4 <= len(text) <= 80 or P.trivial_line(text) or _byline_part(text):
        return False
    if P.LABEL_WORDS_ONLY.match(text):
        return False
    if "。" in text or "://" in text or P.crumb_separator(text):
        return False
    return not P.breadcrumb_label(text)


def _byline_part(line: str) -> bool:
    """A line of a byline block: a date, a label, or a short role line ("本报记者 王燕平 方云凤")."""
    if len(line) > 40:
        return False
    return bool(find_dates(line) or P.BYLINE_LABEL.search(line) or (len(line) <= 30 and P.ROLE_LINE.match(line)))


def _text_follows(lines: list[str], index: int | None) -> bool:
    """Running text starts within the two lines after this one (a headline sits over its text)."""
    if index is None:
        return False
    return any(_running_text(line) for line in lines[index + 1 : index + 3])


def _line_before_text(lines: list[str]) -> Headline | None:
    """The short line right before the text starts (pages without a <title>): the first line of running
    text that more running text follows within two lines (a subheading may sit between)."""
    for index in range(1, min(len(lines) - 1, SCAN_LINES)):
        if len(lines[index]) >= OPENING_TEXT and _running_text(lines[index]):
            if not any(_running_text(line) for line in lines[index + 1 : index + 3]):
                continue
            above = lines[index - 1]
            usable = 4 <= len(above) <= 60 and "。" not in above and not P.trivial_line(above)
            if usable and not P.breadcrumb_label(above) and not find_dates(above):
                return Headline(_display_text(above, {}), index - 1)
            return None
    return None


def _running_text(line: str) -> bool:
    return len(line) >= 40 and bool(P.SENTENCE_END.search(line) or P.CLAUSE.search(line))


def _confirmed(text: str | None, view: PageView, h1s: list[str]) -> bool:
    """The headline found from the <title> is also what an <h1>, og:title or JSON-LD names (on a page
    without <h1>, what its first <h2> names: "Was ist Freie Software" as <title> and <h2> of a forum thread)."""
    if not text:
        return False
    key = title_key(text)
    if not h1s:
        h2 = next((heading for tag, heading in view.headings if tag == "h2"), None)
        h1s = [h2] if h2 else h1s
    others = list(h1s) + [view.first_meta([name]) or "" for name in ("og:title", "twitter:title")]
    others += [obj.get("headline") for obj in view.jsonld if isinstance(obj.get("headline"), str)]
    for other in others:
        if other and any(title_key(v) == key for v in title_prefixes(clean_headline(other))):
            return True
        if other and title_key(P.HEADLINE_SUFFIX.sub("", clean_headline(other))) == key:
            return True
    return False


def _trail_line(line: str) -> bool:
    """An unlabelled trail from the home page: "首页 - 新闻动态", "Home > News"."""
    if len(line) > MAX_TRAIL or not P.CRUMB_SEPARATOR.search(line):
        return False
    steps = [step for step in P.CRUMB_SEPARATOR.split(line) if step.strip()]
    return len(steps) >= 2 and P.crumb_head(steps[0].strip())


def _past_trail(lines: list[str], found: tuple[Headline, int] | None) -> tuple[Headline, int] | None:
    """A match that is a trail (a heading "首页 - 新闻动态" under the <title> "新闻动态--中国地理学会官网") stands over
    the headline: the line right under it ("2019年中国人文地理学术年会…"), when a byline follows that line
    ("发布时间：2019-05-18 来源：中国地理学会"); else the match as it is."""
    if found is None or found[0].index is None or not _trail_line(lines[found[0].index]):
        return found
    index = found[0].index
    if index + 2 < len(lines) and _headline_like(lines[index + 1]) and _byline_part(lines[index + 2]):
        return Headline(_display_text(lines[index + 1], {}), index + 1), 2
    return found


def _lines_under_breadcrumb(lines: list[str]) -> list[str]:
    """The short line right under a labelled breadcrumb ("当前位置：首页->军事技术" / "飞行物理学常识");
    when the trail's last step runs on to that line (a headline wrapped: "…>方法与规范>第一编" / "古代"),
    the two joined ("第一编 古代") come first."""
    out = []
    for index in P.breadcrumb_label_lines(lines[:SCAN_LINES]):
        line = lines[index]
        if index + 1 < len(lines):
            following = lines[index + 1]
            if 2 <= len(following) <= 60 and not P.SENTENCE_END.search(following) and not P.crumb_separator(following):
                steps = P.CRUMB_SEPARATOR.split(line)
                last = steps[-1].strip() if len(steps) > 1 else ""
                if last and not P.CRUMB_TAIL.match(last):
                    out.append(f"{last} {following}")
                    below = lines[index + 1 : index + 1 + CRUMB_ECHO]
                    if any(title_key(P.HEADLINE_PREFIX.sub("", other)) == title_key(last) for other in below):
                        out.append(last)  # the trail ends with the headline, shown again under it
                out.append(following)
    return out


def _best_line(
    lines: list[str], candidates: list[str], short_title_key: str, *, text_first: bool = False
) -> tuple[Headline, int] | None:
    """The line that best matches a candidate (exact, then without decorations, then a prefix), and
    whether a byline follows it (2), precedes it (1) or neither (0). ``text_first``: among lines with
    no byline after them, one that running text follows wins (pages without a <title>)."""
    keys: dict[str, int] = {}
    for rank, candidate in enumerate(candidates):
        for variant in (candidate, clean_headline(candidate)):
            key = title_key(variant)
            if len(key) >= 2 and key not in keys:
                keys[key] = rank
    if not keys:
        return None
    best: tuple[int, int, int, int] | None = None  # (byline follows, quality, -rank, -index)
    labelled: dict[str, int] = {}  # key -> index of a line that showed it behind a label ("正在阅读：…")
    bare: dict[str, list[int]] = {}  # key -> indexes of lines that showed it alone
    wrapped: dict[int, tuple[str, int, str]] = {}  # first line -> a headline wrapped from it (_wrapped_headline)
    # a line that matches holds the opening of some key: one scan of the page finds the few worth a look
    # (the search runs over all the first lines at once, but those longer than a headline, the paragraphs
    # that hold most of the characters, picked at C speed; the few lines it finds are then sized)
    shortest = min(6, *(len(key) for key in keys))
    window = lines[:SCAN_LINES]
    fits = list(map(MAX_HEADLINE.__ge__, map(len, window)))
    searched = list(compress(range(len(window)), fits))  # the index in ``window`` of each line searched
    openings = {key[:2] for key in keys}  # every way below to match a key needs the line's key to open alike
    for index in sorted(searched[found] for found in _opening_lines(list(compress(window, fits)), keys)):
        line = lines[index]
        if len(line) < shortest:
            continue
        opening = key_opening(line)
        if opening is not None and opening not in openings and not _badge_opening(line, openings):
            continue  # a key's opening further on in the line (most lines the search finds): it matches no key
        text = clean_headline(line)
        key = title_key(text)
        if len(key) < 2:
            continue
        quality, rank = 0, len(candidates)
        if key in keys:
            quality, rank = 3, keys[key]
        else:
            stripped = title_key(_undecorated(text)) if _decorated(text) else key  # key: not in keys
            if stripped in keys and len(stripped) >= 2:
                quality, rank = 2, keys[stripped]
            elif (badged := _after_badge(key, keys)) is not None:
                quality, rank = 2, keys[badged]
            elif len(short_title_key) >= 6 and _prefix_match(key, short_title_key):
                quality = 1
        if not quality and len(key) >= WRAP_MIN_KEY:
            run = _wrapped_headline(lines, index, keys)
            if run is not None:
                quality, rank = 3, keys[run[2]]
                wrapped[index] = run
        if not quality:
            continue
        if P.HEADLINE_LABEL.match(line):
            labelled.setdefault(key, index)
        else:
            bare.setdefault(key, []).append(index)
        if best is not None and best[0] and (min(quality, 2), -rank) <= best[2:4]:
            continue  # the best line has a byline after it and matches as well: a later line cannot beat it
        byline = _byline_follows(lines, wrapped[index][1] if index in wrapped else index)
        follows = text_first and byline < 2 and _text_follows(lines, index)
        score = (byline == 2, follows, min(quality, 2), -rank, byline, -index)
        if best is None or score > best:
            best = score
    if best is None:
        return None
    index = -best[5]
    key = title_key(clean_headline(lines[index]))
    if labelled.get(key) == index:  # "正在阅读：标题" over the trail and the headline itself: the widget echoes it
        index = next((i for i in bare.get(key, ()) if 0 < i - index <= LABEL_ECHO), index)
    if index in wrapped:
        return Headline(*wrapped[index][:2]), best[4]
    return Headline(_display_text(lines[index], keys), index), best[4]


def _badge_opening(line: str, openings: set[str]) -> bool:
    """Whether a key opens after the line's first character or two: a badge glued before the headline ("原创…")."""
    return any(_is_badge(line[:cut]) and key_opening(line[cut:]) in openings for cut in range(1, BADGE_MAX + 1))


def _after_badge(key: str, keys: dict[str, int]) -> str | None:
    """The key a line's key holds after a badge of a character or two ("原创" + the <title>'s headline), if any."""
    for cut in range(1, BADGE_MAX + 1):
        if len(key) - cut >= BADGED_MIN_KEY and _is_badge(key[:cut]) and key[cut:] in keys:
            return key[cut:]
    return None


def _is_badge(text: str) -> bool:
    """Ideographs only ("原创", "独家"): not a quote or a bracket opening the headline, nor a reply's "re:"."""
    return all(HAN_FIRST <= char <= HAN_LAST for char in text)


def _wrapped_headline(lines: list[str], index: int, keys: dict[str, int]) -> tuple[str, int, str] | None:
    """A headline broken over consecutive lines by <br>s ("全国人民代表大会常务委员会" / "关于批准…购买外汇及" /
    "调整…的决议"), opening on this line: the lines from here whose keys, joined, are a candidate's. Its text,
    the index of its last line (the byline hangs under it) and its key."""
    joined = title_key(lines[index])
    if not P.has_han(joined) or not any(key.startswith(joined) for key in keys):
        return None  # (Latin pages set a kicker over the headline, not a headline broken in two)
    for end in range(index + 1, min(len(lines), index + WRAP_LINES)):
        piece = title_key(lines[end])
        if len(lines[end]) > MAX_HEADLINE or piece in keys:
            return None  # a line that is a headline by itself is not a piece of one
        joined += piece
        if joined in keys:
            return "".join(clean_headline(line).strip() for line in lines[index : end + 1]), end, joined
        if not any(key.startswith(joined) for key in keys):
            return None
    return None


def _opening_lines(lines: list[str], keys: dict[str, int]) -> set[int]:
    """The indexes of the lines that hold the opening of a key: its first two characters (in any letter
    case), spaces allowed between them ("2 月 28 日…" for the key "2月28日…").

    The lines are searched joined (with a character neither a line nor a key holds). A key opening with two
    Han, kana or digit characters (``_caseless``) is looked for with ``str.find``; another with its pattern, compiled
    once per pair of characters (``_opening``): Latin pairs are few and repeat from page to page, Han pairs
    are many and would cost a compile on most pages. Either search takes one opening per line and goes on at the
    next line: a line is found or not ("th" opens a dozen words of an English line).
    """
    text = OPENING_JOIN.join(lines)
    if any(OPENING_JOIN in key[:2] for key in keys) or text.count(OPENING_JOIN) != len(lines) - 1:
        return {index for index, line in enumerate(lines) if any(_opening(key[0], key[1]).search(line) for key in keys)}
    positions: set[int] = set()
    for first, second in {key[:2] for key in keys}:  # the <title>'s cuts open alike: each opening searched once
        if _caseless(first) and _caseless(second):
            positions.update(_caseless_openings(text, first, second))
        else:
            positions.update(match.start() for match in _opening(first, second).finditer(text))
    found: set[int] = set()
    index = previous = 0
    for position in sorted(positions):  # a match's line: the joins before it, counted from the previous match on
        index += text.count(OPENING_JOIN, previous, position)
        previous = position
        found.add(index)
    return found


OPENING_JOIN = "\x00"  # joins the lines searched for openings (not whitespace: no match runs across it)
CASELESS_FIRST, CASELESS_LAST = "\u3040", "\u9fff"  # kana, CJK extension A and the unified Han characters


def _caseless(char: str) -> bool:
    """An ASCII digit, a kana or a Han character: none has a letter case or folds to another, and none is a space
    (tests/meta/test_cheap_prechecks.py asks the regex engine), so ``_opening``'s pattern matches it alone."""
    return CASELESS_FIRST <= char <= CASELESS_LAST or "0" <= char <= "9"


def _caseless_openings(text: str, first: str, second: str) -> list[int]:
    """Where ``_opening(first, second)`` matches in the text, for two ``_caseless`` characters: ``first``, then
    ``second`` right after it or after a run of what a key leaves out (spaces, punctuation, symbols: ``TITLE_NOISE``);
    the first such place of each line (the lines joined by ``OPENING_JOIN``), as the pattern's ``finditer`` gives
    them."""
    found: list[int] = []
    at = text.find(first)
    while at >= 0:
        following = text[at + 1 : at + 2]
        opens = following == second
        if not opens and following and not following.isalnum():  # (no gap character is alphanumeric)
            gap = P.TITLE_NOISE.match(text, at + 1)
            opens = bool(gap) and text[gap.end() : gap.end() + 1] == second
        if opens:
            found.append(at)
            at = text.find(OPENING_JOIN, at + 1)  # the rest of the line is not searched
            if at < 0:
                break
        at = text.find(first, at + 1)
    return found


@lru_cache(maxsize=8192)
def _opening(first: str, second: str) -> regex.Pattern[str]:
    """The two characters in any letter case, what a key leaves out allowed between them ("1-10月…" for the key
    "110月…"); the match runs on to the end of the line (``OPENING_JOIN``), so that ``finditer`` over the joined
    lines gives one match per line that holds them."""
    return regex.compile(
        regex.escape(first) + P.TITLE_NOISE_CHARACTER + "*" + regex.escape(second) + "[^" + OPENING_JOIN + "]*",
        regex.IGNORECASE,
    )


def _prefix_match(key: str, short_title_key: str) -> bool:
    """The line starts like the title's first segment: one of them cut short by the site, or the two
    worded apart only at the end ("…绘就和美乡村新画卷" in the <title>, "…新图景" over the byline)."""
    if key.startswith(short_title_key):
        return len(key) <= len(short_title_key) * 1.6
    if key[:6] != short_title_key[:6]:
        return False  # fewer than 6 characters shared: the count below could not reach 6
    pairs = enumerate(zip(key, short_title_key, strict=False))
    shared = next((i for i, (a, b) in pairs if a != b), min(len(key), len(short_title_key)))
    return shared >= max(6, 0.7 * max(len(key), len(short_title_key)))


def _display_text(line: str, keys: dict[str, int]) -> str:
    """The headline as shown, without a category prefix or counter suffix that a better-ranked
    candidate does not have ("雄安新区[编辑]" -> "雄安新区", "第二章 失乡号的船长241" -> "第二章 …")."""
    text = P.visible(clean_headline(line)).strip()
    variants = [text, P.HEADLINE_PREFIX.sub("", text).strip(), P.HEADLINE_SUFFIX.sub("", text).strip()]
    variants.append(P.HEADLINE_SUFFIX.sub("", variants[1]).strip())
    # a platform's badge glued before the headline ("原创" + the headline): the <title> shows it without
    variants += [
        text[cut:].lstrip()
        for cut in range(1, BADGE_MAX + 1)
        if _is_badge(text[:cut]) and title_key(text[cut:]) in keys
    ]
    ranked = [(keys.get(title_key(v), 10**6), len(v), v) for v in variants if v]
    best = min(ranked)
    if keys and P.TITLE_SEPARATOR_HINT.search(text):  # a tail the line adds after a separator (a screen-reader-
        # only " | FASSETTE.NET" in the <h1>) goes when the part before it is a better-ranked candidate (the
        # <title>'s) and no other candidate holds the tail
        own = title_key(text)
        cut = [(keys[title_key(v)], v) for v in title_prefixes(text)[1:] if title_key(v) in keys]
        if cut and min(cut)[0] < best[0]:
            tail = title_key(text[len(min(cut)[1]) :])
            if tail and not any(tail in key for key in keys if key != own):
                return min(cut)[1]
    return best[2]


def _byline_follows(lines: list[str], index: int) -> int:
    """2 when a date shows in the few lines after the line (a byline), 1 when before, else 0.

    Lines of counters and separators ("0", "/", "37") between the headline and its date do not count.
    """
    seen = 0
    for line in lines[index + 1 : index + 1 + BYLINE_REACH]:
        if len(line) <= 120 and (find_dates(line, short_years=True) or _glued_date(line)):
            return 2
        if not P.trivial_line(line):
            seen += 1
            if seen >= 5:
                break
    for offset in range(1, 4):
        if index - offset >= 0 and len(lines[index - offset]) <= 120 and find_dates(lines[index - offset]):
            return 1
    return 0


def _glued_date(line: str) -> bool:
    """A Latin line whose date the rendering glued to what follows its year ("Posted on28. Juli 201928. Juli
    2019AuthorAndreas Kalt"): innerText joins inline elements, a dump's byline shows so."""
    if not P.GLUED_YEAR.search(line) or P.has_han(line):
        return False
    return bool(find_dates(P.GLUED_YEAR.sub(r"\1 ", line), short_years=True))


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
