"""Page builders for the batch tests: many distinct pages of a few sites, made with a seeded RNG."""

from __future__ import annotations

import random
from pathlib import Path

from tests.builders import jsonl_lines, warc_file, warc_record

# Common characters, so the text reads as Chinese to the language and text heuristics.
HAN = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
    "面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
    "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比"
    "或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做"
    "必战先回则任取据处府"
)
NAV = "首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流"
FOOTER = "版权所有 示例市人民政府办公室 地址：示例市人民路1号 备案号：示ICP备12345678号"


def paragraph(rng: random.Random, low: int = 60, high: int = 180) -> str:
    chars = [rng.choice(HAN) for _ in range(rng.randint(low, high))]
    for cut in range(rng.randint(15, 25), len(chars), rng.randint(15, 25)):
        chars[cut] = "，"
    return "".join(chars) + "。"


def article_html(rng: random.Random, site: str, paragraphs: list[str] | None = None) -> str:
    """A government-style article page: site chrome around a headline, a byline and paragraphs."""
    title = "".join(rng.choice(HAN) for _ in range(rng.randint(10, 18)))
    day = rng.randint(1, 28)
    month = rng.randint(1, 12)
    paragraphs = paragraphs if paragraphs is not None else [paragraph(rng) for _ in range(rng.randint(4, 8))]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_{site}</title></head><body>'
        f'<div class="nav">{NAV}</div><div class="article"><h1>{title}</h1>'
        f'<div class="info">发布时间：2021-{month:02d}-{day:02d} 来源：{site}</div>'
        f'<div class="content">{body}</div></div><div class="footer">{FOOTER}</div></body></html>'
    )


def make_batch(root: Path, *, pages: int, seed: int = 7, sites: int = 3) -> list[str]:
    """``pages`` HTML pages over a few sites in sub-folders, plus a JSONL and a WARC; returns doc_ids."""
    rng = random.Random(seed)
    doc_ids = []
    for i in range(pages):
        site = f"示例站点{i % sites}"
        rel = f"site{i % sites}/page_{i:04d}.html"
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_html(rng, site), encoding="utf-8")
        doc_ids.append(rel)
    feed = [{"html": article_html(rng, "订阅源"), "url": f"https://feed.example.cn/{i}.html"} for i in range(6)]
    (root / "feed.jsonl").write_bytes(jsonl_lines(feed))
    doc_ids += [f"feed.jsonl#{i}" for i in range(1, 7)]
    records = []
    for i in range(4):
        records.append(warc_record(f"https://warc.example.cn/{i}.html", article_html(rng, "存档").encode("utf-8")))
        records.append(warc_record(f"https://warc.example.cn/{i}.png", b"\x89PNG", content_type="image/png"))
    (root / "crawl.warc.gz").write_bytes(warc_file(records, compress=True))
    doc_ids += [f"crawl.warc.gz#{i}" for i in range(1, 5)]
    return doc_ids
