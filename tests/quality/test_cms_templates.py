"""Pages built on the templates of common Chinese CMSs and portals, read the way a user reads them.

The pages under tests/data/cms are of our own making (no corpus page copied), modelled on the markup
conventions of TRS provincial portals, gov.cn policy documents, city and county portals, people.com.cn,
xinhuanet, 163, sina, sohu, CPPCC sites, digital party newspapers, a Big5 Taiwan news page, a WeChat
article copy and an English news site, plus text dumps of some of the same kinds and of a Hong Kong page
in traditional characters. Their expected values
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
from pipeline.meta.bylines import leading_byline, looks_like_person
from pipeline.meta.patterns import COUNTER, IGNORED_DATE_CONTEXT, is_metadata_line
from pipeline.meta.view import join_split_dates
from pipeline.record import Record
from pipeline.strip.patterns import ROLE_NAMES_LINE
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
