"""Site names as Chinese portals write them in the <title> and on links to their home page."""

from __future__ import annotations

import pytest

from pipeline.meta.section import title_site
from tests.meta.helpers import html_page, run_meta

PROSE = "<p>" + "八岁的儿子在景区失联后，家人和救援人员连续搜寻了一个月，仍然没有找到他的下落。" * 3 + "</p>"


@pytest.mark.parametrize(
    ("title", "headline", "site"),
    [
        ("新年伊始，重要文章谈了啥？_中南海_澎湃新闻-The Paper", "新年伊始，重要文章谈了啥？", "澎湃新闻"),
        ("第二场新闻发布会_中国载人航天官方网站", "第二场新闻发布会", "中国载人航天"),
        ("剪“廉洁窗花” 过廉洁之年 河南日报网-河南日报官方网站", "剪“廉洁窗花” 过廉洁之年", "河南日报网"),
        ("Breaking news - Site Name", "Breaking news", "Site Name"),
        ("论乡村振兴的三个维度_理论中国网_2022年第4期", "论乡村振兴的三个维度", "理论中国网"),  # an issue, no name
    ],
)
def test_the_site_segment_of_a_title(title: str, headline: str, site: str) -> None:
    assert title_site(title, headline) == site


def test_a_logo_that_links_home_names_the_site_without_its_prompt() -> None:
    body = "<div class='logo'><a href='https://www.example.com/'><img src='logo.png' alt='到百度首页'></a></div>"
    body += "<h1>日本最后一家传呼机公司停止服务</h1><div>2019-09-30 22:46</div>" + PROSE
    page = run_meta(html_page(body, title="日本最后一家传呼机公司停止服务"), url="https://www.example.com/s?id=1")
    assert page.record.site_name == "百度"


def test_a_home_page_tab_is_not_the_site() -> None:
    body = "<div class='nav'><a href='https://www.example.cn/'>精选</a><a href='/list_1'>时事</a></div>"
    body += "<h1>海螺沟寻子一个月</h1><div>2019-09-09 16:01 来源：南方都市报</div>" + PROSE
    page = run_meta(html_page(body, title="海螺沟寻子一个月_时事_澎湃新闻-The Paper"), url="https://www.example.cn/a/1")
    assert page.record.site_name == "澎湃新闻"


def test_a_korean_page_with_labels_after_its_dates_and_a_kicker_in_its_title() -> None:
    body = (
        "<div class='nav'><a href='https://www.example.kr/'>홈으로 바로가기</a></div><h1>큰 나무의 태풍 대비 전략</h1>"
        "<div>2022.09.06 03:00 입력</div><div>2022.09.06 03:03 수정</div>"
        "<p>" + "태풍이 지나간 뒤 마을의 큰 나무들은 대부분 제자리를 지키고 있었다. " * 5 + "</p>"
    )
    title = "[고규홍의 큰 나무 이야기] 큰 나무의 태풍 대비 전략 - 경향신문"
    record = run_meta(html_page(body, title=title), url="https://www.example.kr/article/1").record
    assert record.published == "2022-09-06T03:00"
    assert record.source is None  # "입력" (entered) and "수정" (modified) label the dates
    assert record.site_name == "경향신문"


def test_a_short_title_word_inside_the_name_of_the_body_running_the_site_gives_that_name():
    """A dump of "中华人民共和国监察法-纪检" (the office's field), its footer naming "主办单位：山西医科大学纪检监察室";
    a short name of its own at the end of the <title> ("…-新浪") stays the site's."""
    lines = ["中华人民共和国监察法-纪检", "首页", "中华人民共和国监察法", "发布时间: 2018-05-17", PROSE[3:-4]]
    footer = ["主办单位：山西医科大学纪检监察室 版权所有", "地址：太原市新建南路56号"]
    assert run_meta("\n".join(lines + footer), name="page.txt").record.site_name == "山西医科大学纪检监察室"
    lines[0] = "中华人民共和国监察法-新浪"
    footer[0] = "Copyright © 1996-2024 SINA Corporation 新浪公司 版权所有"
    assert run_meta("\n".join(lines + footer), name="page.txt").record.site_name == "新浪"
