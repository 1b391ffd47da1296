"""Language: what the page declares (html lang, meta), else a cheap guess from the script of its text."""

from __future__ import annotations

from collections import Counter

from pipeline.meta import patterns as P
from pipeline.meta.view import PageView

SAMPLE = 1500  # characters of text enough to tell the script


def declared_lang(view: PageView) -> str | None:
    """ISO 639-1 code from <html lang>, Content-Language or og:locale."""
    for value in (view.html_lang, view.first_meta(["content-language", "language", "og:locale", "dc.language"])):
        if value:
            match = P.LANG_TAG.match(value)
            if match and len(match.group(1)) == 2:
                return match.group(1).lower()
    return None


def guess_lang(text: str, *, vote: bool = True) -> str | None:
    """ "zh" when Han dominates, "ja" with kana, "ko" with Hangul, else a stop-word vote among en/de/fr
    (``vote=False``: None instead of the vote, for a caller that only asks whether the script is CJK)."""
    sample = text[:SAMPLE]
    if not sample:
        return None
    han = kana = 0
    if P.CJK_HINT.search(sample):  # (one quick scan: most Latin pages have no character of these scripts)
        han = sum(map(len, P.HAN_SPAN.findall(sample)))  # Han characters, counted by runs: fewer strings made
        if P.KANA_OR_HANGUL_HINT.search(sample):  # (most Chinese pages have neither)
            kana = sum(map(len, P.KANA_SPAN.findall(sample))) if P.KANA_HINT.search(sample) else 0
            if kana > 20 and kana > 0.1 * (han + kana):
                return "ja"
            if P.HANGUL_HINT.search(sample) and len(P.HANGUL.findall(sample)) > 20:
                return "ko"
    if han > 20 and han > len(sample) - han:
        return "zh"  # more Han than other characters: more than the Latin words below could be
    if not vote and han < 2:
        return None  # below, without a vote, only "zh" may be named, and not with fewer than two Han characters
    words = P.LATIN_WORD.findall(sample.lower())
    if han > 20 and han > len(words):
        return "zh"
    if len(words) < 5:
        return "zh" if han >= 2 else None
    if not vote:
        return None
    counts = Counter(words)  # each distinct word looked up once, not each occurrence
    votes = Counter({code: sum(n for word, n in counts.items() if word in stop) for code, stop in P.STOPWORDS.items()})
    code, count = votes.most_common(1)[0]
    return code if count >= 3 else None


def find_lang(view: PageView) -> str | None:
    """The declared language, checked against the script (a Chinese page declared "en" is "zh")."""
    declared = declared_lang(view)
    sample = "\n".join(view.lines[:80])
    if declared and declared in ("zh", "ja", "ko") and P.HAN_RUN.search(sample):
        return declared  # a CJK page declared CJK: the script agrees enough, no vote needed
    guessed = guess_lang(sample, vote=not declared)  # a declared language only yields to a CJK script
    if declared and guessed in ("zh", "ja", "ko") and declared != guessed:
        return guessed
    return declared or guessed
