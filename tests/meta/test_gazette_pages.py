"""A government gazette page as central and provincial portals print it: a trail bar that holds the print and
font-size tools, a headline broken over lines by <br>s, the law's adoption note under it."""

from __future__ import annotations

from tests.meta.helpers import html_page, run_meta

TITLE = "全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007年末国债余额限额的决议"
GAZETTE = html_page(
    "<div class='BreadcrumbNav'><a href='/'>首页</a>&nbsp;&gt;&nbsp;<a href='/gongbao/'>国务院公报</a>&nbsp;&gt;&nbsp;"
    "<a href='/gongbao/23/'><span>2007年第23号</span></a>"
    "<div class='pages_print'><span class='font'>字号：<span>默认</span> <span>大</span> <span>超大</span></span>"
    "<span class='split'>|</span><span class='font printIco'>打印</span><span class='split'>|</span>"
    "<div class='share' id='share'><a class='share-btn'>&nbsp;</a><a class='share-btn'>&nbsp;</a></div></div></div>"
    "<div class='pages_content' id='UCAP-CONTENT'><p align='center'><strong>全国人民代表大会常务委员会<br>\n"
    "关于批准财政部发行特别国债购买外汇及<br>\n调整2007年末国债余额限额的决议</strong><br>"
    "（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）</p>"
    "<p>第十届全国人民代表大会常务委员会第二十八次会议，听取了财政部部长代表国务院对议案作的说明，"
    "并对议案进行了审议。会议同意国务院提出的议案。</p></div>",
    title=f"{TITLE}__2007年第23号国务院公报_中国政府网",
    head="<meta name='firstpublishedtime' content='2007-08-20-23:59:59'>",
)


def test_a_headline_broken_by_line_breaks_is_read_whole() -> None:
    page = run_meta(GAZETTE)
    assert page.record.title == TITLE
    assert not page.record.text.startswith(("全国人民代表大会常务委员会", "关于批准", "调整2007年"))


def test_the_tools_in_the_trail_bar_are_not_its_last_step() -> None:
    # The trail ends with the gazette's issue: its title is the section ("打印" was taken before).
    assert run_meta(GAZETTE).record.section == "国务院公报"


def test_an_adoption_note_is_neither_the_publish_date_nor_the_source() -> None:
    record = run_meta(GAZETTE).record
    assert record.published == "2007-08-20"
    assert record.source is None


def test_a_headline_not_broken_stays_one_line() -> None:
    # A kicker over a Latin headline is not a piece of it, even when the <title> holds both.
    body = (
        "<div class='kicker'>Wohnungsbau</div><h1>Bauministerin will Genehmigungen beschleunigen</h1>"
        "<div>12.03.2024, 10.15 Uhr</div><p>" + "Die Ministerin legte am Dienstag einen Entwurf vor. " * 8 + "</p>"
    )
    page = run_meta(html_page(body, title="Wohnungsbau: Bauministerin will Genehmigungen beschleunigen - Zeitung"))
    assert page.record.title == "Bauministerin will Genehmigungen beschleunigen"


def test_a_jsonld_author_that_is_the_site_gives_way_to_the_printed_byline() -> None:
    head = (
        "<meta property='og:site_name' content=\"L'Opinion\">"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Glyphosate : le rapport",'
        ' "author": {"@type": "Person", "name": "L\'Opinion"}}</script>'
    )
    body = (
        "<h1>Glyphosate : le rapport</h1><div class='article_authors'><span class='article_author'>"
        "<span class='article_author-name'><a href='/auteur/jeanne-martin'>Jeanne Martin</a></span></span></div>"
        "<time datetime='2019-05-15'>15 mai 2019</time><p>"
        + "Le rapport parlementaire souligne les impasses. " * 8
        + "</p>"
    )
    page = run_meta(html_page(body, title="Glyphosate : le rapport | L'Opinion", head=head))
    assert page.record.authors == ["Jeanne Martin"]
