"""Lines portals put in or around the article that are not its text: account and date lines of reposts, widget
rows, gallery and topic links, end-of-article prompts, icon-font glyphs. Whole pages run through the pipeline."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.meta.patterns import is_metadata_line
from pipeline.text import join_paragraphs, normalise_line

PARAGRAPHS = [
    "8岁儿子在四川海螺沟景区失联的第32天，9月2日，温先生启程返回湖北十堰。",
    "他上次坐火车，是8月2日下午接到孩子妈妈的电话后连夜赶往现场。那时候他觉得，火车到站前，应该就能找到。",
    "搜救持续了一个月，当地组织了上千人次进山搜寻，仍然没有找到孩子的下落。",
]


def _page(before: str = "", after: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<html><head><meta charset='utf-8'><title>海螺沟寻子一个月_新闻</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a></div><h1>海螺沟寻子一个月</h1>"
        f"<div class='article'>{before}{body}{after}</div><div class='footer'>版权所有 某某网</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "line",
    [
        "原创 南方都市报 2019-09-09 16:01:46",
        "华夏人文 2020-03-09 18:14:21",
        "金融市场棱镜2019-09-23 07:48",
        "来源于：东区办事处",
        "发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星",
        "图集",
        "1032人参与308评论",
        "调整字体",
        "功能介绍",
        "设为首页 | 加入收藏夹",
        "点击进入“文艺星青年”>>",
        "安装新浪财经客户端第一时间接收最全面的市场资讯→【下载地址】",
        "http://www.sina.net 2005年03月21日 11:21 《理财周刊》",
    ],
)
def test_an_account_date_or_widget_line_over_the_text_is_dropped(line: str) -> None:
    record = pipeline.clean_page(_page(before=f"<p>{line}</p>"), name="a.html")
    assert record.text.split("\n") == PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "点击进入专题：",
        "正文已结束，您可以按alt+4进行评论",
        "看都看完了，点【在看】试试",
        "点个在看，你最好看",
        "- THE END -",
        "本文为CSDN原创文章，未经允许不得转载，如需转载请联系market#csdn.net(#换成@)",
        "（完）",
        "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，"
        "澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。",
        "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of "
        "NetEase Hao, which is a social media platform and only provides information storage services.",
        "没有更多了",
        "已经到底了~",
        "最新报道",  # a related list's header, its list left out
        "相关资讯请关注:逆水寒专区",
        "图片均来自网络",
    ],
)
def test_a_closing_prompt_under_the_text_is_dropped(line: str) -> None:
    record = pipeline.clean_page(_page(after=f"<p>{line}</p>"), name="a.html")
    assert record.text.split("\n") == PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "会议于2019-09-09 16:01召开，各方代表出席。",
        "首页 | 新闻 | 2019年工作报告",
        "2019年9月9日，记者来到现场。",
        "1 | 2021-03-05 | 召开会议",  # a data table's row: its cells are joined by bars too
        "2021-01-01 | 15.3% | 246.79亿元",
    ],
)
def test_sentences_and_menus_are_not_metadata_lines(line: str) -> None:
    assert not is_metadata_line(line)


def test_icon_font_glyphs_standing_apart_are_removed() -> None:
    assert normalise_line("\ue621 发布含光800芯片时") == "发布含光800芯片时"
    assert normalise_line("全文完。\ue004") == "全文完。"
    assert normalise_line("\ue004") == ""
    assert join_paragraphs(["\ue621 发布会现场", "正文。"]) == "发布会现场\n正文。"


def test_a_private_use_character_touching_a_word_is_kept() -> None:
    # Legacy Chinese encodings map rare characters to the private-use area: one between two characters stays.
    assert normalise_line("张\ue000三说") == "张\ue000三说"
    assert normalise_line("记者 王\ue123") == "记者 王\ue123"  # at the line's end, but touching the name


def test_a_long_paragraph_that_mentions_a_copyright_stays() -> None:
    # The longer limit is for a platform's disclaimer only: a footer word in a paragraph of 100+ characters is prose.
    line = "法院审理认为，被告在其网站上使用原告享有版权所有的作品，" * 4 + "构成侵权，判决赔偿经济损失。"
    record = pipeline.clean_page(_page(after=f"<p>{line}</p>"), name="a.html")
    assert record.text.split("\n") == [*PARAGRAPHS, line]


@pytest.mark.parametrize(
    "line",
    [
        "点击进入页面后，用户需要先完成实名认证。",
        "点击查看的次数比去年多了三成。",
        "市民可下载“i深圳”APP预约办理相关业务。",
    ],
)
def test_sentences_about_clicks_and_apps_stay(line: str) -> None:
    record = pipeline.clean_page(_page(after=f"<p>{line}</p>"), name="a.html")
    assert record.text.split("\n") == [*PARAGRAPHS, line]


def test_a_link_home_closing_the_last_paragraph_goes() -> None:
    last = PARAGRAPHS[-1]
    page = _page().replace(f"<p>{last}</p>".encode(), f"<p>{last}<a href='/'>返回腾讯网首页>></a></p>".encode())
    assert pipeline.clean_page(page, name="a.html").text.split("\n") == PARAGRAPHS


def test_a_data_table_with_a_date_column_keeps_its_rows() -> None:
    rows = "".join(f"<tr><td>{i}</td><td>2021-03-0{i}</td><td>召开第{i}次专题会议</td></tr>" for i in range(1, 6))
    page = _page(after=f"<table>{rows}</table>")
    lines = pipeline.clean_page(page, name="a.html").text.split("\n")
    assert lines == [*PARAGRAPHS, *(f"{i} | 2021-03-0{i} | 召开第{i}次专题会议" for i in range(1, 6))]


def test_a_sentence_ending_with_the_words_of_a_home_link_stays() -> None:
    line = "完成设置后，用户可点击右上角返回首页"
    record = pipeline.clean_page(_page(after=f"<p>{line}</p>"), name="a.html")
    assert record.text.split("\n")[-1] == line


INFO_TABLE = (
    "<table class='xxgk'><tr><td>索 引 号：</td><td>11330000002482870P/2024-00123</td></tr>"
    "<tr><td>发文机关：</td><td>某省人民政府办公厅</td></tr><tr><td>成文日期：</td><td>2024年03月01日</td></tr>"
    "<tr><td>发文字号：</td><td>某政办发〔2024〕5号</td></tr><tr><td>发布日期：</td><td>2024年03月05日</td></tr></table>"
)


def test_a_disclosure_pages_info_table_is_kept_whole() -> None:
    # The table over a 政府信息公开 document is the document's: its 发布日期 row too, though a byline row alike is not.
    record = pipeline.clean_page(_page(before=INFO_TABLE), name="a.html")
    assert record.text.split("\n")[:5] == [
        "索 引 号： 11330000002482870P/2024-00123",
        "发文机关： 某省人民政府办公厅",
        "成文日期： 2024年03月01日",
        "发文字号： 某政办发〔2024〕5号",
        "发布日期： 2024年03月05日",
    ]


def test_a_byline_table_on_a_news_page_is_still_metadata() -> None:
    byline = (
        "<table><tr><td>发布日期：</td><td>2024年03月05日</td></tr><tr><td>来源：</td><td>某某日报</td></tr></table>"
    )
    record = pipeline.clean_page(_page(before=byline), name="a.html")
    assert record.text.split("\n") == PARAGRAPHS
