"""Every pattern of the metadata stage, compiled once. (Seed version: labels and a line test.)

Each vocabulary names where it is seen. Other stages import the label vocabulary from here
(boilerplate stripping drops metadata lines) instead of keeping their own copy.
"""

from __future__ import annotations

import regex

# Labels that introduce a metadata field, as seen on Chinese news and government pages
# (e.g. the seed page: "发布日期:2021年02月20日 来源:联谊报 作者:徐文燕 叶瑞胜 字号:[][][]").
DATE_LABELS = (
    "发布日期",
    "发布时间",
    "发稿时间",
    "发表时间",
    "发表日期",
    "更新时间",
    "时间",
    "日期",
    "发表于",
    "发布于",
)
SOURCE_LABELS = ("来源", "稿源", "出处", "转载自", "来自", "本文来源", "信息来源", "文章来源", "新闻来源")
AUTHOR_LABELS = ("作者", "记者", "本报记者", "通讯员", "撰文", "撰稿", "特约评论员", "文")
EDITOR_LABELS = ("责任编辑", "编辑", "责编", "审核", "校对", "审校", "终审", "初审", "复审")
OTHER_LABELS = (
    "字号",
    "浏览次数",
    "浏览量",
    "阅读次数",
    "点击数",
    "点击量",
    "访问量",
    "阅读",
    "分享到",
    "打印",
    "索引号",
)

_ALL_LABELS = sorted(
    {*DATE_LABELS, *SOURCE_LABELS, *AUTHOR_LABELS, *EDITOR_LABELS, *OTHER_LABELS}, key=len, reverse=True
)
LABEL = regex.compile(r"(?:{})\s*[:：]".format("|".join(map(regex.escape, _ALL_LABELS))))
_DATE = regex.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")


def is_metadata_line(line: str) -> bool:
    """True for a short line made of labelled metadata (date, source, author, editor, font size…).

    "发布日期:2021年02月20日 来源:联谊报 作者:徐文燕 叶瑞胜 字号:[][][]" is one; a sentence
    that merely mentions 来源 is not (it is long and has sentence punctuation).
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 160:
        return False
    labels = LABEL.findall(stripped)
    if len(labels) >= 2:
        return True
    if len(labels) == 1 and stripped.count("。") == 0 and len(stripped) <= 60:
        return bool(LABEL.match(stripped.lstrip("（(【[ "))) or bool(_DATE.search(stripped))
    return False
