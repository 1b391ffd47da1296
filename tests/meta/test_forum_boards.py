"""The board or category a post was made in, as forum engines and CMSs link it beside the post's title (Discourse
"/c/<slug>", Flarum tags "/t/<slug>", NodeBB "/category/<id>/<slug>", Discuz "forum-<fid>-1.html", WordPress
"/category/<slug>", a "category" class), and as forum pages label it ("所在版块："). Pages of our own making."""

from __future__ import annotations

from pipeline import clean_page
from pipeline.meta.section import _board_address

HEADLINE = "用户内容检测插件发布"
POST = (
    "国内做社区需要严格控制用户内容，本插件基于现有的过滤扩展进行修改，支持对不合规的内容自动进入审核队列，"
    "记录日志并通知管理员处理。安装后在后台设置密钥即可使用，欢迎大家试用并反馈问题。"
)
MENU = "<ul class='menu'><li><a href='/docs'>文档</a></li><li><a href='/about'>关于我们</a></li></ul>"


def _record(body: str, title: str = f"{HEADLINE} - 示例社区"):
    html = f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"
    return clean_page(html.encode("utf-8"), name="page.html")


def _post(header: str) -> str:
    return f"{MENU}<div class='hero'>{header}</div><div class='post'><p>{POST}</p><p>{POST}</p></div>"


def test_without_a_board_link_the_page_names_no_section():
    assert _record(_post(f"<h1>{HEADLINE}</h1>")).section is None


def test_a_flarum_tag_beside_the_title_is_the_section():
    header = (
        "<ul class='DiscussionHero-items'><li class='item-tags'><span class='TagsLabel'>"
        "<a class='TagLabel' href='/t/extensions'><span class='TagLabel-name'>扩展</span></a></span></li>"
        f"<li class='item-title'><h1 class='DiscussionHero-title'>{HEADLINE}</h1></li></ul>"
    )
    assert _record(_post(header)).section == "扩展"


def test_a_discourse_category_badge_after_the_title_is_the_section():
    header = (
        f"<div class='title-wrapper'><h1><a href='/t/plugin-release/1234' class='fancy-title'>{HEADLINE}</a></h1>"
        "<div class='topic-category'><a href='/c/plugins/22' class='badge-wrapper'>"
        "<span class='badge-category'>插件</span></a></div></div>"
    )
    assert _record(_post(header)).section == "插件"


def test_a_category_class_on_the_link_or_its_wrapper_marks_it():
    header = f"<header><span class='entry-category'><a href='/news/world/'>World</a></span><h1>{HEADLINE}</h1></header>"
    assert _record(_post(header)).section == "World"


def test_a_link_of_the_heading_itself_is_not_its_section():
    """A board's own page: its name, linked to its address, heads the list of its posts."""
    header = f"<h2><a href='forum-9-1.html'>{HEADLINE}</a></h2>"
    assert _record(_post(header)).section is None


def test_a_row_of_category_links_is_a_menu_not_the_section():
    links = "".join(f"<a href='/category/{slug}'>{name}</a>" for slug, name in (("tech", "科技"), ("life", "生活")))
    header = f"<div class='nav'>{links}</div><h1>{HEADLINE}</h1>"
    assert _record(_post(header)).section is None


def test_a_more_link_is_not_a_category_name():
    header = f"<div><h1>{HEADLINE}</h1><a class='article-category' href='/category/war'>戦争・紛争 一覧へ&gt;</a></div>"
    assert _record(_post(header)).section is None


def test_a_linked_item_of_another_list_is_not_the_section():
    """An id after "/c/" ("/c/7pm1bhOS8wB") is an article's address, not a board's slug."""
    header = (
        f"<div><h1>{HEADLINE}</h1><a href='https://news.example.com/c/7pm1bhOS8wB'>运营商手机促销方式曝光</a></div>"
    )
    assert _record(_post(header)).section is None


def test_board_addresses_of_forum_engines_and_blogs():
    boards = [
        "/t/extensions",  # Flarum tag
        "https://meta.example.org/c/support/6",  # Discourse
        "/c/support/plugins/12",  # Discourse subcategory
        "/category/12/general-discussion",  # NodeBB
        "https://blog.example.com/category/top-news/",  # WordPress
        "/category/leben/sport/",  # WordPress subcategory
        "/t/%E6%89%A9%E5%B1%95",  # an escaped name
        "forum-2-1.html",  # Discuz
        "forum.php?mod=forumdisplay&fid=2",  # Discuz
        "./viewforum.php?f=4&sid=c613f07a",  # phpBB
        "/forums/forum/general/",  # bbPress
    ]
    others = [
        "/t/some-topic/123",  # a Discourse topic
        "/t/23102",
        "https://news.example.com/c/7pm1bhOS8wB",  # an article id
        "/c/123",
        "/2024/05/some-post/",
        "/tag/python",
        "viewtopic.php?f=4&t=167",  # a phpBB topic
    ]
    assert [href for href in boards if not _board_address(href)] == []
    assert [href for href in others if _board_address(href)] == []


def test_a_labelled_board_in_html_and_in_a_dump():
    body = f"<h1>{HEADLINE}</h1><p>所在版块：灌水闲聊 回复：12</p><p>{POST}</p><p>{POST}</p>"
    assert _record(body).section == "灌水闲聊"
    dump = "\n".join([f"{HEADLINE} - 示例社区", "首页", "登录", HEADLINE, "所在板块：灌水闲聊", POST, POST])
    assert clean_page(dump.encode("utf-8"), name="page.txt").section == "灌水闲聊"


def test_a_stock_sector_label_is_not_a_section():
    dump = "\n".join([f"{HEADLINE} - 示例财经", "首页", HEADLINE, "所属板块：半导体", POST, POST])
    assert clean_page(dump.encode("utf-8"), name="page.txt").section != "半导体"


def test_a_trail_inside_a_bar_of_tools_is_read_alone():
    """phpBB: ``<ul id="nav-breadcrumbs">`` holds the ``<li class="breadcrumbs">`` trail and a search link."""
    bar = (
        "<ul id='nav-breadcrumbs' class='linklist navlinks'><li class='breadcrumbs'>"
        "<span class='crumb'><a href='./index.php'>Foren-Übersicht</a></span>"
        "<span class='crumb'><a href='./viewforum.php?f=4'>Allgemeines</a></span></li>"
        "<li class='rightside'><a href='./search.php'>Suche</a></li></ul>"
    )
    assert _record(f"{bar}<h2>{HEADLINE}</h2><div class='post'><p>{POST}</p></div>").section == "Allgemeines"


def test_a_trail_of_single_step_items_is_read_whole():
    """Bootstrap: ``<ol class="breadcrumb">`` of ``<li class="breadcrumb-item">``, one step each."""
    items = "".join(
        f"<li class='breadcrumb-item'><a href='/{slug}'>{name}</a></li>"
        for slug, name in (("", "首页"), ("ask", "问答"))
    )
    trail = f"<ol class='breadcrumb'>{items}</ol>"
    assert _record(f"{trail}<h1>{HEADLINE}</h1><div class='post'><p>{POST}</p></div>").section == "问答"


def test_a_trail_ending_with_the_headline_and_its_issue_names_the_step_before():
    trail = (
        "<div class='breadcrumbs'><a href='/'>Magazin</a> › <a href='/reisen'>Reisen</a> › "
        "<span>Der historische Purzelbaum (2021/5)</span></div>"
    )
    page = f"{trail}<h1>Der historische Purzelbaum</h1><div class='post'><p>{POST}</p></div>"
    assert _record(page, title="Der historische Purzelbaum").section == "Reisen"


def test_a_discourse_subcategory_is_the_last_step_of_its_category_list():
    badges = "".join(
        f"<span itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>"
        f"<a href='/c/{slug}' class='badge-wrapper' itemprop='item'><span itemprop='name'>{name}</span></a></span>"
        for slug, name in (("support/6", "Support"), ("support/plugins/12", "Plugins"))
    )
    header = (
        f"<div id='topic-title'><h1><a href='/t/plugin-release/1234'>{HEADLINE}</a></h1>"
        f"<div class='topic-category' itemscope itemtype='http://schema.org/BreadcrumbList'>{badges}</div></div>"
    )
    assert _record(_post(header)).section == "Plugins"
