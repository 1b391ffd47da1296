"""Dumps of articles with a table of contents: its entries come back below as the headings of the
body's sections. The body runs from the first prose after the table to the end of its last
section, even when its sections are cut into many short lines (a shop's card, a data sheet) that
block weights alone would leave out; the table itself is not text."""

from __future__ import annotations

from pipeline import clean_page

HEADLINE = "江南美食地图：一个月吃遍十二家老字号"
SHOPS = [
    ("3月2日 午餐「老周面馆」（城东）", "面馆开在老街口，汤头用猪骨熬足八个小时，面条是店主每天清晨手擀的。"),
    ("3月5日 晚餐「福临酒家」（城南）", "本帮菜老店，红烧肉浓油赤酱，酒香草头也做得很地道，值得专程去一趟。"),
    ("3月9日 早餐「阿婆生煎」（城西）", "生煎底子焦脆，肉馅多汁，早上七点就排起长队，建议早点去。"),
    ("3月14日 午餐「桂香小馆」（城北）", "家常小炒做得干净利落，糖醋小排酸甜适中，米饭可以免费续。"),
    ("3月20日 晚餐「江边渔家」（江滨）", "每天从码头直接进货的江鲜，清蒸白鱼鲜嫩，价格也算公道。"),
]
HEAD = [
    f"{HEADLINE}_美食频道_江南网",
    "江南网",
    "首页",
    "美食",
    "旅游",
    "专栏",
    HEADLINE,
    "本期美食家带你走遍江南老字号。",  # a lead too short to count as the body
    "发布时间：2024-03-28 10:00",
    "标签",
    "面馆",
    "本帮菜",
    "生煎",
    "江鲜",
    "分享",
]
FOOTER = ["相关文章", "城南十家咖啡馆推荐", "春日踏青好去处", "版权所有 江南网 苏ICP备05001111号"]


def _card(name: str) -> list[str]:
    """A shop's card: many short lines, no prose."""
    shop = name.split("「")[1].split("」")[0]
    return [shop, "人均 ￥60～￥80", "评分 4.2", "营业时间 10:00-21:00", "周一休息", "江南市老街18号", "地图导航"]


def _page() -> list[str]:
    contents = ["目录", *[title for title, _ in SHOPS]]
    body = ["美食家周先生每年外出就餐三百余次，这个月他把脚步留在了江南的老街巷里。"]
    for title, review in SHOPS:
        body += [title, review, *_card(title)]
    return [*HEAD, *contents, *body, *FOOTER]


def test_the_sections_a_table_of_contents_announces_are_the_body():
    record = clean_page("\n".join(_page()).encode("utf-8"), name="guide.txt")
    lines = record.text.split("\n")
    assert lines[0] == "美食家周先生每年外出就餐三百余次，这个月他把脚步留在了江南的老街巷里。"
    for title, review in SHOPS:
        assert lines.count(title) == 1  # the section's heading, once: the table of contents is gone
        assert review in lines
    assert lines[-1] == "地图导航"  # the last section's card is whole
    assert "目录" not in lines
    assert "城南十家咖啡馆推荐" not in lines  # the related list after the body


def test_a_menu_shown_again_in_the_footer_is_no_table_of_contents():
    menu = ["新闻", "政务", "服务", "互动"]
    body = [
        "3月27日，江南市召开全市优化营商环境工作推进会，总结去年工作，部署今年任务。",
        "会议指出，要聚焦企业办事的堵点难点，持续推进审批服务便民化，让企业少跑腿。",
        "会议要求，各部门要压实责任，细化措施，确保各项任务按时保质完成。",
    ]
    dump = [
        "江南市召开优化营商环境工作推进会_江南市人民政府",
        *menu,
        "江南市召开优化营商环境工作推进会",
        *body,
        *menu,
        "主办：江南市人民政府办公室",
    ]
    record = clean_page("\n".join(dump).encode("utf-8"), name="news.txt")
    assert record.text.split("\n") == body
