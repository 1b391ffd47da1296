"""Per-site template learning (pipeline/strip/templates.py) on a synthetic government site of 20 pages
that share header, navigation, sidebar and footer (and, on some pages, a "相关链接" block) but differ
in body: through the API (learn, then clean_page with the templates) and through a batch run."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline import clean_page, run
from pipeline.process import default_steps, new_page, raw_page_from
from pipeline.readers.parse import decode_page
from pipeline.strip.templates import (
    MIN_SITE_PAGES,
    Observation,
    Templates,
    _SiteCounts,
    is_template_block,
    learn,
    line_hash,
    observe,
    site_key,
)

# --- the synthetic site -------------------------------------------------------------------------
# Text dumps (line 1 the <title>, then the visible lines), as a crawler that saves rendered text
# stores them. ``SitePage`` keeps which lines are the site's and which the article's, so the tests
# can check what templates remove.

SITE = "杭城市人民政府"
N_PAGES = 20

HEADER = [
    "杭城市人民政府门户网站",
    "无障碍浏览 长者模式",
    "登录 | 注册",
    "首页",
    "政务公开",
    "政务服务",
    "互动交流",
    "走进杭城",
    "数据开放",
    "奋力推进中国式现代化市域实践",
    "请输入关键字",
    "搜索",
]
SIDEBAR = [
    "热点专题",
    "学习贯彻党的二十大精神",
    "优化营商环境 杭城在行动",
    "2024年民生实事项目",
    "政策解读",
    "图解：杭城市2024年政府工作报告",
]
FOOTER = [
    "【打印本页】 【关闭窗口】",
    "网站地图 | 联系我们 | 隐私声明 | 使用帮助",
    "主办单位：杭城市人民政府办公室 承办单位：杭城市大数据发展管理局",
    "网站标识码：3399000001 浙ICP备12345678号-1 浙公网安备 33990002000001号",
    "建议使用1920×1080分辨率、IE10以上版本浏览器浏览本网站",
    "杭城发布",
    "政务微博",
    "扫一扫 关注杭城发布",
]
RELATED = [
    "相关链接",
    "国务院办公厅关于进一步优化政务服务提升行政效能的意见",
    "浙江省人民政府关于加快推进数字政府建设的实施意见",
    "杭城市“十四五”数字政府建设规划",
]
SECTIONS = ["政务动态", "部门动态", "区县动态", "通知公告"]

_DISTRICTS = ["上城区", "临江区", "西湖区", "滨湖区", "钱塘区", "富阳区", "临安区", "桐溪县", "淳安县", "建德市"]
_TOPICS = [
    ("老旧小区改造", "完成改造小区", "惠及居民"),
    ("城乡污水治理", "新建污水管网", "覆盖行政村"),
    ("营商环境优化", "压缩审批时限", "服务市场主体"),
    ("数字政府建设", "上线应用场景", "办件量"),
    ("养老服务体系", "新建居家养老服务中心", "服务老年人"),
    ("义务教育优质均衡", "新建改扩建学校", "新增学位"),
    ("安全生产大检查", "排查企业", "整改隐患"),
    ("乡村振兴示范带", "建成示范村", "带动农户增收"),
    ("公共文化服务", "新建城市书房", "开展文化活动"),
    ("交通治堵工程", "打通断头路", "优化公交线路"),
]
_ACTIONS = ["召开专题推进会", "开展实地督查调研", "印发实施方案", "组织专项攻坚行动", "召开新闻发布会"]
_VERBS = ["聚焦", "围绕", "紧扣", "坚持", "突出"]
_GOALS = ["群众急难愁盼问题", "高质量发展主线", "共同富裕示范目标", "基层治理现代化", "城市功能品质提升"]
_FIRST_HEADS = ["压实工作责任", "坚持问题导向", "突出重点攻坚", "健全推进机制", "强化统筹协调"]
_SECOND_HEADS = ["强化要素保障", "加强督查考核", "注重宣传引导", "深化改革创新"]
NOTICE_CLOSING = "特此通知。"  # a formula every notice ends with: article text, not template


@dataclass(frozen=True, slots=True)
class SitePage:
    """One page of the site: its file name, its dump text, and its lines by origin."""

    name: str
    headline: str
    dump: str
    site_lines: tuple[str, ...]  # header, sidebar, footer, related block: the same on many pages
    article_lines: tuple[str, ...]  # the body paragraphs and subheadings: this page only


def _body(i: int) -> tuple[str, list[str]]:
    district = _DISTRICTS[i % len(_DISTRICTS)]
    topic, measure, effect = _TOPICS[(i * 3) % len(_TOPICS)]
    action = _ACTIONS[i % len(_ACTIONS)]
    verb = _VERBS[(i + 1) % len(_VERBS)]
    goal = _GOALS[(i * 2) % len(_GOALS)]
    n1, n2, n3 = 12 + 7 * i, 3 + i, 150 + 37 * i
    headline = f"{district}{action}推进{topic}工作（第{i + 1}期）"
    body = [
        f"{1 + i % 12}月{1 + i}日，{district}{action}，{verb}{goal}，研究部署{topic}重点任务，"
        f"区委常委、副区长王{'明建华志强国伟'[i % 7]}出席并讲话。",
        f"会议指出，今年以来全区上下{verb}{goal}，{topic}取得阶段性成效，累计{measure}{n1}个，{effect}{n3}户（次），"
        f"群众满意度持续提升。",
        f"一、{_FIRST_HEADS[i % len(_FIRST_HEADS)]}，推动{topic}落地见效",
        f"各街道、各部门要把{topic}摆在突出位置，主要负责人亲自抓、负总责，建立周调度、月通报机制，"
        f"确保第{1 + i % 4}季度各项目标任务按期完成。",
        f"二、{_SECOND_HEADS[i % len(_SECOND_HEADS)]}，提升{topic}质效",
        f"{district}财政安排专项资金{n2 * 100 + 35}万元，统筹用地、人才等要素向{topic}倾斜，"
        f"对进度滞后的项目实行清单化管理、销号式推进。",
        f"下一步，{district}将持续深化{topic}，以更实举措、更优服务回应群众期盼，为全市大局贡献{district[:2]}力量。",
    ]
    if SECTIONS[i % len(SECTIONS)] == "通知公告":
        body.append(NOTICE_CLOSING)
    return headline, body


def build_site(n_pages: int = N_PAGES) -> list[SitePage]:
    """The site's pages, in order; page i carries the related block when i % 4 == 0."""
    pages = []
    for i in range(n_pages):
        headline, body = _body(i)
        section = SECTIONS[i % len(SECTIONS)]
        crumb = f"当前位置：首页 > 政务公开 > {section}"
        meta = f"发布时间：2024-0{1 + i % 9}-{10 + i:02d} 来源：{SITE}办公室 字号：[ 大 中 小 ]"
        related = RELATED if i % 4 == 0 else []
        lines = [f"{headline}_{section}_{SITE}", *HEADER, crumb, headline, meta, *body, *related, *SIDEBAR, *FOOTER]
        site_lines = (*HEADER, *SIDEBAR, *FOOTER, *related)
        pages.append(SitePage(f"page_{i:02d}.txt", headline, "\n".join(lines) + "\n", site_lines, tuple(body)))
    return pages


SITE_PAGES = build_site()


def decoded(data: str, *, name: str = "page.txt", url: str | None = None):
    return decode_page(new_page(raw_page_from(data.encode("utf-8"), name=name, url=url)))


def observations(pages: list[SitePage]) -> list[Observation]:
    return [observe(decoded(page.dump, name=page.name)) for page in pages]


def test_learned_templates_cover_the_repeated_lines_and_no_article_line():
    templates = learn(observations(SITE_PAGES))
    hashes = templates.by_site["title:" + SITE]
    repeated = [line for page in SITE_PAGES for line in page.site_lines]
    covered = sum(line_hash(line) in hashes for line in repeated)
    assert covered / len(repeated) >= 0.95
    assert all(line_hash(line) in hashes for line in RELATED)  # on 5 of the 20 pages
    article = [line for page in SITE_PAGES for line in page.article_lines]
    assert not [line for line in article if line_hash(line) in hashes]
    assert line_hash(NOTICE_CLOSING) not in hashes  # "特此通知。" ends 5 of the 20 pages: a sentence, kept


def test_clean_page_with_templates_drops_every_site_line_and_keeps_every_article_line():
    templates = learn(observations(SITE_PAGES))
    steps = default_steps(templates=templates)
    for page in SITE_PAGES:
        record = clean_page(page.dump.encode("utf-8"), name=page.name, steps=steps)
        lines = record.text.split("\n")
        assert [line for line in lines if line in page.site_lines] == []
        assert lines == list(page.article_lines)
        assert record.title == page.headline


def test_a_single_page_works_without_templates():
    page = SITE_PAGES[4]  # one with the related block
    record = clean_page(page.dump.encode("utf-8"), name=page.name)
    lines = record.text.split("\n")
    assert lines == list(page.article_lines)


def test_batch_run_learns_the_templates(tmp_path: Path):
    source = tmp_path / "in"
    source.mkdir()
    slogan = "坚持以人民为中心的发展思想，奋力推进中国式现代化市域实践。"  # a sentence the site shows everywhere
    for page in SITE_PAGES:
        dump = page.dump.replace("\n相关链接\n", "\n").replace("热点专题\n", f"{slogan}\n热点专题\n")
        (source / page.name).write_text(dump, encoding="utf-8")
    summary = run(source, tmp_path / "out", workers=1, formats=["jsonl"], dedup=False)
    assert summary.records == len(SITE_PAGES)
    records = {
        row["doc_id"]: row
        for row in map(json.loads, (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines())
    }
    for page in SITE_PAGES:
        assert records[page.name]["text"].split("\n") == list(page.article_lines)


@pytest.mark.parametrize(
    ("url", "title", "doc_id", "key"),
    [
        ("https://www.Example.gov.cn/art/2024/5/20/1.html", "标题_栏目_某市人民政府", "a/b.txt", "example.gov.cn"),
        (None, "关于做好防汛工作的通知_通知公告_杭城市人民政府", "a/b.txt", "title:杭城市人民政府"),
        (None, "City council approves new park - The Example Gazette", "x.txt", "title:TheExampleGazette"),
        (None, "没有站名的标题", "crawl/site1/p1.txt", "folder:crawl/site1"),
        (None, None, "p1.txt", "folder:"),
    ],
)
def test_site_key(url: str | None, title: str | None, doc_id: str, key: str):
    dump = (title or "") + "\n正文。\n"
    page = decoded(dump, name=doc_id, url=url)
    assert site_key(page) == key


def test_line_hash_ignores_spacing_and_invisible_characters():
    assert line_hash("首页 | 政务公开 | 政务服务") == line_hash("首页|政务公开|政务服务")
    assert line_hash("\u3000\u3000主办单位：杭城市人民政府\u00a0") == line_hash("主办单位：杭城市人民政府")
    assert line_hash("首页\u200b") == line_hash("首页")
    assert line_hash("首页") != line_hash("政务公开")


def test_markup_text_nodes_are_observed_like_dump_lines():
    html = (
        "<html><head><title>标题_杭城市人民政府</title></head>"
        "<body><div>首页</div><a>政务&nbsp;公开</a>\n  <p>这是一段正文。</p></body></html>"
    )
    observation = observe(decoded(html, name="a.html"))
    assert {line_hash("首页"), line_hash("政务 公开"), line_hash("这是一段正文。")} <= observation.hashes
    assert line_hash("这是一段正文。") in observation.sentences
    assert line_hash("首页") not in observation.sentences
    hashes = frozenset([line_hash("首页"), line_hash("政务 公开")])
    assert is_template_block(["首页", " ", "政务\u00a0公开"], hashes)
    assert not is_template_block(["首页", "这是一段正文。"], hashes)
    assert not is_template_block([" "], hashes)


def test_too_few_pages_learn_nothing():
    assert learn(observations(SITE_PAGES[: MIN_SITE_PAGES - 1])).by_site == {}
    assert len(Templates()) == 0


def test_sites_are_learned_apart():
    other = [Observation("other.example", frozenset([line_hash("其他网站"), line_hash(f"正文{i}")])) for i in range(10)]
    templates = learn([*observations(SITE_PAGES), *other])
    assert templates.by_site["other.example"] == frozenset([line_hash("其他网站")])
    assert line_hash("其他网站") not in templates.by_site["title:" + SITE]


def test_counting_forgets_rare_lines_but_keeps_frequent_ones():
    counts = _SiteCounts()
    frequent = line_hash("网站地图 | 联系我们")
    sometimes = line_hash("相关链接")
    for i in range(2000):
        hashes = {line_hash(f"第{i}页第{j}行") for j in range(50)} | {frequent}
        if i % 4 == 0:
            hashes.add(sometimes)
        counts.add(Observation("s", frozenset(hashes)))
    assert len(counts.counts) < 5000  # not the 100,000 lines seen
    template = counts.template()
    assert template == frozenset([frequent, sometimes])
