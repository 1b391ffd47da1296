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
    assert page.record.url == "http://www.example.cn/news/1.html"  # a relative canonical, resolved
    assert page.extras["fetched_url"] == "http://www.example.cn/a/b.html"
    assert page.record.lang == "zh"
    assert page.extras["keywords"] == ["政协", "丽水"]
    assert page.extras["description"] == "丽水市政协一年来的工作。"


def _url_of(canonical: str, fetched: str | None, og_url: str = "") -> str | None:
    head = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    head += f'<meta property="og:url" content="{og_url}">' if og_url else ""
    return run_meta(html_page("<h1>标题标题</h1><p>正文。</p>", title="标题标题", head=head), url=fetched).record.url


def test_canonical_on_another_site_is_not_the_url():
    assert _url_of("https://mirror.example.org/a/1.html", "https://news.example.cn/a/1.html") == (
        "https://news.example.cn/a/1.html"
    )


def test_canonical_on_a_sibling_host_of_the_same_site_is_the_url():
    assert _url_of("https://www.example.com.cn/a/1.html", "http://m.example.com.cn/a/1.html?from=app") == (
        "https://www.example.com.cn/a/1.html"
    )


def test_canonical_to_the_home_page_is_a_template_bug():
    assert _url_of("https://news.example.cn/", "https://news.example.cn/2024/05/1.html") == (
        "https://news.example.cn/2024/05/1.html"
    )
    # og:url is read when the canonical link cannot be trusted; a scheme-less og:url is completed
    assert _url_of("https://news.example.cn/", "https://news.example.cn/a/1.html", "news.example.cn/a/1.html") == (
        "https://news.example.cn/a/1.html"
    )


def test_no_canonical_keeps_the_fetched_url():
    assert _url_of("", "https://news.example.cn/a/1.html") == "https://news.example.cn/a/1.html"
    assert _url_of("javascript:void(0)", None) is None


def test_site_name_from_what_the_page_says_of_itself():
    # a <title> ending in keywords names no site: the link to the home page does
    body = '<a href="https://www.example.com/">示例首页</a><h1>标题一二三四</h1><p>2024-05-20 06:48</p><p>正文。</p>'
    head = '<meta name="keywords" content="尼克斯,季后赛,步行者">'
    page = run_meta(html_page(body, title="标题一二三四_尼克斯_季后赛_步行者", head=head))
    assert page.record.site_name == "示例"
    # no <title> segment: the copyright holder (a company is an operator, not a name)
    body = "<h1>标题一二三四</h1><p>正文。</p><p>版权所有：汉斯出版社 (Hans Publishers)</p>"
    assert run_meta(html_page(body, title="标题一二三四")).record.site_name == "汉斯出版社"
    body = "<h1>标题一二三四</h1><p>正文。</p><p>©陕西某某科技有限公司陕ICP备2021004976号-3</p>"
    assert run_meta(html_page(body, title="标题一二三四")).record.site_name is None


def test_reversed_title_site_is_the_segment_the_page_confirms():
    body = "<div>首页</div><div>徒手抓子弹真的存在吗？</div><div>来源： 科普中国-科学原理</div><p>正文。</p>"
    body += "<p>版权所有：中国科协 Copyright © 2019 科普中国</p>"
    page = run_meta(html_page(body, title="科普中国-辟谣文章"))
    assert page.record.title == "徒手抓子弹真的存在吗？"  # the line over the byline, not the <title>
    assert page.record.site_name == "科普中国"


def test_section_from_a_trail_of_plain_spans_and_a_labelled_category():
    body = (
        '<div class="channel-path"><span>新闻中心</span> <span>国内新闻</span>&gt;<span>正文</span></div>'
        "<h1>标题一二三四</h1><p>正文。</p>"
    )
    assert run_meta(html_page(body, title="标题一二三四")).record.section == "国内新闻"
    body = "<h1>标题一二三四</h1><p>正文。</p><p>所属分类：数理化</p>"
    assert run_meta(html_page(body, title="标题一二三四")).record.section == "数理化"
    dump = "标题一二三四\nHOME\n最新記事\n食べログ3.5以下のうまい店\n标题一二三四\n2024-05-12\n正文。\n"
    assert run_meta(dump, name="page.txt").record.section == "食べログ3.5以下のうまい店"


def test_only_the_end_of_a_trail_may_be_the_headline():
    steps = crumb_segments("首页 > 期刊要览 > 中共中央党校（国家行政学院）学报 > 2022年第4期")
    assert last_category(steps, "《中共中央党校(国家行政学院)学报》2022年第4期") == "中共中央党校（国家行政学院）学报"
    steps = crumb_segments("您的位置：主页>艺术史研究>北大工作室>方法与规范>第一编")
    assert last_category(steps, "第一编 古代") == "方法与规范"


def test_a_title_made_of_a_page_type_word_names_no_headline():
    body = "<div>泡泡详情</div><div>henryspace @henryspace</div><p>发现个端到端加密的聊天工具。</p>"
    body += "<p>发布于 2023-07-06 23:12</p>"
    page = run_meta(html_page(body, title="泡泡详情 | 泡泡 - 一个清新文艺的微社区"))
    assert page.record.title is None
    assert page.record.authors == ["henryspace"]
    assert page.record.site_name == "泡泡"
    assert page.record.section is None


_GOV_HEAD = (
    '<meta name="SiteName" content="绍兴市人民政府"><meta name="ColumnName" content="政府文件">'
    '<meta name="ArticleTitle" content="关于印发城乡环境综合整治工作方案的通知">'
    '<meta name="PubDate" content="2024-03-05 09:30">'
)
_GOV_BODY = (
    "<div class='main'><div class='title'>关于印发城乡环境综合整治工作方案的通知</div><div class='TRS_Editor'><p>"
    + "各区、县（市）人民政府，市政府各部门：现将方案印发给你们，请认真组织实施。" * 3
    + "</p></div></div>"
)


def test_government_guideline_meta_tags_give_the_title_date_and_site():
    # the <title> is only the site's name and no heading tag holds the title: ArticleTitle points to the line
    page = run_meta(html_page(_GOV_BODY, title="绍兴市人民政府", head=_GOV_HEAD))
    assert page.record.title == "关于印发城乡环境综合整治工作方案的通知"
    assert page.record.published == "2024-03-05T09:30"
    assert page.record.site_name == "绍兴市人民政府"


def test_sitename_is_the_last_resort_for_the_site_name():
    page = run_meta(html_page(_GOV_BODY, title="关于印发城乡环境综合整治工作方案的通知", head=_GOV_HEAD))
    assert page.record.site_name == "绍兴市人民政府"  # nothing else on the page names the site


def test_a_headline_punctuated_at_its_opening_is_found() -> None:
    # The key "110月…" of "1-10月…": the line's hyphen between its first two characters does not hide it.
    body = (
        "<div>当前位置：</div><div>首页</div><div>>发展改革工作</div><div>>投资运行</div>"
        "<div>1-10月德清县固定资产投资结构趋稳趋优</div><div>发布日期：2016-11-22</div><div>信息来源：省发改委</div>"
        "<p>1-10月，全县固定资产投资完成246.79亿元，完成年度计划82.3%，同比增长15.3%。</p>"
    )
    page = run_meta(html_page(body, title="1-10月德清县固定资产投资结构趋稳趋优"))
    assert page.record.title == "1-10月德清县固定资产投资结构趋稳趋优"
    assert page.headline == "1-10月德清县固定资产投资结构趋稳趋优"
    assert page.record.section == "投资运行"


def test_a_button_at_the_end_of_a_trail_is_not_its_category() -> None:
    # 网易号's trail ends with its "apply to join" button.
    assert last_category(["网易首页", "网易号", "申请入驻"], "广西省发生了一起事件") == "网易号"


def test_a_trail_step_naming_the_site_or_the_headline_is_not_the_section() -> None:
    prose = "<p>" + "法国9日再次爆发全国跨行业大罢工，反对政府推行的退休制度改革，交通受到严重影响。" * 3 + "</p>"
    trail = "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/n'>新华网</a></div>"
    body = trail + "<h1>法国全国大罢工再次严重影响交通</h1><div>2019-12-10 07:57:40 来源：新华网</div>" + prose
    record = run_meta(html_page(body, title="法国全国大罢工再次严重影响交通_新华网")).record
    assert record.site_name == "新华网"
    assert record.section is None


def test_a_trail_that_the_title_names_stands_over_the_headline():
    """The <title> names the section ("新闻动态--中国地理学会官网"), a heading the trail to it ("首页 - 新闻动态"): the
    headline is the line under the trail, over the byline; a trail with no byline under the next line stays."""
    headline = "2019年中国人文地理学术年会在重庆•西南大学成功举行！"
    text = "<p>5月10-12日，2019年中国人文地理学术年会在重庆·西南大学举行。本次会议由人文地理专业委员会主办。</p>" * 3
    body = (
        "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/about'>简介</a></li></ul><h3>首页 - 新闻动态</h3>"
        f"<div class='title'>{headline}</div><div class='info'>发布时间：2019-05-18 来源：中国地理学会</div>{text}"
    )
    page = run_meta(html_page(body, title="新闻动态--中国地理学会官网"))
    assert page.record.title == headline
    assert page.record.published == "2019-05-18"
    listing = "<h3>首页 - 新闻动态</h3><ul>" + "".join(
        f"<li><a href='/n{i}'>学会第{i}次会议召开</a></li>" for i in range(9)
    )
    page = run_meta(html_page(listing + "</ul>", title="新闻动态--中国地理学会官网"))
    assert page.record.title == "首页 - 新闻动态"  # no byline under the first item: the trail stays the match
