"""Every pattern of the number-repair stage, compiled once.

Digits are spelled ``[0-9]`` on purpose: ``\\d`` in ``re`` also matches full-width and
other Unicode digits, which this stage must tell apart.  Examples name where each
shape is seen (``seed`` = shared/seed/000_61116273d5307d41.txt, ``dd`` = damage-dev).
"""

from __future__ import annotations

import re

FW_DIGITS = "０１２３４５６７８９"
#: full-width digits and the full-width full stop, as ASCII (``str.translate`` table)
FW_NUMBER_TABLE = str.maketrans(FW_DIGITS + "．", "0123456789.")

# --- cheap prechecks (run on every paragraph) ---------------------------------------
#: anything this stage could repair; a paragraph without a match costs one scan.
#: Every match starts with a digit or a percent sign, and the pattern starts with that
#: character class: the engine then skips in C to the next such character instead of
#: trying the pattern at every position (4x quicker on pages); a lookbehind tells which.
CANDIDATE = re.compile(
    "[０-９%％0-9](?:"
    "(?<=[０-９])"  # full-width digit
    "|(?<=[%％])[0-9]"  # percentage glued to the next number (seed: 78.5%10家)
    "|(?<=[0-9])(?:"
    "[0-9]{4,5}月"  # year-month glued (seed: 20204月)
    "|[0-9]{1,3}日"  # month-day glued (dd: 729日，)
    "|[ \u00a0\u2009\u202f][0-9]{1,3}年"  # a year split by markup (20 20年)
    "))"
)
FW_DIGIT = re.compile("[０-９]")
ASCII_DIGIT = re.compile("[0-9]")
#: two or more full-width digits in one number (not the Japanese one-digit convention)
FW_MULTI_DIGIT = re.compile("[０-９](?:．?[０-９])")
#: hiragana / katakana proper (not ・ U+30FB or ー U+30FC, which Chinese text uses too)
KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")
#: Han ideographs except 年 (U+5E74) and 月 (U+6708), which this stage inserts: a share
#: of kana among kana + HAN is unchanged by a repair (so the check stays idempotent)
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u5e73\u5e75-\u6707\u6709-\u9fff]")

# --- full-width digits ---------------------------------------------------------------
#: a number token: digits (either width), a full-width ． only between digits
#: (dd: ６０．９１%、DOI: １０．１２６７７/MOM.２０１８．８２００２, C２C, [１])
NUMBER_TOKEN = re.compile("[0-9０-９](?:[0-9０-９]|．(?=[0-9０-９]))*")

# --- shared left boundary --------------------------------------------------------------
# A candidate number must start a number: not after a digit, a letter (codes such as
# A320, ISO9001), a decimal point, a range or path character, or URL/code punctuation.
# (A colon is allowed: 日期：202201月; times such as 10:30 are guarded instead.)
# The test sits after the number's first digit (the character before that digit is not one of
# these), not before it: a pattern that starts with a digit class lets the engine skip in C to the
# next digit instead of trying the pattern at every position of the text (2-3x quicker scans).
_NOT_LEFT = r"[0-9A-Za-z_.．/\\\-~～#%％@&=+$]"
_LEFT_OF_DIGIT = rf"(?<!{_NOT_LEFT}[0-9])"

# --- year-month glued: 20204月 -> 2020年4月, 202201月 -> 2022年01月 --------------------
#: the digit run is exactly year (4) + month (1-2): the left boundary and the month
#: alternatives with 月 right after leave no other digit in the run
YEAR_MONTH = re.compile("([0-9]" + _LEFT_OF_DIGIT + "[0-9]{3})(0[1-9]|1[0-2]|[1-9])月")

# --- month-day glued: 729日 -> 7月29日, 1225日 -> 12月25日 -------------------------------
#: not after 月 either (then the digits are already the day)
MONTH_DAY = re.compile(r"([0-9](?<![0-9A-Za-z_.．/\\\-~～#%％@&=+$月][0-9])[0-9]{1,3})日")
#: words right before the number that make it a count of days (历时45日, 满120日, 第129日)
DAY_COUNT_BEFORE = re.compile(
    "(?:第|满|共|计|历时|长达|为期|连续|每|近|约|逾|超过|超|达|仅|只|用了|花了|用时|耗时|"
    "费时|需要|需|至少|最多|相隔|间隔|距今|前|后|再|又|日起|限期|期限|宽限|延长|缩短|提前|"
    "推迟|逾期|超期|经过)$"
)
#: and, for two digits only, words that make the number a count in ordinary prose
#: (期限为45日，  经过了38日，  等了45日，)
DAY_COUNT_BEFORE_2 = re.compile("(?:为|是|了|有|等|的|用|要|过|经|隔|内|余|多)$")
#: what follows 日 when it is not a date: a duration (45日内, 700日以上), a price in yen
#: (520日元), a moving average (120日均线, 60日线); kept short on purpose: 日 before
#: 本/美/媒/记/商... is usually a date (20日本市, 20日美国, 12日记者), so those stay out
NOT_DATE_AFTER = re.compile("(?:内|以内|之内|以上|以下|左右|有余|元|圆|币|均|线(?![上下])|游)")
#: and, for two digits only, what follows 日 in a count of days (45日后, 38日的时间,
#: 47日間, 45日以来, 45日里); 中 only when not 中午
NOT_DATE_AFTER_2 = re.compile("(?:后|之后|以后|前|之前|以前|以来|之久|里|中(?!午)|期间|时间|间|間|多|余|的|天|半)")

# --- percentage glued to the next number: 78.5%10家 -> 78.5%，10家 ---------------------
#: a percentage (chain start) followed at once by a digit (dd: 5.15%59个, 108.4%28.3%16.2%)
PERCENT_GLUED = re.compile("([0-9]" + _LEFT_OF_DIGIT + "[0-9]*(?:\\.[0-9]+)?)([%％])(?=[0-9])")
#: the number after the percent sign, possibly itself a percentage (1.4%0.2%和0.1%)
NEXT_NUMBER = re.compile("[0-9]+(?:\\.[0-9]+)?([%％])?")
#: the next number starts a time phrase, so a new sentence (dd: 26.9%22年间, 17%2012年至,
#: 5.7%3月份, 0.8%1\u00ad\u00ad—4月平均)
TIME_LEAD = re.compile("[0-9]+(?:\\.[0-9]+)?(?:\u00ad*[-–—~～至到]+\u00ad*[0-9]+)?\u00ad*(?:年|月|日|季度|世纪)")
#: a list of dated percentages: 1994年21.8％、1995年15％ (the next item repeats the shape)
DATED_PERCENT = re.compile("[0-9]+(?:年|月份?)[0-9]+(?:\\.[0-9]+)?[%％]")
#: what may follow the next number for the gap to be prose: CJK, a percent sign, a range
#: dash (soft hyphens skipped); excludes code such as x=100%5; and URL escapes (%3D)
AFTER_NEXT_NUMBER = re.compile("\u00ad*[\u3400-\u9fff\uf900-\ufaff%％\\-–—~～]")
SENTENCE_END = re.compile("[。！？!?\n]")
CLAUSE_COMMA = re.compile("[，,]")

# --- a year split by markup: 20 20年 -> 2020年 ------------------------------------------
YEAR_SPLIT = re.compile("([1-9]" + _LEFT_OF_DIGIT + "[0-9]{0,2})[ \u00a0\u2009\u202f]([0-9]{1,3})年")

# --- guards: spans no structural rule may touch ----------------------------------------
# (each branch starts where a run starts, so one scan of a long page stays linear)
GUARDS = re.compile(
    "|".join(
        (
            # URLs and e-mail addresses
            r"(?:https?|ftp)://[^\s<>\"'，。；、）】》]+",
            r"www\.[^\s<>\"'，。；、）】》]+",
            r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+",
            # document numbers: 浙政办发〔2021〕5号, [2021]12号, 第20204号
            r"[〔［\[【(（]\s*[0-9]{4}\s*[〕］\]】)）]\s*[0-9]+\s*号",
            r"第[0-9]+号",
            # labelled identifiers: 索引号: 000014349/2021-00045, 文号, 编号, 备案号 ...
            r"(?:索引号|文号|发文字号|编号|备案号|案号|证号|批准文号|登记号|代码|身份证号|"
            r"ICP备|ISBN|ISSN|DOI|doi)\s*[:：]?\s*[^\s，。；、]*",
            # phone numbers: 020-85501999-8819, 13912345678, 电话：...
            r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])",
            r"(?<![0-9])0[0-9]{2,3}-{1,2}[0-9]{7,8}(?:-[0-9]{1,6})?",
            r"(?:电话|手机|传真|热线|Tel|TEL|tel|Fax|FAX)\s*[:：]?\s*[0-9\-—\s()（）]+",
            # times 10:30, 9：45:12 and version strings 2.0.1, v3.10
            r"(?<![0-9])[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?",
            r"(?<![0-9.])[0-9]+(?:\.[0-9]+){2,}|[vV][0-9]+(?:\.[0-9]+)+",
            # code
            r"`[^`\n]*`",
            r"<(code|pre|script|style)\b[^>]*>.*?</\1>",
        )
    ),
    re.S,
)
#: a run of percent escapes (data URIs, query strings: %20viewBox%3D'0%200%20100%20100');
#: guarded only when one escape has a hex letter (%3D, %2F, %E4), so that prose lists
#: such as 10%20%30% stay repairable
PERCENT_ESCAPES = re.compile(r"%[0-9A-Fa-f]{2}(?:[^\s%]*%[0-9A-Fa-f]{2})*")
HEX_LETTER_ESCAPE = re.compile("%(?:[0-9][A-Fa-f]|[A-Fa-f][0-9A-Fa-f])")
