"""HTML articles with a table of contents: its in-page links come back below as the headings of the
body's sections. The body runs from the first prose after the table to the end of the element that
holds the headings, and the card each section embeds (a shop's sheet in a "widget" element, all
links) is part of it; the table, the share buttons and the related list around it are not."""

from __future__ import annotations

from pipeline import clean_page

HEADLINE = "江南美食地图：一个月吃遍五家老字号"
SHOPS = [
    ("3月2日 午餐「老周面馆」（城东）", "面馆开在老街口，汤头用猪骨熬足八个小时，面条是店主每天清晨手擀的。"),
    ("3月5日 晚餐「福临酒家」（城南）", "本帮菜老店，红烧肉浓油赤酱，酒香草头也做得很地道，值得专程去一趟。"),
    ("3月9日 早餐「阿婆生煎」（城西）", "生煎底子焦脆，肉馅多汁，早上七点就排起长队，建议早点去。"),
    ("3月14日 午餐「桂香小馆」（城北）", "家常小炒做得干净利落，糖醋小排酸甜适中，米饭可以免费续。"),
    ("3月20日 晚餐「江边渔家」（江滨）", "每天从码头直接进货的江鲜，清蒸白鱼鲜嫩，价格也算公道。"),
]
INTRO = "美食家周先生每年外出就餐三百余次，这个月他把脚步留在了江南的老街巷里。"


def _card(title: str) -> tuple[str, list[str]]:
    """A shop's card: a link around short lines, in an element named "widget"."""
    shop = title.split("「")[1].split("」")[0]
    lines = [shop, "江南市老街18号 / 面馆、小吃", "人均 ￥60～￥80", "周一休息"]
    html = (
        '<div class="shop-embed"><div class="shop-widget"><a class="shop-widget__link" href="/shop/1">'
        + "".join(f"<p>{line}</p>" for line in lines)
        + "</a></div></div>"
    )
    return html, lines


def _page(toc_href: str = "#s{n}") -> str:
    toc = "".join(
        f'<li><a href="{toc_href.format(n=n)}">{title}</a></li>' for n, (title, _) in enumerate(SHOPS, start=1)
    )
    sections = ""
    for n, (title, review) in enumerate(SHOPS, start=1):
        sections += f'<h2 id="s{n}">{title}</h2><p>{review}</p>{_card(title)[0]}'
    related = "".join(f'<li><a href="/a/{n}">城南十家咖啡馆推荐之{n}</a></li>' for n in range(6))
    return f"""<html><head><title>{HEADLINE}_美食频道_江南网</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/food">美食</a><a href="/travel">旅游</a></div>
<article><h1>{HEADLINE}</h1><div class="meta">发布时间：2024-03-28 10:00</div>
<div class="entry-content">
<div class="toc_container"><p class="toc_title">目录</p><ul>{toc}</ul></div>
<p>{INTRO}</p>
{sections}
<div class="share-buttons"><ul><li><a href="#">分享到微博</a></li><li><a href="#">分享到微信</a></li></ul></div>
</div></article>
<div class="related"><h3>相关文章</h3><ul>{related}</ul></div>
<div class="footer">版权所有 江南网 苏ICP备05001111号</div>
</body></html>"""


def test_the_sections_a_table_of_contents_announces_keep_their_cards():
    record = clean_page(_page().encode("utf-8"), name="guide.html")
    lines = record.text.split("\n")
    assert lines[0] == INTRO
    for title, review in SHOPS:
        assert lines.count(title) == 1  # the section's heading, once: the table of contents is gone
        assert review in lines
        for line in _card(title)[1]:
            assert line in lines  # the shop's card
    assert lines[-1] == "周一休息"  # the last section's card is whole ...
    assert "分享到微博" not in record.text  # ... and the share buttons after it are not text
    assert "目录" not in lines
    assert "城南十家咖啡馆推荐之1" not in record.text
    assert record.page_type == "article"


def test_links_to_other_pages_are_no_table_of_contents():
    """The same titles linking elsewhere (a list of other pages) say nothing about this page's body:
    the cards stay boilerplate."""
    record = clean_page(_page(toc_href="/shop/{n}.html").encode("utf-8"), name="guide.html")
    assert SHOPS[0][1] in record.text
    assert "人均 ￥60～￥80" not in record.text
