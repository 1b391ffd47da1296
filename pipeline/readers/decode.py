"""Bytes to text: pick the page's encoding the way a careful browser would, and never raise.

Order of evidence: BOM, then the NUL-byte pattern of UTF-16 without a BOM, then a strict UTF-8
check (valid UTF-8 with non-ASCII bytes is almost never anything else, whatever the page
declares), then the HTTP ``Content-Type`` charset, then ``<meta charset>`` / ``http-equiv``, then
statistical detection over the whole page (not just its head: a Chinese page whose first 15 kB
are ASCII must not be guessed from those 15 kB).

A declared or detected encoding is accepted when the bytes decode in it with at most a few
errors; those few corrupt bytes become U+FFFD instead of turning the page into mojibake.
GB2312/GBK are decoded as their superset GB18030, Big5 as Big5-HKSCS, Latin-1 as Windows-1252.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Declared charsets are looked for in the head of the document only.
_DECLARATION_WINDOW = 64 * 1024
_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-zA-Z0-9_\-.:]{2,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_\-.]{2,40})""")
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?([a-zA-Z0-9_\-.:]{2,40})""", re.IGNORECASE)

# Labels we decode with a superset codec (WHATWG Encoding Standard does the same for these).
_SUPERSETS: dict[str, str] = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "ascii": "cp1252",
    "cp1252": "cp1252",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "utf_16": "utf-16",  # a declared utf-16 without BOM is really UTF-8 in practice; see below
}

# The codecs a charset label may select (by Python's canonical name): the encodings of the WHATWG
# Encoding Standard and their close relatives. Anything else Python can "decode" is refused.
_WEB_CODECS = frozenset(
    {
        "utf_8", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be", "ascii",
        "iso8859_1", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8",
        "iso8859_9", "iso8859_10", "iso8859_11", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16",
        "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874",
        "tis_620", "cp866", "koi8_r", "koi8_u", "mac_roman", "mac_cyrillic",
        "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "cp950",
        "shift_jis", "cp932", "euc_jp", "iso2022_jp", "shift_jis_2004", "euc_jis_2004",
        "euc_kr", "cp949", "johab", "iso2022_kr",
    }
)  # fmt: skip

# Share of decode errors (per non-ASCII byte) up to which an encoding still counts as right.
_MAX_ERROR_RATE = 0.01
_DETECTION_SAMPLE = 512 * 1024
# What detection may answer: the legacy encodings web pages really use (no Mac or DOS code pages,
# which statistically resemble Windows ones on short samples and are almost never served).
_DETECTABLE = [
    "gb18030", "big5hkscs", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256",
    "cp1257", "koi8_r", "shift_jis", "euc_jp", "euc_kr", "cp874", "iso8859_2", "iso8859_15",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text plus the codec used and how we knew (``bom``, ``utf-8``, ``http``, ``meta``, ...)."""

    text: str
    encoding: str
    evidence: str
    errors: int = 0


def normalise_label(label: str | None) -> str | None:
    """A Python codec name for a charset label, widened to its superset; None when unknown.

    Only the encodings web pages use count: a page declaring ``base64``, ``zlib``, ``idna``,
    ``unicode_escape`` or ``utf-7`` names a Python codec, not a web encoding, and is ignored.
    """
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    key = name.replace("-", "_")
    if key not in _WEB_CODECS:
        return None
    return _SUPERSETS.get(key, name)


def declared_charset(data: bytes) -> str | None:
    """The charset a document declares in its head (XML prolog or <meta>), as a codec name."""
    head = data[:_DECLARATION_WINDOW]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not match:
        return None
    codec = normalise_label(match.group(1).decode("ascii", "ignore"))
    # A page cannot declare a UTF-16/32 encoding in ASCII-compatible bytes: browsers read it as UTF-8.
    if codec and codec.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return codec


def http_charset(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header, as a codec name."""
    if not content_type:
        return None
    match = _HTTP_CHARSET.search(content_type)
    return normalise_label(match.group(1)) if match else None


def _count_errors(data: bytes, codec: str) -> tuple[str, int]:
    try:
        text = data.decode(codec, errors="replace")
    except (LookupError, UnicodeError, ValueError):  # a codec that cannot decode at all: every byte wrong
        return data.decode("cp1252", errors="replace"), len(data) + 1
    return text, text.count("\ufffd")


_HIGH_BYTES = bytes(range(0x80, 0x100))


def _non_ascii(data: bytes) -> int:
    return len(data) - len(data.translate(None, _HIGH_BYTES))


# Bytes that UTF-8 never uses (C0, C1, F5-FF): each one is a U+FFFD of its own when decoding with
# errors replaced, so their number is a floor under the errors, found without decoding.
_UTF8_BYTES = bytes(b for b in range(256) if b not in (0xC0, 0xC1) and b < 0xF5)


def _never_utf8(data: bytes) -> int:
    return len(data.translate(None, _UTF8_BYTES))


def _acceptable(errors: int, non_ascii: int) -> bool:
    return errors <= non_ascii * _MAX_ERROR_RATE


def _detect(data: bytes) -> str | None:
    """Guess a legacy encoding from the bytes of the whole page (never only its head)."""
    cjk = _guess_double_byte(data)
    if cjk:
        return cjk
    return _detect_single_byte(data)


# Lead/trail byte pairs, as a left-to-right scan takes them: a lead byte 0x81-0xFE and the byte after it
# when that is 0x40-0xFE. A run of bytes 0x81-0xFE pairs up from its start (the byte before it cannot be
# a lead), and an odd run's last byte takes the byte after it when that is 0x40-0x80: so the pairs of a
# match of PAIR_RUN are the match without its last byte when its length is odd.
_PAIR_RUN = re.compile(rb"[\x81-\xfe]+[\x40-\x80]?")
# Two EUC characters with a space between them: Korean separates its words, Chinese does not.
_SPACED_PAIRS = re.compile(rb"[\xa1-\xfe][\xa1-\xfe] [\xa1-\xfe][\xa1-\xfe]")
# Spaces between two EUC bytes on each side: at least as many as _SPACED_PAIRS matches, found quickly
# (the search looks for the space first).
_SPACES_AMID_PAIRS = re.compile(rb" (?<=[\xa1-\xfe]{2} )(?=[\xa1-\xfe]{2})")
# Runs of non-ASCII bytes of odd length: double-byte text has next to none (each character is a pair), a
# single-byte text in a Cyrillic or Greek code page one in two (its words are non-ASCII bytes of any length).
_MIN_ORPHANS = 8
_ORPHAN_SHARE = 0.2
_KANA_SHARE = 0.2  # pairs in the kana rows (lead 0xA4/0xA5) from which EUC text is Japanese
_SPACED_SHARE = 0.08  # spaced pairs per pair from which EUC text is Korean
_EUC_TRAILS = 0.98  # share of pairs with an EUC trail byte (>= 0xA1); Big5 and GBK use lower ones too

# What a pair's bytes may be, as bit flags: the common characters of GB2312 (lead in the punctuation
# rows A1-A3 or the level-1 rows B0-D7, trail >= A1), of Big5 (lead A1-C6, trail 40-7E or A1-FE), kana
# (lead A4/A5, trail >= A1). A pair is of a kind when its lead's and its trail's flags share the bit.
_GB, _BIG5, _KANA = 1, 2, 4
_LEAD_FLAGS = bytes(
    (_GB if 0xA1 <= b <= 0xA3 or 0xB0 <= b <= 0xD7 else 0)
    | (_BIG5 if 0xA1 <= b <= 0xC6 else 0)
    | (_KANA if b in (0xA4, 0xA5) else 0)
    for b in range(256)
)
_TRAIL_FLAGS = bytes((_GB | _KANA if b >= 0xA1 else 0) | (_BIG5 if b <= 0x7E or b >= 0xA1 else 0) for b in range(256))
_WITHOUT = {flag: bytes(b for b in range(256) if not b & flag) for flag in (_GB, _BIG5, _KANA)}


@dataclass(frozen=True, slots=True)
class _Pairs:
    """How many lead/trail byte pairs a sample has, and of which kinds: counted with C loops
    (``translate`` tables, big-integer AND) instead of a Python loop over tens of thousands of pairs."""

    count: int
    euc: int  # pairs with a trail byte >= 0xA1
    kana: int
    gb: int
    big5: int
    runs: int = 0  # runs of bytes 0x81-0xFE (with the ASCII trail byte a run may end with)
    orphans: int = 0  # runs of an odd number of such bytes and no trail: a byte left without its pair

    @classmethod
    def of(cls, sample: bytes) -> _Pairs:
        runs = _PAIR_RUN.findall(sample)
        orphans = sum(1 for run in runs if len(run) % 2 and run[-1] > 0x80)
        joined = b"".join(run[:-1] if len(run) % 2 else run for run in runs)
        count = len(joined) // 2
        trails = joined[1::2].translate(_TRAIL_FLAGS)
        both = int.from_bytes(joined[0::2].translate(_LEAD_FLAGS)) & int.from_bytes(trails)
        kinds = both.to_bytes(count)  # per pair, the flags its lead and trail share

        def pairs_of(kind: int) -> int:
            return len(kinds.translate(None, _WITHOUT[kind]))

        return cls(
            count=count,
            euc=len(trails.translate(None, _WITHOUT[_GB])),
            kana=pairs_of(_KANA),
            gb=pairs_of(_GB),
            big5=pairs_of(_BIG5),
            runs=len(runs),
            orphans=orphans,
        )


def _guess_double_byte(data: bytes) -> str | None:
    """EUC-JP or EUC-KR (which GB18030 would read as mojibake without an error), else GB18030 or Big5.

    All three EUC encodings pair bytes >= 0xA1. Japanese writes half its text in kana, rows 0xA4/0xA5,
    which Chinese text almost never uses; Korean puts spaces between words, Chinese does not.
    """
    sample = data[:_DETECTION_SAMPLE] if len(data) > _DETECTION_SAMPLE else data
    pairs = _Pairs.of(sample)
    if pairs.orphans >= _MIN_ORPHANS and pairs.orphans >= _ORPHAN_SHARE * pairs.runs:
        return None  # words of any length: single-byte text (Cyrillic, Greek …), not pairs of bytes
    if pairs.count >= 20 and pairs.euc >= _EUC_TRAILS * pairs.count:
        if pairs.kana >= _KANA_SHARE * pairs.count:
            return "euc_jp"
        korean = _SPACED_SHARE * pairs.count
        if len(_SPACES_AMID_PAIRS.findall(sample)) >= korean and len(_SPACED_PAIRS.findall(sample)) >= korean:
            return "cp949"
    return _guess_chinese_double_byte(sample, pairs)


def _guess_chinese_double_byte(sample: bytes, pairs: _Pairs) -> str | None:
    """GB18030 or Big5, when the non-ASCII bytes of the sample come in lead/trail pairs.

    Scores each reading by how many pairs land on punctuation or level-1 (most common)
    characters of that encoding: real text scores high in its own encoding only. Big5's common
    characters start at lead byte 0xA4 and use trail bytes below 0xA1, where GB2312 has none.
    """
    high = _non_ascii(sample)
    if pairs.count < 4 or 2 * pairs.count < 0.9 * high:
        return None
    if max(pairs.gb, pairs.big5) < 0.5 * pairs.count:
        return None  # neither reading looks like Chinese text: maybe Japanese or Korean
    return "big5hkscs" if pairs.big5 > pairs.gb else "gb18030"


def _detect_single_byte(data: bytes) -> str | None:
    """charset-normalizer over samples of the page, preferring Windows-1252 on a near tie."""
    from charset_normalizer import from_bytes

    sample = data
    if len(sample) > _DETECTION_SAMPLE:
        # Keep non-ASCII-rich material: drop long pure-ASCII runs so the sample is mostly text.
        sample = re.sub(rb"[\x00-\x7f]{64,}", b" ", data)[:_DETECTION_SAMPLE]
    try:
        results = list(from_bytes(sample, cp_isolation=_DETECTABLE))
    except Exception:  # detection is advisory: never let it fail a page
        return None
    if not results:
        return None
    best = results[0]
    for match in results:
        if match.encoding == "cp1252" and match.chaos <= best.chaos + 0.05:
            return "cp1252"
    # Code pages that read these bytes exactly as Windows-1252 does are reported as the latter.
    if str(best) == sample.decode("cp1252", "replace"):
        return "cp1252"
    return normalise_label(best.encoding)


_UTF16_SAMPLE = 16 * 1024
# A C0 control character other than tab, LF, CR: real text has almost none.
_UNTEXTLIKE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when BOM-less bytes are UTF-16 text, else None.

    UTF-16 puts a NUL beside every ASCII character (markup, digits, spaces, newlines), always on
    the same side: the high byte, at odd positions in little-endian, even ones in big-endian.
    Text in a byte encoding has no NULs, or has them scattered. Accepted only when the NULs sit
    on one side (4 in 5 at least: a CJK character may have a zero low byte, like 一 U+4E00) and
    the sample then decodes to text without control characters.
    """
    sample = data[:_UTF16_SAMPLE]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    dominant, other = max(even, odd), min(even, odd)
    if dominant < max(4, len(sample) // 2 // 50) or other * 4 > dominant:
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    text = sample.decode(codec, "replace")
    if len(_UNTEXTLIKE.findall(text)) + text.count("\ufffd") > len(text) // 100:
        return None
    return codec


def decode_bytes(data: bytes, *, http_content_type: str | None = None, non_ascii: int | None = None) -> Decoded:
    """Decode a page. Never raises; the result says which codec was used and why.

    ``non_ascii``: how many of its bytes are not ASCII, when the caller has counted them already."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text, errors = _count_errors(data[len(bom) :], codec)
            return Decoded(text, codec.replace("-le", "").replace("-be", ""), "bom", errors)

    utf16 = utf16_without_bom(data)
    if utf16:
        text, errors = _count_errors(data, utf16)
        return Decoded(text, "utf-16", "utf-16-pattern", errors)

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return Decoded(text, "utf-8", "utf-8")

    if non_ascii is None:
        non_ascii = _non_ascii(data)
    candidates: list[tuple[str | None, str]] = [
        (http_charset(http_content_type), "http"),
        (declared_charset(data), "meta"),
        ("utf-8", "utf-8-with-errors"),
    ]
    tried: dict[str, tuple[str, int] | None] = {}  # None: not decoded yet, known to fail
    for codec, evidence in candidates:
        if not codec or codec in tried:
            continue
        if codec == "utf-8" and not _acceptable(_never_utf8(data), non_ascii):
            tried[codec] = None  # bytes that are an error each, too many of them: decoded only if all fail
            continue
        tried[codec] = _count_errors(data, codec)
        text, errors = tried[codec]
        if _acceptable(errors, non_ascii):
            return Decoded(text, codec, evidence, errors)

    detected = _detect(data)
    for codec in (detected, "gb18030", "big5hkscs", "cp1252"):
        if not codec:
            continue
        if tried.get(codec) is None:
            tried[codec] = _count_errors(data, codec)
        text, errors = tried[codec]
        if _acceptable(errors, non_ascii):
            return Decoded(text, codec, "detected" if codec == detected else "fallback", errors)

    decoded = {name: result or _count_errors(data, name) for name, result in tried.items()}
    codec = min(decoded, key=lambda name: decoded[name][1])
    text, errors = decoded[codec]
    return Decoded(text, codec, "fewest-errors", errors)


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def strip_control_chars(text: str) -> str:
    """Remove C0 control characters (NUL included) that no page means to show."""
    return _CONTROL_CHARS.sub("", text)


def scrub_text(text: str) -> str:
    """Text any UTF-8 output can hold: lone surrogates (a JSON ``"\\ud800"`` escape) become U+FFFD.

    Decoding bytes never yields them; text handed over as ``str`` (JSONL, ``clean_page``) may.
    """
    if text.isascii() or not _SURROGATES.search(text):
        return text
    return _SURROGATES.sub("\ufffd", text)


def clean_field(value: str | None) -> str | None:
    """A one-line metadata value (URL, date, title from a container): no control characters or
    lone surrogates, whitespace collapsed; None when nothing is left."""
    if not value:
        return None
    return " ".join(scrub_text(strip_control_chars(value)).split()) or None
