"""Dates: written forms, precision as shown, crawl limit, copyright years, URLs."""

from __future__ import annotations

import datetime as dt

from pipeline.meta.bylines import read_byline
from pipeline.meta.dates import find_dates, iso_from_parts, parse_machine_date, plausible, url_date
from tests.meta.helpers import html_page, run_meta


def test_labelled_government_date_is_the_day_shown():
    # trafilatura turns this into 2021-01-01
    credits = read_byline(["丽水市政协绘就精彩履职画卷", "发布时间：2021年02月20日 来源：联谊报"], 0)
    assert credits.best_date() == "2021-02-20"


def test_precision_is_what_the_page_shows():
    assert [f.iso for f in find_dates("2024-05-09 22:27:02")] == ["2024-05-09T22:27:02"]
    assert [f.iso for f in find_dates("2004年7月16日08:19")] == ["2004-07-16T08:19"]
    assert [f.iso for f in find_dates("发布日期：2022年01月28日")] == ["2022-01-28"]
    assert [f.iso for f in find_dates("2005年09月07日 11:57 PM")] == ["2005-09-07T23:57"]
    assert [f.iso for f in find_dates("2023年10月2日星期一 13点56分")] == ["2023-10-02T13:56"]
    assert [f.iso for f in find_dates("2005.08.2605:39")] == ["2005-08-26T05:39"]  # day and hour glued


def test_chinese_numeral_dates():
    assert [f.iso for f in find_dates("二〇二一年二月二十日")] == ["2021-02-20"]
    assert [f.iso for f in find_dates("二〇一九年十二月三十一日印发")] == ["2019-12-31"]


def test_english_and_german_written_dates():
    assert [f.iso for f in find_dates("Published January 23, 2020")] == ["2020-01-23"]
    assert [f.iso for f in find_dates("23. Januar 2020 um 10:30 Uhr")] == ["2020-01-23T10:30"]
    assert [f.iso for f in find_dates("Stand: 12.12.2019")] == ["2019-12-12"]


def test_invalid_dates_are_not_dates():
    assert find_dates("2021-02-30") == []
    assert iso_from_parts(2021, 13, 1) is None


def test_machine_dates_keep_the_time_and_drop_the_zone():
    assert parse_machine_date("2024-05-09T22:27:02+08:00") == "2024-05-09T22:27:02"
    assert parse_machine_date("2020-01-23") == "2020-01-23"
    assert parse_machine_date("20200123") == "2020-01-23"


def test_url_dates():
    assert url_date("https://news.youth.cn/gj/202405/t20240520_15263156.htm") == "2024-05-20"
    assert url_date("https://politics.gmw.cn/2024-05/13/content_37319243.htm") == "2024-05-13"
    assert url_date("http://www.news.cn/politics/20240509/3dd6e33c/c.html") == "2024-05-09"
    assert url_date("http://health.people.com.cn/n1/2024/0517/c14739-40237861.html") == "2024-05-17"
    assert url_date("https://example.com/article/123456") is None


def test_a_date_in_the_url_is_used_when_the_page_states_none():
    page = run_meta(
        html_page("<h1>新闻标题</h1><p>正文内容很长。</p>", title="新闻标题_网站"),
        url="https://a.example.cn/c/2021-02/20/content_1.htm",
    )
    assert page.record.published == "2021-02-20"


def test_future_dates_are_rejected():
    limit = dt.date(2024, 5, 1)
    assert plausible("2024-05-01", limit)
    assert not plausible("2024-06-01", limit)
    body = "<h1>标题在此</h1><p>发布时间：2030年01月01日</p><p>正文。</p>"
    page = run_meta(html_page(body, title="标题在此_站名"), fetched_at="2024-05-01T08:00:00Z")
    assert page.record.published is None


def test_copyright_years_are_not_publish_dates():
    body = "<h1>一个没有日期的页面</h1><p>这是正文，没有日期。</p><div>Copyright © 2021-2024 某某网 版权所有</div>"
    page = run_meta(html_page(body, title="一个没有日期的页面_某某网"))
    assert page.record.published is None


def test_publish_date_preferred_over_update_date():
    credits = read_byline(["标题", "更新时间：2021-03-01 10:00", "发布时间：2021-02-20 09:00"], 0)
    assert credits.best_date() == "2021-02-20T09:00"


def test_comment_timestamps_are_not_the_date():
    body = (
        "<h1>一篇文章的标题</h1><p>2020-05-01 10:00 来源：某某日报</p><p>正文很长，讲了一件事。</p>"
        "<div>网友评论</div><p>回复 2024-01-01 12:00 好文章</p>"
    )
    page = run_meta(html_page(body, title="一篇文章的标题_某某网"))
    assert page.record.published == "2020-05-01T10:00"


def test_meta_tag_date_when_the_page_shows_none():
    head = '<meta property="article:published_time" content="2019-12-12T08:30:00+01:00">'
    page = run_meta(
        html_page("<h1>Headline here</h1><p>Some text of the article.</p>", title="Headline here", head=head)
    )
    assert page.record.published == "2019-12-12T08:30:00"


def test_the_page_local_day_wins_over_a_utc_timestamp():
    head = '<meta property="article:published_time" content="2021-11-04T23:00Z">'
    body = "<h1>Headline of the page</h1><p>Text of the article.</p><p>Updated 05.11.2021</p>"
    page = run_meta(html_page(body, title="Headline of the page", head=head))
    assert page.record.published[:10] == "2021-11-05"
    # a UTC hour late in the evening, alone: a local midnight east of UTC, stored in UTC
    assert parse_machine_date("2022-11-06T23:00:00.000Z") == "2022-11-07"
    assert parse_machine_date("2021-12-14T15:41:07+01:00") == "2021-12-14T15:41:07"


def test_an_unlabelled_date_by_the_headline_beats_the_head():
    head = '<meta name="pubdate" content="2021-12-14T15:41:07+01:00">'
    body = "<h1>iPhone 14: Warum sich das Warten lohnt</h1><p>04.02.2022 | 15:33 Uhr</p><p>Text.</p>"
    page = run_meta(html_page(body, title="iPhone 14: Warum sich das Warten lohnt - Macwelt", head=head))
    assert page.record.published == "2022-02-04T15:33"


def test_relative_date_with_the_exact_one_in_a_tooltip():
    body = (
        "<h1>解决新项目npm依赖报错</h1><p><a>my38778570 的个人博客</a> / 37 / "
        '<a>创建于 <span title="2023-05-28 10:28:25">11个月前</span></a></p><p>正文。</p>'
    )
    page = run_meta(html_page(body, title="解决新项目npm依赖报错 | Vue.js 技术论坛"))
    assert page.record.published == "2023-05-28T10:28:25"


def test_ctime_dates_of_meta_tags():
    assert parse_machine_date("Mon Oct 11 14:57:21 CEST 2021") == "2021-10-11T14:57:21"


def test_an_edit_date_dates_a_page_with_nothing_else():
    body = "<h1>当地情况如何？</h1><p>答主</p><p>这是确实有震感。</p><p>编辑于 2023-03-01 15:45・IP 属地北京</p>"
    page = run_meta(html_page(body, title="当地情况如何？ - 知乎"))
    assert page.record.published == "2023-03-01T15:45"


def test_a_citation_box_retrieval_date_is_not_the_publish_date():
    credits = read_byline(["Flint flake tool (2019, October 22)", "retrieved 20 January 2020"], 0)
    assert credits.best_date() is None


def test_european_dates_with_their_clock_and_unambiguous_slashes():
    assert [d.iso for d in find_dates("Publié le 14/05/2024 à 18h05")] == ["2024-05-14T18:05"]
    assert [d.iso for d in find_dates("13.05.2024 a las 12:30")] == ["2024-05-13T12:30"]
    assert [d.iso for d in find_dates("Stand: 13.05.2024, 9.30 Uhr")] == ["2024-05-13T09:30"]
    assert [d.iso for d in find_dates("05/14/2024 10:30 AM")] == ["2024-05-14T10:30"]  # month first: 14 is the day
    assert find_dates("05/04/2024") == []  # 5 April or 4 May: not guessed
