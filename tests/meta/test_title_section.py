"""Headline, section (breadcrumb) and site name."""

from __future__ import annotations

from pipeline.meta.section import crumb_segments, last_category, title_section, title_site
from pipeline.meta.title import split_title
from tests.meta.helpers import html_page, run_meta


def test_title_split_on_its_separators():
    assert split_title("丽水市政协绘就精彩履职画卷_市县政协_中国人民政治协商会议浙江省委员会") == [
        "丽水市政协绘就精彩履职画卷",
        "市县政协",
        "中国人民政治协商会议浙江省委员会",
    ]
    assert split_title("拿起跨界“指挥棒”她跟学生“较着劲儿”成长--大河网")[-1] == "大河网"
    assert split_title("为什么 ChatGPT 不火了？-CSDN博客")[-1] == "CSDN博客"
    assert split_title("Headline - Site | Section")[1:] == ["Site", "Section"]


def test_headline_is_the_line_the_title_names():
    body = (
        "<div>首页</div><div>当前位置: 首页 > 市县政协 >>正文内容</div><div>丽水市政协绘就精彩履职画卷</div>"
        "<div>发布日期:2021年02月20日</div><p>正文。</p>"
    )
    page = run_meta(html_page(body, title="丽水市政协绘就精彩履职画卷_市县政协_中国人民政治协商会议浙江省委员会"))
    assert page.record.title == "丽水市政协绘就精彩履职画卷"
    assert page.headline == "丽水市政协绘就精彩履职画卷"
    assert page.record.section == "市县政协"
    assert page.record.site_name == "中国人民政治协商会议浙江省委员会"


def test_headline_holding_a_separator_is_kept_whole():
    body = "<h1>图说洛阳| 洛阳职业技术学院：剪“廉洁窗花” 过廉洁之年</h1><p>2022.01.20 16:31</p><p>正文。</p>"
    page = run_meta(
        html_page(body, title="图说洛阳| 洛阳职业技术学院：剪“廉洁窗花” 过廉洁之年 河南日报网-河南日报官方网站")
    )
    assert page.record.title == "图说洛阳| 洛阳职业技术学院：剪“廉洁窗花” 过廉洁之年"
    assert page.record.site_name == "河南日报网"


def test_breadcrumbs():
    assert last_category(crumb_segments("当前位置: 首页 > 市县政协 >>正文内容"), None) == "市县政协"
    assert last_category(crumb_segments("首页｜新华社记者看东北｜人物专访"), None) == "人物专访"
    assert last_category(crumb_segments("您在这里: 首页 › 诗 › 夜雨"), "夜雨") == "诗"
    assert last_category(crumb_segments("> 国际财经_搜狐财经"), None) == "国际财经"


def test_breadcrumb_split_over_lines_in_a_dump():
    dump = "某某新闻_商业频道\n网易首页-->\n主频道-->\n消费真相-->\n耐克\n某某新闻\n2004-12-10 11:55:08\n正文很长。\n"
    page = run_meta(dump, name="page.txt")
    assert page.record.title == "某某新闻"
    assert page.record.section == "消费真相"


def test_title_middle_segment_and_site_fallbacks():
    assert title_section("标题_栏目_站名", "标题") == "栏目"
    assert title_section("标题_站名", "标题") is None
    assert title_site("雄安新区 - 维基百科，自由的百科全书", "雄安新区") == "维基百科"
    assert title_site("写给留学党的想法-英国留学生活|留学攻略-51offer让留学更简单", "写给留学党的想法") == "51offer"
    assert title_site("…的文章_39健康网_资讯", "…的文章") == "39健康网"


def test_canonical_url_when_the_crawl_gave_none():
    head = '<link rel="canonical" href="https://www.example.cn/news/1.html">'
    page = run_meta(html_page("<h1>标题标题</h1><p>正文。</p>", title="标题标题", head=head))
    assert page.record.url == "https://www.example.cn/news/1.html"


def test_og_site_name_wins():
    head = '<meta property="og:site_name" content="Example News">'
    page = run_meta(html_page("<h1>Headline</h1><p>Text.</p>", title="Headline - EN", head=head))
    assert page.record.site_name == "Example News"


def test_lang_url_keywords_description():
    head = (
        '<link rel="canonical" href="/news/1.html"><meta name="keywords" content="政协,丽水">'
        '<meta name="description" content="丽水市政协一年来的工作。">'
    )
    page = run_meta(
        html_page(
            "<h1>丽水市政协绘就精彩履职画卷</h1><p>这是一段中文正文，讲政协的工作。</p>", title="丽水", head=head
        ),
        url="http://www.example.cn/a/b.html",
    )
    assert page.record.url == "http://www.example.cn/a/b.html"  # the crawl's URL is kept
    assert page.extras["canonical_url"] == "http://www.example.cn/news/1.html"
    assert page.record.lang == "zh"
    assert page.extras["keywords"] == ["政协", "丽水"]
    assert page.extras["description"] == "丽水市政协一年来的工作。"
