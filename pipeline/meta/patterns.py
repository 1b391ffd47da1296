"""Every pattern and vocabulary of the metadata stage, compiled once.

Each names an example of where it is seen. Other stages import from here instead of keeping
their own copy: boilerplate stripping calls ``is_metadata_line`` to drop metadata lines.
"""

from __future__ import annotations

import re
from itertools import compress, count
from operator import itemgetter

import regex
from lxml import etree

# --------------------------------------------------------------------------------------------
# Labels that introduce a metadata field on Chinese news, government and forum pages
# (the seed page: "发布日期:2021年02月20日 来源:联谊报 作者:徐文燕 叶瑞胜 字号:[][][]").
# --------------------------------------------------------------------------------------------
PUBLISH_DATE_LABELS = (
    "发布日期",  # seed page; government portals
    "发布时间",  # provincial portals "发布时间：2021年02月20日"
    "发稿时间",  # youth.cn "发稿时间：2024-05-20 13:15:00"
    "发表时间",
    "发表日期",
    "发文日期",
    "出版日期",
    "刊发时间",
    "首发时间",
    "发布",  # Discuz portal articles "|发布: 2021-1-29 13:18|点击: 313"
    "发表于",  # blogs and forums "发表于2005年09月07日 11:57 AM"
    "发布于",  # CSDN "于 2024-05-06 15:47:53 发布" / sohu "发布于：北京市" (a place: no date, ignored)
    "投稿日",  # Japanese magazines "投稿日: 2024/05/12 (日)"
    "公開日",
    "發佈時間",  # Hong Kong and Taiwan pages write the labels in traditional characters
    "發布時間",
    "發佈日期",
    "發布日期",
    "發表時間",
    "發表於",
    "Published",
    "Posted",
)
# sohu "时间：2004年10月21日14:18"; 政务公开 info tables "生成日期：2024-05-10"
# 留言板 and 12345 hotline pages are published with their reply: "回复时间：2024-04-07 16:30"
PLAIN_DATE_LABELS = (
    "时间",
    "日期",
    "时间：",
    "時間",
    "Date",
    "生成日期",
    "回复时间",
    "回复日期",
    "答复时间",
    "答复日期",
)
UPDATE_DATE_LABELS = (
    "更新时间",
    "更新日期",
    "修改时间",
    "最后更新",
    "更新于",
    "编辑于",
    "Updated",
    "更新日",
    "更新時間",
)  # zhihu "编辑于"
OTHER_DATE_LABELS = (
    "成文日期",
    "生效日期",
    "印发日期",
    "实施日期",
    "截止日期",
    "注册时间",
    "登录时间",
    "加入时间",
    "来信时间",  # a citizen's letter, older than the reply that publishes it
    "来信日期",
    "留言时间",
    "留言日期",
    "提问时间",
)
DATE_LABELS = PUBLISH_DATE_LABELS + PLAIN_DATE_LABELS + UPDATE_DATE_LABELS + OTHER_DATE_LABELS
SOURCE_LABELS = (
    "来源",  # "来源：新华网"
    "稿源",
    "出处",
    "转载自",
    "来自",  # "|来自: 互联网" (but "来自甘肃" is an IP location: see PLACE_VALUE)
    "本文来源",
    "本文来源于",  # caijing "本文来源于国家统计局　2024-05-11 09:36:26"
    "来源于",  # "来源于：东区办事处"
    "信息来源",
    "文章来源",
    "新闻来源",
    "消息来源",
    "出自",  # "出自[人民文学出版社]"
    "出版社",  # sina books "连载：乔冠华才情人生   出版社：团结出版社   作者：罗银胜"
    "原创",  # 39.net "原创：39健康网2024-04-23 12:27:25"
    "发文机关",  # government disclosure tables "发文机关：吉林省人民政府"
    "发布机构",  # 政务公开 info tables "发布机构：绍兴市人民政府办公室"
    "发布单位",
    "回复单位",  # the office answering a 留言板 or 12345 hotline letter
    "答复单位",
    "回复部门",
    "答复部门",
    "來源",  # traditional characters: "來源：香港文匯網"
    "新聞來源",
    "文章來源",
    "資料來源",
    "出處",
    "Source",
)
AUTHOR_LABELS = (
    "作者",
    "记者",
    "本报记者",
    "本刊记者",
    "实习记者",
    "特约记者",
    "通讯员",
    "本报通讯员",
    "实习生",
    "本报实习生",
    "撰文",
    "撰稿",
    "撰稿人",
    "执笔",
    "特约评论员",
    "评论员",
    "文",  # "文丨政能亮特约评论员 韩涵", "文/张三"
    "楼主",
    "发帖人",
    "記者",
    "本報記者",
    "通訊員",
    "Author",
    "Autor",  # German, Spanish, Polish
    "Autorin",
    "Auteur",  # French "Auteur : Kossivi Tiassou"
    "Autore",
    "By",
)
EDITOR_LABELS = (
    "责任编辑",
    "编辑",
    "责编",
    "审核",
    "校对",
    "审校",
    "终审",
    "初审",
    "复审",
    "值班编辑",
    "网络编辑",
    "本文编辑",
    "主编",
    "编审",
    "責任編輯",
    "編輯",
    "責編",
    "審核",
    "校對",
)
OTHER_LABELS = (
    "字号",
    "字体",
    "浏览次数",
    "浏览量",
    "浏览",
    "阅读次数",
    "阅读量",
    "点击数",
    "点击量",
    "点击",
    "访问量",
    "阅读",
    "分享到",
    "分享至",
    "打印",
    "索引号",
    "索  引 号",
    "分类",
    "分  类",
    "发文字号",
    "主题分类",
    "关键词",
    "标签",
    "文章标签",
    "评论",
    "摄影",
    "图片",
    "责任单位",
    "所属分类",
    "字體",
    "字號",
    "瀏覽次數",
    "點擊數",
)

# Which field a label fills.
LABEL_KIND: dict[str, str] = {}
for _label in PUBLISH_DATE_LABELS:
    LABEL_KIND[_label] = "published"
for _label in PLAIN_DATE_LABELS:
    LABEL_KIND[_label.rstrip("：")] = "date"
for _label in UPDATE_DATE_LABELS:
    LABEL_KIND[_label] = "updated"
for _label in OTHER_DATE_LABELS:
    LABEL_KIND[_label] = "other_date"
for _label in SOURCE_LABELS:
    LABEL_KIND[_label] = "source"
for _label in AUTHOR_LABELS:
    LABEL_KIND[_label] = "author"
for _label in EDITOR_LABELS:
    LABEL_KIND[_label] = "editor"
for _label in OTHER_LABELS:
    LABEL_KIND[_label] = "other"


def _alternation(words: object) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))  # type: ignore[arg-type]


def literal_trie(words: set[str] | frozenset[str]) -> str:
    """A stdlib pattern that matches exactly the given words, their alternatives grouped by first character, then
    by the next ("来(?:源于?|自)|…"): where a line holds a word's first character, one branch is tried, not every
    word (an alternation of 150 words runs several times slower on a line of Chinese text)."""
    groups: dict[str, set[str]] = {}
    for word in words:
        if word:
            groups.setdefault(word[0], set()).add(word[1:])
    branches = [re.escape(first) + literal_trie(rests) for first, rests in sorted(groups.items())]
    if not branches:
        return ""
    optional = "" in words  # a word that ends here, and longer ones that go on
    if len(branches) == 1 and not optional:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")


_LABEL_WORDS = [w.rstrip("：") for w in LABEL_KIND if w.isascii() is False and w not in ("文",)]
# A labelled field inside a byline line: the label, then a colon (or a bracket / bar), then the value.
# "发布日期:2021年02月20日 来源:联谊报", "来源：[ 人民网 ]", "作者 | 张三", "来源: 北青网-北京青年报".
FIELD_LABEL = regex.compile(
    r"(?:^|(?<=[\s\d|｜/\]】)）(（\[【,，;；·•:：]))[【\[(（]?\s*(?P<label>"
    + _alternation(_LABEL_WORDS)
    + r")\s*[】\])）]?"
    r"\s*(?P<sep>[:：丨|｜]|(?=\s*[\[【(（])|\s+(?=\S))",
)
# The same labels with a colon right after them anywhere ("本文来源于国家统计局" has none: see SOURCE_GLUED).
FIELD_LABEL_COLON = regex.compile(r"(?P<label>" + _alternation(_LABEL_WORDS) + r")\s*[:：]")
# Labels that run straight into their value: "本文来源于国家统计局　2024-05-11", "出自[人民文学出版社]",
# "原创：39健康网", "作者：赵  培". Also "文丨政能亮特约评论员 韩涵" and "文/张三" (文 only at line start).
_GLUED_SOURCE_WORDS = ("本文来源于", "本文转自", "转载自", "转自", "稿件来源于", "来源于")
SOURCE_GLUED = regex.compile(r"(?:" + "|".join(_GLUED_SOURCE_WORDS) + r")\s*[:：]?\s*(?P<value>[^\s|｜]{2,30})")
# A byline's cell between bars whose label runs straight into its value, as a dump renders
# "<span>来源</span><a>CSDN</a>": "…| 来源CSDN| 0 条评论| 作者魏星" (after a bar only: a line opening "作者简介" is a
# heading).
GLUED_CELL_FIELD = regex.compile(
    r"(?<=[|｜]\s*)(?P<label>来源|作者|记者|编辑|责任编辑|责编)(?P<value>[^\s|｜:：]{2,20})\s*(?=[|｜]|$)"
)
# Every word FIELD_LABEL or SOURCE_GLUED needs, as plain text: a line holding none has no labelled field
# (the stdlib engine runs a literal alternation several times faster than FIELD_LABEL's lookbehinds).
LABEL_WORD_ANY = re.compile(literal_trie({*_LABEL_WORDS, *_GLUED_SOURCE_WORDS}))
# What a line of the text longer than a label's line holds for ``extract._authors_in_text`` to read a credit in it: "文"
# ("文/栗思"), "由" (a forum's "本贴由大卫于…") or a closing bracket (a trailing byline). A character class: the stdlib
# engine runs it at C speed (an alternation of the label words would be several times slower on a long line).
TEXT_AUTHOR_HINT = re.compile("[文由)）]")
WEN_BYLINE = regex.compile(
    r"^\s*[【\[(（]?\s*(?:文|撰文|文图|图文|文/图|文·图)\s*[丨|｜/／:：]\s*(?P<value>.{2,60}?)\s*[】\])）]?$"
)
# English bylines: "By Jane Doe and John Smith", "Von Christian Spließ" (German).
_BY_WORDS = r"by|von|por|par|przez"  # "by" in the languages of the pages we read
# What may stand before "von"/"by" in a byline: "Ein Artikel von …", "A story by …", "Analysis by …", "Blog Beitrag
# von …".
_BY_LEAD = (
    r"(?:(?:eine?\s+(?:artikel|beitrag|gastbeitrag|bericht|kommentar|kolumne|interview)|blog[\s-]?(?:beitrag|post)|"
    r"an?\s+(?:article|story|post|report|column|opinion piece)|"
    r"analysis|opinion|commentary|review|story|interview|text|words)\s+)?"  # "Analysis by Joan Biskupic"
)
BY_LINE = regex.compile(
    r"^\s*"
    + _BY_LEAD
    + r"(?:"
    + _BY_WORDS
    + r"|written by|posted by|autor(?:in|e)?|auteur|author|verfasser)\s*[:：]?\s+"
    r"(?P<value>[^\d|•·,]{3,80}?)"
    r"(?:\s*[|•·,]\s*.*)?$",
    regex.IGNORECASE,
)
# The characters a byline BY_LINE matches may open with (after spaces): the first letters of its words ("by", "von",
# "a story by", "opinion", …) in either case, and the long s and dotted capital I the case-blind engine takes for
# "s" and "i" (tests/meta/test_scan_shortcuts.py asks the engine which characters may open a match).
BY_LINE_FIRST = frozenset("abceioprstvwABCEIOPRSTVWſİ")


def by_line(text: str) -> regex.Match[str] | None:
    """BY_LINE's match of the text, looked for only when it opens with one of BY_LINE_FIRST or a space (every space
    the regex engine skips is one for Python too): most lines open with another character."""
    first = text[:1]
    return BY_LINE.match(text) if first in BY_LINE_FIRST or first.isspace() else None


# More names after a byline's first, comma- or "&"-separated: "von Rudolf Fischer, Simon Kohler" (each two or
# three capitalised words, not a role: "By Jane Doe, Staff Writer" keeps one name).
MORE_BYLINE_NAMES = regex.compile(
    r"^(?:\s*(?:,|&|\bund\b|\band\b)\s*(?!(?:staff|senior|chief|freie?r?|special)\b)"
    r"\p{Lu}[\p{L}.'’-]+(?:\s+(?!(?:writer|reporter|editor|correspondent|redakteur(?:in)?|korrespondent(?:in)?)\b)"
    r"\p{Lu}[\p{L}.'’-]+){1,2})+\s*$",
    regex.IGNORECASE,
)
# The outlet closing a byline's list of names, an acronym: "By Jeremy Herb, Lauren del Valle and Kara Scannell, CNN".
BYLINE_OUTLET_TAIL = regex.compile(r",\s*\p{Lu}{2,6}\s*$")  # (an acronym: not ", November 18th", ", 2019")
# "Posted on September 21, 2020 by Adi Tzlil": the name after the date.
BY_AFTER_DATE = regex.compile(
    r"(?:19|20)\d\d\b.{0,20}?\s(?:" + _BY_WORDS + r")\s+(?P<value>[^\d|•·,]{3,60}?)\s*$", regex.IGNORECASE
)
# A handle after a name in structured data: "Williams Perdomo @wperdomod".
TRAILING_HANDLE = regex.compile(r"\s+@[\w.]{2,30}$")
# Byline and widget vocabulary only, in the languages of the pages we read: an element marked as the
# author that holds its label ("Published by", "Veröffentlicht am", "Por", "Date", "Related Posts"), a
# heading that is a widget ("Kommentieren", "Subscribe"): neither a name nor a headline.
LABEL_WORDS_ONLY = regex.compile(
    r"^(?:(?:published|posted|written|updated|by|on|at|in|am|um|von|vom|por|par|de|przez|door|da|di|"
    r"veröffentlicht|aktualisiert|geschrieben|publicado|publié|pubblicato|opublikowano|date|datum|fecha|"
    r"photos?|fotos?|images?|bild|related|posts?|articles?|artikel|authors?|autor(?:in|es)?|auteur|"
    r"share|teilen|partager|compartir|print|drucken|imprimer|imprimir|e-?mail|tweet|comments?|kommentare?|"
    r"more|mehr|read|lesen|menu|home|kommentieren|subscribe|abonnieren|newsletter|sections?|login|anmelden|"
    r"search|suche|suchen|navigation|sitemap)[\s:.]*)+$",
    regex.IGNORECASE,
)
# A leading label before a name in an author element: "Autor:", "Author:", "作者：", "Von".
LABEL_PREFIX = regex.compile(
    r"^\s*(?:autor(?:in)?|author|written by|posted by|von|by|interview|text|texte|texto|作者|文)\s*[:：|/]?\s*",
    regex.IGNORECASE,
)
# Parts of a value that end it: another field, a bar, "字号", share widgets.
VALUE_END = regex.compile(
    r"\s{2,}|[|｜]|\s+(?:分享|字号|字体|字號|字體|打印|列印|关闭|浏览|瀏覽|阅读|閱讀|点击|點擊|评论|評論|扫一扫|【|\[\s*\])"
    r"|返回|查看更多"  # glued to the value as a dump or a widget row shows them: "向雪妮返回富达，查看更多"
)

# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------
# Quick tests before the date patterns run: a digit (every date form has one), a Latin letter (month names).
ANY_DIGIT = regex.compile(r"\d")
# The full-width digits, punctuation and space of dates ("２０２１－０２－２０") with the ASCII ``find_dates`` reads
# them as; a text holding none of them is not translated (a table translation is slow on a non-ASCII text).
FULLWIDTH_DATE_CHARACTERS = ("０１２３４５６７８９－／．：\u3000", "0123456789-/.: ")
FULLWIDTH_DATE_CHARACTER = re.compile("[" + re.escape(FULLWIDTH_DATE_CHARACTERS[0]) + "]")
# A brand's Latin or numeric prefix before a site's name: "1905" in "1905电影网".
BRAND_PREFIX = regex.compile(r"[A-Za-z0-9]{1,6}")
ANY_LATIN = regex.compile(r"[A-Za-z]")
# Numeric dates, with an optional time: "2021年02月20日", "2024-05-09 22:27:02", "2024 05/09 22:27:02"
# (xinhua), "2005.08.2605:39" (sina.cn glues day and hour), "2023年10月2日星期一 13点56分" (flarum),
# "2024年5月13日 9時0分" (livedoor), "2005年09月07日 11:57 AM" (donews blogs), "2024/05/12 (日)".
DATE_NUMERIC = regex.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*(?P<s1>[-/.年]|\s(?=\d{1,2}\s*[-/]))\s*(?P<m>\d{1,2})\s*(?:[-/.月])\s*"
    r"(?P<d>\d{1,2})(?:\s*[日号])?"
    r"(?:\s*(?:\(\s*[^)\d]{1,3}\s*\)|（\s*[^）\d]{1,3}\s*）|星期[一二三四五六日天]|周[一二三四五六日天]))?"
    r"(?:\s*(?:T|,)?\s*(?P<H>\d{1,2})\s*[:：时時点]\s*(?P<M>\d{1,2})(?!\d)(?:\s*分)?"
    r"(?:\s*[:：]\s*(?P<S>\d{1,2})(?:\.\d+)?(?!\d)|\s*(?P<S2>\d{1,2})\s*秒)?"
    r"(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?|上午|下午|晚上))?)?"
)
# The pieces of a date printed one element each after a year alone on its line: "03/05", "03-05", "10:21:35".
MONTH_DAY_LINE = regex.compile(r"^(?:0?[1-9]|1[0-2])\s*[-/.]\s*(?:0?[1-9]|[12]\d|3[01])$")
TIME_LINE = regex.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$")
# Two-digit years, as weibo shows them: "24-5-13 17:07" (only with a time, to keep it rare).
DATE_SHORT_YEAR = regex.compile(
    r"(?<![\d.:-])(?P<y>\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?![\d-])"
)
# Year and month only: "2018年5月", "May 2018" (month precision: only taken where a label says date).
YEAR_MONTH = regex.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*月?(?![\d日号])")
# Chinese numerals: "二〇二一年二月二十日" (government notices, signature dates).
DATE_CHINESE = regex.compile(
    r"(?P<y>[〇零一二三四五六七八九○Ｏ０-９0-9]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2}|\d{1,2})\s*月\s*"
    r"(?P<d>[一二三四五六七八九十]{1,3}|\d{1,2})\s*[日号]"
)
CHINESE_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
MONTHS = {
    "jan": 1, "january": 1, "januar": 1, "janvier": 1, "jänner": 1,
    "feb": 2, "february": 2, "februar": 2, "février": 2, "fevrier": 2,
    "mar": 3, "march": 3, "märz": 3, "maerz": 3, "mars": 3,
    "apr": 4, "april": 4, "avril": 4,
    "may": 5, "mai": 5,
    "jun": 6, "june": 6, "juni": 6, "juin": 6,
    "jul": 7, "july": 7, "juli": 7, "juillet": 7,
    "aug": 8, "august": 8, "août": 8, "aout": 8,
    "sep": 9, "sept": 9, "september": 9, "septembre": 9,
    "oct": 10, "october": 10, "oktober": 10, "okt": 10, "octobre": 10,
    "nov": 11, "november": 11, "novembre": 11,
    "dec": 12, "december": 12, "dezember": 12, "dez": 12, "décembre": 12, "decembre": 12,
    # Spanish, Italian, Portuguese and Dutch: "4 de mayo de 2022", "19 febbraio 2020", "3 maart 2021"
    "enero": 1, "gennaio": 1, "janeiro": 1, "januari": 1,
    "febrero": 2, "febbraio": 2, "fevereiro": 2, "februari": 2,
    "marzo": 3, "março": 3, "maart": 3,
    "abril": 4, "aprile": 4,
    "mayo": 5, "maggio": 5, "maio": 5, "mei": 5,
    "junio": 6, "giugno": 6, "junho": 6,
    "julio": 7, "luglio": 7, "julho": 7,
    "agosto": 8, "augustus": 8,
    "septiembre": 9, "setiembre": 9, "settembre": 9, "setembro": 9,
    "octubre": 10, "ottobre": 10, "outubro": 10,
    "noviembre": 11, "novembro": 11,
    "diciembre": 12, "dicembre": 12, "dezembro": 12,
}  # fmt: skip
_MONTH_NAMES = literal_trie(frozenset(MONTHS))  # a trie: the names of six languages, one branch per first letter
# "January 23, 2020", "Jan. 23 2020, 10:30 am" (English pages of meta-dev)
DATE_MONTH_FIRST = regex.compile(
    r"(?<![\w])(?P<mon>" + _MONTH_NAMES + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?,?\s+(?P<y>(?:19|20)\d{2})(?!\d)"
    r"(?:\s*(?:,|at|um|-|–|\|)?\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?)?",
    regex.IGNORECASE,
)
# "23 January 2020", "23. Januar 2020" (German), "12 décembre 2019" (French)
DATE_DAY_FIRST = regex.compile(
    r"(?<![\w.])(?P<d>\d{1,2})\.?\s+(?:de\s+)?(?P<mon>" + _MONTH_NAMES + r")\.?,?\s+"
    r"(?:de\s+)?(?P<y>(?:19|20)\d{2})(?!\d)"
    r"(?:\s*(?:,|at|um|-|–|\|)?\s*(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?:Uhr)?\s*(?P<ampm>[ap]\.?m\.?)?)?",
    regex.IGNORECASE,
)
# The clock after a European date: "| 15:33 Uhr", "à 18h05" (French), "a las 12:30" (Spanish), "alle 9.30".
_EU_CLOCK = (
    r"(?:\s*(?:,|um|à|a\s+las|alle|ore|om|at|-|–|\|)?\s*(?P<H>\d{1,2})\s*(?:[:h]|\.(?=\d\d(?!\.\d)))\s*(?P<M>\d{2})"
    r"(?::(?P<S>\d{2}))?(?![\d.]))?"
)
# "23.01.2020" (German day.month.year).
DATE_DMY_DOTS = regex.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2})(?![\d.])" + _EU_CLOCK
)
# "14/05/2024" (day first, most of Europe) or "05/14/2024" (month first, the US): read only when one of
# the two numbers is over 12 and tells which is the day; "05/04/2024" stays unread.
DATE_SLASHES_YEAR_LAST = regex.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])" + _EU_CLOCK
)
# "May 2018" (hanspub papers: month precision)
MONTH_YEAR = regex.compile(
    r"(?<![\w])(?P<mon>" + _MONTH_NAMES + r")\.?\s+(?P<y>(?:19|20)\d{2})(?!\d)", regex.IGNORECASE
)
# C's ctime format with a zone, in some meta tags: "Mon Oct 11 14:57:21 CEST 2021".
DATE_CTIME = regex.compile(
    r"(?P<mon>[A-Za-z]{3})\s+(?P<d>\d{1,2})\s+(?P<H>\d{1,2}):(?P<M>\d\d)(?::(?P<S>\d\d))?\s+(?:[A-Z]{2,5}\s+)?(?P<y>(?:19|20)\d\d)"
)
# ISO 8601 in attributes and meta tags: "2024-05-09T22:27:02+08:00", "2020-01-23", "20200123".
DATE_ISO = regex.compile(
    r"(?P<y>(?:19|20)\d{2})-?(?P<m>\d{2})-?(?P<d>\d{2})"
    r"(?:[T\s](?P<H>\d{2}):?(?P<M>\d{2})(?::?(?P<S>\d{2}))?)?"
)
# Dates in URLs: "/t20210220_", "/2021-02/20/", "/20210220/", "/2024/0517/", "2016-05-25/doc-".
URL_DATE = regex.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d{2})(?P<sep>[-/_]?)(?P<m>0[1-9]|1[0-2])(?P=sep)?/?(?P<d>0[1-9]|[12]\d|3[01])(?![\d])"
)
# Days and months without their zero in a slashed path, as Hanweb (大汉) portals print them: "/art/2024/4/25/".
URL_DATE_UNPADDED = regex.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/")
URL_DATE_PREFIX = regex.compile(r"[/_t](?=(?:19|20)\d{2})")
# A time zone stated with a machine date: "…T23:00Z", "+01:00", "-0500", "CEST".
TIME_ZONE = regex.compile(
    r"(?:\d(?:Z|[+-]\d\d:?\d\d)|\b(?:UTC|GMT|CES?T|[ECMP][SD]T)\b)$|[+-]\d\d:?\d\d\s", regex.IGNORECASE
)
# Counters after a bullet closing a date line: "• 319 Likes • 160 Comments", "· 阅读 1.2万".
BULLET_TAIL = regex.compile(r"\s*[•·|]\s*(?:[\d,.]+\s*[kKwW万]?\s*\p{L}+\s*(?:[•·|]\s*|$))+$")
# A UTC time on the hour late in the evening: a date stored as local midnight of a zone east of UTC
# ("2022-11-06T23:00:00.000Z" for 7 November in Berlin, "2021-11-04T23:00Z").
UTC_EVENING_MIDNIGHT = regex.compile(r"^\d{4}-?\d\d-?\d\d[T ](?:1[6-9]|2[0-3]):?00(?::?00(?:\.0+)?)?(?:Z|[+-]00:?00)$")
# Publish labels of Latin-script pages, read when nothing else dates the page: "Erschienen am: 01.11.2023".
LATIN_PUBLISH_LABEL = regex.compile(
    r"\b(?:erschienen am|veröffentlicht am|veröffentlichung|publiziert am|published on|published|publié le|"
    r"publicado el|publicado|pubblicato il)\s*[:：]?\s*",
    regex.IGNORECASE,
)
# What may surround a date on a line of its own: a weekday, "am", commas ("Freitag, 5. Juni 2015").
DATE_ONLY_REST = regex.compile(
    r"^[\s,.|·•:：()（）\-–]*(?:(?:am|on|le|el|il|vom|den|der)\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|星期[一二三四五六日天]|周[一二三四五六日天])?[\s,.|·•:：()（）\-–]*$",
    regex.IGNORECASE,
)
# A dateline opening a paragraph: "27.1.2022 - Bei der Erinnerung an die V…" (German local news).
DATELINE = regex.compile(r"^\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d\s+[-–—]\s+\S")
# Update labels read when nothing else dates a page: "编辑于 2023-03-01 15:45" (zhihu), "last edited 2019-11-10".
UPDATE_LABEL = regex.compile(
    r"(?:编辑于|更新于|更新时间|最后更新|last edited|last updated|updated|zuletzt (?:aktualisiert|geändert))"
    r"\s*[:：]?\s*(?:on\s+)?",
    regex.IGNORECASE,
)
# Timestamps that belong to comments, replies, visitors: a date line with these is not the page's.
COMMENT_CONTEXT = regex.compile(r"(?:回复|评论|网友|留言|楼\b|#\d+|reply|replied|comment)", regex.IGNORECASE)
# Copyright and footer lines: their years are never publish dates.
COPYRIGHT = regex.compile(r"(?:©|copyright|\(c\)|版权所有|版权|ICP|公网安备|all rights reserved)", regex.IGNORECASE)
# Relative dates ("1周前", "3 hours ago"): not a date we can state.
RELATIVE_DATE = regex.compile(r"\d+\s*(?:秒|分钟|小时|天|周|个月|月|年)前|\bago\b|昨天|前天|刚刚", regex.IGNORECASE)

# --------------------------------------------------------------------------------------------
# Titles
# --------------------------------------------------------------------------------------------
# Separators between the headline and the section/site in a <title>: "标题_栏目_站名",
# "标题 - 站名", "标题|栏目|站名", "标题--大河网", "标题 — 站名", "标题 · 站名", "标题 >> 站名", "Headline › Site".
TITLE_SEPARATOR = regex.compile(
    r"\s*(?:_{1,2}|--+|-->|—+|–|\|{1,2}|｜|::|»|>>)\s*|\s+(?:-|·|•|/|›)\s+|(?<=[\p{Han}\p{Pe}\p{Pf}？！。])-(?=\S)|_\s*"
)
# One capitalised Latin word ("Allgemein", "Wissenschaft", "Neuheit"): alone by a date, a category label, not a
# byline (a handle is lower case or holds digits: "r23", "fhaacker"; a person shows a first and a last name).
LATIN_WORD_CAPITALISED = regex.compile(r"^\p{Lu}\p{Ll}+$")
# The words of a <title> and of a line, compared when no line shows the <title>'s headline (title._worded_line):
# runs of letters and digits, three characters or more (not "de", "la", "a", which every line of a language shares).
TITLE_WORD = re.compile(r"\w{3,}")
# A <title>'s first segment that names the site, not the headline: a domain ("jungle.world - Das
# Imperialismus-Phantom", "mediaarchitecture.de // » Jens Weber") or a short form in capitals ("BMWK - Förderung …").
SITE_FIRST_SEGMENT = regex.compile(r"^(?:(?:www\.)?[\w-]+(?:\.[\w-]+)*\.\p{L}{2,6}|\p{Lu}{2,6})[\s\p{P}]*$")
# A cheap pre-test for TITLE_SEPARATOR: a character every separator holds, or a space-dash.
TITLE_SEPARATOR_HINT = regex.compile(r"[_—–|｜:»>·•]|\s[-/›]\s|[\p{Han}\p{Pe}\p{Pf}？！。]-")
# A <title> that is a trail, most specific first: "艺术史研究<世纪在线中国艺术网" (the site is the last step).
TITLE_TRAIL = regex.compile(r"(?<=[\p{Han}\w])\s*<\s*(?=[\p{Han}\w])")
# Lines of counters and separators only, between a headline and its byline: "0", "/", "37", "|".
TRIVIAL_LINE = regex.compile(r"^[\d\s\p{P}\p{S}]*$")


def trivial_line(text: str) -> bool:
    """TRIVIAL_LINE matches the text (counters and separators only). A text opening with a letter (most lines) is
    refused at once: no letter is a digit, a space, a punctuation mark or a symbol."""
    return not text[:1].isalpha() and TRIVIAL_LINE.match(text) is not None


# Separators left at the start of what follows a headline in a <title>: "-搜狐财经", "_凤凰网", " | Site".
TITLE_SEPARATOR_START = regex.compile(r"^\s*(?:_{1,2}|--+|-->|—+|–|-|\|{1,2}|｜|::|»|>>|·|•|/)\s*")
# Characters ignored when a line is compared with a title ("简单道理捅破"飞人"神话" vs curly quotes): what a title
# key leaves out. Runs of them are also what may stand between a key's first two characters in a line (a headline
# spaced out, "2 月 28 日", or punctuated, "1-10月", "5·12": ``title._opening``).
TITLE_NOISE_CHARACTER = r"[\s\p{P}\p{S}]"
TITLE_NOISE = regex.compile(TITLE_NOISE_CHARACTER + "+")
# The ASCII characters TITLE_NOISE removes, asked of the pattern itself: an ASCII text's key is its lower case
# without them (str.translate, twice as quick as the pattern).
ASCII_TITLE_NOISE = str.maketrans("", "", "".join(c for c in map(chr, range(128)) if TITLE_NOISE.fullmatch(c)))
ASCII_NOISE = frozenset(map(chr, ASCII_TITLE_NOISE))  # the same characters, as a set
# The full-width punctuation and spaces of Chinese lines, each with the ASCII NFKC makes of it (its compatibility
# decomposition): replaced first, they spare title_key the slow path of NFKC.
NFKC_PUNCTUATION = (
    ("，", ","),
    ("（", "("),
    ("）", ")"),
    ("：", ":"),
    ("；", ";"),
    ("？", "?"),
    ("！", "!"),
    ("\u3000", " "),
    ("…", "..."),
)
# Titles that are not headlines: "显示", "404 Not Found", "无标题文档", "Untitled".
JUNK_TITLE = regex.compile(
    r"^(?:显示|无标题.*|untitled.*|index|home|首页|404.*|403.*|not found|error|页面不存在|提示信息|正文|详情|内容页|"
    r"新闻详情|文章详情|\S{0,4}详情页?)$",
    regex.IGNORECASE,
)


def junk_title(text: str) -> bool:
    """JUNK_TITLE matches the text. Its forms are words of at most ten characters (a final line break included) or
    open with "无标题", "404", "403" or "un" ("Untitled"; no other character folds into "u" or "n"): any other text
    (most titles and segments) is refused at once."""
    if len(text) > 10 and not text.startswith(("无标题", "404", "403")) and text[:2].lower() != "un":
        return False
    return JUNK_TITLE.match(text) is not None


# Headline markers that pages add: "[湖湘文化]陈天华《警世钟》" (blog category), "*第一编 古代".
HEADLINE_PREFIX = regex.compile(r"^(?:\[[^\]]{1,12}\]|【[^】]{1,12}】|[*#@$&·•]+)\s*(?=\S{2})")
# A blog category in brackets before the headline: "[湖湘文化]陈天华《警世钟》" -> 湖湘文化.
HEADLINE_CATEGORY = regex.compile(r"^\[(?P<category>[^\]\d][^\]]{0,11})\]\s*\S")
# Marks that end a sentence (a line holding one after its headline is a paragraph, not a headline).
SENTENCE_STOPS = ("。", "！", "？", "；")
# The bracketed lead of a post that a cut <title> starts ("【安徽阜阳一动物园20只东北虎死亡？…】…", weibo).
BRACKETED_LEAD = regex.compile(r"^【(?P<text>[^】]{4,100})】")
# A short line of a byline naming persons by role: "本报记者 王燕平 方云凤 柏建斌", "本报实习生 刘国栋 周炜".
ROLE_LINE = regex.compile(
    r"^(?:\S{0,8}?(?:记者|通讯员|实习生|评论员|撰稿人?)\s*[:：]?\s*\S|(?:文|摄|作者|编辑|图)\s*[:：/|丨]\s*\S)"
)
# What marks a byline line: a publish/source/author label ("来源：", "发表于", "作者：", "By").
BYLINE_LABEL = regex.compile(
    r"(?:来源|稿源|出处|作者|记者|发布时间|发布日期|发表时间|发表于|发布于|发布者|时间|日期)\s*[:：]|发表于|发布于|^By\s"
)
HEADLINE_SUFFIX = regex.compile(r"\s*(?:\d{1,6}|- -|\[编辑\]|\(页 \d+\)|（页 \d+）)$")
# What the two open or end with, looked for before they run: the prefix's first characters; the suffix's last
# ones besides a digit, and a line break ("$" also matches before a final one).
HEADLINE_PREFIX_FIRST = frozenset("[【*#@$&·•")
HEADLINE_SUFFIX_LAST = frozenset("-])）\n")
# "主题: 【2005年…】" (forums), "标题：…" (government tables), "正在阅读：…" (gmw).
HEADLINE_LABEL = regex.compile(r"^\s*(?:主题|标题|标\s+题|帖子主题|正在阅读|Title)\s*[:：]\s*")
# The first characters of its labels (a line opening with none of them holds no label).
HEADLINE_LABEL_FIRST = frozenset("主标帖正T")
# Marks a Latin page's menu puts before a headline line: "[> Jens Weber", "» Nam Nghi …" (an arrow then a space,
# or a bracket then an arrow; a German quotation "»Pure Leere«: …" keeps its guillemet).
HEADLINE_ARROW = regex.compile(r"^(?:\[\s*[>›»]+|[>›»]+(?=\s))\s*(?=\S{2})")
# A date leading a Latin headline, set off by a dash, bar or colon: "23.01.2022 - Dorothea Wierer darf …".
HEADLINE_DATE_LEAD = regex.compile(
    r"^\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\s*[-–—|:]\s+(?=\S{2})"
)
# A magazine's issue number closing its headline: "Der historische Purzelbaum (2021/5)", "… (Heft 3/2020)".
HEADLINE_ISSUE = regex.compile(
    r"\s+\((?:(?:nr|no|heft|ausgabe|issue)\.?\s*)?\d{1,4}\s*/\s*\d{1,4}\)$", regex.IGNORECASE
)

# --------------------------------------------------------------------------------------------
# Breadcrumbs and site names
# --------------------------------------------------------------------------------------------
BREADCRUMB_LABEL = regex.compile(
    r"^\s*(?:当前位置|您现在的位置|您的位置|你的位置|你现在的位置|所在位置|现在位置|当前您在|您在这里|您当前的位置|"
    r"您现在所在的位置|当前页面|当前栏目|位置|Home\s*›|You are here)\s*[:：]?\s*",
    regex.IGNORECASE,
)
# The first characters of BREADCRUMB_LABEL's labels, in either case: a line opening with none of them (nor with
# a space) holds no such label (tests/meta/test_cheap_prechecks.py reads the labels off the pattern).
BREADCRUMB_FIRST = frozenset("当您你所现位HhYy")


# What a line may open with for BREADCRUMB_LABEL to match it: one of BREADCRUMB_FIRST, or a space (its "^\s*"; every
# space of the regex engine is one for Python, and these are Python's).
BREADCRUMB_OPENERS = BREADCRUMB_FIRST | frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)


def breadcrumb_label_lines(lines: list[str]) -> list[int]:
    """The indexes of the lines ``breadcrumb_label`` accepts. Each line's first character is looked at in C loops
    (a slice, a set test, picked by ``compress``): only the few lines that open as a label does reach the pattern."""
    openers = map(BREADCRUMB_OPENERS.__contains__, map(FIRST_CHARACTER, lines))
    return [index for index in compress(count(), openers) if BREADCRUMB_LABEL.match(lines[index])]


FIRST_CHARACTER = itemgetter(slice(0, 1))  # a line's first character ("" for an empty line)


def breadcrumb_label(line: str) -> bool:
    """BREADCRUMB_LABEL matches the line ("当前位置：首页 > 新闻"); its first character is looked at first, as
    most lines open with another. A line opening with a space is left to the pattern (every regex space is a
    Python space)."""
    first = line[:1]
    return (first in BREADCRUMB_FIRST or first.isspace()) and BREADCRUMB_LABEL.match(line) is not None


# Separators inside a breadcrumb: "首页 > 市县政协 >>正文内容", "网易首页-->", "首页｜新华社记者看东北｜人物专访",
# "首页 › 诗 › 夜雨", "专栏/轻小说/同人连载/…", "当前您在- 中关村在线论坛 - BT下载专区", "首页->军事技术".
# ("〈食べログ3.5以下のうまい店〉…" is a quotation, not a step: a 〉 closing a 〈 does not separate.)
CRUMB_SEPARATOR = regex.compile(
    r"\s*(?:-*>+|>>|»|›|→|->|＞|(?<!〈[^〉]{0,40})〉|/|／|\||｜|\s-\s|^-\s|\s-$|(?<=\S)-(?=\s))\s*"
)
CRUMB_SEPARATOR_STRONG = regex.compile(r"-*>+|>>|»|›|→|＞|(?<!〈[^〉]{0,40})〉")
# The characters CRUMB_SEPARATOR_STRONG needs, one of them at least (the stdlib engine: a plain class, quicker).
CRUMB_SEPARATOR_HINT = re.compile("[>»›→＞〉]")


def crumb_separator(text: str) -> bool:
    """CRUMB_SEPARATOR_STRONG finds a separator in the text; its characters looked for first (most lines hold none)."""
    return CRUMB_SEPARATOR_HINT.search(text) is not None and CRUMB_SEPARATOR_STRONG.search(text) is not None


# Spaced slashes between the steps of an unlabelled trail, as a dump shows plain links: "聯合新聞網 / 生活 / 氣象".
SPACED_SLASH = regex.compile(r"\s+[/／]\s+")
# Breadcrumb tails that are not categories: "正文", "正文内容", "详情", "内容", "文章".
CRUMB_TAIL = regex.compile(
    r"^(?:\p{Han}{0,4}正文|正文内容|内容|详情|详细内容|文章|阅读|正文页|全文|本文|浏览文章|查看内容|新闻详情|文章详情|申请入驻|details?)$",
    regex.IGNORECASE,
)
# Issues of a periodical ending a trail: "2022年第4期", "2007年第23号" (a gazette), "Vol. 8 No. 2 (May 2018)"
# (OJS journals), "第12期".
CRUMB_ISSUE = regex.compile(
    r"^(?:(?:19|20)\d\d\s*年\s*第?\s*\d{1,3}\s*[期号]|第\s*\d{1,4}\s*期|Vol\.?\s*\d+.*|Volume\s+\d+.*|No\.?\s*\d+.*)$",
    regex.IGNORECASE,
)
# Labelled categories: "所属分类：数理化" (kepuchina), "栏目：要闻", "所属栏目：…", "分类：…", "版块：…".
# Words every CATEGORY_LABEL label holds, and what POSTED_IN_BOARD needs ("发表", "发布"): looked for first.
CATEGORY_HINTS = ("栏目", "分类", "频道", "版块", "所在板块", "发表", "发布")
# The hints as one literal search (the stdlib engine: one pass over the line instead of one per hint).
CATEGORY_HINT_ANY = re.compile("|".join(map(re.escape, CATEGORY_HINTS)))
CATEGORY_LABEL = regex.compile(
    # (a forum's board: "所在版块：", "所在板块：", 板块 the everyday spelling; not "所属板块：", "板块：" alone, a
    # stock's sector on finance pages)
    r"(?:^|\s)(?:所属分类|所属栏目|栏目分类|所属频道|所属版块|所在[版板]块|栏目|分类|版块|频道)"
    r"\s*[:：]\s*(?P<value>[^\s|｜:：]{2,24})"
)
# E-paper page names: "第A01版：头版" (digital editions of newspapers, 数字报).
EPAPER_PAGE = regex.compile(r"^第\s*[A-Z]?\d{1,3}\s*版\s*[:：]\s*(?P<value>\S{2,16})$")
# The board a forum post was made in: "本贴由大卫于2005年8月12日16:12:21在〖心灵体操（在线心理咨询）〗发表",
# "软唐知产小傅 2020.06.09 09:37 发布于 社区管理" (bbscloud; a place after 发布于 is an IP location, refused).
POSTED_IN_BOARD = regex.compile(
    r"在\s*[〖【\[](?P<value>[^〗】\]]{2,24})[〗】\]]\s*发表"
    r"|\d\s*(?:发布于|发表于|发布在|发表在)\s*(?P<value>[^\s\d:：,，|｜]{2,12})\s*$"
)
# Entries of a numbered list ("9. 【图看世界】———柬埔寨〈Cambodia〉———(5146)"): not breadcrumb steps.
LIST_NUMBER = regex.compile(r"^\d{1,3}\s*[.、．]\s*\S")
# Widgets that a row of links may hold, never breadcrumb steps: "查看TA的文章 > 评论" (sohu's author box).
CRUMB_WIDGET = regex.compile(r"^(?:查看|返回|打开|分享|下载|登录|注册|收藏|评论|举报|关注|\d+$)")
# The head of a trail whose links a dump shows glued together: "首页科幻未来世界深海余烬".
GLUED_CRUMB_HEAD = regex.compile(r"^(?:网站首页|首页|主页)(?=\p{Han})")


# A name quoted in a <title>: "第二章 失乡号的船长 _《深海余烬》小说在线阅读" -> 深海余烬.
QUOTED_TITLE = regex.compile(r"《([^《》]{2,30})》")
# The line closing a trail shown one step per line: a journal issue or a date ("Vol. 8 No. 2 (May 2018)").
ISSUE_LINE = regex.compile(r"\b(?:Vol|No)\.\s*\d|第\s*\d+\s*[期卷]|\d{4}\s*[-年/.]\s*\d{1,2}|\(\w+\.? \d{4}\)")
DIGIT = regex.compile(r"\d")
# A brand's Latin or numeric prefix before a site's name: "1905" in "1905电影网".
BRAND_PREFIX = regex.compile(r"[A-Za-z0-9]{1,6}")
# Brackets around a series or column name in a headline: "〈食べログ3.5以下のうまい店〉…", "【理论】…".
BRACKET_PAIRS = (("〈", "〉"), ("【", "】"), ("《", "》"), ("[", "]"), ("［", "］"), ("〔", "〕"), ("「", "」"))
# Breadcrumb heads: "首页", "网站首页", "主页", "Home".
CRUMB_HEAD = regex.compile(r"^(?:.{0,8}首页|主页|网站首页|home|startseite|accueil)$", regex.IGNORECASE)


def crumb_head(text: str) -> bool:
    """CRUMB_HEAD matches the text ("首页", "Home"): a text of more than eleven characters never does (its longest
    forms, "…首页" after 8 others and "startseite", have ten, then a final line break)."""
    return len(text) <= 11 and CRUMB_HEAD.match(text) is not None


# Trailing counters glued to a breadcrumb: "BT下载专区 点击数：39".
# What follows a headline's kicker: "Transports : la région…", "Klimaschutz: Bohren, bis es heiß wird".
KICKER_SEPARATORS = frozenset(":：|｜–—-")
CRUMB_JUNK = regex.compile(r"\s+(?:点击数|浏览|阅读|回复|人气)\s*[:：].*$|\s+频道$|\s*频道$")
# Class or id of a breadcrumb container: "breadcrumb", "crumbs", "position", "location", "dqwz", "channel-path".
CRUMB_CLASS = regex.compile(
    r"(?:bread|crumb|(?<![a-z])(?:cur|current)?[-_]?(?:"
    # (not a layout modifier: "summary-item--layout-position-image-left", "content-header--position-above")
    r"(?<!--)(?<!layout[-_])(?:position|location)"
    r"(?![-_](?:image|img|above|below|left|right|top|bottom|absolute|relative|fixed|sticky|center))|"
    r"weizhi|dqwz|curpos|navpath|nav_path|channel[-_]?path|(?<![a-z])path)(?![a-z]))",
    regex.IGNORECASE,
)
# The address of a forum's board or a blog's category, as forum engines and CMSs build it (section._board_address
# reads the path's last steps: Discourse "/c/<slug>[/<slug>]/<id>", Flarum tags and Discourse "/t/<slug>", NodeBB
# "/category/<id>/<slug>", WordPress "/category/<slug>[/<slug>]"); FORUM_ADDRESS the forum engines' own forms: Discuz
# "forum-<fid>-1.html" and "forum.php?mod=forumdisplay&fid=", vBulletin "forumdisplay.php", phpBB
# "viewforum.php?f=", bbPress "/forums/forum/<slug>", Invision "/forum/<id>-<slug>/".
# A slug: "local-news", "%E6%89%A9%E5%B1%95" (an escaped name); not an id ("7pm1bhOS8wB").
BOARD_SLUG = re.compile(r"[a-z]+(?:[-_.+][a-z0-9]+)*|(?:%[0-9A-Fa-f]{2})+")
BOARD_STEPS = frozenset(("category", "categories"))
FORUM_ADDRESS = re.compile(
    r"(?:^|/)forum-\d+-\d+\.html|forumdisplay\.php|[?&]mod=forumdisplay|viewforum\.php\?"
    r"|/forums/forum/[a-z][^/?#\s]*/?$|/forum/\d+-[a-z][^/?#\s]*/?$"
)
# Class naming a post's category or board (on the link or its wrapper): "topic-category", "cat-links",
# "article__category", "forum-name", "board-name"; not "categories" (a list, a menu) nor WordPress's post classes
# "category-<slug>" on the whole <article> ("category-link", "category-name" are the link).
BOARD_CLASS = re.compile(
    r"(?<![a-z])(?:category|cat-links|post-cat|forum-?name|board-?name)(?![a-z])(?!-(?!(?:link|name|label)(?![a-z-])))",
    re.IGNORECASE,
)
# The arrow of a "more" link ("戦争・紛争 一覧へ>", "Politics »"): a link to a list, not a category's name.
MORE_ARROW = regex.compile(r"[>›»→＞]")
# Site-name suffixes in <title> that are not names: "powered by Discuz! Archiver", "小说在线阅读".
SITE_JUNK = regex.compile(
    r"(?:powered by|官方网站$|官网$|在线阅读|^首页$|^主页$|^正文$|^\d+$|^(?:默认)?图片$|^logo$|^image$)",
    regex.IGNORECASE,
)
# A <title> segment that is a domain: "1905.com", "CAIJING.COM.CN".
DOMAIN_LIKE = regex.compile(
    r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|edu|info|cc|tv|io)(?:\.[a-z]{2})?$", regex.IGNORECASE
)
# A domain ending a site's name: "homify.de" -> "homify".
DOMAIN_SUFFIX = regex.compile(r"\.(?:com|cn|net|org|de|at|ch|fr|es|it|eu|info|io|co\.uk|uk)$", regex.IGNORECASE)
# Author elements (collected in view.tree_lines: class "author"/"byline", <a rel="author">) whose class
# says they hold something else: "author-avatar", "author-bio", "comment-author".
AUTHOR_CLASS_JUNK = regex.compile(
    r"(?:avatar|img|image|photo|bio|desc|comment|about|box|more|url-|-url|label(?![_-]*(?:hidden|inline|above))|date|"
    r"time)",
    regex.IGNORECASE,
)
# Elements holding a headline by CMS convention: <div class="posttitle">, <td class="news_title">, <span id="title">.
TITLE_CLASS_XPATH = etree.XPath(
    "//*[contains(@class,'title') or contains(@id,'title') or contains(@class,'Title') or contains(@id,'Title')]"
    "[not(self::head or self::html or self::body or self::script or self::style or self::meta or self::title)]"
)
# --------------------------------------------------------------------------------------------
# Names: sources, persons, editors
# --------------------------------------------------------------------------------------------
# News agencies, as datelines and credits name them.
# (Their acronyms and lower-case names, as the agencies write them, may end a credited name; the words may be
# surnames, "Maria Lusa", "Anna Belga": they name the agency alone.)
_AGENCY_ACRONYMS = (
    r"dpa|AFP|AP|EFE|APA|KNA|epd|SDA|sid|AFX|ANSA|TASS|UPI|ANP|PAP|dts|Keystone-SDA|AWP|NTB|TT|STT|PTI|IANS|ANI|UNI"
)
_AGENCY_WORDS = r"Reuters|Xinhua|Kyodo|Yonhap|Europa\s+Press|Belga|Lusa|Ritzau"
_AGENCY = "(?:" + _AGENCY_ACRONYMS + "|" + _AGENCY_WORDS + ")"
# Media and organisations: a credited name ending like these is a source, not a person
# ("新华社", "北京青年报", "央视新闻客户端", "21世纪经济报道", "国家统计局", "上海证券报网络版", "1905电影网",
# "江苏政协": a CPPCC or people's congress credits itself; "香港文匯網" in traditional characters).
MEDIA_NAME = regex.compile(
    r"(?:报|报社|网|社|台|刊|杂志|新闻|资讯|客户端|日报|晚报|周刊|时报|频道|电视台|广播|传媒|出版社|报道|中心|集团|公司|政府|"
    r"委员会|委|局|部|厅|办|署|院|会|头条|号|网络版|电子版|在线|之声|之家|消息|发布|学报|季刊|月刊|周报|财经|科技|官微|公众号|"
    r"研究所|大学|学院|协会|联合会|银行|法院|检察院|医院|政协|人大|網|報|臺|傳媒|雜誌|週刊|頻道|客戶端|發佈|\.com|\.cn|"
    # Latin words end the name as words ("Kara Stv" is a person), news agencies among them ("EFE", "PTI"), as agencies
    # write their names ("Chinedu Ani", "Maria Lusa", "János Pap": surnames)
    r"(?<!\p{L})(?:Media|News|Press|Times|Post|Daily|Journal|Magazine|TV|Radio|Agency|Publishers?|Verlag|(?-i:"
    + _AGENCY_ACRONYMS
    + r")|Reuters))$|^(?:"
    + _AGENCY_WORDS
    + r")$|^(?:新华|人民|央视|央广|中新|中国|光明|环球|经济|财新|澎湃|凤凰|腾讯|新浪|网易|搜狐)|[《》]",
    regex.IGNORECASE,
)
# A Latin organisation or publication rather than a person: a legal form ("ZooRoyal Petcare GmbH", "… e.V",
# "besserwisser eG"), a body's word ("Bundesverband …", "…ministerium", "…fraktion"), a paper's word
# ("AUTO ZEITUNG", "Deutsche Wirtschaftsnachrichten", "Hildesheimer Presse", "Zespół wPolityce.pl"). "S.A." closes a
# company's name ("Grupo Acme S.A."); inside one it is a person's initials ("James S.A. Corey").
LATIN_ORG = regex.compile(
    r"(?:\b(?:GmbH|gGmbH|e\.\s?V\b\.?|eG|AG|KG|Inc|Ltd|LLC|S\.[AL]\.(?=\s*$)|Sp\. z o\.o\.)(?!\w))|"
    r"(?i:\b\w*(?:verband|ministerium|fraktion|gesellschaft|stiftung|zeitung|nachrichten|presse|illustrierte|"
    r"verlag|rundschau|anzeiger|tagblatt)\b|\b(?:bund|institut|zespół|redakcja|ministry|university|universität)\b)"
)
# A place closing an author value ("Kirche und Leben, Münster, Germany"): an organisation's address.
COUNTRY_TAIL = regex.compile(
    r",\s*(?:Germany|Deutschland|Austria|Österreich|Switzerland|Schweiz|Suisse|France|Spain|España|Italy|Italia|"
    r"Poland|Polska|USA|United States|UK|United Kingdom)\s*$",
    regex.IGNORECASE,
)
# Values that name no source: "转载", "转载文章", "互联网", "网络", "本站", "原创", "未知", "佚名".
NO_SOURCE = regex.compile(
    r"^(?:转载|转载文章|互联网|网络|网络转载|本站|本网|原创|本站原创|本网原创|原创稿件|未知|佚名|其他|其它|网友投稿|投稿|admin|编辑部|综合|整理|综合整理|不详|none|unknown)$",
    regex.IGNORECASE,
)
# Place names: "来自甘肃", "发布于：北京市", "北京" (the IP location sina/sohu/163/360kuai show).
PLACE_VALUE = regex.compile(
    r"^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|"
    r"台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|海外|美国|日本|英国|法国|德国|加拿大|澳大利亚)(?:市|省|自治区|特别行政区|壮族自治区|回族自治区|维吾尔自治区)?"
    r"(?:\p{Han}{1,4}?[市州县区盟])?$"
)
# Role words around names: "本报记者 王乐文 方敏", "实习记者 樊亮", "新华社记者邹多为", "特约评论员 韩涵", "摄",
# "文/张三" ("文" only with a separator after it: "文静" is a name).
ROLE_WORD = regex.compile(
    r"(?:本报|本刊|本台|本网|特约|实习|首席|资深|驻\S{1,6}|见习|全媒体|融媒体)?(?:记者|記者|通讯员|通訊員|副?研究员|副?教授|讲师|博士生?|研究生|律师|实习生|评论员|撰稿人|撰稿|撰文|作者|编辑|"
    r"责编|责任编辑|主编|摄影|摄像|制图|设计|校对|审核|审校|报道|整理|编译|综合|翻译|口述|供稿|执笔)|(?<=\S)\s*摄$|^摄\s*|^文(?:\s*[/丨|｜:：]|\s+)"
)
# A byline that names an outlet and a role before the names: "新华社记者邹多为、唐诗凝、丁乐",
# "新华网黑龙江频道  记者  伊琳".
MEDIA_ROLE_PREFIX = regex.compile(
    r"^(?P<media>\S{2,16}?(?:社|报|网|台|频道|客户端|新闻))\s*(?:驻\S{1,6})?(?:记者|通讯员|评论员|特约评论员)"
)
# Characters that never belong in a name or title: private-use glyphs of icon fonts, format controls.
INVISIBLE = regex.compile(r"[\p{Co}\p{Cf}\p{Cn}]+")


def visible(text: str) -> str:
    """The text without INVISIBLE's characters: a printable text (most) has none (each is a format, private-use or
    unassigned character, none of them printable)."""
    return text if text.isprintable() else INVISIBLE.sub("", text)


# A follow button glued to a handle in a text dump: "管不饿关注", "Inga HoeltmannFollow".
GLUED_FOLLOW = regex.compile(r"(?<=\S)(?:\+?\s?关注|Follow)$")
GLUED_FOLLOW_ENDS = ("关注", "Follow", "关注\n", "Follow\n")  # what it ends with ("$" also matches before a line break)
# Editor codes glued to names: "支全明 SF099", "李曦_NN2587", "黄忆南 PN269".
EDITOR_CODE = regex.compile(r"(?:[_\s]|^)[A-Z]{1,4}\d{2,6}$")
# Forum posts: "本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表", "由 admin 于 2020-01-01 发布".
POSTED_BY = regex.compile(r"由\s*(?P<name>[^\s于]{1,20}?)\s*(?:发布|发表)?于\s*(?=(?:19|20)\d\d)")
# Words around a site's name on links to its home: "搜狐首页", "返回网易首页", "返回搜狐，查看更多", "进入搜狐首页",
# "到百度首页" (a logo's alt).
HOME_TEXT = regex.compile(
    r"^(?:返回|进入|回到|访问|到(?=\S{2,}首页$))|(?:网站)?(?:首页|主页)$|[，,]\s*查看更多.*$|\s*>+$"
)
# Home links that name nothing: "首页", "网站首页", "回首页", "返回首页", "Home", "返回顶部".
GENERIC_HOME = regex.compile(
    r"^(?:首\s*页|网站首页|回首页|返回首页|主页|返回|返回顶部|首页\S{0,4}|top|\W+|"
    # "Home", "Go to Home Page »", "Back to homepage", "Zur Startseite", "Retour à l'accueil"
    r"(?:(?:go|back|return|zurück|retour)\s+)?(?:to\s+(?:the\s+)?|zur\s+|à\s+l')?"
    r"(?:home(?:\s*page)?|start(?:seite)?|accueil)\s*[»›>]*|"
    r"精选|推荐|热门|要闻|最新|报料|"  # a home page's own tabs, linked to it
    r"中文|简体|繁體|繁体|简体中文|繁體中文|English|EN|日本語|한국어|Français|Deutsch|Español|Pусский|Русский|"
    r"홈|홈으로|홈으로 바로가기|메인으로|ホーム|トップ|トップページ|главная|главная страница|на главную)$",
    regex.IGNORECASE,
)
# A text dump opening with a link to the site's home: "搜狐首页 - 新闻 - 体育", "网易首页" (not the label of
# a trail: "当前位置：首页 > 政务公开").
HOME_LINE = regex.compile(r"^(?P<name>[^\s|｜>»\-:：]{2,10}?)(?:网站)?首页(?:$|\s*[-|｜>»]|\s)")
# "返回搜狐，查看更多" closing a sohu article; "返回网易首页".
BACK_HOME = regex.compile(r"返回(?P<name>[^\s，,。|｜]{2,10}?)(?:首页)?(?:[，,]\s*查看更多|首页)")
# A notice's issuing body on the line over its signature date: "瑞金市安全生产委员会办公室" / "二〇二一年二月二十日".
# The last characters of ISSUER_LINE's endings ("…办公室", "…人民政府"): a line ending otherwise is no issuer.
ISSUER_LAST = frozenset("府会室厅部组局委心院司团学校所队")
ISSUER_LINE = regex.compile(
    r"^[\p{Han}（）()]{2,28}(?:人民政府|政府|委员会|办公室|办公厅|指挥部|领导小组|局|厅|委|部|中心|院|会|协会|联合会|"
    r"公司|集团|大学|学院|学校|医院|研究所|支队|大队)$"
)
# Company suffixes dropped from a copyright holder: "网易公司" -> 网易, "新华网股份有限公司" -> 新华网.
ORG_SUFFIX = regex.compile(
    r"(?:股份有限公司|有限责任公司|有限公司|公司|\s*(?:Inc|Ltd|Limited|Corp|Corporation|GmbH|LLC|Co)\.?)$|\s*[(（][^)）]*[)）]$",
    regex.IGNORECASE,
)
# The holder in a copyright line: "版权所有：汉斯出版社 (Hans Publishers)", "大河网版权所有", "版权 © 南生论坛",
# "Copyright © 2019 科普中国", "振兴东北网版权与免责声明", "CopyRight 2012-2021 查报纸网 版权所有".
COPYRIGHT_ORG = regex.compile(
    r"(?:版权所有|版权归)\s*[:：]?\s*(?:©\s*)?(?P<org>[\p{Han}][\p{Han}\w·]{1,20}(?:\s*[(（][^)）]{1,30}[)）])?)"
    r"|(?P<org>[\p{Han}][\p{Han}\w·]{1,20}?)\s*(?:版权所有|版权与免责声明|版权声明)"
    r"|(?:©|copyright)\s*(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*)?(?P<org>[\p{Han}][\p{Han}\w·]{1,20})",
    regex.IGNORECASE,
)
# Where a copyright holder's name ends: "陕西正整数科技有限公司陕ICP备2021004976号" -> 陕西正整数科技有限公司.
ORG_CUT = regex.compile(r"\p{Han}?ICP|公网安备|\d{3,}|Powered", regex.IGNORECASE)
# Copyright holders that are companies operating the site, not its name: "陕西正整数科技有限公司".
COMPANY = regex.compile(r"(?:有限公司|有限责任公司|股份公司|集团|Inc\.?|Ltd\.?|Limited|GmbH|LLC)$", regex.IGNORECASE)
# Words that never name a site: pager links ("<< 上一页"), widgets.
# Controls, often linked to the home page: "Zurück zur Übersicht", "‹ Back", "Log out", "Hauptnavigation".
_UI_CONTROL = (
    r"(?i:^[‹«<]?\s*(?:zurück|back|menu|menü|main menu|(?:main |haupt)?navigation|log ?in|log ?out|sign ?in|sign ?out|"
    r"anmelden|abmelden)\b)"
)
UI_CONTROL = regex.compile(_UI_CONTROL)
NOT_SITE = regex.compile(
    r"上一页|下一页|上一篇|下一篇|更多|点击|登录|注册|搜索|转载|不得|禁止|保留|[<>《》]{2}|"
    r"无障碍|长者模式|关怀版|适老化|老年模式|读屏|"  # government portals' accessibility switches, often linked to "/"
    # skip links ("Skip to main content", "Direkt zum Inhalt"): linked to the page itself, not a site's name
    r"(?i:skip to|skip navigation|zum (?:haupt)?inhalt|aller au contenu|ir al contenido)|"
    # a banner's controls and labels, the first lines of a dump ("Toggle navigation", "Open Menu", "SUBSCRIBE",
    # "Accessibility links", "Currently Reading", "Перейти к контенту", "サイトマップ"), and its weather ("55°F Clear")
    r"(?i:toggle navigation|(?:open|close) menu|^close$|^subscribe$|^suche$|accessibility links|currently reading|"
    r"^(?:trending|latest|topics|sections|breaking)(?:\s+(?:trending|latest|topics|sections|breaking|news))*$|"
    r"alternar navega|перейти к|サイトマップ)|\d\s*°[FC]\b|" + _UI_CONTROL
)
# What a section cannot be: a month and day (", November 19", "Aktualisiert am 26 Oktober"), a field with a number
# ("Seiten-ID: 312", "Ausgabe: 43"), an e-mail address, a row of symbols ("☆☆☆☆☆"), the label of the article itself
# ("资讯正文"), a control ("Suche", "E-Mail", "RSS-Feeds", "ANZEIGE": an advert's label), an update label, a legal
# page, a domain.
NOT_A_SECTION = regex.compile(
    r"(?<![\w])(?:" + _MONTH_NAMES + r")\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:" + _MONTH_NAMES + r")\b|"
    r"^[^:：]{1,20}[:：]\s*\d+$|@\w+\.|^[^\p{L}]*$|^\p{Han}{0,4}正文(?:内容|页)?$|"
    r"^(?i:suche|search|e-?mail|rss(?:-feeds?)?|anzeige|advertisement|werbung|drucken|print|teilen|share)$|"
    # an update label and its date ("Actualizado al 03"), a legal notice ("Impressum"), a domain ("gizmeo.eu", not
    # "Node.js" or "ASP.NET")
    r"^(?i:actualizado|updated|aktualisiert|mis à jour|publicado|published)(?:\s+(?:al|am|on|le|el|the))?\s*\d|"
    r"^(?i:impressum|imprint)$|"
    r"^(?-i:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|de|eu|ch|at|fr|es|it|nl|pl|uk|co\.uk|cn|ru|jp))$",
    regex.IGNORECASE,
)
# What a site's name must not hold or be: an unfilled template ("{$plugin.tx_news.opengraph.site_name}",
# "{{site}}"), a byline ("By linksc", the <title>'s last segment on a blog).
# (also a hotline or a phone number: "财富热线：400-6533-789 APP下载" over a dump's page, a banner's contact line)
NOT_A_SITE_NAME = regex.compile(r"\{[{$]|\}\}|^(?i:by)\s|热线|\d{3,4}[-\s]\d{3,4}[-\s]\d{3,4}")
# Around a site's name: separators left of a <title>'s segment ("› Meedia", ": Oekolandbau", "mediaarchitecture.de //"),
# the word "logo" of a logo's alt text ("Logo: SPÖ", "Schweizer Jäger Logo"), a URL's scheme and "www.".
SITE_NAME_EDGES = regex.compile(
    r"^(?:[\s›»:：/|·•\-–—]+|(?i:logo)\s*[:：\-–]\s*|(?i:https?://)(?:www\.)?)|(?:[\s›»:：/|·•\-–—]+|\s+(?i:logo))$"
)
# What a footer line naming the site holds (checked before the patterns below run).
# (literals only: the stdlib engine, quicker at them, on the last lines of every page)
FOOTER_HINT = re.compile(r"版权|©|opyright|OPYRIGHT|\(c\)|无关")
# Disclaimers naming the site: "任何言论纯属作者个人观点，与乐趣园无关" (forums), "与本站立场无关" (refused: 本站);
# they speak of views, not things: a law's "扣押与案件无关的财物" (无关 qualifying a noun) names nothing.
DISCLAIMER_SITE = regex.compile(
    r"(?:观点|言论|立场|看法|代表|个人|本人|作者|网友|内容|文责|责任)[^。；]{0,30}?"
    r"与\s*(?P<name>[^\s，。；、与]{2,12}?)\s*(?:立场)?无关(?!的)"
)
# The parts of an absolute http(s) URL that the canonical-URL policy compares.
URL_PARTS = regex.compile(
    r"^https?://(?P<host>[^/?#:\s]+)(?::\d+)?(?P<path>/[^?#\s]*)?(?:\?(?P<query>[^#\s]*))?(?:#\S*)?$", regex.IGNORECASE
)
# A canonical written without its scheme: "www.sohu.com/a/434365209_123753" (sohu's og:url).
SCHEMELESS_HOST = regex.compile(r"^(?:[\w-]+\.)+[a-z]{2,}/", regex.IGNORECASE)
# Generic second levels under a country code: "sina.com.cn", "bbc.co.uk", "gov.cn" sites.
GENERIC_SECOND_LEVEL = frozenset(["com", "net", "org", "gov", "edu", "ac", "co", "or", "ne", "go", "mil"])
# Host of a URL: "https://movie.douban.com/subject/…" -> movie.douban.com.
URL_HOST = regex.compile(r"^(?:https?:)?//(?P<host>[^/?#:\s]+)", regex.IGNORECASE)
# Channel names in a <title> where a site name is expected: "商业频道", "网易订阅", "读书频道" (the site is elsewhere).
CHANNEL_NAME = regex.compile(r"(?:频道|订阅|栏目)$")
# Segments that look like a site's name: "理论中国网", "南生论坛", "CSDN博客", "1905.com", and the portals named
# after their government or committee ("绍兴市人民政府", "中国人民政治协商会议江苏省委员会").
SITE_LIKE = regex.compile(
    r"(?:网|網|站|论坛|社区|博客|在线|中国|之家|政府|委员会|政协|人大|\.com|\.cn|\.net)$|^(?:中国|中华)",
    regex.IGNORECASE,
)
# Site-name segments that are slogans, not names: "51offer让留学更简单", "一个清新文艺的微社区", "帮助开发者面试的平台".
# Whose official site a <title> segment says the page is on: "中国载人航天官方网站".
OFFICIAL_SITE = regex.compile(r"^(?P<owner>\w{2,20}?)(?<!的)(?:官方网站|官网)$")
SLOGAN = regex.compile(r"^(?:一个|中国最|全国最|最)|让.{2,}更|帮助|致力于|专注于|的平台$|的社区$|的网站$|官方网站$")
# A slogan or the site's own domain after its name: "…让留学更简单", "央视网(cctv.com)" -> 央视网.
SLOGAN_TAIL = regex.compile(
    r"(?<=\w{2})(?:让.{2,}更.*|[，,].*|\s*[(（](?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)+[)）]|"
    r"\s+(?:Nr\.\s*|No\.\s*)?\d{1,3}\s*/\s*(?:19|20)\d\d)$",  # a magazine's issue: "DER SPIEGEL 52/2018"
    regex.IGNORECASE,
)
# What joins a site's name and its English form at the end of a <title>: "澎湃新闻-The Paper".
NAME_PAIR_DASHES = frozenset("-–—|｜")
# Generic last segments that name a channel, not the site: "…_39健康网_资讯".
SITE_GENERIC = regex.compile(
    r"^(?:资讯|新闻|首页|频道|正文|文章|专题|博客|论坛|社区|视频|图片|详情|阅读|全文|"
    # a portal's channels, the first entries of its menu ("国际" over a dump's page of huanqiu's channels)
    r"国际|国内|军事|财经|科技|汽车|娱乐|体育|社会|教育|健康|旅游|时尚|数码|评论|房产|文化|历史|游戏|股票|基金|"
    r"时政|要闻|民生|生活|公益|其他|新闻动态|新闻中心|工作动态|通知公告|图片新闻|"
    # and in the Latin-script languages' menus ("Training" / "Health" / "News" opening a dump of a magazine's page)
    r"(?i:news|nachrichten|sports?|entertainment|life|lifestyle|health|gesundheit|business|wirtschaft|politics|politik|"
    r"opinion|meinung|tech|technology|travel|reisen|training|videos?|kultur|culture|home|menu|men[uü]))$"
)
# Separators between names: spaces, 、 ， , / ; ＆ and "和/与/及/and".
NAME_SPLIT = regex.compile(r"\s*(?:[、，,;；/／|｜]|\s和\s|\s与\s|\s及\s|\band\b|\bund\b|\s&\s)\s*|\s+")
# Degrees and suffixes after a name and a comma: "Michael L. Anderson, PhD", "John Roe, Jr.", "Ilana Muhlstein, MS,
# RDN" (no split there). The two-letter ones in capitals only, and closing the name or before another comma: "Zhang
# Wei, Ma Jun" is two names.
_DEGREE = (
    r"(?:(?:Ph\.?\s?D|M\.?D|Jr|Sr|MBA|MPH|M\.?Sc|RN|Esq)\b\.?|"
    r"(?-i:MS|MA|BS|BA|BSc|RD|RDN|LD|CDE|DO|DDS|DMD|DVM|CPA|LCSW|NP|PA-C|APRN|FNP|CNM|PharmD|EdD|PsyD)(?=\s*(?:,|$)))"
)
DEGREE_SUFFIX = regex.compile(r"(?:,\s*" + _DEGREE + r")+$", regex.IGNORECASE)
NAME_SPLIT_LATIN = regex.compile(
    r"\s*(?:[、，;；/／|｜]|,(?!\s*" + _DEGREE + r")|\band\b|\bund\b|\bet\b|\s&\s)\s*", regex.IGNORECASE
)
HAN_NAME = regex.compile(r"^[\p{Han}·•]{2,5}$")
# The hundred most common Chinese surnames (by population, as the public rankings list them): a bare
# name after a credited outlet ("来源：中央纪委国家监委网站 李云舒", no role word) counts as its author
# only when it starts with one of them.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
BARE_NAME = regex.compile(r"^\p{Han}{2,3}$")
HAN_CHAR = regex.compile(r"\p{Han}")


def has_han(text: str) -> bool:
    """HAN_CHAR finds a Han character in the text; an ASCII text (a Latin page's names and lines) is refused at once."""
    return not text.isascii() and HAN_CHAR.search(text) is not None


# Person-like handles: "zboygirl", "my38778570", "A-肖老师-树谷学院", "放飞&心情", "Christian Spließ".
HANDLE = regex.compile(r"^[\p{L}\p{N}][\p{L}\p{N}_.&\-· '’]{0,40}$")
# A line that is a sentence or a clause, not a byline: "2004年5月25日，中国科协常委会…".
CLAUSE = regex.compile(r"[，。；！？,;!?]")
# Not names: widgets and words that sit where names sit ("关注", "粉丝", "查看TA的文章", "admin").
NOT_A_NAME = regex.compile(
    r"^(?:关注|已关注|粉丝|私信|收藏|分享|评论|回复|回帖|发帖|点赞|举报|更多|查看|登录|注册|首页|返回|转载|原创|编辑|记者|作者|通讯员|"
    r"admin|administrator|"
    r"(?:系统|超级|网站)?管理员|匿名|佚名|本站|本报|网友|游客|未知|不详|最后发表|最后回复|人气|[\d\s.:/\-]+|staff|editor|team|redaktion|redacci[oó]n|r[ée]daction|redazione|"
    r"redakcja|super ?user|wordpress ?admin|webmaster|\d+|"
    r"facebook|twitter|linkedin|whatsapp|pinterest|reddit|instagram|youtube|telegram|e-?mail|weibo|wechat|微博|微信|"
    # the roles a byline names beside the names ("记者陈智 整合", "游民星空[整理]")
    r"整理|整合|编译|综合|供稿|摄影|摄像|撰稿|撰文|翻译|采写|校对|审核|审校|口述|执笔|报道|制图|责编|出品|监制|"
    r".*(?:taboola|outbrain).*|"  # recommendation widgets ("by Taboola")
    r"\d+\s*[次条人个]?\s*(?:阅读|浏览|评论|点击|回复|访问|收藏|点赞|赞)|"  # counters ("1164次阅读")
    r"总?篇数.*|.*\d+\s*篇|暂无.*|"  # a columnist card's counters and empty fields ("总篇数919篇", "暂无简介")
    r"第\s*\d+\s*页|共\s*\d+\s*页|上一页|下一页)$",  # a pager's "第2页" under the byline
    regex.IGNORECASE,
)
# Interface and label words no person's name holds: a prompt, a control or a field label taken for a
# name ("点击此处收藏本文", "已加载全部评论", an infobox's "建置时间", "如存在侵权" from a disclaimer, a sidebar's
# "小编最近文章", a login form's "我已授权").
UI_PHRASE = regex.compile(
    r"点击|加载|收藏|评论|申请|联系|侵权|下载|登录|注册|关注|转发|举报|浏览|打印|关闭|此处|本文|全部|"
    r"时间|日期|地点|网址|链接|版权|声明|免责|文章|授权|返回"
)
# A Chinese sentence's end: an element marked "author" that holds one holds prose (a bio, a disclaimer).
PROSE_END = re.compile(r"[。！？]")
# Trailing bylines at the end of the main text: "（记者 胡晓蓉）", "（姚峰 上海报道）", "（常书香 马丹阳 ）",
# "(来源：上海证券报)", "（本报记者 张三 通讯员 李四）".
TRAILING_BYLINE = regex.compile(r"[（(]\s*(?P<inner>[^（）()]{2,60}?)\s*[）)]\s*$")
# Leading bylines in the first paragraph: "本报讯（记者 X）", "新华社乌鲁木齐5月9日电（记者邹伟）",
# "本报讯 （实习记者 樊亮 张明超 记者惠禾）13岁…".
LEADING_BYLINE = regex.compile(
    r"^\s*(?:\S{0,20}?(?:讯|电|消息|报道)\s*)?[（(〔［\[]\s*"
    r"(?P<inner>[^（）()〔〕［］\[\]]{0,60}?(?:记者|通讯员|实习生|报道|記者|通訊員|實習生|報導)[^（）()〔〕［］\[\]]{0,60}?)"
    r"\s*[）)〕］\]]"
)  # Taiwan papers: "〔記者王小明／花蓮報導〕"
# A dateline naming the agency: "Norddeich (dpa/lno) - Eine Sturmflut…", "Valencia, 13 may (EFE).- El…",
# "BERLIN (Reuters) -".
AGENCY_DATELINE = regex.compile(
    r"^\s*\p{Lu}[\p{L}.\-' ]{1,40}(?:,\s*[\w .]{1,20})?\s*\((?P<agency>"
    + _AGENCY
    + r")(?:/[\p{L}]{1,5})*\)\s*[.]?\s*[-–—:]"
)
# A closing credit of editors' initials and the agency: "kvo/mbr/dpa", "(dsw/AFP)", "mit Material von dpa".
AGENCY_CLOSING = regex.compile(
    r"^\s*[(]?(?:[\p{Ll}\p{Lu}]{2,4}/){0,4}(?P<agency>" + _AGENCY + r")(?:/[\p{L}]{2,4}){0,3}[)]?\s*$"
    r"|^\s*(?:mit Material von|with material from|con información de|avec)\s+(?P<agency>" + _AGENCY + r")\b"
)
# A word of an agency's name (its first word: "Europa" of "Europa Press"), which every match of the agency patterns
# above and below holds: looked for (by the standard engine, quick on literals) before them.
AGENCY_HINT = re.compile("|".join(re.escape(name.split("\\s+")[0]) for name in _AGENCY[3:-1].split("|")))


def agency_closing(line: str) -> regex.Match[str] | None:
    """AGENCY_CLOSING's match of a line, looked for only where an agency's word is (most lines have none)."""
    return AGENCY_CLOSING.match(line) if AGENCY_HINT.search(line) else None


# An agency glued after a byline's name: "Por Lucía Ferrer EFE" -> the name, and the agency as source.
AGENCY_AFTER_NAME = regex.compile(r"\s+[(/]?(?P<agency>" + _AGENCY + r")[)]?$")
# "——《北京之春》1996年6月号" (the closing credit of a magazine article) and "（来源：上海证券报）".
CLOSING_SOURCE = regex.compile(r"^\s*(?:——|--|—)\s*《(?P<value>[^》]{2,30})》")
# Credits closing a text: "——《北京之春》1996年6月号", "转自《北京科技报》", "(摘自《上海社会科学院学术季刊》…)".
TEXT_SOURCE = regex.compile(
    r"^\s*(?:——|--|—)\s*《(?P<value>[^》]{2,30})》"
    r"|(?:^|[(（\s])(?:转自|摘自|选自|原载于?|转载自|本文来源于|本文转自)\s*[:：]?\s*《(?P<value>[^》]{2,30})》"
)
# A credit of what a text was compiled from: "（综合整理自澎湃新闻、智东西、雷锋网等）", "(编译自路透社)".
COMPILED_FROM = regex.compile(r"(?:整理|编译|摘编|综合|摘|选|转载|转)自\s*[:：]?\s*(?P<value>[^）)\s，。,]{2,40})")
INLINE_SOURCE = regex.compile(r"(?:来源|稿源|出处|来自|转自|转载自)\s*[:：]\s*(?P<value>[^）)\s，。,]{2,30})")
# Author handle before a forum/blog timestamp: "ggjjzhzz 发表于 2005-9-15 11:46:00", "A-肖老师 于 2024-… 发布".
HANDLE_BEFORE_DATE = regex.compile(
    r"^(?P<name>\S{2,30}?)\s+(?:发表于|发布于|于|posted on|published on)\s*(?:\d{2,4}|$)", regex.IGNORECASE
)

# A publish label right before a date, not a name printed by it: "发表于2014-08-24 21:30".
DATE_LABEL_TAIL = regex.compile(
    r"(?:发表于|发布于|发表时间|发布时间|更新时间|时间|日期|posted on|published on|updated on)\s*[:：]?\s*$",
    regex.IGNORECASE,
)
# A row of menu or breadcrumb entries ("首页｜新华社记者看东北｜人物专访"): never a byline.
MENU_ROW = regex.compile(r"[|｜].*[|｜]|>|»|›")
# A blog post's footer: its author and its date on one line
# ("作者:zboygirl 阅读(1660) 评论(5) 发表于:2005-07-31 12:30", blog.yesky.com).
POST_FOOTER = regex.compile(
    r"(?:作者|发表人|发帖人)\s*[:：].{1,60}?(?:发表于|发布于|发表时间|发布时间)\s*[:：]?\s*(?:19|20)\d\d"
)
# Photo and interview credits among names: "受访者供图", "文受访者供图" (after "马俊峰/"), "资料图".
PHOTO_CREDIT = regex.compile(r"供图$|提供$|^资料图|摄$|^图片?来源|^图\s*[/:：]")
# Comment widgets on a byline line: "发表评论 查看评论", "我要评论" (links, not comments).
COMMENT_WIDGET = regex.compile(
    r"发表评论|查看评论|我要评论|参与评论|网友评论\s*[(（]?\d*[)）]?|发表回复|我来说两句|倒序浏览|阅读模式|只看该作者|"
    r"-+\s*(?:阅读|喜欢|评论|点赞|收藏)"  # Discuz's post widgets; bilibili's "--阅读 · --喜欢 · --评论"
)
# A bracketed name anywhere: "[ 黄宇 ]".
BRACKETED_NAME_ANY = regex.compile(r"[\[【]\s*(?P<name>[^\]】\s]{2,8})\s*[\]】]")
# A Latin name with a space inside a credit ("Bloomberg News"): the space does not end the value.
LATIN_NAME_SPACE = regex.compile(r"[A-Za-z]\s+[A-Za-z]")
# Counters next to a date, not its context: "阅读(1660) 评论(5)", "浏览：39", "回复 3", "浏览次数：1268",
# and a portal's counter whose value a script fills in, empty in the crawled page ("浏览次数： 【字体：大 中 小】").
COUNTER = regex.compile(
    r"(?:阅读|评论|浏览|点击|回复|访问|收藏|点赞)(?:次数|人次|量|数)?\s*(?:[(（]\s*\d+\s*[)）]|[:：]?\s*\d{1,6}(?![\d\-/.年]))"
    r"|(?:阅读|浏览|点击|访问)(?:次数|人次|量|数)\s*[:：]\s*(?=$|[\s【\[|｜])"
    # the number first: "1164次阅读", "0 条评论", "2.3万人浏览"
    r"|(?<![\d.])\d{1,9}(?:\.\d+)?\s*[万wk]?\s*[次条人个]?\s*(?:阅读|评论|浏览|点击|回复|访问|收藏|点赞)"
)
# Counters among the names of a byline: "455", "3160字", "1.2万阅读", "123".
COUNT_TOKEN = regex.compile(r"^[\d,.]+\s*(?:[kKwW万]|字|阅读|浏览|评论|赞)?$")
# A journal issue over a paper: "Vol. 8 No. 2 (May 2018)".
JOURNAL_ISSUE = regex.compile(r"\bVol\.?\s*\d+,?\s*(?:No|Issue)\.?\s*\d+\s*\(\s*[A-Za-z]{3,9}\.?\s+\d{4}\s*\)")
# The counters of an account's card on a self-media platform: "7.4万文章", "418亿总阅读", "1.2万粉丝".
ACCOUNT_COUNTER = regex.compile(r"^\d+(?:\.\d+)?[万亿wWkK]?\s*(?:篇?文章|总?阅读|粉丝|关注|获赞|作品|总访问)$")
# How such a counter ends (its "$" also matches before a final line break): looked at before the pattern.
_ACCOUNT_COUNTER_WORDS = ("文章", "阅读", "粉丝", "关注", "获赞", "作品", "访问")
ACCOUNT_COUNTER_ENDS = _ACCOUNT_COUNTER_WORDS + tuple(word + "\n" for word in _ACCOUNT_COUNTER_WORDS)
# What marks a Latin token as a user handle rather than a word: digits, underscores ("my38778570").
HANDLE_MARK = regex.compile(r"[\d_]")
# A counter glued to a name: "远瞳123" -> 远瞳.
TRAILING_COUNT = regex.compile(r"\d+$")
# A line of two to four names and nothing else: "赵延东、风笑天" (authors under a paper's title).
NAME_LIST = regex.compile(r"^\p{Han}{2,4}(?:\s*[、，,]\s*\p{Han}{2,4}){1,3}$")
NAME_LIST_SPLIT = regex.compile(r"\s*[、，,]\s*")
# "由 ddos8919发布于 2024-02-24": the poster named before a publish label.
POSTER_PREFIX = regex.compile(r"^\s*由\s*")
# "henryspace @henryspace": a display name with its handle (social posts).
NAME_AT_HANDLE = regex.compile(r"^(?P<name>[^\s@]{2,30})\s+@(?P=name)$")
# "my38778570 的个人博客", "张三的博客": whose blog the page is (learnku, blog platforms).
PERSONAL_BLOG = regex.compile(r"^(?P<name>[^\s]{2,30}?)\s*的(?:个人)?(?:博客|主页|专栏)(?:\s*[/|｜].*)?$")
# A handle glued to a relative date or to counters and one: "小诺抓10月前", "歪哦釉 | 83 | 1周前".
NAME_RELATIVE_DATE = regex.compile(
    r"^(?P<name>[^\s|｜\d][^\s|｜]{1,29}?)\s*(?:[|｜]\s*\d+\s*[|｜]\s*)?(?:\(楼主\)\s*)?"
    r"\d+\s*(?:秒|分钟|小时|天|周|个月|月|年)前$"
)
# The counters of a forum profile block under a poster's name: "主题", "帖子", "积分", "采纳数：152", "1".
PROFILE_COUNTER = regex.compile(
    r"^(?:(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?:\.\d+)?[kKwW万]?|(?:(?:主题|帖子|积分|精华|粉丝|关注者?|被浏览|获赞数?|采纳数?|回答|文章|威望|金钱|经验|等级|声望)"
    r"\s*[:：]?\s*[\d,.]*[kKwW万]?\s*)+)$"  # "粉丝：23文章：11" (bilibili) counts too
)
# The characters PROFILE_COUNTER's words open with (its numbers open with a digit).
PROFILE_COUNTER_FIRST = frozenset("主帖积精粉关被获采回文威金经等声")
# Lines whose dates are not the page's: recommendations, related lists, account info
# (CSDN "最新推荐文章于 2024-05-07 22:12:13 发布", blog sidebars "建立于:2004年10月6日"); a hotline
# page's "回复时间" is its publication, a forum list's "最后回复时间" is not.
IGNORED_DATE_CONTEXT = regex.compile(
    r"(?:推荐|相关|热门|上一篇|下一篇|评论|最后回复|回复(?!时间|日期)|建立于|注册|加入时间|最后登录|登录时间|上次|截止|有效期|访问|浏览|审核通过|"
    # "retrieved 20 January 2020" (phys.org's citation box); "Registriert: 18.09.2008" (a poster's profile)
    r"retrieved|accessed|abgerufen|consulté|registriert|registered|joined|mitglied seit|member since|inscrit|"
    # "（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）" under a law or decision: when it was
    # adopted or amended, not when the page was published
    r"会议(?:审议)?(?:通过|批准|修订|修正)|(?:通过|修正|修订|公布|施行)\s*[）)]\s*$)",
    regex.IGNORECASE,
)
# "于 2024-05-06 15:47:53 发布" (CSDN), "2005-04-05 06:40发表": the date is labelled from behind.
POSTFIX_PUBLISH = regex.compile(r"(?:\d\s*(?:发布|发表|首发)|^\s*于\s)")
# "[ 黄宇 ]  来源：[ 人民网 ]" (sohu 2004): a bracketed name ahead of the source label.
BRACKETED_NAME = regex.compile(r"[\[【]\s*(?P<name>[^\]】\s]{2,8})\s*[\]】]\s*$")
# A bracketed role or note after a name glued after a date: "游民星空[整理]", "中新网（北京）".
BRACKETED_TAIL = regex.compile(r"(?<=\S)\s*[\[【(（][^\]】)）]{0,10}[\]】)）]?\s*$")
# What separates a name glued after a date: "·新华社", " 钱江晚报", "政能亮 来自北京市".
GLUED_TOKEN_SPLIT = regex.compile(r"[\s·•|｜/／,，]+")
# Words of a clock time or a label after a date, never the outlet named next to it: "11:48 Uhr", "2024By X".
TIME_OR_LABEL_WORD = regex.compile(
    r"^(?:uhr|h|hrs?|heures?|horas?|ore|am|pm|a\.m\.|p\.m\.|gmt|utc|cet|cest|mez|mesz|bst|est|edt|pst|pdt|"
    # time zones after a clock: "10:31 pm CST", "8:03 am ET", "11:06am IST" (not an outlet)
    r"et|pt|ct|mt|cst|cdt|mst|mdt|akst|akdt|hst|ist|jst|kst|hkt|sgt|aest|aedt|acst|awst|nzst|nzdt|wet|west|eet|eest|msk|"
    r"by|von|vom|par|por|de|di|door|posted|published|updated|modified|edited|veröffentlicht|aktualisiert|stand|"
    r"publié|mis|mise|modifié|actualisé|publicado|actualizado|"
    r"입력|수정|기사입력|최종수정|승인|更新|公開|配信|発行)$",  # Korean and Japanese labels after the date
    regex.IGNORECASE,
)
# A token in Latin letters, digits and signs only. After a date it is rarely the outlet ("said", "Get short URL",
# "| Aktuelles", "+02:00", "päivitetty", an event's name): only one that reads as an outlet is taken.
LATIN_TOKEN = regex.compile(r"^[\p{Latin}\p{N}\p{P}\p{S}\s]+$")
# What is left around a Latin byline's name once taken apart: the word "By" ("By GREG BEACHAM"); a date glued after
# it ("Associated Press November 19", "Louis Jacobson on Monday"); a role or a link glued to its last letter
# ("Michael HiltzikBusiness Columnist", "Jose AltoverosView More Articles").
LATIN_BY_PREFIX = regex.compile(r"^(?i:by|von|par|por)\s+(?=\p{Lu})")
LATIN_DATE_TAIL = regex.compile(
    r"\s+(?:on\s+)?(?:(?:" + _MONTH_NAMES + r")\.?\s+\d{1,2}|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)$",
    regex.IGNORECASE,
)
LATIN_GLUED_TAIL = regex.compile(
    r"(?<=\p{Ll})(?:View (?:More|All) (?:Articles|Posts|Stories)|(?:\p{Lu}\p{Ll}+ )?"
    r"(?i:columnist|writer|correspondent|contributor|reporter|editor))$"
)
# A role in a name's place: "AP Sports Writer", "deutscher Journalist", "Kolumnist" (from "Name, AP Sports Writer");
# a reading time ("2 min read").
# A control or a label read in a name's place ("Published", "Filed to", "Tweet This", "Aktuelle Meldung"), and the
# Japanese share and source labels ("このニュースをシェア", "情報元"): every word of the name is one of these.
UI_NAME_WORDS = frozenset({
    "published", "posted", "updated", "filed", "to", "under", "in", "by", "tweet", "this", "share", "follow", "read",
    "more", "comment", "comments", "reply", "print", "email", "aktuelle", "meldung", "veröffentlicht", "aktualisiert",
    "teilen", "drucken", "publié", "partager", "publicado", "compartir",
})  # fmt: skip
UI_NAME_JAPANESE = regex.compile(r"シェア|ツイート|情報元|フォロー")
LATIN_ROLE = regex.compile(
    r"^(?:[\p{L}.]+\s+){0,3}(?i:writer|columnist|correspondent|contributor|journalist(?:in)?|kolumnist(?:in)?|"
    r"reporter(?:in)?|redakteur(?:in)?|editor)$|^\d+\s*min(?:ute)?s?\.?\s+read$",
    regex.IGNORECASE,
)
# A question or an exclamation: an interview's "记者：今年文旅市场有哪些新特点？" is no author credit.
QUESTION_MARK = regex.compile(r"[？?！!]")
# A government office's name, one of the joint issuers a 统计公报 or a notice credits side by side:
# "来源：衢州市统计局 国家统计局衢州调查队" (a widget after a space is no office: "网易商业报道 发表评论").
GOV_OFFICE = regex.compile(r"^\p{Han}{2,20}(?:局|调查队|委员会|委|办公室|办|厅|院|部|中心|人民政府)$")
# A speaker's turn in a press-conference transcript, whole or as the value after its role word: the
# outlet in brackets, a colon and a sentence ("记者（洛阳日报）：请问…"); "记者（实习）：张三" is a credit.
SPEAKER_TURN = regex.compile(r"^\s*(?:(?:记者|主持人|发布人)\s*)?[（(][^）)]{1,20}[）)]\s*[:：]\s*\S{6,}")
# Values that start with a province: "贵州遵义", "四川南充" (a poster's location after "来自").
PLACE_START = regex.compile(
    r"^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|"
    r"青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)"
)
# Place prefixes: "来自北京市", "发布于：北京市", "IP属地：广东".
PLACE_PREFIX = regex.compile(r"^(?:来自|发布于|发自|IP属地|ip属地|属地)[:：]?\s*")
# The follow button next to an author's handle: "关注", "+关注", "Follow".
FOLLOW_BUTTON = regex.compile(r"^\s*(?:\+\s*)?(?:关注|已关注|加关注|Follow)\s*$", regex.IGNORECASE)


def follow_button(text: str) -> bool:
    """FOLLOW_BUTTON matches the text, asked only of a text that holds "关注" or "follow" in some letter case (none of
    its letters folds into a character outside ASCII)."""
    return ("关注" in text or "follow" in text.lower()) and FOLLOW_BUTTON.match(text) is not None


# Widget words that sit in byline blocks: "关注", "举报", "播报文章", "分享至", "阅读 ·", "--喜欢 ·".
WIDGET_WORD = regex.compile(
    r"^(?:关注|\+\s*关注|已关注|举报|播报文章|语音播报文章.*|分享|分享至|收藏|评论|点赞|打印|纠错|字号|大|中|小|微博|微信|"
    r"QQ空间|QQ|空间|复制链接|打开APP|APP内打开|阅读|喜欢|正文|原标题.*|查看TA的文章.*|发表评论|查看评论|"
    r"首页|返回|更多|展开|收起|放大字体|缩小字体|增大字体|减小字体|字体放大|字体缩小|查看更多|无障碍|精华|置顶|管理|"
    r"更新|发布|发表|以前|以后|之前|至今|今天|昨天|Play Video|Video|Audio|Listen|Share|Follow|\W*)$",
    regex.IGNORECASE,
)
# Editor credits anywhere in a short line: "责任编辑：张毅", "（责编：郝帅、杨迪）", "（编辑：小何）返回搜狐".
EDITOR_CREDIT = regex.compile(
    r"(?:责任编辑|本版编辑|网络编辑|值班编辑|本文编辑|编辑|责编|审核|校对|审校|终审|初审|复审|責任編輯|編輯|責編|審核|校對)"
    r"\s*[:：/／]\s*"
    r"(?P<value>[^（）()\[\]【】|｜\n]{1,40})"
)
# An editor credit on a line of its own with a bar after the label, as WeChat articles sign: "编辑|禤志杰",
# "责编丨陈梦莹" (a bar inside a line is a menu's: "评论|编辑|收藏").
EDITOR_BAR_CREDIT = regex.compile(
    r"^\s*(?:责任编辑|本版编辑|网络编辑|值班编辑|本文编辑|编辑|责编|審核|責任編輯|編輯|責編)\s*[丨|｜]\s*"
    r"(?P<value>[^|｜丨\n]{1,20}?)\s*$"
)
# The characters every editor label holds: lines without them are skipped before EDITOR_CREDIT runs.
EDITOR_HINT = re.compile(r"[编审校編審]")  # the stdlib engine: a plain character class, searched on many lines
# An editor label alone on its line, the name on the next: "责任编辑:" / "黄帅".
EDITOR_LABEL_LINE = regex.compile(
    r"^\s*[【\[(（]?\s*(?:责任编辑|本版编辑|编辑|责编|責任編輯|編輯|責編)\s*[:：]?\s*[】\])）]?\s*$"
)
# Tokens that open a widget or counter, never a name: "阅读量1.3w", "查看商业部落", "已编辑", "返目录", "## 问题描述".
WIDGET_PREFIX = regex.compile(
    r"^(?:阅读|浏览|点赞|收藏|评论|分享|查看|点击|添加|返回|返目录|目录|下载|打开|登录|注册|已编辑|编辑于|发布于|创建于|更新于|"
    r"カテゴリー|#|推荐|相关|热门|更多)"
)
# A qualifier of a reporter's role in brackets, before or after the name: "记者（实习）：张三", "张三（实习生）".
ROLE_QUALIFIER = regex.compile(r"[（(]\s*(?:实习生?|見習|见习|特约|特約|首席|驻站|兼职)\s*[)）]\s*[:：]?")
# A name ending with an initial: "Nicolas Gutierrez C." (the period stays).
TRAILING_INITIAL = regex.compile(r"\s(?P<letter>\p{Lu})\.\s*$")
# A bracketed aside right after a Chinese name: "张三（北京大学）" (not a counter: "我来说两句(0)").
BRACKETED = regex.compile(r"(?<=\p{Han})[（(]\p{Han}[^（）()]{1,29}[)）]")
# A place then 报道 closing a byline: "（姚峰 上海报道）", "新京报记者 彭冲 山东冠县报道".
PLACE_REPORT = regex.compile(r"[^\s/／]{0,8}(?:报道|报导|報導|報道|发自\S*)$")  # "／花蓮報導" ends at the slash
# A reporter credit closed by its place, unbracketed (Taiwan papers, after the date and the paper):
# "聯合報／ 記者林小明／台北即時報導", "記者王小明、陳大同/花蓮報導".
REPORTER_PLACE = regex.compile(
    r"(?:记者|記者)\s*(?P<value>\p{Han}{2,4}(?:\s*[、，,\s]\s*\p{Han}{2,4})*)\s*[／/]\s*[^\s／/]{1,8}(?:报道|报导|報導|報道)"
)
# Parenthesised words closing a paragraph that are not names: "（待续）", "（附图）", "（完）".
NOT_TRAILING_NAME = regex.compile(
    r"^(?:待续|未完|未完待续|完|全文完|本文完|附图|组图|资料图|图|视频|上|中|下|续|图文|原创|摄|供图|广告)$"
)
# Editor codes alone: "SF099".
CODE_TOKEN = regex.compile(r"^[A-Z]{1,4}\d{2,6}$")
# --------------------------------------------------------------------------------------------
# Elements noticed while the page is walked (view.tree_lines)
# --------------------------------------------------------------------------------------------
# Links to a site's root page: "/", "index.html", "http://blog.yesky.com/index.html" (天极博客首页),
# "https://movie.douban.com" (the logo link "豆瓣电影"), "../../../index.shtml".
HOME_HREF = regex.compile(
    r"^\s*(?:(?:https?:)?//[^/?#\s]+/?|(?:\.\./)*\.?/?)(?:index|default|home)?(?:\.[a-z]{2,5})?(?:\?[^#\s]*)?\s*$",
    regex.IGNORECASE,
)
# The exact date a relative one stands for, in a tooltip: <span title="2023-05-28 10:28:25">11个月前</span>.
DATE_IN_TOOLTIP = regex.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")

# --------------------------------------------------------------------------------------------
# Head and language
# --------------------------------------------------------------------------------------------
# <meta> names that carry a publish date, best first (article:published_time, pubdate, PubDate …).
META_PUBLISHED = (
    "article:published_time",
    "og:article:published_time",
    "publishdate",
    "pubdate",
    "publish-date",
    "publish_date",
    "publishtime",
    "publish_time",
    "firstpublishedtime",
    "datepublished",
    "article.published",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "dc.date.created",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "sailthru.date",
    "parsely-pub-date",
    "date",
    "og:published_time",
    "og:pubdate",
    "article:published",
    "created",
    "release_date",
    "lastmodifiedtime",
    "article:modified_time",
    "og:updated_time",
    "dateModified",
)
META_MODIFIED = frozenset({"lastmodifiedtime", "article:modified_time", "og:updated_time", "datemodified"})
# The names above as the head is keyed (lower case), split into publish and modification dates, in order.
META_PUBLISHED_ONLY = tuple(name.lower() for name in META_PUBLISHED if name.lower() not in META_MODIFIED)
META_MODIFIED_ORDER = tuple(name.lower() for name in META_PUBLISHED if name.lower() in META_MODIFIED)
META_AUTHOR = (
    "author",
    "article:author",
    "og:article:author",
    "dc.creator",
    "citation_author",
    "citation_authors",
    "sailthru.author",
    "parsely-author",
    "byl",
    "twitter:creator",
)
META_SOURCE = ("source", "mediaid", "og:article:source", "dc.source", "article:source", "contentsource")
# "ArticleTitle", "SiteName" (and "ColumnName", "PubDate", "ContentSource" above and below): the <meta> names
# the national guideline for government websites (政府网站发展指引, 2017) asks of every article page.
META_TITLE = (
    "og:title", "twitter:title", "title", "dc.title", "citation_title", "headline", "sharetitle", "articletitle"
)  # fmt: skip
META_SITE = ("og:site_name", "application-name", "apple-mobile-web-app-title")
# The guideline's "SiteName": a last resort, as it may name the sub-site only ("信息公开专栏" where the page
# prints "吉林省政府信息公开专栏").
META_SITE_LAST = ("sitename",)
META_SECTION = (
    "article:section",
    "og:article:section",
    "section",
    "category",
    "columnname",
    "catalogs",
    "parsely-section",
)
META_KEYWORDS = ("keywords", "news_keywords", "article:tag")
META_DESCRIPTION = ("description", "og:description", "twitter:description")
# Language tags: "zh-CN", "en_US", "de".
LANG_TAG = regex.compile(r"^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*$")
HAN_RUN = regex.compile(r"\p{Han}")
KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
HAN_SPAN = regex.compile(r"\p{Han}+")  # runs, to count characters with fewer strings made
KANA_SPAN = regex.compile(r"[\p{Hiragana}\p{Katakana}]+")
HANGUL = regex.compile(r"\p{Hangul}")
# The blocks that hold the kana and Hangul above (and a few other characters): a quick test, on most pages
# (Chinese, Latin) the only one run, before the patterns count them.
KANA_HINT = re.compile("[\u3041-\u30ff\u31f0-\u31ff\u32d0-\u3357\uff66-\uff9d\U0001aff0-\U0001b16f\U0001f200]")
HANGUL_HINT = re.compile("[\u1100-\u11ff\u302e\u302f\u3131-\u318e\u3200-\u327e\ua960-\ua97c\uac00-\ud7fb\uffa0-\uffdc]")
# Both, in one class: a text without any of their characters (most Chinese pages) has neither kana nor Hangul.
KANA_OR_HANGUL_HINT = re.compile("[" + KANA_HINT.pattern[1:-1] + HANGUL_HINT.pattern[1:-1] + "]")
# The blocks of every Han character as well (the Han script's radicals, ideographs, iteration and number marks,
# compatibility ideographs, the supplementary planes' ideographs): a text without any (most Latin pages) has no Han,
# no kana and no Hangul, and none of the three is counted.
CJK_HINT = re.compile(
    "[" + KANA_OR_HANGUL_HINT.pattern[1:-1] + "\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u9fff"
    "\uf900-\ufaff\U00016fe2-\U00016ff6\U00020000-\U0003ffff]"
)
LATIN_WORD = re.compile(r"[a-zA-ZäöüßÄÖÜéèàç]+")  # literal characters, no flag: the standard engine, twice as quick
_STOP_EN = "the and of to in is that for it with as was on are by this be from at"
_STOP_DE = "der die und das ist nicht mit ein eine zu den von sich des auf für im dem"
_STOP_FR = "le la les et des est un une du en que pour dans qui pas sur au"
STOPWORDS = {
    "en": frozenset(_STOP_EN.split(" ")),
    "de": frozenset(_STOP_DE.split(" ")),
    "fr": frozenset(_STOP_FR.split(" ")),
}

# --------------------------------------------------------------------------------------------
# Metadata lines (called by the stripping stage on many lines: keep it cheap)
# --------------------------------------------------------------------------------------------
_ALL_LABELS = sorted(
    {*DATE_LABELS, *SOURCE_LABELS, *AUTHOR_LABELS, *EDITOR_LABELS, *OTHER_LABELS}
    - {
        "文",
        "By",
        "Date",
        "Source",
        "Author",
        "Published",
        "Posted",
        "Updated",
        "发布",
        "原创",
        "出版社",
        "评论",
        "阅读",
        "浏览",
        "点击",
        "图片",
        "标签",
        "分类",
        "时间：",
    },
    key=len,
    reverse=True,
)
LABEL = regex.compile(r"(?:{})\s*[:：]".format("|".join(map(regex.escape, _ALL_LABELS))))
_LABEL_NO_COLON = regex.compile(
    r"(?:来源|來源|作者|记者|記者|责任编辑|責任編輯|编辑|編輯|责编|責編|发布时间|發佈時間|發布時間|发布日期|發佈日期)\s*(?:[:：]|\s|\[|【)"
)
_DATE = regex.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
_DATE_ONLY_LINE = regex.compile(
    r"^[\s|｜·•]*(?:(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)[\s|｜·•]*$"
)
# An account or outlet and the full date and time, alone on a line: "华夏人文 2020-03-09 18:14:21",
# "原创 南方都市报 2019-09-09 16:01:46" (portals' reposts), "金融市场棱镜2019-09-23 07:48".
_NAME_DATETIME_LINE = regex.compile(
    r"^(?:原创\s*)?[\p{Han}A-Za-z0-9·_]{2,16}(?:\s+[\p{Han}A-Za-z0-9·_]{2,16})?\s*"
    r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$"
)
# A page's address, the date and time and the publication, alone on a line: "http://www.sina.net 2005年03月21日 11:21
# 《理财周刊》" (a portal's repost of a magazine article).
_DATED_CREDIT_LINE = regex.compile(
    r"^(?:https?://\S+\s+)?(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}(?::\d{2})?\s*"
    r"《[^》]{2,20}》$"
)
# A row of byline widgets split by bars, one of them a date and one a counter or a credit: "发表于2014-08-24 21:30|
# 1164次阅读| 来源CSDN| 0 条评论" (not a data table's row, "1 | 2021-03-05 | 召开会议", whose cells are joined alike).
_BAR = regex.compile(r"\s*[|｜]\s*")
_BYLINE_ROW_WORD = regex.compile(
    r"阅读|评论|浏览|点击|来源|作者|发表|发布|编辑|回复|views?\b|comments?\b|reads\b", regex.IGNORECASE
)
BYLINE_ROW_PARTS = 3  # parts of such a row, at least
BYLINE_ROW_PART = 20  # characters of each, at most
_EDITOR_PAREN = regex.compile(
    r"^\s*[（(【\[]\s*(?:责任编辑|编辑|责编|审核|校对|責任編輯|編輯|責編)\s*[:：][^）)】\]]{1,40}[）)】\]]\s*$"
)
# The print edition a newspaper site credits over its text: "《光明日报》（ 2024年05月12日 04版）",
# "《人民日报》（2024年05月12日 第 07 版）".
_EDITION_LINE = regex.compile(
    r"^《[^》]{2,20}》\s*[（(]\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第\s*)?[A-Z\d]{1,4}\s*版\s*[）)]$"
)
SENTENCE_END = regex.compile(r"[。！？!?；;]")
# Bracketed controls before a label: "【我要纠错】 责任编辑：刘亮" (gov.cn), "【打印】 来源：…"
# (not a bracketed field: "【来源：新华网】").
_LEADING_CONTROLS = regex.compile(r"^(?:\s*[【\[][^】\]\d:：]{1,6}[】\]])+\s*")


def _byline_row(stripped: str) -> bool:
    parts = [part for part in _BAR.split(stripped) if part]
    return (
        len(parts) >= BYLINE_ROW_PARTS
        and all(len(part) <= BYLINE_ROW_PART for part in parts)
        and not SENTENCE_END.search(stripped)
        and any(_DATE.search(part) for part in parts)
        and _BYLINE_ROW_WORD.search(stripped) is not None
    )


def may_be_metadata(text: str) -> bool:
    """What every metadata line has, tested before the chain of patterns below (which most lines
    of a page would go through in vain): a label's colon, or a date's year ("19…", "20…")."""
    return ":" in text or "：" in text or "19" in text or "20" in text


def is_metadata_line(line: str) -> bool:
    """True for a short line made of metadata: labelled date/source/author/editor fields, or a bare date.

    "发布日期:2021年02月20日 来源:联谊报 作者:徐文燕 叶瑞胜 字号:[][][]", "2024-05-12 17:19",
    "（责编：郝帅、杨迪）", "来源：新华网" are; a sentence that merely mentions 来源 is not (it is long
    or has sentence punctuation).
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 160 or not may_be_metadata(stripped):
        return False
    return metadata_shape(stripped)


def metadata_shape(stripped: str) -> bool:
    """``is_metadata_line`` without its cheap precheck (a stripped line of at most 160 characters)."""
    if len(stripped) <= 40 and (_DATE_ONLY_LINE.match(stripped) or _EDITION_LINE.match(stripped)):
        return True
    if len(stripped) <= 48 and ":" in stripped and _NAME_DATETIME_LINE.match(stripped):
        return True  # (its time holds an ASCII colon)
    if len(stripped) <= 100 and stripped[-1] == "》" and _DATED_CREDIT_LINE.match(stripped):
        return True
    if ("|" in stripped or "｜" in stripped) and _byline_row(stripped):
        return True
    # Every label ends with a colon: a line without one holds none, and a long line with one colon holds one at
    # most (the rule for long lines below then says no): the search is skipped on most prose lines.
    colons = stripped.count(":") + stripped.count("：")
    if colons < 2 and len(stripped) > 60:
        return False
    labels = LABEL.findall(stripped) if colons else []
    if len(labels) >= 2:
        return not SENTENCE_END.search(stripped) or len(labels) >= 3
    if len(stripped) > 60 or SENTENCE_END.search(stripped):
        return False
    if labels:
        head = _LEADING_CONTROLS.sub("", stripped).lstrip("（(【[ |")
        return bool(LABEL.match(head)) or bool(_DATE.search(stripped))
    if _EDITOR_PAREN.match(stripped):
        return True
    return (
        bool(_LABEL_NO_COLON.match(stripped.lstrip("（(【[ |")))
        and len(stripped) <= 40
        and bool(_DATE.search(stripped))
    )


# Latin-script bylines as a rendered-text dump prints them by the headline (``bylines.dump_latin_byline``): the
# markup that marks an author element is gone, only the line's wording is left.
# A byline's "by" word alone on its line (after a kind of article: "Kommentar von"), the name on the next: "Von" /
# "Claus Boelen-Theile", "By :" / "Joe S.".
BY_WORD_ALONE = regex.compile(
    r"^\s*(?:(?:kommentar|interview|analyse|analysis|opinion|text|eine?\s+\p{L}+|an?\s+\p{L}+)\s+)?"
    r"(?:by|von|por|par|door|przez|written by|posted by|autor(?:in)?|author|verfasser(?:in)?)\s*:?\s*$",
    regex.IGNORECASE,
)
BY_WORD_ALONE_FIRST = frozenset("bvpdwaBVPDWAkioteKIOTE ")  # the characters BY_WORD_ALONE may open with
# A name's words: capitalised words, initials, particles ("Christoph von Ritter", "Günter W. Kienitz"): two or three.
_NAME_WORD = r"\p{Lu}[\p{L}'’-]*\.?"
NAME_PARTICLES = frozenset(
    ("von", "van", "de", "der", "den", "da", "di", "del", "della", "du", "la", "le", "zu", "ten", "y")
)
_NAME_PARTICLE = "(?:" + "|".join(sorted(NAME_PARTICLES)) + ")"
# Words that close a name in a byline row: the next field's label ("Last updated", "Veröffentlicht am"), another
# credit's ("Text von Jane Doe Illustration von …", "Ein Interview von Jane Doe mit …", "Posted by Jane under …").
_AFTER_NAME = (
    r"(?:last|updated|update|published|posted|veröffentlicht|aktualisiert|share|follow|folgen|teilen|"
    r"mit|with|under|illustrations?|illustrationen|fotos?|photos?|bilder?|grafiken?|all|alle|"
    r"kommentare?|comments?|lesezeit|min|uhr|am|on|le|el|il|em|the|in|at|um|und|and|et|y)\b"
)
_PERSON_NAME = (
    _NAME_WORD + r"(?:\s+(?:" + _NAME_PARTICLE + r"\s+){0,2}(?!(?i:" + _AFTER_NAME + r"))" + _NAME_WORD + r"){1,2}"
)
# A line that is only a person's name (two or three words, particles aside).
PERSON_NAME_LINE = regex.compile(r"^\s*(?P<name>" + _PERSON_NAME + r")\s*$")
# A name in a byline row once its date is taken out, a word of the next field after it: "Frank Hahn am", "Luis
# Holuch 6", "Frau Sabienes Kommentare 4 Kommentare", "Andreas Kalt4 Kommentare" (a comment counter), "Tony Carter
# All, Books, Kit Reviews" (a category list, opening with "All").
ROW_NAME = regex.compile(
    r"^\s*(?P<name>" + _PERSON_NAME + r")"
    r"(?:\s+(?i:am|on|le|el|il|em|um|at|vom|all|alle|\d+)|\s*\d*\s*(?i:kommentare?|comments?|antworten|replies|comentarios?)\b.*)?"
    r"\s*$"
)
# A handle alone: a word with a capital, a digit or an underscore inside ("MikeNils", "Herr_Rein", "c1ph4").
HANDLE_WORD = regex.compile(r"^[\p{L}\d_.-]*(?:\p{Ll}\p{Lu}|\p{L}[\d_])[\p{L}\d_.-]*$")
# One more name after a byline's: "von Rudolf Fischer, Simon Kohler", "Fiona Bornhöft und Mariam Hofbeck".
NEXT_PERSON_NAME = regex.compile(
    r"\s*(?:,|&|\s(?:und|and|y|et))\s+(?P<name>" + _PERSON_NAME + r")(?=\s*(?:$|[,&]|\s(?:und|and|y|et)\s))"
)
# A role after a byline's name, not a second name: "By Jane Doe, Senior Analyst", "von Max Muster, Redakteur".
BYLINE_ROLE_WORD = regex.compile(
    r"\b(?:staff|senior|chief|special|contributing|associate|deputy|executive|managing|writer|reporter|editor|"
    r"correspondent|analyst|columnist|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|author)\b",
    regex.IGNORECASE,
)
# The name after a "by" word that opens the line or follows a date ("Posted on September 21, 2020 by Adi Tzlil",
# "By Jane Slaughter on Thu, Nov 9, 2023", "von Herr_Rein Veröffentlicht am …"): a person's name, or a handle
# ("Herr_Rein", "Newsdesk") closing the line or followed by another field.
NAME_AFTER_BY = regex.compile(
    r"(?:^|\s)(?i:by|von|por|par|door|przez)\s*:?\s+(?P<name>(?-i:" + _PERSON_NAME + r")|[\p{L}\d][\p{L}\d_.-]{2,30})"
    r"(?=\s*$|\s*[|•·,/@]|\s+[-–—]|\s+(?i:" + _AFTER_NAME + r")|\s+\d|\s+\S*@)"
)
# What may stand before a byline's "by" word besides label words: "Analysis by", "Ein Artikel von" (BY_LINE's lead).
BY_LEAD_ONLY = regex.compile(r"^" + _BY_LEAD + r"$", regex.IGNORECASE)
# A forum thread's starter, labelled (XenForo, vBulletin): "Themenstarter Pepemaus", "Thread starter jdoe".
THREAD_STARTER = regex.compile(
    r"^\s*(?i:themen-?starter|thread\s*-?starter|topic\s*-?starter|thread-?ersteller)\s*:?\s+(?P<name>\S[^|•·]{0,38}?)\s*$"
)
# A line opening with a "by" word, the rest a name of its own (an organisation's byline): "Por Redacción Diario X".
BY_OPENING = regex.compile(r"^\s*(?i:by|von|por|par|door|przez)\s+(?P<name>[^\d|•·,/@:]{3,40}?)\s*$")
# A byline row's field that only finishes its clock: "Uhr" of "04.02.2022 | 15:33 Uhr | Jane Doe", "hrs", "CET",
# "PST" of "Monday November 18, 2019 7:45 am PST by Jane Doe", the clock itself ("07/05/2022 20H06 - …").
ROW_CLOCK_PIECE = regex.compile(
    r"^\s*(?i:uhr|h|hrs?\.?|[ap]\.?m\.?|cet|cest|mez|mesz|utc|gmt|bst|[ecmp][sd]t|\d{1,2}\s*[h:.]\s*\d\d(?:\s*(?:uhr|h))?)\s*$"
)
# A German byline's date with a two-digit year: "19.10.19, 08:00 Uhr", "Jane Doe | 06.11.23" (read by the headline of a
# dump only: elsewhere "1.10.19" may be a version).
DATE_DMY_SHORT_YEAR = regex.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d\d)(?![\d.])")
# A day/month/year date whose day and month cannot be told apart ("11/08/2020"): find_dates reads none, but it
# still splits a byline row ("Swantje Bernsmann 11/08/2020 Feelings") of a dump.
DATE_SLASHED = regex.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/(?:19|20)\d\d(?![\d/])")
# A year glued to what follows it by the rendering (innerText joins inline elements): "1. November 20231. November
# 2023", "19.2.202016:20", "06.11.20230 Kommentare". Split there, a date of the byline is read again.
GLUED_YEAR = regex.compile(r"(?<![\d])((?:19|20)\d\d)(?=\d)")
# An update label before a byline date: "Updated 5:27 am CST, Wednesday, November 20, 2019", "Ultima modifica".
DUMP_UPDATE_WORD = regex.compile(
    r"\b(?:updated?|aktualisiert|actualizado|actualisé|mis à jour|modifié|modified|modifica|päivitetty|bijgewerkt)\b",
    regex.IGNORECASE,
)
# What separates a byline row's fields: "Swantje Schemmerling | 06.11.23", "Julia Steinhoff / Oktober 25 2023".
BYLINE_ROW_SEPARATORS = regex.compile(r"\s*(?:[|•·/⋅–—,]|\s-\s)\s*")
