"""Encoding detection on pages we make: declared, undeclared, lying, corrupt, BOMs."""

from __future__ import annotations

import codecs

from hypothesis import given
from hypothesis import strategies as st

from pipeline.readers.decode import _never_utf8, _Pairs, declared_charset, decode_bytes, normalise_label

ZH = "据介绍，下一步我市还将探索引入社会资本参与改造，建立长效管理机制，让老旧小区旧貌换新颜。"
ZH_TW = "據介紹，下一步本市還將探索引入社會資本參與改造，建立長效管理機制，讓老舊社區舊貌換新顏。"


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>測試</title></head><body><p>{body}</p></body></html>"


def test_labels_widen_to_supersets():
    assert normalise_label("GB2312") == "gb18030"
    assert normalise_label("gbk") == "gb18030"
    assert normalise_label("Big5") == "big5hkscs"
    assert normalise_label("iso-8859-1") == "cp1252"
    assert normalise_label("no-such-charset") is None


def test_declared_meta_charset_is_used():
    data = page(ZH * 3, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode("gb18030")
    assert declared_charset(data) == "gb18030"
    decoded = decode_bytes(data)
    assert decoded.encoding == "gb18030" and decoded.evidence == "meta"
    assert ZH in decoded.text


def test_gbk_without_declaration_after_15kb_of_ascii():
    # The people.com.cn failure: the first 15 kB are ASCII (scripts, styles), Chinese comes later.
    filler = "<script>var x = 1;</script>\n" * 600
    data = page(ZH * 20, head=filler).encode("gbk")
    assert data[:15000].isascii()
    decoded = decode_bytes(data)
    assert decoded.encoding == "gb18030"
    assert ZH in decoded.text


def test_big5_without_declaration():
    data = page(ZH_TW * 20).encode("big5")
    decoded = decode_bytes(data)
    assert decoded.encoding == "big5hkscs"
    assert ZH_TW in decoded.text


JA = "今日の東京は晴れのち曇りで、午後から雨が降る可能性があります。お出かけの際は傘をお持ちください。"
KO = "오늘 서울은 맑다가 오후에 구름이 많아지겠습니다. 외출할 때는 우산을 챙기시기 바랍니다."
# Chinese with kana rows and spaces, which must stay GB: "ＡＢＣ" and Japanese names are rare but real.
ZH_SPACED = "国务院 新闻办公室 今天 举行 发布会。" + ZH


def test_euc_jp_and_euc_kr_without_declaration_are_not_read_as_gb18030():
    """GB18030 decodes EUC-JP and EUC-KR bytes without a single error, into mojibake."""
    for text, codec, expected in ((JA, "euc_jp", "euc_jp"), (KO, "euc_kr", "cp949")):
        decoded = decode_bytes(page(text * 5).encode(codec))
        assert decoded.encoding == expected, codec
        assert text in decoded.text
    for text in (ZH, ZH_SPACED):
        assert decode_bytes(page(text * 5).encode("gbk")).encoding == "gb18030"
    assert decode_bytes(page(ZH_TW * 5).encode("big5")).encoding == "big5hkscs"


RU = "Правительство России объявило о новых мерах поддержки экономики и граждан в связи с ростом цен."
EL = "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα στήριξης της οικονομίας και των πολιτών."


def test_single_byte_cyrillic_and_greek_without_declaration_are_not_read_as_double_byte():
    """Their words are runs of non-ASCII bytes of any length; the pairs of a double-byte reading (EUC-KR: words
    with spaces between them) would leave every other run with a byte over."""
    for text, codec, expected in ((RU, "cp1251", "cp1251"), (RU, "koi8_r", "koi8-r"), (EL, "cp1253", "cp1253")):
        markup = f"<html><head><title>{text[:20]}</title></head><body><p>{text * 5}</p></body></html>"
        decoded = decode_bytes(markup.encode(codec))
        assert decoded.encoding == expected, codec
        assert text in decoded.text


def test_gbk_page_declaring_utf8_is_read_as_gbk():
    data = page(ZH * 10, '<meta charset="utf-8">').encode("gbk")
    decoded = decode_bytes(data)
    assert decoded.encoding == "gb18030"
    assert ZH in decoded.text


def test_utf8_page_declaring_gbk_is_read_as_utf8():
    data = page(ZH * 10, '<meta charset="gbk">').encode("utf-8")
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert ZH in decoded.text


def test_a_few_corrupt_bytes_become_replacement_characters_not_mojibake():
    good = page(ZH * 30, '<meta charset="utf-8">').encode("utf-8")
    middle = len(good) // 2
    data = good[:middle] + b"\xff\xfe" + good[middle + 1 :]  # two bad bytes, one byte lost
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert 1 <= decoded.errors <= 4
    assert decoded.text.count(ZH) >= 28


def test_corrupt_gbk_page_stays_gbk():
    first, second = page(ZH * 15, '<meta charset="gbk">'), ZH * 15
    data = first.encode("gbk") + b"\x81\x20" + second.encode("gbk")  # a lone lead byte between characters
    decoded = decode_bytes(data)
    assert decoded.encoding == "gb18030"
    assert decoded.text.count(ZH) >= 29


def test_boms():
    text = page(ZH)
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        decoded = decode_bytes(bom + text.encode(codec))
        assert decoded.evidence == "bom"
        assert decoded.text == text


def test_latin1_page_without_declaration():
    text = "<html><body><p>" + "Le café était fermé. Über die Brücke gehen wir später. " * 5 + "</p></body></html>"
    decoded = decode_bytes(text.encode("latin-1"))
    assert decoded.encoding == "cp1252"
    assert "café était fermé" in decoded.text


def test_http_header_charset_wins_over_detection():
    data = page(ZH * 5).encode("gbk")
    decoded = decode_bytes(data, http_content_type="text/html; charset=GBK")
    assert decoded.evidence == "http" and ZH in decoded.text


def test_decoding_never_raises_on_random_bytes():
    import random

    rng = random.Random(7)
    for size in (1, 2, 3, 100, 5000):
        data = bytes(rng.randrange(256) for _ in range(size))
        assert isinstance(decode_bytes(data).text, str)


# --- the quick paths of detection give what a plain scan gives ---

# bytes around the boundaries the pair classes and the UTF-8 floor tell apart
_EDGE_BYTES = [0x00, 0x20, 0x3F, 0x40, 0x7E, 0x7F, 0x80, 0x81, 0xA0, 0xA1, 0xA3, 0xA4, 0xA5, 0xA6, 0xAF, 0xB0]
_EDGE_BYTES += [0xC0, 0xC1, 0xC2, 0xC6, 0xC7, 0xD7, 0xD8, 0xE4, 0xEF, 0xF4, 0xF5, 0xFE, 0xFF]
_BYTES = st.lists(st.one_of(st.sampled_from(_EDGE_BYTES), st.integers(0, 255)), max_size=300).map(bytes)


def _pairs_one_by_one(data: bytes) -> tuple[int, int, int, int, int]:
    """The pairs of a left-to-right scan (a lead 0x81-0xFE takes the next byte when it is 0x40-0xFE), counted."""
    pairs = []
    i = 0
    while i + 1 < len(data):
        if 0x81 <= data[i] <= 0xFE and 0x40 <= data[i + 1] <= 0xFE:
            pairs.append((data[i], data[i + 1]))
            i += 2
        else:
            i += 1
    euc = sum(1 for _, trail in pairs if trail >= 0xA1)
    kana = sum(1 for lead, trail in pairs if lead in (0xA4, 0xA5) and trail >= 0xA1)
    gb = sum(1 for lead, trail in pairs if trail >= 0xA1 and (0xA1 <= lead <= 0xA3 or 0xB0 <= lead <= 0xD7))
    big5 = sum(1 for lead, trail in pairs if 0xA1 <= lead <= 0xC6 and (trail <= 0x7E or trail >= 0xA1))
    return len(pairs), euc, kana, gb, big5


@given(_BYTES)
def test_pair_counts_are_those_of_a_pair_by_pair_scan(data: bytes):
    pairs = _Pairs.of(data)
    assert (pairs.count, pairs.euc, pairs.kana, pairs.gb, pairs.big5) == _pairs_one_by_one(data)


@given(_BYTES)
def test_bytes_utf8_never_uses_are_a_floor_under_its_decoding_errors(data: bytes):
    assert _never_utf8(data) <= data.decode("utf-8", "replace").count("\ufffd")


def test_a_gbk_page_declaring_utf8_with_too_many_errors_for_it_still_falls_back_in_order():
    # nothing fits within the error rate: the codec with the fewest errors, utf-8 among those tried
    data = bytes(range(0x80, 0x100)) * 40
    decoded = decode_bytes(b'<meta charset="utf-8">' + data)
    assert decoded.evidence in ("detected", "fallback", "fewest-errors")
    assert decoded.errors <= data.decode("utf-8", "replace").count("\ufffd")
