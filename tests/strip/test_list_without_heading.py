"""A list page with no heading of its own (only its trail names it): the headline search takes the line over the first
item's date for the headline; that item stays in the list, and the list is named by its trail, in HTML and in a dump."""

from __future__ import annotations

from pipeline import clean_page

TITLES = [f"关于做好第{day}批重点项目申报工作的通知" for day in range(1, 16)]
SITE = "某某市发展和改革委员会"


def _html() -> bytes:
    items = "".join(
        f'<li><a href="/art/2024/5/{day}/art_{day}.html">{title}</a><span>2024-05-{day:02d}</span></li>'
        for day, title in enumerate(TITLES, 1)
    )
    return f"""<html><head><title>{SITE}</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/tzgg">通知公告</a></div>
<div class="location">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<ul class="list">{items}</ul>
<div class="page">共15条 首页 上一页 1 下一页 尾页</div>
<div class="footer">版权所有：{SITE} 浙ICP备12345678号</div></body></html>""".encode()


def _dump() -> bytes:
    rows = [line for day, title in enumerate(TITLES, 1) for line in (title, f"2024-05-{day:02d}")]
    head = [SITE, "首页", "政务公开", "通知公告", "当前位置：首页 > 政务公开 > 通知公告"]
    tail = ["共15条 首页 上一页 1 下一页 尾页", f"版权所有：{SITE} 浙ICP备12345678号"]
    return "\n".join(head + rows + tail).encode("utf-8")


def test_the_first_item_stays_in_the_list_and_the_trail_names_it():
    for data, name in ((_html(), "page.html"), (_dump(), "page.txt")):
        record = clean_page(data, name=name)
        assert record.page_type == "list"
        assert record.text.split("\n") == TITLES  # every item, the pager left out
        assert record.title == "通知公告"
        assert record.published is None  # the items' dates are theirs


def test_a_list_under_its_own_heading_leaves_the_heading_out():
    html = _html().replace(b'<ul class="list">', "<h2>通知公告</h2><ul class='list'>".encode())
    html = html.replace(f"<title>{SITE}</title>".encode(), f"<title>通知公告_{SITE}</title>".encode())
    record = clean_page(html, name="page.html")
    assert record.title.startswith("通知公告")  # the heading (as shown, with its date), not another step of the trail
    assert record.text.split("\n") == TITLES


def test_a_list_heading_with_its_count_is_still_left_out():
    html = _html().replace(b'<ul class="list">', "<h2>通知公告(15)</h2><ul class='list'>".encode())
    html = html.replace(f"<title>{SITE}</title>".encode(), f"<title>通知公告_{SITE}</title>".encode())
    assert clean_page(html, name="page.html").text.split("\n") == TITLES


def _dump_with(heading: list[str], rows: list[str]) -> bytes:
    head = [SITE, "首页", "政务公开", "通知公告", "当前位置：首页 > 政务公开 > 通知公告"]
    tail = ["共15条 首页 上一页 1 下一页 尾页", f"版权所有：{SITE} 浙ICP备12345678号"]
    return "\n".join(head + heading + rows + tail).encode("utf-8")


def test_a_dump_lists_own_heading_over_dated_rows_is_not_an_item():
    """Rows of a date over its title: the line over the first date is the list's heading, not its first item; a
    heading the trail names stays the title whatever the rows."""
    date_first = [line for day, title in enumerate(TITLES, 1) for line in (f"2024-05-{day:02d}", title)]
    title_first = [line for day, title in enumerate(TITLES, 1) for line in (title, f"2024-05-{day:02d}")]
    for heading, rows in (
        (["重点项目申报通知汇总"], date_first),
        (["通知公告"], date_first),
        (["通知公告", "2024-06-01"], title_first),
    ):
        record = clean_page(_dump_with(heading, rows), name="page.txt")
        assert record.page_type == "list"
        assert record.title == heading[0]
        assert record.text.split("\n") == TITLES


def test_an_html_lists_dated_heading_is_not_an_item():
    html = _html().replace(b'<ul class="list">', '<div class="list"><h3>通知公告 2024-06-01</h3><ul>'.encode())
    html = html.replace(b'</ul>\n<div class="page">', b'</ul></div>\n<div class="page">')
    record = clean_page(html, name="page.html")
    assert record.title.startswith("通知公告")  # the heading (as shown, with its date), not another step of the trail
    assert record.text.split("\n") == TITLES


def test_html_rows_of_a_date_then_its_title_give_titles_and_the_trail_names_the_list():
    """<li><span>2024-05-01</span><a>关于…</a></li>: the dates before the titles are cut as those after them are, and
    the first row, taken for the headline with its date or as its date alone, stays the first item."""
    for between in ("", " ", "\n"):
        items = "".join(
            f"<li><span>2024-05-{day:02d}</span>{between}<a href='/art_{day}.html'>{title}</a></li>"
            for day, title in enumerate(TITLES, 1)
        )
        html = _html().replace(_html().split(b'<ul class="list">')[1].split(b"</ul>")[0], items.encode())
        record = clean_page(html, name="page.html")
        assert record.page_type == "list"
        assert record.text.split("\n") == TITLES
        assert record.title == "通知公告"


def test_a_titles_own_numbers_at_its_start_are_not_a_date():
    items = "".join(f"<li><a href='/n{day}.html'>9/11 report: terror threat number {day}</a></li>" for day in range(15))
    html = f"<html><head><title>Reports</title></head><body><h1>Reports</h1><ul>{items}</ul></body></html>"
    record = clean_page(html.encode(), name="page.html")
    assert record.page_type == "list"
    assert all(line.startswith("9/11 report") for line in record.text.split("\n"))
