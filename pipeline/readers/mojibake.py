"""Undo mojibake: UTF-8 bytes that a crawler decoded as GB18030/GBK and saved again as UTF-8.

The saved page is valid UTF-8 ("鍦ㄦ柊鏃朵唬" for "在新时代"), so the decoder cannot see the
accident; the reader undoes it once, for dumps and markup alike (``decode_page``).

The misreading is reversed exactly where it can be: each character goes back to the GB bytes it
was decoded from (GB18030 maps its private-use characters back to the user-defined byte pairs;
"€" is A2E3, or the byte 0x80 for the browsers' decoder, whichever continues the UTF-8) and the
bytes are read as UTF-8. A U+FFFD in the mojibake is one byte the first decoding rejected: a lead
byte before a byte that cannot follow it. Before a byte that would have completed a pair it can
only have been 0x80, restored exactly; before a line break, a space, a digit or (in a dump, the
rendered text of misread markup) a tag since removed, it was the last byte of a UTF-8 character
whose first bytes are known: at most 64 candidates. They are ranked with the page's own text as
the language model (interpolated character trigrams of its intact text: the candidate whose
n-grams with its neighbours occur elsewhere on the page), then by how common the character is in
general (a frequency list of common Chinese characters, GB2312 level 1, the rest of GB2312), with
typography for the positions the page never shows intact (a line's end, a unit between digits, a
label's colon, a bracket's closer). The record says how many characters were guessed.

The text is cut into segments at ASCII characters below "@" (spaces, line breaks, digits,
punctuation, markup delimiters) and at characters the misreading cannot have made (an NBSP
rendered from ``&nbsp;`` after it): no such byte is the second of a GB pair, so both decodings are
in step there. A segment is re-read only when its bytes are valid UTF-8 without control characters;
otherwise it is left as it is. A page is repaired only when it shows the signature (many
characters typical of the misreading) and nearly all of its segments read back, so clean text in
any language is never touched.

EUC-JP and Shift_JIS misreadings lose far more bytes (every other kana), too many to guess back;
they are not repaired.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

try:  # a frequency-ordered list of the ~500 commonest Chinese characters (a dependency already)
    from charset_normalizer.constant import COMMON_CHINESE_CHARACTERS as _COMMON
except ImportError:  # pragma: no cover - older charset-normalizer
    _COMMON = ""

REPLACEMENT = "\ufffd"
MIN_HINTS = 3  # fewer characters typical of the misreading in the head of the text: not mojibake,
MIN_HINT_SHARE = 0.02  # nor when they are fewer than this share of its non-ASCII characters
HINT_WINDOW = 500_000  # characters looked at (a page may hold 100 kB of ASCII scripts before its text)
MIN_READ = 12  # mojibake characters that must read back (about 8 Chinese characters) ...
MIN_SHARE = 0.9  # ... and the share of the non-ASCII characters (in segments) that must read back
MAX_CHOICES = 4096  # a character with more combinations of lost bytes than this: its run is left as it is
# Segments between ASCII characters below "@": never the second byte of a GB pair.
_SEGMENT = re.compile(r"[^\x00-\x3f]+")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NOT_TEXT = frozenset(["Cc", "Cs", "Cn"])  # controls, surrogates, unassigned
# What a lost character's position says, whatever the page. The last byte of a line's last
# character is the one most often lost, and 。” and the like lose it at every line end (their middle
# byte 0x80 is rejected too), so the page never shows them there intact: general typography fills in.
LINE_END = frozenset("。！？”’）】》」』〉…—．")  # how lines end
NOT_LINE_END = frozenset("、，（【《「『〈“‘\u3000\ufffd")  # how they never do (U+FFFD: the page's own)
# A single character between digits loses its last byte every time ("5月18日"): units and counters.
AFTER_DIGIT = frozenset("年月日时分秒号期版届次个人万亿元件名家岁天周米度倍多余楼层条章节")
_CLOSER = {"【": "】", "《": "》", "（": "）", "“": "”", "‘": "’", "「": "」", "『": "』", "〈": "〉", "〔": "〕"}
_NEXT_UNIT = {"年": "月", "月": "日", "日": "时", "号": "时", "时": "分", "点": "分", "分": "秒"}
_PREVIOUS_UNIT = {"月": "年", "日": "月", "时": "日", "分": "时", "秒": "分"}
# Labels of a page's metadata lines: the colon after them is lost whenever their run is odd
# ("发稿时间：2024-05-20", "来源：人民网"), and a comma would take its place.
_LABELS = re.compile(r"(?:时间|日期|来源|稿源|出处|作者|编辑|责编|记者|原创|审核|校对|摄影|通讯员|标题|电话|地址)$")
# A person's name after a credit label ("责任编辑：李明", "（责编：王强、刘芳）", "本报记者 张伟 陈 静"):
# there the page's word statistics say nothing and common surnames and given-name characters, in
# rough order of use, decide.
_NAME_CONTEXT = re.compile(
    r"(?:记者|编辑|责编|作者|通讯员|撰稿|撰文|摄影|审核|校对|实习生|主编|文|图)\s*[：:/|｜]?\s*"
    r"(?:[\u4e00-\u9fff]{1,3}[\s、，,/]+){0,4}(?P<name>[\u4e00-\u9fff]{0,2})$"
)
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
)
# Given-name characters in rough order of use, a general prior (not read off any corpus): the
# characters of the most common full names in China's household-register statistics (张伟, 王芳,
# 李娜, 张敏 …), then the commonly published lists of given-name characters (male and female,
# interleaved by rank), then more name characters.
_TOP_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红"
_MALE_GIVEN = (
    "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子"
    "杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮"
    "政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"
)
_FEMALE_GIVEN = (
    "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼"
    "勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰"
    "韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽"
)
_MORE_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红文辉鹏斌晨晓婷雪琳颖丹宇浩凯健俊帆帅旭东峰波亮飞"
    "鑫瑞博思怡欣悦佳慧晶倩蕾琪璐瑶嘉欢露玲莉燕兰凤彬彤昊轩泽睿哲宏志坚海建国庆春晖立永兴祥福贵荣昌盛光振宗"
    "耀德仁义礼智信忠诚良善乐珍铭锋锐钧霖雨阳冰清洁莹菲芬芝茜蓉蓓薇婉婕妍媛娇姗妮娅雯霏霄云虹彩瑾瑜璇琦琼瑛"
    "环珊敬恒毓朝晋涵沛渊淼溪澜润滨源泉伦楠森彦艺航远达逸弘彪翔舟桐柏松杉桦枫梓楷栋榕煜炜焕烨熙灿晗晟晔曦旻"
    "昕昱晴惠宸寅岚峥崇嵘巍川希庚庭廷忻恬芸苹茂荷菁萱蕊豪贤赞越跃辰迈邦郁钊钰锦闻雄雅鸣鸿麒鼎斐迪"
)
_GIVEN_NAMES = "".join(
    dict.fromkeys(
        _TOP_GIVEN
        + "".join(m + f for m, f in zip(_MALE_GIVEN, _FEMALE_GIVEN, strict=False))
        + _MALE_GIVEN[len(_FEMALE_GIVEN) :]
        + _FEMALE_GIVEN[len(_MALE_GIVEN) :]
        + _MORE_GIVEN
    )
)
# rank of a character as a name's first character (surnames first), and as a later one (given names first)
_FIRST_RANK = {ch: rank for rank, ch in enumerate(dict.fromkeys(_SURNAMES + _GIVEN_NAMES))}
_LATER_RANK = {ch: rank for rank, ch in enumerate(dict.fromkeys(_GIVEN_NAMES + _SURNAMES))}
CONTEXT_BOOST = 10.0
CONTEXT_PENALTY = 0.001


def _hint_class() -> re.Pattern[str]:
    """Characters that GB18030 makes of the first two bytes of a UTF-8 CJK character (lead bytes
    E4-E9 followed by a continuation byte), and of the fullwidth-punctuation, CJK-punctuation and
    quotation-mark prefixes (锛 銆 鈥): rare in real text, everywhere in the misreading."""
    chars = {bytes([lead, trail]).decode("gb18030") for lead in range(0xE4, 0xEA) for trail in range(0x80, 0xC0)}
    chars |= {b"\xef\xbc".decode("gb18030"), b"\xe3\x80".decode("gb18030"), b"\xe2\x80".decode("gb18030")}
    return re.compile("[" + "".join(sorted(chars)) + "]")


_HINT = _hint_class()


@dataclass(frozen=True, slots=True)
class Repair:
    """A re-read text and what it took."""

    text: str
    codec: str  # the codec that made the mojibake
    guessed: int  # characters chosen among candidates (a byte was lost)
    kept: int  # runs of non-ASCII characters left as they were (not mojibake, or not recoverable)

    @property
    def message(self) -> str:
        """The record warning."""
        out = f"text was UTF-8 misread as {self.codec.upper()}: read again as UTF-8"
        if self.guessed:
            out += f"; {self.guessed} characters guessed where a byte was lost"
        if self.kept:
            out += f"; {self.kept} runs of text left as they were"
        return out


@dataclass(slots=True)
class _Slot:
    """A character one of whose bytes was lost: its candidates, in byte order."""

    candidates: list[str]


# ---------------------------------------------------------------------------------------------
# The wrong decoding, run backwards
# ---------------------------------------------------------------------------------------------
_ANY_CONTINUATION = tuple(range(0x80, 0xC0))


def _is_foreign(ch: str) -> bool:
    """A character that cannot have come out of the misreading (an NBSP from ``&nbsp;`` rendered
    after it): not ASCII, not a two-byte GB18030 character, not U+FFFD or "€"."""
    return ch > "\x7f" and ch != REPLACEMENT and ch != "\u20ac" and len(ch.encode("gb18030")) != 2


def _runs(segment: str) -> list[tuple[str, bool]]:
    """A segment cut into runs of misread characters and runs of foreign ones (True)."""
    try:
        segment.replace(REPLACEMENT, "").encode("gbk")
        return [(segment, False)]
    except UnicodeEncodeError:
        pass
    runs: list[tuple[str, bool]] = []
    start = 0
    for i in range(1, len(segment) + 1):
        if i == len(segment) or _is_foreign(segment[i]) != _is_foreign(segment[start]):
            runs.append((segment[start:i], _is_foreign(segment[start])))
            start = i
    return runs


def _to_bytes(run: str) -> list[bytes | None]:
    """The bytes the characters of a misread run were decoded from, None for each rejected byte."""
    pieces = run.split(REPLACEMENT)
    out: list[bytes | None] = []
    for i, piece in enumerate(pieces):
        if piece:
            try:
                out.append(piece.encode("gbk"))
            except UnicodeEncodeError:  # GB18030's user-defined pairs (private use) and "€"
                out.append(_encode_slow(piece, hole_follows=i + 1 < len(pieces)))
        out.append(None)
    out.pop()  # the split adds one hole too many
    return out


def _encode_slow(piece: str, *, hole_follows: bool) -> bytes:
    """GB bytes of a piece holding characters GBK lacks. A private-use character is a GB18030
    user-defined pair. "€" is A2E3 in GB18030 but the single byte 0x80 in the browsers' decoders
    (and Windows' code page 936): whichever continues the UTF-8 being spelt."""
    out = bytearray()
    for i, ch in enumerate(piece):
        if ch != "\u20ac":
            out += ch.encode("gb18030")
            continue
        nxt = piece[i + 1 : i + 2]
        continuation_follows = hole_follows if not nxt else 0x80 <= nxt.encode("gb18030")[0] <= 0xBF
        # A2 ends a character that needs one more byte and E3 starts one that needs two more
        out += b"\xa2\xe3" if _pending(out) == 1 and continuation_follows else b"\x80"
    return bytes(out)


def _pending(data: bytearray) -> int:
    """How many continuation bytes the last UTF-8 character of ``data`` still needs."""
    for back in range(1, min(4, len(data) + 1)):
        byte = data[-back]
        if byte < 0x80:
            return 0
        if byte >= 0xC0:
            return max(0, _lead_length(byte) - back)
    return 0


@lru_cache(maxsize=4096)
def _rejected(codec: str, after: bytes) -> tuple[int, ...]:
    """The bytes 0x80-0xBF (a UTF-8 continuation) that ``codec`` rejects alone when ``after`` follows."""
    tail = after.decode(codec, "replace")
    return tuple(b for b in _ANY_CONTINUATION if (bytes([b]) + after).decode(codec, "replace") == REPLACEMENT + tail)


def _lead_length(byte: int) -> int:
    if 0xC2 <= byte <= 0xDF:
        return 2
    if 0xE0 <= byte <= 0xEF:
        return 3
    if 0xF0 <= byte <= 0xF4:
        return 4
    return 0


def _read_run(pieces: list[bytes | None], codec: str, after: bytes) -> list[str | _Slot] | None:
    """The UTF-8 reading of a run's bytes with its rejected bytes filled in; None when the bytes
    cannot be UTF-8. ``after``: the bytes that followed the run.

    When the bytes the decoders' rules allow for a rejected byte spell no character, markup stood
    after it and was removed after the misreading (a dump is the rendered text of misread markup):
    it may then have been any continuation byte."""
    data = bytearray()
    holes: list[tuple[int, tuple[int, ...]]] = []  # (offset, the bytes it may have been)
    for i, piece in enumerate(pieces):
        if piece is not None:
            data += piece
            continue
        if i + 1 == len(pieces):
            possible = _rejected(codec, after)
        elif pieces[i + 1] is None:
            possible = _rejected(codec, b"\x80")  # another rejected byte follows: a continuation
        else:
            possible = _rejected(codec, pieces[i + 1][:2])  # type: ignore[index]
        holes.append((len(data), possible))
        data.append(0x80)
    if not holes:
        try:
            return [data.decode("utf-8")]
        except UnicodeDecodeError:
            return None
    parts: list[str | _Slot] = []
    start = 0  # first byte not yet read
    index = 0
    while index < len(holes):
        offset = holes[index][0]
        lead = offset
        while lead > start and offset - lead < 3 and 0x80 <= data[lead] <= 0xBF:
            lead -= 1
        length = _lead_length(data[lead])
        end = lead + length
        if length == 0 or end <= offset or end > len(data):
            return None
        group = [holes[index]]
        index += 1
        while index < len(holes) and holes[index][0] < end:
            group.append(holes[index])
            index += 1
        candidates = _candidates(data[lead:end], lead, group)
        if not candidates:
            candidates = _candidates(data[lead:end], lead, [(offset, _ANY_CONTINUATION) for offset, _ in group])
        if not candidates:
            return None
        try:
            if lead > start:
                parts.append(data[start:lead].decode("utf-8"))
        except UnicodeDecodeError:
            return None
        parts.append(candidates[0] if len(candidates) == 1 else _Slot(candidates))
        start = end
    try:
        if start < len(data):
            parts.append(data[start:].decode("utf-8"))
    except UnicodeDecodeError:
        return None
    return parts


def _candidates(char: bytearray, lead: int, holes: list[tuple[int, tuple[int, ...]]]) -> list[str]:
    """Every character the bytes of one UTF-8 character can spell, its lost bytes filled in."""
    combos = 1
    for _, possible in holes:
        combos *= len(possible)
    if not combos or combos > MAX_CHOICES:
        return []
    choices: list[bytes] = [b""]
    for _, possible in holes:
        choices = [prefix + bytes([b]) for prefix in choices for b in possible]
    out: list[str] = []
    trial = bytearray(char)
    for choice in choices:
        for (offset, _), byte in zip(holes, choice, strict=True):
            trial[offset - lead] = byte
        try:
            ch = trial.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if unicodedata.category(ch) not in _NOT_TEXT:
            out.append(ch)
    return out


# ---------------------------------------------------------------------------------------------
# Choosing a lost character: the page is its own language model
# ---------------------------------------------------------------------------------------------
_COMMON_RANK = {ch: rank for rank, ch in enumerate(_COMMON)}
CONTEXT_WEIGHT = 2.0  # pseudo-counts given to the shorter context when a longer one is scored
PRIOR_COUNTS = 0.02  # pseudo-counts per character of page that the general prior spreads over characters


@lru_cache(maxsize=65536)
def prior(ch: str) -> float:
    """How common a character is in general: a Zipf weight for the frequency list, then less for
    GB2312 level-1 hanzi and the GB2312 symbols, less for level 2, little for the rest."""
    rank = _COMMON_RANK.get(ch)
    if rank is not None:
        return 1.0 / (rank + 50)
    try:
        data = ch.encode("gb2312")
    except UnicodeEncodeError:
        return 1e-6
    if len(data) == 1:
        return 1e-4
    return 1e-3 if data[0] < 0xD8 else 1e-4


class _PageModel:
    """Interpolated character n-grams of the page's intact text, backed off to ``prior``."""

    def __init__(self, draft: str) -> None:
        self.size = len(draft)
        self.unigrams = Counter(draft)
        self.bigrams = Counter(map(str.__add__, draft, draft[1:]))
        self.trigrams = Counter(map("".join, zip(draft, draft[1:], draft[2:], strict=False)))
        del self.unigrams[REPLACEMENT]
        self._prior_weight = PRIOR_COUNTS * self.size  # (the product ``unigram`` would form first)

    def unigram(self, ch: str) -> float:
        """How often the page uses ``ch``, smoothed by how common it is in general."""
        return (self.unigrams.get(ch, 0) + self._prior_weight * prior(ch)) / (self.size + 1)

    def scores(self, candidates: list[str], left: str, right: str) -> list[float]:
        """``P(ch | two characters on the left) x P(next character | ch)`` of each candidate ``ch``.

        What depends on the context only is computed once per slot; each candidate's score is the same
        arithmetic, on the same values and in the same order, as scoring it alone (a slot may have
        dozens of candidates, a page hundreds of slots)."""
        uni, bi, tri = self.unigrams.get, self.bigrams.get, self.trigrams.get
        weight, size = self._prior_weight, self.size + 1
        last = left[-1:] if left[-1:] and left[-1] != REPLACEMENT else ""
        last_count = uni(last, 0) + CONTEXT_WEIGHT if last else 0.0
        pair = left if last and len(left) == 2 and REPLACEMENT not in left else ""
        pair_count = bi(pair, 0) + CONTEXT_WEIGHT if pair else 0.0
        following = right[0] if right[:1] and right[0] != REPLACEMENT else ""
        following_p = self.unigram(following) if following else 0.0
        out = []
        for ch in candidates:
            p = (uni(ch, 0) + weight * prior(ch)) / size
            if last:
                p = (bi(last + ch, 0) + CONTEXT_WEIGHT * p) / last_count
                if pair:
                    p = (tri(pair + ch, 0) + CONTEXT_WEIGHT * p) / pair_count
            if following:
                p *= (bi(ch + following, 0) + CONTEXT_WEIGHT * following_p) / (uni(ch, 0) + CONTEXT_WEIGHT)
            out.append(p)
        return out


def _choose(parts: list[str | _Slot]) -> list[str]:
    """Each slot replaced by its likeliest candidate, judged on the page's intact text; slots are
    filled in order, so the line before a slot holds the characters chosen for the earlier ones."""
    draft = "".join(part if isinstance(part, str) else REPLACEMENT for part in parts)
    model = _PageModel(draft)
    out: list[str] = []
    line = ""  # the current line as chosen so far
    position = 0
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            position += len(part)
            line = line + part if "\n" not in part else part.rpartition("\n")[2]
            continue
        left = (line[-2:] if len(line) >= 2 else draft[max(0, position - 2) : position]) or ""
        right = draft[position + 1 : position + 3]
        line_end = draft.find("\n", position + 1)
        after = draft[position + 1 : line_end if line_end >= 0 else len(draft)]
        shown = draft[draft.rfind("\n", 0, position) + 1 : position]  # the line as the page shows it
        expected = _expected(line, shown, after)
        candidates = [ch for ch in part.candidates if ch in expected] or part.candidates
        name = _NAME_CONTEXT.search(line)
        ranks = (_LATER_RANK if name["name"] else _FIRST_RANK) if name else {}
        names = [ch for ch in candidates if ch in ranks]
        if names:
            # a name seen on the page next to the same character wins; after a space or a label there
            # is no such evidence, only the prior
            joined = left[-1:] if left[-1:] > "\u3000" else ""
            chosen = max(names, key=lambda ch, j=joined: (bool(j) and model.bigrams[j + ch] > 0, -ranks[ch]))
        else:
            chosen = _likeliest(model, candidates, left, right)
        out.append(chosen)
        line += chosen
        position += 1
    return out


def _likeliest(model: _PageModel, candidates: list[str], left: str, right: str) -> str:
    """The candidate the page model scores highest between ``left`` and ``right``, weighed by typography
    (the first of equals, as ``max`` gives it)."""
    line_end = not right or right[0] in "\r\n"
    after_space = left[-1:].isspace()
    after_digit = left[-1:].isdigit()
    best, best_p = candidates[0], None
    for ch, p in zip(candidates, model.scores(candidates, left, right), strict=True):
        if line_end:
            p *= CONTEXT_BOOST if ch in LINE_END else CONTEXT_PENALTY if ch in NOT_LINE_END else 1.0
        elif ch == "\u3000" and not after_space:
            p *= CONTEXT_PENALTY  # an ideographic space indents; mid-line it is rare
        if after_digit and ch in AFTER_DIGIT:
            p *= CONTEXT_BOOST
        if best_p is None or p > best_p:
            best, best_p = ch, p
    return best


def _expected(before: str, shown: str, after: str) -> str:
    """Characters a line calls for between ``before`` and ``after``, chosen over any other candidate:
    the closer of the bracket or quote left open (as ``shown``: guesses open none), the colon after
    a label, the date unit after the one before the digits ("5月9_" -> 日) or before the one after
    them ("2024_05月" -> 年)."""
    stack: list[str] = []
    for ch in shown:
        if ch in _CLOSER:
            stack.append(_CLOSER[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
    out = stack[-1] if stack else ""
    if _LABELS.search(before):
        out += "："
    digits = len(before) - len(before.rstrip("0123456789"))
    if digits and digits < len(before):
        out += _NEXT_UNIT.get(before[-digits - 1], "")
    digits = len(after) - len(after.lstrip("0123456789"))
    if digits and digits < len(after):
        out += _PREVIOUS_UNIT.get(after[digits], "")
    return out


# ---------------------------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------------------------
_ASCII_BYTES = bytes(range(0x80))


def looks_misread(text: str, non_ascii: str | None = None) -> bool:
    """Cheap test (a regular expression's pass): enough characters typical of the misreading.

    Every such character is non-ASCII, so only the non-ASCII characters of the text's head are
    scanned (a page's markup is mostly ASCII): ``non_ascii``, when the caller has them for the
    whole text, else taken out of the head's UTF-8 in C loops."""
    if non_ascii is None or len(text) > HINT_WINDOW:
        head = text[:HINT_WINDOW] if len(text) > HINT_WINDOW else text
        non_ascii = head.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    return misread_signs(non_ascii)


def misread_signs(non_ascii: str) -> bool:
    """``looks_misread`` given the non-ASCII characters of a text within ``HINT_WINDOW``."""
    hints = len(_HINT.findall(non_ascii))
    if hints < MIN_HINTS:
        return False
    return hints >= MIN_HINT_SHARE * len(non_ascii)


def repair(text: str, *, known: bool = False, non_ascii: str | None = None) -> Repair | None:
    """The text re-read as UTF-8 when it is UTF-8 that was decoded as GB18030/GBK; None when not.

    ``known``: the text is part of a page already found misread (a short title): the tests of the
    signature and of size are skipped. ``non_ascii``: the text's non-ASCII characters in order, when
    the caller has them at no cost (``looks_misread``)."""
    if not known and not looks_misread(text, non_ascii):
        return None
    # GB18030 decodes GBK's user-defined area to private-use characters; strict GBK rejects it
    # (more U+FFFD, of other bytes): the private-use characters tell which one made the text.
    codec = "gb18030" if _PRIVATE_USE.search(text) or REPLACEMENT not in text else "gbk"
    parts: list[str | _Slot] = []
    done = 0
    kept = misread = read = 0
    for match in _SEGMENT.finditer(text):
        segment = match.group()
        if segment.isascii():
            continue
        parts.append(text[done : match.start()])
        done = match.end()
        boundary = text[match.end() : match.end() + 1]
        runs = _runs(segment)
        for i, (run, foreign) in enumerate(runs):
            if foreign or run.isascii():
                parts.append(run)
                continue
            misread += len(run)
            # the bytes after the run: its boundary, or "&" (an entity rendered after the
            # misreading), then two that end any GB18030 sequence (a digit may start one)
            after = b"&@@" if i + 1 < len(runs) else boundary.encode("ascii") + b"@@" if boundary else b""
            reading = _read(run, codec, after)
            if reading is None:
                parts.append(run)
                kept += 1
            else:
                parts.extend(reading)
                read += len(run)
    parts.append(text[done:])
    if not read or (not known and (read < MIN_READ or read < MIN_SHARE * misread)):
        return None
    guessed = sum(1 for part in parts if isinstance(part, _Slot))
    repaired = "".join(_choose(parts)) if guessed else "".join(parts)  # type: ignore[arg-type]
    return Repair(repaired, codec, guessed, kept)


def _read(run: str, codec: str, after: bytes) -> list[str | _Slot] | None:
    """One run re-read, or None when it is not the misreading of UTF-8 by ``codec``."""
    reading = _read_run(_to_bytes(run), codec, after)
    if reading is None or any(isinstance(part, str) and _CONTROL.search(part) for part in reading):
        return None
    return reading
