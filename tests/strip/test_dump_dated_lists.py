"""Dumps of list pages whose items are rows "title<TAB>date" (政务公开 lists of government portals), and
their pagers; with the article pages that merely show such rows (related lists, tables)."""

from __future__ import annotations

from pipeline import clean_page
from pipeline.strip.lines import dump_rows
from pipeline.strip.patterns import PAGINATION

ITEMS = [
    ("关于印发《江南市促进数字经济发展若干政策措施》的通知", "2024-05-10"),
    ("关于做好2024年度城乡居民基本医疗保险参保缴费工作的通知", "2024-04-28"),
    ("江南市生态环境局关于开展夏季臭氧污染防治攻坚行动的通知", "2024-04-22"),
    ("关于公布江南市第三批市级非物质文化遗产代表性项目名录的通知", "2024-04-15"),
    ("关于进一步加强城市道路挖掘管理的通知", "2024-04-09"),
    ("关于调整市区公共租赁住房租金标准的通知", "2024-03-29"),
]
PAGER = "共15页 首页 上一页 1 2 3 4 5 下一页 尾页 跳转到 页"
HEAD = [
    "部门文件_政府信息公开_江南市人民政府",
    "江南市人民政府",
    "首页 政府信息公开 政务服务 政民互动",
    "当前位置：首页 > 政府信息公开 > 部门文件",
    "政府信息公开指南",
    "政府信息公开制度",
    "部门文件",
]
FOOTER = ["主办：江南市人民政府办公室", "网站标识码：3205000003 苏ICP备05001111号"]


def _rows(separator: str) -> list[str]:
    return [f"{title}{separator}{day}" for title, day in ITEMS]


def test_a_list_of_dated_rows_is_a_list_page_of_its_titles():
    dump = "\n".join([*HEAD, *_rows("\t"), PAGER, *FOOTER])
    record = clean_page(dump.encode("utf-8"), name="list.txt")
    assert record.page_type == "list"
    assert record.text.split("\n") == [title for title, _ in ITEMS]
    assert record.published is None  # the first item's date is not the page's
    assert record.section == "部门文件"


def test_rows_and_their_titles_are_read_from_the_tabs():
    _, link_rows, dated, _ = dump_rows(
        ["标题", "关于调整市区公共租赁住房租金标准的通知\t2024-03-29", "政策解读\t图解\t回应关切"]
    )
    assert dated == {1: "关于调整市区公共租赁住房租金标准的通知"}
    assert link_rows == frozenset({2})
    _, _, dated, _ = dump_rows(["GDP增长率（百分比）\t10.5", "报名\t2024-05-10"])  # a number, a short label
    assert dated == {}


def test_pagers_are_recognised():
    assert PAGINATION.match(PAGER)
    assert PAGINATION.match("共15条 首页 上一页 1 2 下一页 尾页")
    assert not PAGINATION.match("关于调整市区公共租赁住房租金标准的通知")


def test_an_article_over_dated_related_rows_stays_an_article():
    body = [
        "各地要严格落实以行政首长负责制为核心的防汛责任制，加强隐患排查，确保安全度汛。",
        "各级防汛指挥机构要加强值班值守，及时发布预警信息，提前转移受威胁群众，做好抢险救灾各项准备。",
    ]
    dump = "\n".join(
        [
            "关于做好2024年防汛工作的通知_通知公告_江南市人民政府",
            "当前位置：首页 > 通知公告",
            "关于做好2024年防汛工作的通知",
            "发布时间：2024-05-20 来源：江南市应急管理局",
            *body,
            "相关文件",
            *_rows("\t"),
            *FOOTER,
        ]
    )
    record = clean_page(dump.encode("utf-8"), name="notice.txt")
    assert record.page_type == "article"
    assert record.text.split("\n") == body
    assert record.published == "2024-05-20"


def test_a_few_undated_titles_are_no_list():
    dump = "\n".join([*HEAD, *(title for title, _ in ITEMS), *FOOTER])
    assert clean_page(dump.encode("utf-8"), name="list.txt").page_type == "article"
