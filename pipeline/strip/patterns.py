"""Every pattern of the boilerplate-stripping stage, compiled once.

Line-level phrases first (shared by dumps and HTML), then DOM vocabulary. Each names where it
is seen. Metadata labels (发布日期, 来源, 作者 …) live in ``pipeline.meta.patterns``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import regex

# --- lines ---

# Words of page controls and widgets, never article text: font size, print, close, share, login,
# reading counts, player controls. A line made of nothing else is a control line
# ("【发表评论】【关闭窗口】", "字号:[][][]", "分享到：", "用户登录", "×", "放大 缩小 默认"). A word comes before
# the shorter words it begins with ("展开全部" before "展开"): the match does not backtrack into a word.
_CONTROL_WORDS = (
    "THE END|The End|全文完|完|"  # (before "T": the alternation takes the first word that matches, for good)
    "关闭窗口|关闭本页|关闭页面|关闭|打印本页|打印此页|打印文章|打印本文|打印|收藏本页|收藏本文|加入收藏夹|加入收藏|收藏|"
    "返回顶部|回到顶部|返回首页|返回列表|返回上一页|返回|顶部|"
    "功能介绍|调整字体|字号|字体|默认|放大|缩小|大|中|小|人参与|"
    "分享到|分享至|分享|一键分享|转发|复制链接|复制网址|微信扫一扫|扫一扫|微信扫码分享|扫码|微信|朋友圈|"
    "用微信扫码|用微信扫一扫|二维码|好友和朋友圈|"
    "新浪微博|微博|QQ空间|QQ|qq|腾讯微博|豆瓣|人人网|"
    "用户登录|会员登录|立即登录|登录|注册|登录注册|退出|忘记密码|找回密码|请登录|"
    "设为首页|加入收藏夹|网站地图|无障碍浏览|无障碍|关怀版|长者模式|进入关怀版|繁体|简体|繁體|English|"
    "我要纠错|纠错|我要评论|发表评论|查看评论|我来说两句|推荐给朋友|推荐|点赞|赞|踩|举报|投诉|反馈|评论|"
    "阅读数|阅读量|阅读|浏览次数|浏览|播放|次浏览|次阅读|点击数|点击|万|[wk]|"
    "播报文章|语音播报|展开全文|展开阅读全文|展开全部|阅读全文|展开|收起|全文|更多|查看更多|图集|点击进入专题|进入专题|"
    "打开APP|下载APP|打开客户端|下载客户端|客户端|App|APP|倍速|高清|标清|超清|全屏|静音|"
    "上一页|下一页|首页|尾页|末页|第\\d+页|共\\d+页|快速回复|回复|引用|只看该作者|只看楼主|倒序浏览|电梯直达|楼主|沙发|板凳|地板|"
    "搜索答案|搜索|站内搜索|检索|高级搜索|"
    "关注问题|写回答|我来答|邀请回答|添加回答|"
    "Compartir en|Compartir|Partager sur|Partager|Envoyer par e-mail|Envoyer par mail|Artikel teilen|Teilen|"
    "Condividi su|Condividi|Compartilhar|E-Mail|E-mail|e-mail|"
    "Print|Close|Share this with|Share this|Share on|Share|Email|Tweet|Facebook|Twitter|Messenger|WhatsApp|Pinterest|"
    "LinkedIn|Reddit|Copy this link|Copy link|Back to top|Top|Login|Log in|Sign in|Sign up|Register|Subscribe|"
    "シェア|ポスト|LINE共有|URLコピー|ツイート|印刷|"
    # (single letters last: the match is possessive, a "T" taken alone would leave "witter" of "Twitter" unmatched)
    "×|✕|[xX]|[Tt]"
)
# (On the standard engine: it needs nothing of ``regex``, and is tried on most short lines, 40% quicker.)
CONTROL_LINE = re.compile(
    r"^(?:[\s\[\]【】()（）<>《》「」|｜/\\·•・:：,，.。!！?？\-–—_~+=*#@&'\"“”]|\d|" + _CONTROL_WORDS + r")++$"
)


def _openings(words: str) -> frozenset[str]:
    """The letters opening the words of an alternation ("关闭|[Tt]|第\\d+页": 关, T, t, 第)."""
    letters: set[str] = set()
    for word in words.split("|"):
        letters.update(word[1 : word.index("]")] if word.startswith("[") else word[0])
    return frozenset(letters)


def may_open(text: str, openings: frozenset[str]) -> bool:
    """False when a line pattern matched at the line's start cannot match: the line opens with a letter that opens
    none of its words (``openings``, the ``*_OPENINGS`` below; for a pattern ignoring case, in every case). A line
    opening with no letter (a digit, a space, a bracket, a mark: what the patterns' decorations, digit and space
    classes take) may match. Most lines open with a letter that opens none of the words: one quick test instead of
    the pattern's (tests/strip/test_line_hints.py tries lines made from each pattern)."""
    first = text[:1]
    return first in openings or not first.isalpha()


CONTROL_OPENINGS = _openings(_CONTROL_WORDS)
# Short bracketed links in a row: "页面功能 【我来说两句】【推荐】【字体：大 中 小】【打印】 【关闭】".
BRACKETED_LINK = regex.compile(r"【[^【】]{1,12}】|\[[^\[\]]{1,12}\]")

# Line openings. Each vocabulary is compiled alone (the DOM stage uses them) and, in LINE_HEAD, all
# together (one match per dump line).
_HEAD_DECORATION = r"^[\s■□●○◆◇▲△▶►>»·•\-—【\[(（]*"
# Previous/next-article links: "上一篇：…", "【下一篇】…", "Next post", "Previous: …". The English words
# also open sentences ("Next year I will …"): they count with a noun after them, or alone before a
# colon, a bracket, an arrow or the line's end.
_PREV_NEXT_WORDS = (
    r"(?:上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇|"
    r"(?:Previous|Next)(?:\s+(?i:post|article|story|entry|page|item|news|chapter)\b|(?=\s*(?:[】\])）:：»›>]|$))))"
    r"\s*[】\])）]?\s*[:：]?"
)
# Breadcrumb labels: "当前位置: 首页 > 市县政协 >>正文内容".
_BREADCRUMB_LABELS = (
    r"(?:当前位置|您现在的位置|您现在的位置是|您的位置|你的位置|你现在的位置|所在位置|现在位置|当前页面|"
    r"位置|导航|You are here)\s*[】\]]?\s*[:：]"
)
# Headers of related and recommended lists ("相关新闻", "■相关链接", "延伸阅读：…", "大家都在看"). Usually
# the article is over, but some pages put such a box inside the article: crossing one is costly,
# not impossible.
_RELATED_WORDS = (
    r"(?:相关(?:新闻|报道|阅读|文章|链接|推荐|内容|专题|资讯|视频|稿件|信息|附件|主题|问题|搜索|话题|标签)|"
    r"延伸阅读|推荐阅读|扩展阅读|热门推荐|热点推荐|精彩推荐|为你推荐|为您推荐|猜你喜欢|你可能感兴趣|您可能感兴趣|大家都在看|看了又看|"
    r"热文推荐|热门文章|热门新闻|热点新闻|热门资讯|最新文章|最新资讯|最新新闻|最新报道|24小时热文|热门精选|排行榜|点击排行|阅读排行|"
    r"往期回顾|往期推荐|更多精彩|更多推荐|更多内容|查看更多|\S{0,8}\s*换一[换批]|"
    r"最新发布|最新回复|最新帖子|热门帖子|热帖|精华帖|相关帖子|相关主题|热门话题|热门问题|相似问题|其他类似问题|"
    r"関連記事|関連ニュース|おすすめ記事|人気記事|この記事を(?:読んだ|見た)人|"
    r"Related|Read more|More from|You may also like|Recommended)"
)
# Lines after which the article is over: comment areas ("热门评论"; in a thread the replies follow),
# the editor line, the previous/next links ("（编辑：小何）", "责任编辑：", "上一篇"); for the DOM also the
# "read more" of a teaser (a dump line "展开阅读全文" is a control: in a dump the text goes on).
# A count of comments opening a line: the header of the comment area under an article ("4,060 条评论",
# "51条评论|1,307人参与"); in a thread, the count under each post (lines.py asks which).
_COMMENT_COUNT = r"\d[\d,，]*(?:\.\d+)?万?\s*条(?:评论|回复|留言)"
COMMENT_COUNT = re.compile(r"\s*" + _COMMENT_COUNT)
_COMMENT_WORDS = (
    r"(?:热门评论|最新评论|网友评论|全部评论|精彩评论|评论区|发表评论|我来说两句|网友跟贴|跟贴|留言板|我要留言|"
    r"请先\s*登录\s*后?\s*(?:发表|参与)?评论|登录(?:后|并)\s*(?:发表|参与)?评论|共\s*\d+\s*条评论|最热评论|"
    + _COMMENT_COUNT
    + r"|"
    r"Comments|Leave a (?:comment|reply))"
)
_EDITOR_WORDS = (
    r"(?:(?:责任编辑|编辑|责编|审核|校对|值班编辑|本文编辑|监制|审校)\s*[:：丨|｜]|上一篇|下一篇|上一条|下一条)"
)
_END_WORDS = r"(?:" + _COMMENT_WORDS + "|" + _EDITOR_WORDS + r"|展开阅读全文|阅读全文|正文已结束)"
PREV_NEXT = regex.compile(r"^\s*[【\[(（]?\s*" + _PREV_NEXT_WORDS)
BREADCRUMB = regex.compile(r"^\s*[\[【]?\s*" + _BREADCRUMB_LABELS)
# What opens every match of PREV_NEXT and BREADCRUMB: the decoration, then the first letter of one of their words (on
# the standard engine, whose \s takes what that of ``regex`` takes and more: one quick match before those two).
PREV_NEXT_OR_BREADCRUMB_HINT = re.compile(r"\s*[【\[(（]?\s*[上下前后PN当您你所现位导Y]")
RELATED_HEADER = regex.compile(_HEAD_DECORATION + _RELATED_WORDS, regex.IGNORECASE)
END_OF_ARTICLE = regex.compile(_HEAD_DECORATION + _END_WORDS, regex.IGNORECASE)
END_OF_ARTICLE_MAX = 40  # longer lines that start like that are sentences, not headers
LINE_HEAD = regex.compile(
    _HEAD_DECORATION
    + f"(?:(?P<prev_next>{_PREV_NEXT_WORDS})|(?P<comments>{_COMMENT_WORDS})|(?P<end>{_EDITOR_WORDS})"
    + f"|(?P<related>{_RELATED_WORDS})"
    + f"|(?P<crumb>{_BREADCRUMB_LABELS}))",
    regex.IGNORECASE,
)
# What opens every LINE_HEAD match but those of "…换一换" (a line holding 换一, see ``may_open_header``): the
# decoration, then the first character of one of its words (both cases of the Latin ones, which have no
# other case-insensitive match). On the standard engine: one quick match, where LINE_HEAD tries all its
# words. Keep in step with the vocabularies above (tests/strip/test_line_hints.py tries a sample of each word).
LINE_HEAD_HINT = re.compile(
    r"[\s■□●○◆◇▲△▶►>»·•\-—【\[(（]*(?:[上下前后PpNn热最网全精评发我跟留请登共CcLl责编审校值本监正"
    r"相延推扩为猜你您大看2排点阅往更查其関お人こRrMmYy当所现位导]|\d[\d,，.]*万?\s*条)"
)

# A trail of short segments joined by arrows: "首页 > 期刊要览 > 2022年第4期", "首页->军事技术".
BREADCRUMB_SEPARATOR = regex.compile(r"\s*(?:>>|>|»|›|->|→|＞|＞＞|/)\s*")
BREADCRUMB_MARK = re.compile("[>»›→＞/]")  # what every BREADCRUMB_SEPARATOR match holds (one scan in C)
BREADCRUMB_ROOT = regex.compile(r"^(?:\S{0,8}首页|主页|Home|首頁|网站首页)$", regex.IGNORECASE)

# Page furniture found anywhere in a short line. Footer lines: copyright (a bare "©" or "Copyright"
# is also an image credit: "(Image: © TNG Collaboration)", "Image copyright"), ICP licences,
# sponsor/organiser, contact.
# (Those that open the line are kept apart, for the DOM's line test: searched for among the others they
# would be tried at every position of the line; FOOTER_ANYWHERE searches the others, FOOTER_START matches
# these at its start.)
_FOOTER_AT_START = r"^\s*(?:Copyright\b|©|Powered by\b)"  # forum software: "Powered by Discuz! X3.4"
_FOOTER_ANYWHERE = (
    r"(?:版权所有|Copyright\s*(?:©|\(c\)|(?:19|20)\d\d)|©\s*(?:19|20)\d\d|(?:19|20)\d\d\s*©|"
    r"\(c\)\s*(?:19|20)\d\d|All rights reserved|"
    # (主办单位/承办单位 with a colon or a space after it: "下届承办单位浙江大学接受会旗" is a caption)
    r"ICP备|ICP证|公网安备|网安备|(?:主办|承办)单位(?:\s*[:：]|\s)|"
    r"主办[:：]|承办[:：]|协办单位|维护单位|运维单位|联系我们|技术支持[:：]|建议使用.{0,30}浏览器|最佳(?:浏览|显示)效果|网站标识码|经营许可证|"
    r"违法和不良信息举报|举报电话|举报邮箱|不良信息举报|增值电信业务|新闻信息服务许可证|网络文化经营许可证|备案号|"
    # forum software: "GMT+8, … Processed in 0.05 second(s), 26 queries"
    r"Processed in\s*[\d.]+\s*second)"
)
_FOOTER_WORDS = f"(?:{_FOOTER_ANYWHERE}|{_FOOTER_AT_START})"
# A picture's credit alone on its line in a dump, written out: "Copyright Noelia Páez" (a footer's has a year or its
# rights: "Copyright 2023 Example Media. All rights reserved."). One opening with "©" is CREDITED_CAPTION's.
PICTURE_CREDIT = regex.compile(
    r"^\s*Copyright\b(?!.*\b(?:19|20)\d\d\b)(?!.*(?:rights|reserved|版权|著作权|Powered))[^\n]{1,80}$",
    regex.IGNORECASE,
)
# Disclaimers, copyright and comment-area notices ("特别声明：以上内容…", "网友评论仅供其表达个人看法，
# 并不表明网易立场。", "版权声明：本文为博主原创文章…"): after the article, or above it.
_NOTICE_WORDS = (
    r"(?:^[\s【\[(（]*(?:特别声明|免责声明|版权声明|平台声明|声明[:：]|郑重声明|本文仅代表作者|以上内容)|"
    r"仅代表作者(?:本人|个人)?观点|仅提供信息(?:发布|存储)|不代表本(?:网|站|平台)|不表明.{0,6}立场|仅供其表达个人看法|"
    r"请(?:各位)?遵纪守法|文明上网|理性发言|转载请注明|未经.{0,12}(?:授权|许可|允许).{0,10}(?:转载|使用|复制)|"
    r"如有侵权|侵权请联系|本文为博主原创|版权协议|本站(?:部分)?(?:内容|文章|图片)来源于|本文(?:来自|系)?.{0,8}(?:授权|转载)|"
    r"扫码(?:关注|下载)|长按(?:识别)?二维码|关注(?:我们|微信公众号|公众号)|下载.{0,6}客户端|"
    # an app prompt opening the line, or asking for more: "安装新浪财经客户端第一时间接收…",
    # "更多原创资讯请下载“澎湃新闻”APP" (not a sentence telling how to use an app: "市民可下载“i深圳”APP预约")
    r"^\s*[(（]?\s*(?:安装|下载).{0,8}(?:客户端|APP|App)|更多.{0,12}请下载.{0,10}(?:客户端|APP|App)|"
    # a WeChat article's closing prompt: "看都看完了，点【在看】试试", "点个在看，你最好看"
    r"点(?:个|一下)?\s*[【\[「“]?在看|"
    # a portal's QR code of the page: "扫一扫在手机打开当前页", "用手机扫描二维码 在手机上浏览本页"
    r"^\s*(?:用手机|微信)?扫(?:一扫|描(?:二维码)?|码)\s*(?:在|用)?手机|^\s*(?:在|用)手机(?:上)?(?:打开|浏览|阅读|查看)(?:当前|本|此)(?:页|文)|"
    # a thread's reply box: "您需要登录后才可以回帖 登录 | 立即注册"
    r"登录后才(?:可以|能)(?:回帖|发帖|回复|评论|发言)|"
    r"不构成(?:任何)?投资建议|并不是任何投资建议|仅(?:作|供)(?:为)?参考|投资有风险|风险自担)"
)
# A content platform's disclaimer under a post, longer than other notices (up to two lines): "本文为澎湃号作者或机构
# 在澎湃新闻上传并发布，仅代表该作者或机构观点…", "…为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务",
# "… is a social media platform and only provides information storage services".
PLATFORM_NOTICE = re.compile(r"上传并发布.{0,60}(?:仅代表|仅提供信息)|only provides information storage services")


def platform_notice(text: str) -> bool:
    """PLATFORM_NOTICE, searched only in a line holding one of its two literal openings (most paragraphs hold
    neither: two C scans instead of the pattern's)."""
    return ("上传并发布" in text or "only provides" in text) and PLATFORM_NOTICE.search(text) is not None


FOOTER_ANYWHERE = regex.compile(_FOOTER_ANYWHERE, regex.IGNORECASE)
FOOTER_START = regex.compile(_FOOTER_AT_START, regex.IGNORECASE)
NOTICE_LINE = re.compile(_NOTICE_WORDS)  # (the standard engine: a third quicker, nothing of ``regex`` needed)
FURNITURE = regex.compile(f"(?P<footer>{_FOOTER_WORDS})|(?P<notice>{_NOTICE_WORDS})", regex.IGNORECASE)
# What every match of the furniture patterns above (FOOTER_ANYWHERE, FOOTER_START, NOTICE_LINE, FURNITURE) holds:
# one literal of each branch, found in a fraction of the time those searches take (they try every position of
# the line; this one skips in C to the first characters of its words). Han words and marks here, in
# FURNITURE_HINT; the Latin words (matched ignoring case) in LATIN_FURNITURE_WORDS, looked for in the lower-cased
# line where it holds one of LATIN_FURNITURE_LETTERS (each of those branches has a p or a v: coPyright, reserVed,
# icP, Processed, Powered). The words avoid "i"
# and "s", whose case-insensitive matches include "İ" and "ſ" (lower-cased: "i̇", "ſ"). Keep each branch's
# literal here when a branch is added: tests/strip/test_line_hints.py checks it on samples of each branch.
FURNITURE_HINT = re.compile(
    # footer: 版权所有, ©, (c), 网安备, 主办/承办/协办单位, 维护/运维单位, 联系我们, 技术支持, 建议使用…浏览器,
    # 最佳…效果, 网站标识码, …许可证, …举报…, 增值电信业务, 备案号
    r"版权所有|©|\([cC]|网安备|主办|承办|协办单位|维护单位|运维单位|联系我们|技术支持|浏览器|最佳|网站标识码|许可证|举报|"
    r"增值电信业务|备案号|"
    # notices: …声明, 仅代表作者, 以上内容, 仅提供信息, 不代表本, 不表明…立场, 仅供其表达个人看法, 遵纪守法, 文明上网,
    # 理性发言, 转载请注明, 未经…, 如有侵权, 侵权请联系, 本文为博主原创, 版权协议, 本站…来源于, 本文…授权/转载,
    # 扫码…, 长按…二维码, 关注…, 安装/下载…客户端/APP, 点…在看, 扫…手机, 在手机…, 登录后才…, 不构成…, 投资建议,
    # 仅作…参考, 投资有风险, 风险自担
    r"声明|仅代表作者|以上内容|仅提供信息|不代表本|不表明|仅供其表达个人看法|遵纪守法|文明上网|理性发言|转载请注明|未经|"
    r"如有侵权|侵权请联系|本文为博主原创|版权协议|来源于|本文|扫码|长按|关注|下载|安装|手机|登录后才|不构成|投资建议|参考|在看|"
    r"投资有风险|风险自担"
)
LATIN_FURNITURE_LETTERS = re.compile("[pPvV]")
# Copyright…, All rights reserved, ICP备/ICP证 (any case), Processed in…, Powered by
LATIN_FURNITURE_WORDS = ("copyr", "all r", "cp备", "cp证", "proce", "power")


def may_open_header(text: str) -> bool:
    """False when LINE_HEAD cannot match ``text`` (most lines): its match may be skipped."""
    return LINE_HEAD_HINT.match(text) is not None or "换一" in text


def may_be_furniture(text: str) -> bool:
    """False when no furniture pattern can match ``text`` (most lines): their searches may be skipped.

    Of FURNITURE_HINT's literals, only "(c" and "(C" are ASCII: an ASCII line is looked at for them alone."""
    if text.isascii():
        if "(c" in text or "(C" in text:
            return True
    elif FURNITURE_HINT.search(text) is not None:
        return True
    if LATIN_FURNITURE_LETTERS.search(text) is None:
        return False
    return any(map(text.lower().__contains__, LATIN_FURNITURE_WORDS))  # (no generator: a C loop)


# An attachment of a government document, its file name a download link: "附件：1. 工作方案.doc",
# "2. 重点任务分解表.xls". Part of the document, not a link list.
ATTACHMENT_LINE = regex.compile(
    r"^\s*(?:附件\s*\d{0,2}\s*[:：]\s*(?:\d{1,2}\s*[.、．]\s*)?|\d{1,2}\s*[.、．]\s*)"
    r"\S.{0,80}?\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar|pptx?)\s*$",
    regex.IGNORECASE,
)
# A line that is only a date or a time, with at most a short label around it ("2024-05-20 06:48",
# "发布于：北京市", "来自甘肃", "11个月前").
DATE_LINE = regex.compile(
    r"^[\s\[【(（]*(?:发布于|发表于|更新于|来自|于)?\s*[:：]?\s*"
    r"(?:(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?|"
    r"\d+\s*(?:秒|分钟|小时|天|周|个月|月|年)前|昨天|前天|今天|刚刚)"
    r"(?:\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|[上下]午|[AP]M))*[\s\]】)）]*$",
    regex.IGNORECASE,
)
DATE_LINE_OPENINGS = frozenset("发更来于昨前今刚")  # (for ``may_open``)
LOCATION_LINE = regex.compile(r"^(?:发布于|来自|IP属地|ip属地)\s*[:：]?\s*\S{2,10}$")
# How every LOCATION_LINE match opens: ``str.startswith`` first (a tenth of the match's time, on the lines of a page).
LOCATION_OPENINGS = ("发布于", "来自", "IP属地", "ip属地")
# An English byline: "By Jane Doe | 12 May 2024", "By JANE DOE and JOHN ROE".
BYLINE_LINE = regex.compile(r"^(?:By|BY|Written by|Posted by)\s+\p{Lu}[\p{L}.'\-]*(?:\s+\S+){0,12}$")
BYLINE_OPENINGS = ("By", "BY", "Written by", "Posted by")  # how every BYLINE_LINE match opens
# A byline or a publication date line in the European languages we read (the metadata stage's lines
# are Chinese): "Por Lucía Ferrer EFE", "Von Katrin Vogel und Markus Brandt", "Publicado el 13 may
# 2024, 12:30", "Par Claire Dubois Publié le 14/05/2024 à 18h05". Names are capitalised words; a
# date label must be followed by a digit soon, and the caller rejects lines ending like a sentence.
_BY_WORDS = r"(?:By|BY|Written by|Posted by|Words by|Por|POR|Par|PAR|Von|VON|Texto)"
_NAME_WORD = r"\p{Lu}[\p{L}.'’\-]*"
_NAME_JOIN = r"(?:\s*,\s*|\s+(?:y|e|et|und|and|&|de|del|la|le|van|von|der|da|di|du|dos)\s+|\s+)"
_PUBLISHED_WORDS = (
    r"(?:Publicado|Actualizado|Publiée?|Mis à jour|Modifié|Veröffentlicht|Aktualisiert|Erschienen|Pubblicato|"
    r"Aggiornato|Published|First published|Last updated|Updated|Posted)(?:\s+(?:el|le|am|on|il|at))?\s*[:：]?"
)
WESTERN_META_LINE = regex.compile(
    rf"^(?:{_BY_WORDS}\s*:?\s+{_NAME_WORD}(?:{_NAME_JOIN}{_NAME_WORD}){{1,8}}(?:\s*[|·•,–\-]?\s*{_PUBLISHED_WORDS}.*)?"
    rf"|{_PUBLISHED_WORDS}\s*(?=.{{0,12}}\d).+)$"
)
# A Chinese credit line of role words and names only, without colons: "记者 刘洋", "编辑 杨娟 校对 王心",
# "本报记者　程远州　范昊天", "新京报记者 彭冲" (closing a reposted article, or under its headline).
_ROLE_WORDS = r"(?:记者|通讯员|实习生|编辑|责编|责任编辑|校对|审核|审校|美编|摄影|摄像|撰文|统筹|监制)"
ROLE_NAMES_LINE = regex.compile(
    r"^(?:\s*(?:本报|本刊|本台|本网|特约|实习|首席|见习|全媒体|融媒体|\p{Han}{2,6}?(?:报|社|台|网))?"
    + _ROLE_WORDS
    + r"(?:\s+[\p{Han}·]{2,5})+)+\s*$"
)
ROLE_WORD = re.compile(_ROLE_WORDS)  # (in every ROLE_NAMES_LINE match; quick to look for first)


def role_names_line(text: str) -> bool:
    """A credit line of role words and names only (ROLE_NAMES_LINE), looked for only where a role word is."""
    return ROLE_WORD.search(text) is not None and ROLE_NAMES_LINE.match(text) is not None


# Separators of menu entries inside one line ("首页|新闻|图片", "首页 - 新闻 - 体育").
NAV_SEPARATOR = regex.compile(r"\s*(?:[|｜¦•·●◆■]|\t| - | – | — |\s{2,})\s*")
NAV_SEPARATOR_CHAR = re.compile(r"[\s|｜¦•·●◆■]")  # what every NAV_SEPARATOR match holds (the standard \s has more)
# ... and more closely: a mark, a tab, a dash between spaces or two spaces (of the standard \s). A line without
# one is not split: one item (most lines holding a space, "记者 张三", "2024年 5月", skip the split).
NAV_SEPARATOR_HINT = re.compile(r"[|｜¦•·●◆■\t]| [-–—] |\s\s")
# Characters that end a sentence or a paragraph (CJK and Latin).
# Other scripts' stops: Myanmar ။, Devanagari and Bengali । ॥, Urdu ۔, Arabic ؟, Ethiopic ።, Armenian ։, Khmer ។,
# Tibetan །.
OTHER_STOPS = "။।॥۔؟።։។།"
TERMINAL = frozenset('。！？!?；;…”"’』」》.' + OTHER_STOPS)
CLOSING_BRACKETS = frozenset("）)]】")  # end a paragraph only after a full stop: "…。）", not "…(组图)"
FULL_STOPS = frozenset("。！？!?…")
HEADLINE_MARKS = frozenset("！？!?")  # how titles end, when they end with punctuation at all
# (not the colon of 15:47; with the commas and stops of other scripts: Myanmar ၊ ။, Arabic ، ؛ ؟, Devanagari ।,
# Urdu ۔, Ethiopic ፣ ።, Khmer ។)
SENTENCE_PUNCTUATION = regex.compile(r"[，。！？；、,!?;၊။،؛؟।۔፣።។]|(?<!\d)[：:]|[：:](?!\d)")
# A menu entry alone on its line: one word ("新闻", "网易公开课", "NBA"). Code, replies and list items hold more.
MENU_WORD = regex.compile(r"^(?:\p{Han}{1,5}|[A-Za-z]{1,12})$")
# Scripts written without sentence punctuation, spaces between sentences (Thai, Lao): a long line of them is prose.
UNPUNCTUATED_SCRIPT = regex.compile(r"[\p{Thai}\p{Lao}]{8}")
WORD_CHARACTER = regex.compile(r"[\p{L}\p{N}]")
# Truncated teasers of lists: "…做到一人千面…", "这些买车套路要认清..."
TRUNCATED = regex.compile(r"(?:\.\.\.|…|\.\.)\s*$")
# A trailing date or count of a list item: "…做到一人千面？2024-05-15", "…(07/13 08:41)", "154人看过".
ITEM_TAIL = regex.compile(
    r"(?:[(（\[]?\s*(?:19|20)?\d\d[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[AP]M)?\s*[)）\]]?|"
    r"[(（]\d+[)）]|\d+\s*(?:人看过|次播放|阅读|评论|跟贴|点赞|浏览))\s*$",
    regex.IGNORECASE,
)
# What ends (spaces aside) every ITEM_TAIL match: a bracket, a digit (``str.isdigit``, or past the BMP: ``regex`` knows
# digits of a newer Unicode), the M of AM/PM, or the last character of a count's word; and every TRUNCATED match:
# a dot or an ellipsis.
ITEM_TAIL_LAST = frozenset(")）]Mm过放读论贴赞览")
TRUNCATED_LAST = frozenset(".…")
# A leading date of a list item: "2023-06-13 有钱人为什么还努力工作", "[05-07] …".
ITEM_HEAD = regex.compile(r"^[\[(（【]?\s*(?:(?:19|20)\d\d[-/.])?\d{1,2}[-/.]\d{1,2}\s*[\])）】]?\s+\S")
ITEM_HEAD_OPENINGS: frozenset[str] = frozenset()  # no letter opens it (for ``may_open``)
# The same date opening an item of an HTML list, to be cut: a full date may run into the title ("2024-05-01关于…",
# an item's spans glued); a month and day only as lists print it, "05-07" then a space or its bracket (not "9/11
# report: …", a title's own).
ITEM_LEAD_DATE = regex.compile(
    r"^[\[(（【]?\s*(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?|\d\d-\d\d(?=[\s\])）】]))"
    r"\s*[\])）】]?\s*(?=\S)"
)
# The last cell of a list row in a dump, the item's date: "关于…的通知<TAB>2024-05-10", "…<TAB>[05-10]",
# "…<TAB>2024年05月10日".
DATE_CELL = regex.compile(
    r"^[\[(（【]?\s*(?:(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]|\d{1,2}\s*[-/月])\s*\d{1,2}\s*日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s*[\])）】]?$"
)
# Forums, Q&A sites and comment threads, by the conventions of their URLs and <title>s: the replies
# under the first post are content too. The path of a thread page says it is one ("/thread/…",
# "viewthread", "?tid=", "/questions/…"); a forum's host ("bbs.…") or a title word (论坛, 社区, 问答)
# only says the site is a forum, where blog articles and detail pages are found too (lines.py asks
# for replies then).
THREAD_URL = regex.compile(
    r"/(?:forum|thread|threads|topic|topics|question|questions|viewthread|showtopic|t|d)/|"
    r"forum\.php|viewthread|showtopic|thread-\d|/read\.php|\?tid=|&tid=",
    regex.IGNORECASE,
)
FORUM_HOST = regex.compile(r"^[a-z]+://(?:[^/]*\.)?(?:bbs|forum|tieba|zhidao|discuss|club)[^/]*/", regex.IGNORECASE)
FORUM_TITLE = regex.compile(r"论坛|社区|贴吧|问答|Discuz|BBS|Powered by phpwind|Forum", regex.IGNORECASE)
# A full date and time: in a short line, a post or comment header ("6765 有用 小倪儿 看过 2024-04-07 13:19:20").
DATETIME = regex.compile(r"(?:19|20)?\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}")
# A short line carrying a date or a time: a post header ("发表于 2024-4-11 11:52:24 | 只看该作者").
HAS_DATE = regex.compile(
    r"(?:19|20)\d\d[-/.年]\d{1,2}|\d{1,2}[-/月]\d{1,2}[日\s]|\d{1,2}:\d{2}|\d+\s*(?:秒|分钟|小时|天|周|个月|月|年)前"
)
# A labelled count: "粉丝：23", "阅读量1.3w", "浏览次数：1024", "点赞数 40".
COUNTER = regex.compile(
    r"(?:粉丝|关注|文章|阅读|浏览|点击|评论|点赞|收藏|转发|回复|积分|帖子|主题|获赞|采纳)\S{0,3}[:：]?\s*[\d.]+"
)
# Site templates (templates.py). A text node of markup with something visible in it: ">首页<".
TEXT_NODE = regex.compile(r">\s*([^<\s][^<]*)<")
# Lines that are article text even when they recur across a site's pages: sentences ("特此通知。") and
# numbered headings ("一、压实工作责任", "（二）…", "3. …").
SENTENCE_END = regex.compile(r"[。！？!?][”’\"')）」』]*$")
SENTENCE_LAST = frozenset("。！？!?”’\"')）」』")
# The end of a sentence in any of our languages: "。", "!", or a full stop after a word ("skeptisch.",
# not "U.S." or "Nr."); closing quotes may follow. A line around the headline that ends so is a lead.
SENTENCE_CLOSE = regex.compile(r"(?:[。！？!?]|(?<=\w{3})\.)[”’\"')）」』»]*\s*$")
NUMBERED_HEADING = regex.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d))"
)
# Title segment separators of a <title>: "headline_section_site", "headline - site", "site | headline".
TITLE_SEPARATOR = regex.compile(r"\s*(?:_|\||｜|--|—|–| - |-|·|::|：：|>>)\s*")
# Characters ignored when a line is compared with the headline.
HEADLINE_NOISE = regex.compile(r"[\s\p{P}\p{S}]+")


class _NoiseDeletion(dict[int, int | None]):
    """``str.translate`` table deleting what HEADLINE_NOISE matches, character by character (the same
    text: the pattern's matches are runs of such characters), each character asked once of the pattern
    and remembered. Twice as quick as the substitution on short lines."""

    def __missing__(self, code: int) -> int | None:
        if len(self) > 100_000:  # (text of every script there is: start again rather than grow)
            self.clear()
        kept = None if HEADLINE_NOISE.match(chr(code)) else code
        self[code] = kept
        return kept


HEADLINE_NOISE_DELETION = _NoiseDeletion()

# A CJK ideograph (the unified ones). It has no case, and no other character lower-cases to one
# (tests/strip/test_headline_openings.py checks all of Unicode); HEADLINE_NOISE keeps it.
IDEOGRAPH = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


def key_openings(keys: Iterable[str]) -> tuple[str, ...] | None:
    """The first characters of compact headline keys (HEADLINE_NOISE deleted, lower-cased) when each is a CJK
    ideograph, else None. A line whose compact form equals one of the keys or begins it holds that key's first
    character as it is (see IDEOGRAPH): a line holding none of them need not be made compact to be compared."""
    openings = tuple(key[:1] for key in keys)
    return openings if all(IDEOGRAPH.match(opening) for opening in openings) else None


def may_show_key(text: str, openings: tuple[str, ...] | None) -> bool:
    """False when the line cannot show any of the keys whose ``key_openings`` these are."""
    return openings is None or any(map(text.__contains__, openings))  # (no generator: runs on every short block)


# --- DOM ---
# Vocabulary of the HTML extractor (pipeline/strip/dom*.py): tags, class/id words, text tests.


def _words(text: str) -> list[str]:
    """A vocabulary written as one space-separated string."""
    return text.split()


# Elements whose content is never shown as text (or is a widget): skipped with their subtree.
SKIP_TAGS = frozenset(
    _words(
        "script style noscript template head title select option optgroup datalist button iframe frame frameset "
        "textarea input svg canvas map object embed applet audio video source track param link meta base"
    )
)
# Block-level elements: each opens a block (and is a candidate container) with the kind of its text.
BLOCK_KIND = {
    **dict.fromkeys(
        _words(
            "html body div section article main p table tbody thead tfoot ul ol dl figure header footer nav aside "
            "form fieldset legend center address details summary menu dialog hgroup"
        ),
        "p",
    ),
    **dict.fromkeys(_words("h1 h2 h3 h4 h5 h6"), "h"),
    "li": "li",
    "tr": "tr",
    "td": "td",
    "th": "td",
    "dt": "dt",
    "dd": "dd",
    "pre": "pre",
    "blockquote": "quote",
    "figcaption": "caption",
    "caption": "caption",
}
# Inline elements whose style or hidden attribute is not worth reading (no hidden text hides there).
PLAIN_INLINE_TAGS = frozenset(_words("img i b strong em u s sub sup small big abbr cite code q wbr"))
# The page wrappers: their class/id ("header-spacing", "ArticlePage-body") says nothing about the text.
NEVER_FLAGGED = frozenset({"html", "body"})
# Tags that are boilerplate by their semantics (bits of pipeline.strip.dom_blocks: 1 nav, 2 related,
# 8 meta, 32 strong).
TAG_FLAGS = {"nav": 1, "footer": 1 | 32, "aside": 3, "menu": 1, "header": 8}
# Inline styles that hide an element (hidden text is not page text; a rendered dump would not show it).
# Text hidden on screen by a class of the common CSS frameworks and CMSs: for screen readers only ("Skip to
# content", "Search for:", "Share this story", "Opens in a new window"), or Bootstrap's and Tailwind's "hidden"
# (display:none; not with a breakpoint's class, "hidden lg:block", that shows it): not page text for the extractor.
HIDDEN_CLASS = re.compile(
    r"(?:^|\s)(?:sr-only|screen-reader-text|screen-reader-only|visually-hidden|visuallyhidden|element-invisible|"
    r"u-visually-hidden|a11y-hidden|assistive-text|show-for-sr)(?:\s|$)"
    r"|(?s:^(?!.*:)(?:.*\s)?hidden(?:\s|$))"
)
HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)

# Class/id words, matched on the tokens of the class and id attributes (split on non-letters and
# camelCase: "mainNav" → main, nav; "TRS_Editor" → trs, editor) or, for the *_PART patterns,
# anywhere in the lower-cased string ("bdsharebuttonbox", "breadcrumbs"). A photo gallery, slideshow or
# carousel inside an article repeats its pictures' captions with their controls ("Image 1 of 8", "Back to
# Gallery"): not text (on a gallery page, where it holds most of the text, it is taken for a wrapper).
NAV_WORDS = frozenset(
    _words(
        "nav navi navs navbar navigation menu menus submenu topnav subnav header head masthead topbar top-bar "
        "footer foot bottom sidebar aside leftbar rightbar widget widgets toolbar tools tool btn btns "
        "breadcrumb breadcrumbs crumb crumbs location position weizhi dqwz dqwzh path "
        "share sharing social bdshare jiathis fenxiang fontsize zihao "
        "login signin signup register search sousuo subscribe newsletter cookie cookies popup modal dialog "
        "ad ads adv advert advertisement adsbygoogle gg guanggao banner sponsor sponsored promo promotion "
        "pagination pager paging pagenav pages copyright qrcode erweima ewm logo sitemap skip "
        "mplayer videoplayer vjs jwplayer plyr gallery slideshow carousel lightbox "
        "noprint editsection infobox navbox ambox toc catlinks printfooter"
    )  # MediaWiki
)
# The *_PART patterns and the two class filters below are literal alternations: the standard library's
# engine runs them 2-3x quicker than ``regex`` (a page of new class names pays one search per vocabulary
# and name; tests/strip/test_dom_blocks.py checks both engines agree on them).
NAV_PART = re.compile(
    r"breadcrumb|navbar|navigation|sidebar|footer|copyright|bdshare|jiathis|share(?:bar|box|btn|button)|"
    r"socialshare|advert|pagination|qrcode|erweima|login|fontsize|font-size|video[_-]?player"
)
RELATED_WORDS = frozenset(
    _words(
        "related relate relevant recommend recommended recommendation recommendations tuijian xgxw xgwz xglj "
        "hot hots hotnews rank ranking paihang popular trending more readmore morenews also"
    )
)
RELATED_PART = re.compile(r"related|recommend|tuijian|paihang|hotnews|hot_news|hot-news|readmore|read-more")
COMMENT_WORDS = frozenset(_words("comment comments commentlist reply replies respond discuss disqus pinglun gentie"))
COMMENT_PART = re.compile(r"comment|disqus|pinglun")
# Posts of forum threads and Q&A pages (Discuz postmessage/plhin, Tieba l_post, Flarum CommentPost,
# Discourse topic-post, Zhihu AnswerItem, floors 楼层): evidence that the page is a thread.
POST_PART = re.compile(
    r"postmessage|plhin|(?:^|\s)t_f(?:\s|$)|l_post|d_post|post_?list|poststream|commentpost|topic[_-]?post|"
    r"floor|louceng|answeritem|answer[_-]?item|reply[_-]?item|post[_-]?item|thread[_-]?post|threadlist|bbs"
)
# Short lines that only forum threads show, made of floor numbers, thread controls, user statistics,
# view/reply counts and post times: "楼主 发表于 2024-5-11 10:21 只看该作者", "查看: 3481 | 回复: 2",
# "2020.06.09 09:42 发布", "积分", "[复制链接]".
_THREAD_TOKEN = (
    r"(?:楼主|沙发|板凳|地板|\d{1,5}\s*(?:楼|#|F)|#\d{1,5}|第\s*\d+\s*楼|只看该作者|只看楼主|仅看楼主|倒序浏览|倒序看帖|"
    r"正序看帖|阅读模式|电梯直达|手机查看|\[?复制链接\]?|回复|引用|举报|评分|使用道具|点评|发表于|发表在|发布于|编辑于|"
    r"\d+\s*(?:个|条)?(?:评论|回复|回帖)|全部(?:评论|回复)|最热|最新|精华|置顶|首赞|"
    r"积分|帖子|主题|UID|注册时间|最后登录|在线时间|阅读权限|金钱|威望|贡献|用户组|等级|发消息|"
    r"(?:查看|阅读|浏览|点击|回复)\s*[:：]?\s*\d+|(?:来自|IP属地|ip属地|发布于)\s*[-:：]?\s*\p{Han}{2,8}|"
    r"(?:(?:19|20)?\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/月]\d{1,2}日)|\d{1,2}:\d{2}(?::\d{2})?|"
    r"\d+\s*(?:秒|分钟|小时|天|周|个月|年)前|昨天|前天|刚刚|(?:发布|发表|回复|更新|编辑)|Reply|Quote|Report)"
)
FORUM_MARKER = regex.compile(
    r"^(?:" + _THREAD_TOKEN + r"[\s|｜:：]*)+$|^Posted\s+(?:by|on).{0,40}$",
    regex.IGNORECASE,
)
# The thread-only words among them: evidence that a page is a forum thread (a news page with
# comments shows dates and "回复" too, but not floors, 楼主 or 只看该作者).
THREAD_EVIDENCE = regex.compile(
    r"楼主|沙发|板凳|地板|\d{1,5}\s*楼|第\s*\d+\s*楼|#\d{1,5}|\d{1,5}#|只看该作者|只看楼主|仅看楼主|倒序浏览|倒序看帖|"
    r"电梯直达|复制链接|使用道具|阅读权限|注册时间|最后登录|UID"
)
# Signs, in short lines, that a page is a thread or a Q&A page even when its posts are not marked up
# as such (page type only; see dom_pagetype.shows_thread_signs). THREAD_SIGN_HINT, a
# literal alternation (the standard library's engine is quickest on it), is searched once over all short
# lines of a page (most pages have none of its words), the others per line on the pages it finds: bare
# floors ("#3", "5楼") count only on a page that shows another of the words.
# Q&A: answer counters and labels ("1个回答", "查看全部 22 个回答", "采纳数：152", "被采纳", "最佳答案",
# "问题描述", "问题补充", "3 Answers", "Accepted answer").
QA_SIGN = regex.compile(
    r"\d+\s*(?:个|条)\s*(?:回答|答案)|(?:最佳|满意|推荐|优质|其他)(?:答案|回答)|(?:已|被|提问者)采纳|采纳(?:率|数)|"
    r"问题(?:描述|补充|标签)|^\s*\d+\s+Answers?\s*$|^\s*Accepted answer|^\s*(?:asked|answered)\s+\S+\s+(?:ago|\d)",
    regex.IGNORECASE,
)
# Thread controls and floors: "楼主", "沙发", "只看该作者", "[ 回复本贴 ]", "本帖最后由 … 编辑",
# "楼层： 第 2 楼 时间：2005-08-28 23:38:58", "发表回复", "#3". A news page's comment area numbers its
# comments too: the caller does not count lines inside comment containers (HTML), or needs more of them.
THREAD_SIGN = regex.compile(
    r"楼主|沙发|板凳|只看该作者|只看楼主|仅看楼主|回复本[帖贴]|本[帖贴](?:最后由|跟从|由)|发表回复|我要回帖|快速回帖|"
    r"第\s*\d+\s*楼|^\s*\d{1,5}\s*楼\s*$|^\s*#\d{1,5}\s*$|^\s*\d{1,5}#\s*$|电梯直达"
)
# The footer of forum software: "Powered by Discuz! X3.4", "Powered by phpwind", "© 2022 Powered by BBS-GO".
FORUM_SOFTWARE = regex.compile(
    r"Powered by\s*:?\s*\S*(?:BBS|Forum|Discuz|phpwind|vBulletin|phpBB|Discourse|Flarum|NodeBB|XenForo|MyBB|SMF|"
    r"Invision|bbPress|Vanilla)",
    regex.IGNORECASE,
)
THREAD_SIGN_HINT = re.compile(
    r"回答|答案|采纳|问题描述|问题补充|问题标签|楼主|楼层|沙发|板凳|只看|电梯直达|本帖|本贴|回帖|回复本|发表回复|"
    r"owered by|owered By|OWERED BY|nswer|sked"
)
# A list item's mark: a bullet or a number ("·周一都很忙", "3.哪位给推荐一款好用的…"). A run of them after the
# last post of a thread is a list of links ("作者曾经发过的文章", "当前最热帖Top10"), not replies.
LIST_ITEM_MARK = regex.compile(r"^\s*(?:[·•●◆■▪]|\d{1,2}\s*[.、．](?!\d))")
# A user's statistic beside a post: a short label and a number ("能力值:3974514", "得分：35", "积分: 120").
STAT_LINE = regex.compile(r"^[\p{Han}A-Za-z]{1,6}\s*[:：]\s*[\d.,]+\s*[万wk]?$")
# schema.org types of a thread or a Q&A page (JSON-LD "@type").
THREAD_TYPES = frozenset({"QAPage", "DiscussionForumPosting", "Question"})
# Picture credits standing alone: "Image copyright Getty Images", "Photo: Getty Images",
# "(Image: © NASA/ESA)", "图片来源：网络", "（图片来源于网络）", "图/新华社".
CREDIT_LINE = regex.compile(
    r"^[(（\[【]?\s*(?:(?:Images?|Photos?|Pictures?|Fotos?|Fotograf(?:in)?|Photograph(?:er)?)\b(?:\s+(?:copyright|credit|source|courtesy))?\s*[:：]?|"
    r"(?:Credit|Source|Copyright)\s*[:：]|图片均?来源于?|图片均?来自|图片由|图源|配图来源|图\s*[/／|｜]|摄影\s*[/／|｜])"
    r"\s*[^.。!！?？]{0,60}[)）\]】]?$",
    regex.IGNORECASE,
)
# Headers that end an article in other languages (END_OF_ARTICLE above has Chinese and English):
# German, French, Spanish, Portuguese, Italian, Dutch, Polish.
END_OF_ARTICLE_OTHER = regex.compile(
    r"^[\s■□●○◆◇▲△▶►>»·•\-—【\[(（]*(?:"
    r"Mehr zum Thema|Mehr Themen|Auch interessant|Das könnte Sie|Das könnte dich|Das Thema könnte|Verwandte Artikel|"
    r"Ähnliche Artikel|Weitere Artikel|Empfehlungen|Kommentare|Keine Kommentare|Kommentar schreiben|"
    r"Sur le même sujet|Articles similaires|Commentaires|Te puede interesar|Noticias relacionadas|Comentarios|"
    r"Você pode gostar|Notícias relacionadas|Comentários|Potrebbe interessarti|Articoli correlati|Commenti|Reacties|"
    r"Komentarze|"
    # the header of a tag box, alone on its line ("Tags", "Schlagwörter:"): the article's topics, then furniture
    r"(?:Tags|Schlagwörter|Schlagworte|Stichwörter|Themen|Étiquettes|Mots-clés|Etiquetas|Tagi|Tematy)\s*:?\s*$|"
    # a paywall's prompt: the rest is for subscribers
    r"Pour (?:lire|continuer à lire) la suite|Lesen Sie (?:jetzt )?weiter mit|Weiterlesen mit|To continue reading|"
    r"Para (?:seguir|continuar) leyendo|Per continuare a leggere)",
    regex.IGNORECASE,
)
# "Read also" lines inside an article (the linked teaser after them is dropped as a link line):
# dropped, not taken for the end of the article.
# The contact block closing a press release ("Media contact:", "Pressekontakt", "Contact presse"): the
# names, phone numbers and addresses under it are for journalists, not part of the release's text.
CLOSING_CONTACT = regex.compile(
    r"^[\s■□●○◆◇▲△▶►>»·•\-—【\[(（*]*(?:(?:Media|Press|News)\s+(?:contacts?|inquiries|enquiries|relations)|"
    r"For (?:media|press) (?:inquiries|enquiries|information)|Pressekontakt|Medienkontakt|Kontakt für (?:die )?Medien|"
    r"Contacts? (?:presse|médias?)|Relations? (?:presse|médias)|Contactos? (?:de|para) (?:prensa|medios)|"
    r"Contacto con los medios|Contato (?:para|com a) imprensa)\b[^.。!?！？]*$",
    regex.IGNORECASE,
)
# A link back to the home page closing the text's last paragraph after its last sentence: "…仍将持续。返回腾讯网首页>>"
# (not the end of a sentence: "…用户可点击右上角返回首页").
# The end of a feed or a comment list, closing the text: "没有更多了", "已经到底了", "加载更多". Taken off the end
# only: as a control among the blocks it would weigh on which container holds a thread.
FEED_END = regex.compile(
    r"^\s*(?:没有更多(?:内容|评论|回答)?了?|已经到底了|到底了|暂无更多(?:内容|评论)?|点击加载更多|加载更多|"
    r"(?i:no more (?:comments|posts|results|replies)))\s*[~～…。.!！]*\s*$"
)
HOME_LINK_TAIL = regex.compile(r"(?:(?<=[。！？!?”’）)])|^)\s*(?:返回|回到)\S{0,10}首页\s*(?:>>|>|》》|»)?\s*$")
# The info table a government information-disclosure page (政府信息公开) sets over (or under) the document:
# "索 引 号： | 11220000013544357T/2022-00426", "发文机关： | 吉林省人民政府 | 成文日期： | 2022年01月27日", one
# label and value per row or two, or a label and its value on two lines. It is part of the document (its number,
# issuer, dates, title): the main text keeps it, as the gold does. Its labels: those only such a table writes
# (INFO_TABLE_ONLY_LABELS), and those a news byline writes too (发布日期, 发布机构 …). The labels are written with
# spaces inside ("索  引 号", "标　　题").
INFO_TABLE_ONLY_LABELS = frozenset({
    "索引号", "发文字号", "发文机关", "成文日期", "主题分类", "信息分类", "公开方式", "公开范围", "公开时限",
    "公开形式", "有效性", "生成日期", "体裁分类", "组配分类", "主题词", "文号", "效力状态", "时效性",
})  # fmt: skip
INFO_TABLE_LABELS = INFO_TABLE_ONLY_LABELS | frozenset({
    "发布日期", "发布时间", "发布机构", "发布单位", "发文单位", "发文日期", "印发日期", "公开日期", "实施日期",
    "生效日期", "废止日期", "失效日期", "标题", "名称", "分类", "所属分类", "关键词", "内容概述", "责任部门",
})  # fmt: skip
INFO_TITLE_LABELS = frozenset({"标题", "名称"})  # the labels whose value is the headline
# A label of the vocabulary followed by its colon, anywhere in a row (each cell of a wide row opens with one),
# at the start or after a space or a cell separator. Found without the lookbehind first (the engine then skips
# to the labels' first characters), the boundary checked on each hit.
INFO_LABEL = re.compile(
    "(?:"
    + "|".join(r"\s*".join(label) for label in sorted(INFO_TABLE_LABELS, key=len, reverse=True))
    + r")(?=\s*[:：])"
)
# A label only such a table writes, with its colon: one opens a row of every table. The page's texts are searched
# for one first, joined by line breaks: the line break leading the pattern is a literal the engine finds quickly,
# the lookahead then rules out most lines at their first character.
_INFO_TABLE_ONLY = "|".join(r"\s*".join(label) for label in sorted(INFO_TABLE_ONLY_LABELS, key=len, reverse=True))
_INFO_TABLE_ONLY_FIRST = "".join(sorted({label[0] for label in INFO_TABLE_ONLY_LABELS}))
INFO_TABLE_ONLY_LABEL = re.compile(f"(?:{_INFO_TABLE_ONLY})" + r"\s*[:：]")
INFO_TABLE_ONLY_OPENING = re.compile(f"\n(?=[{_INFO_TABLE_ONLY_FIRST}])(?:{_INFO_TABLE_ONLY})" + r"\s*[:：]")
# A row of such a table opens with a short label and its colon: one of the vocabulary's or another one the
# table holds between them ("所属机构：", "来 源："). Up to six ideographs, spaces between them allowed.
INFO_ROW_OPENING = re.compile(r"(?P<label>[\u3400-\u9fff](?:\s*[\u3400-\u9fff]){0,5})\s*[:：]\s*")
INFO_CELL_SEPARATOR = re.compile(r"\s*\|\s*")  # a merged table row's " | " between its cells
# A promotion link standing alone: "点击进入“文艺星青年”>>", "点击查看大图", "戳这里下载".
PROMO_LINK = regex.compile(
    r"^\s*(?:点击|戳|猛戳)(?:进入|查看|阅读|下载|这里|此处)[^\s，。；！？,;!?]{0,24}?\s*(?:>>|>|》》|→)?\s*$"
)
# An article's keyword or tag line: "文章关键词： 苹果新品新iPhone", "标签：环保 垃圾分类" (the topics, not the text).
# (A bare "关键词：" line is a paper's keywords under its abstract: text.)
TAGS_LINE = re.compile(r"^\s*[【\[]?(?:(?:文章|本文|新闻)(?:关键词|关键字|标签)|关键字|标签)\s*[】\]]?\s*[:：]")
READ_ALSO = regex.compile(
    r"^[\s■□●○◆◇▲△▶►>»·•\-—【\[(（]*(?:Read also|See also|Also read|Weiterlesen|Lesen Sie auch|Lesen Sie mehr|"
    r"Mit Freunden teilen|Artikel teilen|À lire aussi|Lire aussi|Lire la suite|Lee también|Leer más|Más información|"
    r"Leia também|Leia mais|Veja também|Leggi anche|Lees ook|Czytaj też|Czytaj także|Zobacz także|"
    r"延伸阅读|相关阅读|推荐阅读)\s*[:：|｜]?\s*[】\])）]?\s*$",
    regex.IGNORECASE,
)
# The ideographs that open a match of CREDIT_LINE, PROMO_LINK, TAGS_LINE or READ_ALSO (after their marks and
# spaces): a line opening with another ideograph matches none of them, and most short lines of a Chinese page do
# (tests/strip/test_boilerplate_hints.py tries every branch).
SHORT_TEST_IDEOGRAPHS = frozenset("图配摄点戳猛文本新关标延相推")
# A link whose text is its address: "http://amzn.to/2iJFhRj", "www.example.com/a".
URL_TEXT = regex.compile(
    r"^(?:https?://|www\.)\S+$|^\S+\.(?:com|cn|net|org|gov|edu|to|ly|io)(?:/\S*)?$", regex.IGNORECASE
)
# Markup shown as text (escaped tags in the page source): "<img height="1" width="1" src=…>".
MARKUP_LINE = regex.compile(r"^</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>?$")
# Pagination of a list: "共15条 首页 上一页 1 2 下一页 尾页", "第1页/共5页", "1 2 3 ... 10 >".
PAGINATION = regex.compile(  # (not the standard engine: it backtracks exponentially on a long run of digits)
    r"^(?:(?:共\s*\d+\s*(?:条|页|篇|项|记录)|第\s*\d+\s*页|\d+\s*/\s*\d+\s*页?|首页|上一页|下一页|尾页|末页|前页|后页|"
    r"跳转到|跳转|转到|到第|页|GO|go|Go|\d+|…|\.\.\.|[<>«»‹›]+|Prev(?:ious)?|Next|First|Last)[\s|｜,，/]*)+$"
)
PAGINATION_OPENINGS = frozenset("共第首上下尾末前后跳转到页GgPNFL")  # (for ``may_open``)
# The characters of every PAGINATION match (its words', digits, spaces, marks): a line holding another one ("-", ":"
# of a date line, "2024-05-13 09:16") is no pagination, found in one quick scan where the pattern backtracks over the
# runs of digits (on the same engine: the same digits and spaces).
PAGINATION_CHARACTERS = regex.compile(r"[\s\d共条页篇项记录第首上下一尾末前后跳转到GOgoPrevisuNxtFLa….<>«»‹›|｜,，/]+")


def pager(text: str) -> bool:
    """PAGINATION matches the line ("共15页 首页 上一页 1 2 3 下一页 尾页"): its openings and characters looked at first
    (most lines fail them at once; the pattern backtracks on long runs of digits: callers bound the line's length)."""
    return (
        may_open(text, PAGINATION_OPENINGS)
        and PAGINATION_CHARACTERS.fullmatch(text) is not None
        and PAGINATION.match(text) is not None
    )


# A forum post's byline: a user name with a time or a level, "客栈小K | 扫地 | 6天前",
# "歪哦釉 [作者] | 5天前", "Mickey-R 24-5-13 17:08".
POST_BYLINE = regex.compile(
    r"^.{1,30}?(?:\s*[|｜·•]\s*|\s+)(?:\d+\s*(?:秒|分钟|小时|天|周|个月|年)前|昨天|前天|刚刚|"
    r"(?:\d{2,4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}|(?:LV|Lv|lv)\s*\d+)\s*$"
)
# User names and avatars beside posts and bylines ("user-name", "nickname", "userinfo", "avatar").
META_PART = re.compile(r"user[_-]?(?:name|info|card|nick|avatar|link|level|title|meta|head)|nick[_-]?name|avatar")
META_WORDS = frozenset(
    _words(
        "byline dateline meta metas author authors pubtime pubdate date time source tags tag keywords keyword "
        "attribution info-bar infobar"
    )
)
# Words that rarely name a wrapper of the article, even when the element holds most of the text
# (a long footer or a report dialog beside a short article is still boilerplate); "modal-enabled"
# names a state, not a dialog.
STRONG_PART = re.compile(
    r"footer|copyright|cookie|login|signin|sitemap|qrcode|"
    r"(?:modal|popup|dialog)(?![_-]*(?:enabled|open|active|visible|show|trigger|toggle|link|btn|button))"
)
# Containers of the main text: generic names and Chinese CMS conventions (TRS_Editor and
# Custom_UnionStyle of TRS WCM government sites, id="zoom", sina's artibody, 163's endText,
# WeChat's rich_media_content, Discuz's postmessage/t_msgfont). A boilerplate word in the same
# name wins ("detail-content__recommend--wrapper", "related-articles", "sidebar-content").
CONTENT_WORDS = frozenset(
    _words(
        "article articles content contents entry post-body main body text story detail details zoom zw zhengwen "
        "con cont neirong nr wz txt maintext artibody endtext postmessage postbody msgfont "
        "articlebody storybody newsbody bodytext"
    )
)
CONTENT_PART = re.compile(
    r"trs_editor|custom_unionstyle|artibody|endtext|rich_media_content|article[_-]?(?:content|body|text|con)|"
    r"entry[_-]?content|post[_-]?(?:content|body)|news[_-]?(?:content|text|body|con)|main[_-]?(?:content|text)|"
    r"content[_-]?(?:main|text|body)|postmessage|t_msgfont|zoom|zhengwen|xwnr|wznr"
)


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """The characters of a pattern that are syntax (neither escaped nor in a character class), each with its
    index and the number of groups around it (a group's parentheses are counted outside it)."""
    depth = index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern.startswith(("]", "^]"), index + 1):  # a "]" first in a class is a literal
                index += 2 if pattern[index + 1] == "]" else 3
                continue
        else:
            depth -= char == ")"
            yield index, char, depth
            depth += char == "("
        index += 1


def _top_level_branches(pattern: str) -> list[str]:
    """The alternatives of a pattern's outermost alternation ("a(?:b|c)|[|]|d": "a(?:b|c)", "[|]", "d")."""
    cuts = [index for index, char, depth in _syntax(pattern) if char == "|" and depth == 0]
    return [pattern[start + 1 : end] for start, end in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def _opening_words(branch: str) -> list[str]:
    """Alternatives that together match wherever ``branch`` does, as many as possible opening with a letter:
    a group of alternatives opening it is spread ("(?:modal|popup)x": "modalx", "popupx": the same
    matches), and a "^" or "\\s" before a letter is dropped (what follows it matches wherever it does)."""
    if branch.startswith("(?:"):
        end = next(index for index, char, depth in _syntax(branch) if char == ")" and depth == 0)
        rest = branch[end + 1 :]
        if rest[:1] not in ("?", "*", "+", "{"):  # (a repeated group is kept whole)
            return [word for first in _top_level_branches(branch[3:end]) for word in _opening_words(first + rest)]
    for anchor in ("^", "\\s"):
        if branch.startswith(anchor) and branch[len(anchor) : len(anchor) + 1].isalpha():
            return _opening_words(branch[len(anchor) :])
    return [branch]


def _any_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern that finds a match wherever one of ``patterns`` does (an alternation is the union of its
    alternatives; ``_opening_words`` only widens them), to search before them. The alternatives are grouped
    by their first letter, so that at each position the engine checks a dozen letters, not every word."""
    if any(pattern.flags != re.UNICODE or pattern.groups for pattern in patterns):
        raise ValueError("only plain patterns without flags or groups can be joined")
    by_opening: dict[str, list[str]] = {}
    for pattern in patterns:
        for branch in _top_level_branches(pattern.pattern):
            for word in _opening_words(branch):
                group = by_opening.setdefault(word[0] if word[:1].isalpha() else "", [])
                if word not in group:  # ("footer", "login" … are in two vocabularies)
                    group.append(word)
    return re.compile("|".join(f"(?:{'|'.join(words)})" for words in by_opening.values()))


# Whether a name may hold a part of any vocabulary: one search where most names (nine in ten) find none, before
# the searches that say which vocabularies (tests/strip/test_dom_blocks.py checks it never misses one of theirs).
ANY_PART = _any_of(NAV_PART, RELATED_PART, COMMENT_PART, META_PART, POST_PART, STRONG_PART, CONTENT_PART)


def _stem(alternative: str) -> str:
    """The longest run of letters that every match of an alternative holds: letters outside groups and classes,
    none made optional or repeated by a quantifier ("share(?:bar|box)": "share"; "post_?list": "post"). Under
    three letters, the longest such run of letters and separators ("t_f")."""
    runs: dict[bool, list[str]] = {False: [""], True: [""]}  # (separators in the runs?) -> runs, the last one open
    last = -2
    for index, char, depth in _syntax(alternative):
        quantifier = alternative[index + 1 : index + 2]
        for with_separators, run in runs.items():
            if depth or quantifier in ("?", "*", "{") or not (char.isalpha() or (with_separators and char in "_-")):
                run.append("")  # (not a character every match holds)
                continue
            if index != last + 1:
                run.append("")
            run[-1] += char
            if quantifier == "+":  # (held, but maybe repeated: the run ends with it)
                run.append("")
        last = index
    letters = max(runs[False], key=len)
    return letters if len(letters) >= 3 else max(runs[True], key=len)


def _stems(*patterns: re.Pattern[str]) -> frozenset[str]:
    """The stems of every alternative of the patterns (``_opening_words``: a group opening one is spread)."""
    return frozenset(
        _stem(word)
        for pattern in patterns
        for branch in _top_level_branches(pattern.pattern)
        for word in _opening_words(branch)
    )


# What every match of a *_PART pattern holds in one word of a class name (PART_STEM), or, when that is short, as a
# stretch of the name with its separators (PART_NAME_STEMS): a name of plain words none of which holds a stem, and
# that holds no name stem, needs no ANY_PART search (dom_blocks._plain_hits; tests/strip/test_plain_names.py checks
# it on the corpus names and on names made of the patterns' pieces).
_PART_STEMS = _stems(NAV_PART, RELATED_PART, COMMENT_PART, META_PART, POST_PART, STRONG_PART, CONTENT_PART)


def _by_first_letter(words: Iterable[str]) -> str:
    """Words of letters as one alternation grouped by their first letter ("a(?:dvert|nswer)|b(?:bs|dshare)"): at
    each position the engine tries the words of one letter, not all (two to three times quicker)."""
    rests: dict[str, list[str]] = {}
    for word in sorted(words):
        rests.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in rests.items())


PART_STEM = re.compile(_by_first_letter(stem for stem in _PART_STEMS if stem.isalpha()))
PART_NAME_STEMS = tuple(sorted(stem for stem in _PART_STEMS if not stem.isalpha()))
# Class names that label a state or a taxonomy term rather than a role (WordPress "tag-comments",
# "category-sidebar", "has-post-thumbnail", "no-sidebar", "is-sticky", "post-2551586").
_TAXONOMY_LABELS = _words("tag tags category categories cat has is no with without format status type term taxonomy js")
_NUMBERED_LABELS = _words("post postid page-id page parent-pageid")
TAXONOMY_CLASS = re.compile(
    r"(?:^|(?<=\s))(?:(?:" + "|".join(_TAXONOMY_LABELS) + r")[_-]\S*|(?:" + "|".join(_NUMBERED_LABELS) + r")[_-]\d+)"
    r"(?=\s|$)",
    re.IGNORECASE,
)
# Utility classes of CSS frameworks that name a side, not a role: "borders-bottom", "margin-top",
# "pull-left", "text-right", "mt-20", "col-md-8" (the "bottom" is not a page bottom).
_UTILITY_PREFIXES = _words(
    "border borders margin padding rounded radius pull float text align fixed sticky position pos shadow fade"
)
_UTILITY_SIDES = _words("top bottom left right head foot start end center")
UTILITY_CLASS = re.compile(
    "(?:" + "|".join(_UTILITY_PREFIXES) + ")[_-]+(?:" + "|".join(_UTILITY_SIDES) + r")\b|\b[mp][tblrxy]?-\d+\b",
    re.IGNORECASE,
)
# The words of those two patterns, for names of plain words (letters, or digits) joined by "-" or "_" ("menu-item",
# "site-header", "post-2551586"), which dom_blocks reads without the patterns: a label opening such a name (its
# first word, a separator after it), or a numbered label followed by a separator and its number ending it, makes
# it a taxonomy name; a word ending with a prefix and a side word, or a margin word and a number, may make a
# utility class (all in lower case: the patterns ignore case).
TAXONOMY_LABELS = frozenset(_TAXONOMY_LABELS)
NUMBERED_LABELS = frozenset(_NUMBERED_LABELS)
LABEL_WORDS = TAXONOMY_LABELS | {label.split("-")[0] for label in _NUMBERED_LABELS}  # ("page" of "page-id")
UTILITY_PREFIXES = tuple(_UTILITY_PREFIXES)  # (for str.endswith)
UTILITY_SIDES = frozenset(_UTILITY_SIDES)
MARGIN_WORDS = frozenset(letter + side for letter in "mp" for side in ("", *"tblrxy"))  # "mt", "p": \b[mp][tblrxy]?-
# What every UTILITY_CLASS match holds: "-" or "_" before a side word or a digit. Searched first (quick: it
# opens with a character class), the full pattern only where it is found.
UTILITY_HINT = re.compile(r"[_-](?:top|bottom|left|right|head|foot|start|end|center|\d)", re.IGNORECASE)
# The hash a build tool appends to or puts in a class name, which says nothing of the element's role and whose
# letters may spell a vocabulary word by chance: CSS Modules' "[name]_[local]__[hash]" ("BasePageLayout_Main__2pNav",
# "ImageText_Container__Gg7MW": "Nav" and "gg" are no menu and no ad; "container___2vv8Q") and CSS-in-JS's
# "css-[hash]-[label]" ("css-1wt1szs-Box"). CSS Modules' hash has five characters (fewer once each run of digits
# became one "0") with a capital, or a digit next to a letter (whatever the digit: the same for a name and its
# digit-normalised form); a word after "__" ("post__footer", "Card__Footer",
# "post__share-2", a BEM element) is no hash.
CLASS_HASH = re.compile(
    r"_{2,3}(?![A-Z]?[a-z]+$)(?=[^A-Z]*[A-Z]|.*[A-Za-z]\d|.*\d[A-Za-z])[A-Za-z0-9_-]{3,5}$|"
    r"^css-(?=[a-z]*\d)[a-z0-9]{4,10}(?=-|$)"
)
CONTENT_BONUS = 1.5  # weight multiplier of a container whose class/id says "content"
NAME_TOKEN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# A run of digits: a class name's digits, read as one "0" (ids and counters: "menu-item-4071").
DIGIT_RUN = re.compile(r"\d+")

# Sentence punctuation, full-width included (Latin ",.:" only before a space: not "3.5", "a.com").
PUNCTUATION = regex.compile(r"[，。！？；：、!?;]|[,.:](?=\s|$)")
# A line break between two CJK characters is source formatting, not a space.
CJK_NEWLINE = regex.compile(
    r"(?<=[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef])[ \t\r]*\n\s*(?=[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef])"
)
# The end of a teaser in a list of articles: truncated, or a "details" link ("…【详细】", "...more").
TEASER_END = regex.compile(
    r"(?:(?:\.{2,}|…+|。{2,})\s*(?:[【\[(（]?\s*(?:详细|详情|全文|阅读全文|查看全文|more|read more)\s*[】\])）]?)?|"
    r"[【\[(（]\s*(?:详细|详情|全文|阅读全文|查看全文)\s*[】\])）])\s*(?:>>|»|>)?\s*$",
    regex.IGNORECASE,
)
# A full sentence: a sentence-ending mark somewhere (a list of titles has none).
SENTENCE_MARK = regex.compile(r"[。！？!?]|\.(?:\s|$)")
SENTENCE_MARK_CHARS = frozenset("。！？!?.")
MAX_CELL_CHARS = 300  # a table with a longer cell lays out the page; it is not a data table
MAX_CELL_BLOCKS = 4  # ... and so is one whose cells hold more blocks than this

# A measured value in a table cell of a dump: "56.3", "-0.8", "12.5%" (a pager's "2" or "3" is none). A row
# of short cells holding one is a data table's row, text of a 统计公报, not a row of links.
MEASURED_CELL = regex.compile(r"^[-+−]?\d[\d,]*(?:\.\d+%?|%)$")
# A notice's contact, closing it: "联系人：赵敏", "联系电话：0825-2223456" (a site footer's phone number shares
# its line with 主办单位 or ICP, or follows the footer's other lines).
CONTACT_LINE = regex.compile(
    r"^(?:联系人|联系电话|联系方式|咨询电话|监督电话|举报电话|电子邮箱|邮箱|传真)"
    r"\s*[:：]\s*[\w\-—()（）@.、，, ]{2,40}$"
)

# The line tests above that the DOM selection tries one after another, each set as one alternation
# (one match call per line instead of two or three; each branch keeps its own pattern and flags).
LINK_BOX_HEADER = regex.compile(f"(?:{RELATED_HEADER.pattern})|(?:{END_OF_ARTICLE_OTHER.pattern})", regex.IGNORECASE)
ARTICLE_END = regex.compile(
    f"(?:{END_OF_ARTICLE.pattern})|(?:{END_OF_ARTICLE_OTHER.pattern})|(?:{CLOSING_CONTACT.pattern})", regex.IGNORECASE
)

# --- European lines (DOM) ---
# Page furniture of European sites that the vocabularies above miss, each tried only on short lines (on the
# standard library's engine: quicker on these alternations of words, which need nothing of ``regex``).
# A picture credit closing a caption ("… aus der Schweiz. © AFP / MARCO BERTORELLO", "… Kuva: ALEXANDER
# BECHER", "… (mlharing / iStock.com)"): the line is the picture's, not the article's.
_STOCK_AGENCIES = (
    r"(?:Getty\s*Images|iStock(?:photo)?(?:\.com)?|Shutterstock(?:\.com)?|Thinkstock|Adobe\s*Stock|stock\.adobe\.com|"
    r"Pixabay|Unsplash|Pexels|picture[\s-]alliance|imago(?:\s*images)?)"
)
_PICTURE_WORDS = (
    r"(?:Fotos?|Photos?|Photograph|Bild|Bilder|Titelbild|Beitragsbild|Symbolbild|Bildquelle|Kuva|Zdjęcie|Fot\.|"
    r"Crédits?\s*photo|Photo\s*credit|Image|Imagen|Immagine)"
)
CREDIT_TAIL = re.compile(
    rf"(?:^|[\s.(|])(?:©|\(c\)\s|{_PICTURE_WORDS}\s*:)\s*[^.!?:;]{{1,60}}\.?$|"
    rf"(?:/|\()\s*(?:[^()/]{{0,40}}/\s*)?{_STOCK_AGENCIES}(?:\s*/\s*[^()/]{{1,40}})?\s*\)?\s*$",
    re.IGNORECASE,
)
# A line that is nothing but a credit or a source: "Źródło: ISBnews", "Quelle: dpa", "iStock.com", "Thinkstock".
SOURCE_LINE = re.compile(
    rf"^[(\[]?\s*(?:(?:Źródło|Quelle|Fuente|Fonte|Lähde|Bron|Kuva|Bild|Titelbild|Bildquelle|Fot\.|Zdjęcie)\s*:\s*"
    rf"[^.!?]{{1,60}}|{_STOCK_AGENCIES}(?:\s*/\s*[^.!?]{{1,40}})?)[)\]]?\s*$",
    re.IGNORECASE,
)
# The placeholder of an embed a reader has to allow first (two-click consent): "Empfohlener redaktioneller Inhalt",
# "An dieser Stelle findet Ihr einen externen Inhalt von Instagram, der den Artikel ergänzt", "Ich bin damit
# einverstanden, dass mir externe Inhalte angezeigt werden", "Um Deine persönlichen Daten zu schützen, haben wir das
# automatische Laden der Inhalte von twitter.com blockiert", "This content is provided by X, which may be using
# cookies", "Show external content". Once allowed, the embed itself (a quoted post) is content.
CONSENT_PLACEHOLDER = re.compile(
    r"^(?:Empfohlener (?:redaktioneller|externer) Inhalt|Externer Inhalt\s*(?:[:.]|$)|"
    r"Externe[rn]? Inhalte? (?:anzeigen|laden|zulassen|erlauben)|Inhalte? (?:laden|anzeigen)$|"
    r"An dieser Stelle (?:findest du|finden Sie|findet ihr) (?:einen|ein|eine) externen? (?:Inhalt|Beitrag|Video|Post)|"
    r"Ich bin (?:damit )?einverstanden, dass (?:mir|ich) .{0,60}?(?:Inhalte?|angezeigt)\b|"
    r"Um (?:Deine|Ihre|eure) (?:persönlichen )?Daten zu schützen, .{0,100}?(?:blockiert|deaktiviert|nicht geladen)\b|"
    r"To protect your (?:personal data|privacy), .{0,100}?(?:blocked|disabled|not loaded)\b|"
    r"This (?:content|embed|post|video) is (?:provided|hosted|served) by .{1,60}\b(?:cookies?|consent|privacy)|"
    r"To (?:view|see|display) this (?:content|embed|post|video|tweet)\b.{0,80}\b(?:cookies?|consent|accept)|"
    r"I (?:agree|consent) to (?:external|third[- ]party) content|"
    r"(?:Show|Load|Allow) (?:external|third[- ]party) content\b)",
    re.IGNORECASE,
)
# Short lines of page furniture: ad labels and print/save controls ("Anzeige", "Reklama", "drukuj",
# "Rezept drucken Bei Pinterest speichern"), links to the next or previous article ("Vorschau auf den
# nächsten Artikel", "Article suivant"), permalinks, tag and category lines ("Themen: Ehrenamt",
# "Schlagwörter: …", "Category : Press Releases"), view counters ("Aufrufe: 1120 | …"), a picture's enlarge control
# opening its caption ("Vergrößern Eine kleine runde Aussparung für die Facetime-Kamera …"), and the
# warnings a broken PHP site prints into its pages ("Warning: … in /www/…/classes.php on line 407"), and how
# long a broadcaster's video stays online ("Video verfügbar bis 28.02.2021").
EUROPEAN_FURNITURE = re.compile(
    r"^(?:(?:Anzeige|Werbung|Advertisement|Advertising|Publicité|Publicidad|Pubblicità|Reklama|Mainos|Gesponsert|"
    r"drukuj|Drucken|Rezept drucken|Artikel drucken|Imprimer|Imprimir|Stampa|Pinnen|Merken|Bei Pinterest speichern)"
    r"(?:\s+|$))+$|"
    r"^(?:Vorschau auf (?:den|das) )?(?:nächsten?|vorherigen?|Nächster|Vorheriger|Voriger) (?:Artikel|Beitrag)\b|"
    r"^(?:Article (?:suivant|précédent)|Artículo (?:siguiente|anterior)|(?:Siguiente|Anterior) artículo|"
    r"(?:Następny|Poprzedni) (?:artykuł|wpis)|Seuraava artikkeli|Edellinen artikkeli)\b|"
    r"^(?:Permalink|Permalien|Permalänk|Kurzlink|Short\s?link|Kurz-URL)\b|"
    # a picture's enlarge control, alone or opening its caption ("Vergrößern Eine kleine runde Aussparung …")
    r"^(?:Bild vergrößern|Vergrößern|Zum Vergrößern (?:klicken|anklicken)|(?:Click|Tap) to enlarge|"
    r"Enlarge (?:image|photo|picture)|Agrandir (?:l'image|la photo))(?:\s|$)|"
    r"^(?:Themen|Schlagwörter|Schlagworte|Stichwörter|Kategorien?|Rubriken?|Tags?|Categor(?:y|ies)|Filed under|"
    r"Posted in|Étiquettes|Mots-clés|Catégories?|Etiquetas|Categorías?|Temas|Tagi|Tematy|Avainsanat|Aiheet)\s*:|"
    r"^(?:Aufrufe|Zugriffe|Views|Hits|Visites|Visitas)\s*:\s*\d|"
    r"^(?:Themen in diesem Artikel|Explore further)\s*$|"
    # how long a broadcaster's video or audio stays online: "Video verfügbar bis 28.02.2021"
    r"^(?:(?:Video|Audio|Podcast|Sendung)\s+)?(?:verfügbar|abrufbar) bis\b.{0,40}$|"
    r"^(?:(?:Video|Audio|Podcast)\s+)?(?:available until|disponible jusqu'(?:au|à))\b.{0,40}$|"
    r"^(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards)\s*:.{0,300}\son line\s+\d+\s*$",
    re.IGNORECASE,
)
# A publisher's notice in a line up to a short paragraph, the European kin of 版权所有 and 仅代表作者观点: the rights
# reserved ("Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone. Dalsze rozpowszechnianie artykułu za
# zgodą wydawcy", "Alle Rechte vorbehalten", "Tous droits réservés") and the opinion disclaimer ("Dieser Beitrag gibt
# die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion", "The views expressed are those of the
# author and do not necessarily reflect …"). EUROPEAN_NOTICE_HINT holds a literal of each branch (searched first:
# most lines hold none; a line in capitals is recognised in German, French and Polish only).
EUROPEAN_NOTICE = re.compile(
    r"\b(?:Alle Rechte vorbehalten|Tous droits réservés|Todos los derechos reservados|Tutti i diritti riservati|"
    r"Wszelkie prawa zastrzeżone|Alle rechten voorbehouden|Todos os direitos reservados|Kaikki oikeudet pidätetään)|"
    r"\bgibt (?:ausschließlich |nur |allein )?die (?:persönliche |private |eigene )?Meinung (?:de[sr] |der )?"
    r"(?:Autors|Autorin|Autor:innen|Autoren|Verfassers|Verfasserin|Gastautors|Gastautorin)\b|"
    r"\b(?:views|opinions) expressed (?:in this (?:article|post|piece|column) )?are (?:those of the (?:author|writer)|"
    r"(?:the author's|the writer's|solely)\b)|"
    r"\b(?:ne reflète(?:nt)? pas nécessairement|no refleja(?:n)? necesariamente|non riflette necessariamente)\b",
    re.IGNORECASE,
)
EUROPEAN_NOTICE_HINT = re.compile(  # (case-sensitive stems, grouped by their first letter: quicker than the words)
    r"e(?:chte|rechos|inung|flète|fleja)|r(?:oits|awa)|i(?:ritti|reitos|keudet|flette)|xpressed|ECHTE|ROITS|RAWA"
)
# A licence notice of the page's text: "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE".
LICENCE_LINE = re.compile(
    r"(?:Creative\s+Commons|\bCC[\s-]BY\b).{0,120}?(?:Lizenz|licen[cs]|licencia|licenza|licencj)|"
    r"(?:Lizenz|licen[cs]e|licencia|licenza|licencj\w*)\b.{0,80}?(?:Creative\s+Commons|\bCC[\s-]BY\b)",
    re.IGNORECASE,
)
# Lines after which the article is over, in a line up to a short paragraph: an appeal for support or a
# newsletter ("Gefällt dir unser Klettermagazin? Bei der Lancierung …", "Unterstütze das Projekt:", "If
# you enjoyed reading this post – would you consider supporting our work?", "Follow The Gleaner on
# Twitter …", "We want to hear what you think about this article."), a comment area's header ("Keine
# Kommentare (Kommentare erscheinen erst nach unserer Freigabe)", "3 Comments on “…”") and a contact box
# ("Kontakt:", "Ansprechpartnerin zum Thema:").
CLOSING_APPEAL = re.compile(
    r"^[\s■□●○◆◇▲△▶►>»·•\-—*]*(?:"
    r"Gefällt (?:dir|Ihnen|euch) (?:unser|unsere|dieser|diese|dieses|der|die|das)\b|Unterstütze\b|"
    r"Unterstützen Sie (?:uns|unsere|unser|den|die|das)\b|Jetzt unterstützen|"
    r"If you (?:enjoyed|liked|like|value|appreciate)\b.{0,40}\b(?:post|article|story|work|journalism|content)|"
    r"(?:Please )?Support (?:us|our (?:work|journalism))\b|Follow (?:us|.{1,40}? on (?:Twitter|Facebook|Instagram))\b|"
    r"We want to hear what you think|(?:Sign up|Subscribe) (?:for|to) (?:our|the) newsletter|"
    r"Soutenez(?:-nous)?\b|Abonnez-vous à (?:notre|la) newsletter|Apoya (?:nuestro|a)\b|Suscríbete a (?:nuestro|la)|"
    r"Wesprzyj\b|"
    r"(?:Keine|Noch keine|No|\d+)\s+(?:Kommentare?|Comments?|Commentaires?|Comentarios?|Komentarz[ey]?|Kommentit)\b|"
    r"(?:Kontakt|Contact|Contacto|Contatto|Ansprechpartner(?:in)?(?:\s+zum\s+Thema)?)\s*:\s*$)",
    re.IGNORECASE,
)
# A sentence ending on a short lower-case word ("… längst Ende-zu-Ende-Verschlüsselung an.", "… to give up."),
# which SENTENCE_CLOSE leaves to abbreviations ("U.S.", "Nr."): a lead may end so.
SHORT_WORD_CLOSE = regex.compile(r"(?<=\s\p{Ll}{1,2})\.[”’\"')»]*\s*$")

# --- Latin-script lines of a dump (lines.py) ---
# A dump has no markup to say where a share row, a gallery, a teaser list or a comment area is: only the words of
# its lines. These are the English lines that the DOM stage finds by their elements' classes; lines.py tries them
# (and the European ones above) only on lines holding no WIDE_CHARACTER, and those anchored at the line's start only
# where ``may_open_latin`` says one of them may match.
# The header of a comment area: "34 responses to “Anthony Lynn: …”", "3 thoughts on “…”", "[ 167 comments ]",
# "Top Rated Comments", "View Comments", "Comments are closed.", "Comments (12)", "Join the conversation".
LATIN_COMMENTS = re.compile(
    r"^[\s\[(■●▶►>»·•\-—*]*(?:"
    r"\d[\d,.]*[kK]?\s+(?:comments?|responses?|replies|thoughts|reactions)(?:\s+(?:to|on)\s+[“\"‘'«„].*)?|"
    r"(?:view|show|read|see|load|hide|post|add|write)\s+(?:all\s+|a\s+|your\s+|the\s+|more\s+)?(?:\d[\d,]*\s+)?comments?|"
    r"(?:top|best|most|newest|oldest)\s+(?:rated\s+|recent\s+|popular\s+|liked\s+)?comments|"
    r"comments?\s+(?:are\s+)?closed|comments?\s*[(\[]\s*\d[\d,]*\s*[)\]]|"
    r"join the (?:conversation|discussion)|(?:reader|user|visitor)s?['’]?\s+comments|"
    r"(?:discussion|conversation)\s*[(\[]\s*\d[\d,]*\s*[)\]]"
    r")[\s\])]*[.:!]?\s*$",
    re.IGNORECASE,
)
# Controls of a share row, a gallery or a page, and ad labels, alone on their line: "Click to share on Twitter (Opens
# in new window)", "Share this on WhatsApp", "Sharing is caring!", "858 SHARES", "Image 1 of 8", "1 / 8", "Back to
# Gallery", "Caption", "Skip to content", "AdChoices", "Getty Images", "Photo: Ringo H.W. Chiu, AP".
LATIN_CONTROL = re.compile(
    r"^(?:Click (?:here )?to (?:share|email|print|tweet|pin|save)\b.{0,60}|"
    r"(?:Share|Tweet|Pin|Email|Send) (?:this|it)\b(?: (?:on|via|to|with|article|story|post|page|link)\b.{0,30})?|"
    r"Share (?:on|via|to) \S.{0,30}|Sharing is caring!?|Share your thoughts\b.{0,40}|"
    r"\d[\d.,]*\s*[kKmM]?\s*shares?|shares?|\(?Opens? in (?:a )?new (?:window|tab)\)?|"
    r"Skip to (?:the )?(?:main |primary )?(?:content|navigation)|Toggle (?:navigation|menu|search)|"
    r"(?:Open|Close|Show|Hide) (?:the )?(?:menu|search|navigation|caption)|Search for:?|Loading(?:\.{3}|…)?|"
    r"AdChoices|Ad|Ads|Sponsored(?: (?:content|links|stories|post|by .{1,40}))?|"
    r"Promoted(?: (?:content|stories|by .{1,40}))?|"
    r"(?:Image|Photo|Slide|Picture) \d+ of /? ?\d+|\d+ of \d+|\d+ / \d+|Back to (?:Gallery|top|the top)|"
    r"(?:View|Open|Launch|See) (?:the )?(?:photo )?gallery|Caption|Expand|Enlarge this image|Getty Images|"
    r"(?:Photo|Photograph|Image|Picture)s?(?: credit)?\s*:\s*\S.{0,50}|Newsletters?)\s*$",
    re.IGNORECASE,
)
# Headers of teaser lists: "Top stories", "Most Popular", "Trending Now", "Latest news", "More in Politics", "More
# Washington Examiner", "Editor's Picks", "Don't Miss", "Around the Web", "Partner news". Like the "Related" and "More
# from" of RELATED_WORDS they may be crossed: some pages set such a box inside the article.
LATIN_RELATED = re.compile(
    r"^[\s■□●○◆◇▲△▶►>»·•\-—*]*(?:(?i:"
    r"(?:top|latest|recent|popular|trending|featured|similar|other|more|partner|sponsored|promoted|recommended|related)"
    r"\s+(?:news|stories|posts|articles|videos|reads|headlines|picks|topics|galleries|coverage)\b|"
    r"most\s+(?:popular|read|viewed|shared|commented|emailed|recent)\b|trending(?:\s+now)?\s*$|"
    r"editor(?:s['’]?|['’]s) (?:picks?|choice)|don['’]?t miss\b|around the (?:web|site)|from (?:the web|our partners)|"
    r"what to read next|read (?:this )?next|up next|further reading|in other news|we recommend|"
    r"more (?:in|on|about) \S)|"
    r"More(?: [A-Z][\w.&'’-]*){1,4}\s*$)"
)
# English, German and French month names, and a date made with one or with digits: "Nov. 18, 2019", "20 November
# 2019", "20. November 2019", "20 novembre 2019", "2019-11-20", "20.11.2019", "3 hours ago", "32M ago".
_LATIN_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\.?"
)
LATIN_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_LATIN_MONTHS}(?:,?\s+\d{{4}})?|\b{_LATIN_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"(?:,?\s+\d{4})?|\b(?:19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b|"
    r"\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[smhdwMH])\s+ago\b"
)
# What a date line holds besides its date: a time, a weekday, a time zone, labels and separators ("Updated 5:27 am
# CST, Wednesday, November 20, 2019", "September 10, 2018 | by Catherine").
LATIN_DATE_EXTRAS = re.compile(
    r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[aApP]\.?[mM]\.?)?|\b(?:[aApP]\.?[mM]\.?|[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*)(?!\w)|"
    r"\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?|"
    r"\b(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche)\b|\b(?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Ll]ast updated|[Ff]irst published|[Mm]odified|"
    r"[Aa]ktualisiert|[Vv]eröffentlicht|[Pp]ublié|[Mm]is à jour|on|at|am|um|le|à|[Bb]y|[Vv]on|[Pp]ar)\b|[|·•,;:\-–—/()]"
)
# A prompt for a newsletter or for more stories, a box that may stand inside the article or close it: "Want more
# stories like this?", "Sign up for our daily newsletter", "Never miss a story", "Enter your email address" (a bare
# "Newsletters", a menu's entry as often, is a control: LATIN_CONTROL).
LATIN_NEWSLETTER = re.compile(
    r"^(?:Want (?:more|the latest)\b.{0,40}\?|(?:Sign up|Subscribe|Register) (?:for|to)\b.{0,40}\b"
    r"(?:newsletters?|e-?mails?|alerts|updates)\b.{0,40}|Get (?:our|the) .{0,40}newsletters?\b.{0,40}|"
    r"(?:Never|Don['’]t) miss (?:a|an|another) (?:post|story|article|update)\b.{0,40}|"
    r"Stay (?:up to date|updated|informed|in the loop)\b.{0,40}|Enter your e-?mail(?: address)?\b.{0,40})$",
    re.IGNORECASE,
)
# Letters of the scripts written with spaces between words, past ASCII: Latin (accented), Greek, Cyrillic, Armenian,
# Hebrew, Arabic, Vietnamese, Hangul. A line's size counts their words, not their letters (lines.line_size) ...
SPACED_LETTERS = re.compile(
    "[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u058f\u05d0-\u06ff\u1e00-\u1fff\uac00-\ud7af]+"
)
# ... and a character of the CJK blocks, kana, a full-width form or past the BMP (an emoji): a line holding one is
# counted character by character, and tried against no Latin vocabulary (searched for first: a line of Chinese finds
# one at its first characters).
WIDE_CHARACTER = re.compile("[\u2e80-\uabff\ud7b0-\U0010ffff]")
# A picture's credit opening its caption: "© Lucy Nicholson Detainees at Otay Mesa immigration detention center in
# San Diego, Calif., on May 18, 2018." A footer's © has its year close to it or its rights ("© 2019 CBS Interactive
# Inc. All Rights Reserved."); one with a year further ("© Example Media Group Ltd 2019") is a caption only when it
# reads as a sentence (lines.py counts its lower-case words).
CREDITED_CAPTION = re.compile(
    r"^\s*©(?!.{0,40}\b(?:19|20)\d\d\b)(?!.*(?:[Rr]ights|[Rr]eserved|RIGHTS|RESERVED|版权|著作权|Powered))"
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# The first word of a line, after the decorations the Latin line openings allow, and the words that open a match of
# one of them (LATIN_COMMENTS, END_OF_ARTICLE_OTHER, CLOSING_CONTACT, CLOSING_APPEAL, LATIN_NEWSLETTER, LATIN_RELATED,
# EUROPEAN_FURNITURE, LATIN_CONTROL, SOURCE_LINE, CREDIT_LINE, READ_ALSO, CONSENT_PLACEHOLDER), lower-cased: one
# look-up where the patterns would be tried one after another (``may_open_latin``; tests/strip/test_dump_latin.py
# tries a sample of each branch). Keep in step with those vocabularies.
LATIN_OPENING = re.compile(r"[\s■□●○◆◇▲△▶►>»·•\-—*【\[(（]*(\w+)")
LATIN_OPENING_WORDS = frozenset(
    _words(
        # LATIN_COMMENTS
        "view show read see load hide post add write top best most newest oldest comment comments join reader readers "
        "user users visitor visitors discussion conversation "
        # END_OF_ARTICLE_OTHER
        "mehr auch das verwandte ähnliche weitere empfehlungen kommentare keine kommentar sur articles commentaires "
        "te noticias comentarios você notícias comentários potrebbe articoli commenti reacties komentarze tags "
        "schlagwörter schlagworte stichwörter themen étiquettes mots etiquetas tagi tematy pour lesen weiterlesen to "
        "para per "
        # CLOSING_CONTACT
        "media press news for pressekontakt medienkontakt kontakt contact contacts relation relations contacto "
        "contactos contato "
        # CLOSING_APPEAL
        "gefällt unterstütze unterstützen jetzt if please support follow we sign subscribe soutenez abonnez apoya "
        "suscríbete wesprzyj noch no contatto ansprechpartner ansprechpartnerin "
        # LATIN_NEWSLETTER
        "want register get never don stay enter "
        # LATIN_RELATED
        "latest recent popular trending featured similar other more partner sponsored promoted recommended related "
        "editor editors around from what up further in "
        # EUROPEAN_FURNITURE
        "anzeige werbung advertisement advertising publicité publicidad pubblicità reklama mainos gesponsert drukuj "
        "drucken rezept artikel imprimer imprimir stampa pinnen merken bei vorschau nächste nächsten nächster "
        "vorherige vorherigen vorheriger voriger article artículo siguiente anterior następny poprzedni seuraava "
        "edellinen permalink permalien permalänk kurzlink short shortlink kurz bild vergrößern zum click tap enlarge "
        "agrandir kategorie kategorien rubrik rubriken tag category categories filed posted catégorie catégories "
        "categoría categorías temas avainsanat aiheet aufrufe zugriffe views hits visites visitas explore video audio "
        "podcast sendung verfügbar abrufbar available disponible warning notice deprecated fatal parse strict "
        # LATIN_CONTROL
        "tweet pin email send sharing share shares opens open skip toggle close search loading adchoices ad ads image "
        "images photo photos slide picture pictures back launch caption expand getty photograph photographs "
        "newsletter newsletters "
        # SOURCE_LINE, CREDIT_LINE
        "źródło quelle fuente fonte lähde bron kuva titelbild bildquelle fot zdjęcie istock istockphoto shutterstock "
        "thinkstock adobe stock pixabay unsplash pexels imago foto credit source copyright "
        # READ_ALSO
        "also à lire lee leer más leia veja leggi lees czytaj zobacz mit "
        # CONSENT_PLACEHOLDER
        "empfohlener externer externe externen inhalt inhalte an ich um this i allow"
    )
)
# Words that those patterns match at the start of a longer word too ("KomentarzeLiczba komentarzy: 6", "Fotos:").
LATIN_OPENING_STEMS = (
    "empfehlungen", "kommentare", "commentaires", "comentarios", "comentários", "commenti", "reacties", "komentarze",
    "image", "photo", "picture", "foto", "credit", "source", "copyright",
)  # fmt: skip


def may_open_latin(text: str) -> bool:
    """False when none of the Latin line openings (LATIN_OPENING_WORDS) can match ``text``: its first word is none of
    their words, begins with none of their LATIN_OPENING_STEMS, and is no number ("34 responses to …", "1 / 8")."""
    first = LATIN_OPENING.match(text)
    if first is None:
        return False
    word = first.group(1)
    if word[0].isdigit():
        return True
    lowered = word.lower()
    return lowered in LATIN_OPENING_WORDS or lowered.startswith(LATIN_OPENING_STEMS)


DIGIT = re.compile(r"\d")  # (in every LATIN_DATE match)

# --- JSON-LD text (``dom_jsonld``) ---
# The markup inside a JSON-LD text ("<p>Um eine runde Tischdecke …</p><p>…"): the end of a block or a line break
# splits paragraphs; any other tag goes.
JSONLD_BLOCK_END = re.compile(r"</(?:p|div|li|h[1-6]|blockquote|tr|ul|ol)\s*>|<br\s*/?>|\r?\n", re.IGNORECASE)
JSONLD_TAG = re.compile(r"<[^>]{0,1000}>")
