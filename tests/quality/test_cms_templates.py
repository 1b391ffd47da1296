"""Pages built on the templates of common Chinese CMSs and portals, read the way a user reads them.

The pages under tests/data/cms are of our own making (no corpus page copied), modelled on the markup
conventions of TRS provincial portals, gov.cn policy documents, city and county portals, people.com.cn,
xinhuanet, 163, sina, sohu, CPPCC sites, digital party newspapers, a Big5 Taiwan news page, a WeChat
article copy and an English news site, plus text dumps of some of the same kinds and of a Hong Kong page
in traditional characters; then thepaper, ifeng, chinanews, gmw, cctv, a county media centre, a 政务公开
document with its info table and attachments, 人大 and 纪委监委 sites, a university news page, a Discuz!
thread, a Baijiahao article, a notice dated only by its signature in Chinese numerals, headlines with a
kicker and a subtitle, a paginated article and a GBK page without any charset; then dumps of a 163 page,
a 政务公开 list, comments, a gallery, a video, an interview, a Taiwan paper, page 2 of an article, and
English, German, French and Spanish news, blog and press-release pages; then government pages: a county
领导活动 article, a 政策解读, a 新闻发布会 transcript, a notice with attachments and contacts, a 征求意见
notice, a 人事任免 table, a 统计公报 with data tables, an old site laid out in nested tables, a 图片新闻, a
政务公开 page that is only a PDF link, a 12345 hotline reply and a 人大 page dated by its URL. Their expected values
(tests/data/cms/expected.json) were written by hand from the pages: an independent check of rules that
were tuned on the dev corpus. Each field of each page is its own case, so a known gap (marked xfail with
its reason) hides nothing else.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache

import pytest

from pipeline import clean_page
from pipeline.meta.bylines import leading_byline, looks_like_person, read_byline
from pipeline.meta.dates import url_date
from pipeline.meta.patterns import COUNTER, IGNORED_DATE_CONTEXT, is_metadata_line
from pipeline.meta.section import last_category, title_site
from pipeline.meta.view import join_split_dates
from pipeline.record import Record
from pipeline.strip.lines import dump_rows
from pipeline.strip.patterns import (
    ATTACHMENT_LINE,
    CONTACT_LINE,
    CONTROL_LINE,
    FOOTER_ANYWHERE,
    FOOTER_START,
    NOTICE_LINE,
    ROLE_NAMES_LINE,
)
from tests.builders import DATA

CMS = DATA / "cms"
EXPECTED: dict[str, dict] = json.loads((CMS / "expected.json").read_text(encoding="utf-8"))
SCALAR_FIELDS = ("title", "published", "source", "section", "site_name", "page_type")
NAME_FIELDS = ("authors", "editors")

# (page, field) -> why no general rule gets it right (strict: a fix makes the case fail until removed here).
KNOWN_GAPS: dict[tuple[str, str], str] = {}


@cache
def record_of(name: str) -> Record:
    return clean_page((CMS / name).read_bytes(), name=name, url=EXPECTED[name]["url"])


def _norm(value: str | None) -> str | None:
    """NFKC and collapsed spaces, as the scoring of ../shared/bench compares strings."""
    if value is None:
        return None
    return " ".join(unicodedata.normalize("NFKC", value).split())


def _cases(fields: tuple[str, ...]) -> list:
    cases = []
    for name in EXPECTED:
        for field in fields:
            gap = KNOWN_GAPS.get((name, field))
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            cases.append(pytest.param(name, field, marks=marks, id=f"{name}-{field}"))
    return cases


def test_every_fixture_has_expectations():
    pages = {path.name for path in CMS.iterdir() if path.suffix in (".html", ".txt")}
    assert pages == set(EXPECTED)


@pytest.mark.parametrize(("name", "field"), _cases(SCALAR_FIELDS))
def test_scalar_field(name: str, field: str):
    got = getattr(record_of(name), field)
    want = EXPECTED[name][field]
    assert _norm(got) == _norm(want), f"{name} {field}: got {got!r}, want {want!r}"


@pytest.mark.parametrize(("name", "field"), _cases(NAME_FIELDS))
def test_names(name: str, field: str):
    got = getattr(record_of(name), field)
    want = EXPECTED[name][field]
    assert {_norm(n) for n in got} == {_norm(n) for n in want}, f"{name} {field}: got {got!r}, want {want!r}"


@pytest.mark.parametrize(("name", "field"), _cases(("text",)))
def test_main_text(name: str, field: str):
    """The first and last paragraphs are in the text; navigation, controls, bylines and footers are not."""
    text = _norm(record_of(name).text) or ""
    expected = EXPECTED[name]
    problems = [
        f"missing {key}: {expected[key]!r}"
        for key in ("first_paragraph", "last_paragraph")
        if _norm(expected[key]) not in text
    ]
    problems += [f"boilerplate kept: {junk!r}" for junk in expected["not_in_text"] if _norm(junk) in text]
    assert not problems, f"{name}: " + "; ".join(problems) + f"\n--- text ---\n{record_of(name).text}"


# The general rules the fixtures above led to, with the near misses they must leave alone.
@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("记者 刘洋", True),
        ("编辑 杨娟 校对 王心", True),
        ("本报记者 程远州 范昊天", True),
        ("新京报记者 彭冲", True),
        ("记者从长江经济带生态环境保护工作推进会获悉", False),
        ("编辑推荐", False),
        ("文化建设", False),
    ],
)
def test_role_and_names_line(line: str, credit: bool):
    assert bool(ROLE_NAMES_LINE.match(line)) is credit


@pytest.mark.parametrize(
    ("line", "metadata"),
    [
        ("【我要纠错】 责任编辑：刘亮", True),
        ("【来源：新华网】", True),
        ("發佈時間：2024-03-05 10:21 來源：香港文匯網", True),
        ("【重要提示】请广大市民注意出行安全。", False),
        ("《光明日报》（ 2024年05月12日 04版）", True),
        ("《人民日报》（2024年05月12日 第 07 版）", True),
        ("《红楼梦》（2024年5月1日 修订版）", False),
    ],
)
def test_metadata_lines(line: str, metadata: bool):
    assert is_metadata_line(line) is metadata


def test_counter_without_its_script_value_leaves_the_date():
    line = "来源：江苏政协 发布日期：2023-06-12 浏览次数： 【字体：大 中 小】"
    assert not IGNORED_DATE_CONTEXT.search(COUNTER.sub("", line))
    assert IGNORED_DATE_CONTEXT.search(COUNTER.sub("", "最后访问 2023-06-12"))


def test_date_printed_in_pieces_is_one_line():
    lines = ["首页", "2024", "03/05", "10:21:35", "来源：新华网"]
    assert join_split_dates(lines) == ["首页", "2024 03/05 10:21:35", "来源：新华网"]
    unchanged = ["2024", "年度报告", "03/05"]
    assert join_split_dates(unchanged) is unchanged


def test_taiwan_byline_and_place():
    assert leading_byline("〔記者王小明／花蓮報導〕台鐵局宣布，春季旅遊旺季期間將加開列車。") == (["王小明"], [])
    assert leading_byline("本报讯（记者 刘建 通讯员 杨晓梅）近日，") == (["刘建", "杨晓梅"], [])


def test_titles_with_digits_are_not_handles():
    assert not looks_like_person("关于2024年度市级机关公开遴选公务员的公告")
    assert looks_like_person("5点半的Allen")


def test_outlet_and_role_over_the_names_but_not_a_sentence():
    lines = ["示范区再推一批制度创新成果", "澎湃新闻记者 张静", "2024-05-12 10:21"]
    assert read_byline(lines, 0).best_authors() == ["张静"]
    lines = [
        "示范区再推一批制度创新成果",
        "2024-05-12 10:21",
        "澎湃新闻记者从发布会上获悉，示范区已累计形成成果136项。",
    ]
    assert read_byline(lines, 0).best_authors() == []


def test_disclosure_table_over_the_headline():
    cells = ["索引号：", "113306/2024-123456", "发布机构：", "绍兴市人民政府办公室", "生成日期：", "2024-05-10"]
    credits = read_byline([*cells, "关于印发城乡环境综合整治工作方案的通知", "各区、县（市）人民政府："], len(cells))
    assert credits.best_source() == "绍兴市人民政府办公室"
    assert credits.best_date() == "2024-05-10"
    lone = ["发布机构：", "绍兴市人民政府办公室", "关于印发城乡环境综合整治工作方案的通知"]
    assert read_byline(lone, 2).best_source() is None  # one label cell is no table


def test_crumb_step_inside_the_headline_is_a_category():
    assert last_category(["首页", "文化频道", "文化遗产"], "让文化遗产在新时代焕发新活力") == "文化遗产"
    assert last_category(["首页", "方法与规范", "第一编"], "第一编 古代") == "方法与规范"


def test_site_domain_after_its_name():
    assert title_site("多部门部署三夏生产_新闻频道_央视网(cctv.com)", "多部门部署三夏生产") == "央视网"


@pytest.mark.parametrize(
    ("line", "attachment"),
    [
        ("附件：1. 绍兴市2024年城乡环境综合整治工作方案.doc", True),
        ("2. 2024年城乡环境综合整治重点任务分解表.xls", True),
        ("附件2：申报表.pdf", True),
        ("2024年工作要点.pdf", False),  # a bare file link: a download list's item
        ("2. 强化隐患排查整治。", False),
    ],
)
def test_attachment_line(line: str, attachment: bool):
    assert bool(ATTACHMENT_LINE.match(line)) is attachment


def _footer(text: str) -> bool:
    return bool(FOOTER_ANYWHERE.search(text) or FOOTER_START.match(text))


def test_forum_software_footer_and_reply_box():
    assert _footer("Powered by Discuz! X3.4")
    assert _footer("GMT+8, 2024-5-12 08:30 , Processed in 0.051482 second(s), 26 queries .")
    assert NOTICE_LINE.search("您需要登录后才可以回帖 登录 | 立即注册")
    assert not _footer("The plant, powered by wind and sun, opened in May.")


def test_interview_question_is_no_author():
    lines = [
        "专访市文化和旅游局局长",
        "2024-05-08 07:20 来源：无锡日报 作者：记者 顾晓燕",
        "记者：今年文旅市场有哪些新特点？",
    ]
    assert read_byline(lines, 0).best_authors() == ["顾晓燕"]
    assert read_byline(["标题", "记者：顾晓燕", "正文"], 0).best_authors() == ["顾晓燕"]


def test_pager_under_the_byline_is_no_author():
    lines = ["长三角一体化发展取得新进展", "2024-05-22 06:40:15 来源：解放日报 作者：记者 张骏", "第2页", "正文。"]
    assert read_byline(lines, 0).best_authors() == ["张骏"]


def test_word_after_a_date_is_an_outlet_only_when_no_clock_or_label():
    for line in ("Veröffentlicht: 17.01.2024, 11:48 Uhr", "Posted on March 28, 2024By Jenny Marsh"):
        assert read_byline(["Headline", line, "Body text."], 0).best_source() is None
    assert read_byline(["标题", "2024-05-20 14:33·新华社", "正文。"], 0).best_source() == "新华社"


@pytest.mark.parametrize(
    ("line", "control"),
    [
        ("用微信扫码二维码", True),
        ("分享至好友和朋友圈", True),
        ("用微信扫码支付水费更方便", False),
    ],
)
def test_share_widget_lines(line: str, control: bool):
    assert bool(CONTROL_LINE.match(line)) is control


def test_transcript_turns_and_notice_contacts_stay_text():
    """A press conference's 记者（媒体）： turns are its text, not bylines; a notice's contacts close it."""
    transcript = _norm(record_of("dump_press_conference.txt").text) or ""
    assert "记者(洛阳日报):请问一季度工业生产有哪些特点?" in transcript
    notice = record_of("notice_attachments.html")
    assert "联系人:王晓东" in (_norm(notice.text) or "")
    assert "附件:1. 2024年度市级科技计划项目申报指南.docx" in (_norm(notice.text) or "")


def test_table_rows_stay_lines_with_their_empty_cells():
    bulletin = record_of("dump_stats_bulletin.txt").text.split("\n")
    assert {"产品名称 单位 产量 比上年增长%", "油料 万吨 5.1 -0.8", "机制纸及纸板 万吨 318.6 7.4"} <= set(bulletin)
    appointments = record_of("personnel_table.html").text.split("\n")
    assert "李春燕 | 宿迁市水利局局长 |" in appointments  # appointed: the 免职 cell is empty
    assert "陈建华 | | 宿迁市审计局副局长（退休）" in appointments  # removed: the 任职 cell is empty


def test_data_rows_of_a_dump_but_not_a_pager():
    _, link_rows, _, table_rows = dump_rows(["首页\t1\t2\t3\t下一页", "指标\t单位\t数值", "GDP\t亿元\t2125.1"])
    assert table_rows == {1, 2}
    assert 0 in link_rows and 0 not in table_rows
    announced = [
        "经市政府研究决定，任免下列同志职务：",
        "姓名\t任职\t免职",
        "孙立军\t应急管理局局长\t林业局局长",
        "正文。",
    ]
    assert dump_rows(announced)[3] == {1, 2}
    menu = ["当前位置：", "首页\t政务公开\t政务服务"]  # a colon, but no sentence announcing a table
    assert dump_rows(menu)[3] == frozenset()


@pytest.mark.parametrize(
    ("line", "contact"),
    [
        ("联系人：赵敏", True),
        ("联系电话：0825-2223456", True),
        ("主办单位：遂宁市教育和体育局 联系电话：0825-2221000 蜀ICP备05007777号", False),
        ("联系电话：请拨打各县区教育局的咨询电话，工作日上午9时至下午5时均可。", False),
    ],
)
def test_notice_contact_line(line: str, contact: bool):
    assert bool(CONTACT_LINE.match(line)) is contact


def test_unpadded_url_date():
    assert url_date("http://www.tzrd.gov.cn/art/2024/4/25/art_1229_3456789.html") == "2024-04-25"
    assert url_date("http://example.gov.cn/art/2024/13/5/art_1.html") is None
    assert url_date("http://example.gov.cn/list/2024/4/") is None  # a month's archive, no day


def test_joint_issuing_offices_but_not_a_widget():
    lines = ["2023年统计公报", "发布时间：2024-03-15 来源：衢州市统计局 国家统计局衢州调查队", "正文。"]
    assert read_byline(lines, 0).best_source() == "衢州市统计局 国家统计局衢州调查队"
    lines = ["标题", "2024-03-15 来源：网易商业报道 发表评论", "正文。"]
    assert read_byline(lines, 0).best_source() == "网易商业报道"


def test_hotline_reply_dates_the_page_not_the_letter():
    lines = [
        "关于噪音扰民问题的回复",
        "来信时间：2024-04-02 21:15",
        "回复单位：芜湖市城市管理局",
        "回复时间：2024-04-07 16:30",
    ]
    credits = read_byline(lines, 0)
    assert credits.best_date() == "2024-04-07T16:30"
    assert credits.best_source() == "芜湖市城市管理局"
    assert IGNORED_DATE_CONTEXT.search("最后回复时间：2024-04-07 16:30")
