"""The HTML extractor on small pages of our own making, shaped like the real ones.

Each page carries the boilerplate its kind of site shows (government portal, news site, forum,
index page, English news) and the tests check both sides: the article text and structure are
kept, the boilerplate is gone, and the page type is right.
"""

from __future__ import annotations

from lxml import etree

from pipeline.page import Page
from pipeline.process import new_page, raw_page_from
from pipeline.readers.parse import parse_page
from pipeline.strip.dom import extract_dom
from pipeline.strip.templates import line_hash

HEADLINE = "老旧小区改造取得新进展"
PARAGRAPHS = [
    "今年以来，全市共改造老旧小区86个，涉及居民2.3万户，完成投资7.8亿元，改造数量和投资规模均创历史新高。",
    "今年，全市计划改造老旧小区100个以上，重点解决管网老化、停车难、加装电梯等群众反映强烈的问题。",
    "改造完成后，小区新增停车位320个，安装充电桩48个，居民满意度达到96.5%。“以前一下雨楼道里都是积水，现在干净又敞亮。”",
    "据介绍，下一步全市将探索建立长效管理机制，巩固改造成果，让老旧小区的面貌焕然一新。",
]


def extract(html: str, *, templates: frozenset[int] = frozenset(), headline: str | None = None) -> Page:
    """Parse a page and run the DOM extractor alone (not the other steps)."""
    page = parse_page(new_page(raw_page_from(html.encode("utf-8"), name="page.html")))
    page.template_hashes = templates
    page.headline = headline
    return extract_dom(page)


def gov_page() -> str:
    """A TRS-style government article page with every kind of boilerplate around the text."""
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{HEADLINE}_政务动态_某某市人民政府</title></head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/login">登录</a> |
<a href="/reg">注册</a> | <a href="/en">English</a></div>
<div class="login-box"><form><input name="u"><input name="p" type="password">
<button>登录</button></form>用户登录 忘记密码</div>
<div class="nav"><ul><li><a href="/zwgk">政务公开</a></li><li><a href="/zwdt">政务动态</a></li>
<li><a href="/hdjl">互动交流</a></li><li><a href="/bsfw">办事服务</a></li></ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt">政务动态</a> &gt; 正文</div>
<div class="article">
<h1>{HEADLINE}</h1>
<div class="info">发布时间：2021-03-15 09:30　来源：某某日报　作者：王小明　浏览次数：1024
　字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<div class="TRS_Editor">{body}</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="editor">（责任编辑：李华）</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a>
<a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="pages"><p>上一篇：<a href="/a0.html">我市召开城市更新工作会议</a></p>
<p>下一篇：<a href="/a2.html">城区新增三处口袋公园</a></p></div>
</div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/a1.html">市政府常务会议研究城市更新工作</a></li>
<li><a href="/a3.html">老旧小区改造进入攻坚阶段</a></li>
<li><a href="/a4.html">加装电梯惠及更多居民</a></li></ul></div>
<div class="footer">主办单位：某某市人民政府办公室　版权所有 © 2021　浙ICP备05000000号
　联系电话：0572-0000000<br>地址：某某市人民路1号　网站标识码：3305000001</div>
</body></html>"""


def test_trs_editor_article_keeps_every_paragraph_in_order():
    page = extract(gov_page())
    assert page.paragraphs == PARAGRAPHS
    assert page.record.page_type == "article"


def test_gov_boilerplate_is_dropped():
    text = "\n".join(extract(gov_page()).paragraphs)
    for junk in (
        "首页",
        "用户登录",
        "当前位置",
        "发布时间",
        "浏览次数",
        "字号",
        "分享到",
        "责任编辑",
        "打印本页",
        "关闭窗口",
        "上一篇",
        "下一篇",
        "相关链接",
        "市政府常务会议研究城市更新工作",
        "版权所有",
        "ICP备",
        "主办单位",
        "联系电话",
        "人民路1号",
    ):
        assert junk not in text, junk


def test_headline_is_not_repeated_in_the_text_and_is_found_when_unset():
    page = extract(gov_page())
    assert page.headline == HEADLINE
    assert all(line != HEADLINE for line in page.paragraphs)


def test_headline_set_by_the_metadata_step_is_dropped():
    html = gov_page().replace(f"<h1>{HEADLINE}</h1>", f'<div class="tit">{HEADLINE}</div>')
    page = extract(html, headline=HEADLINE)
    assert page.paragraphs == PARAGRAPHS


def test_title_head_is_dropped_when_the_h1_is_the_site_name():
    html = gov_page().replace(f"<h1>{HEADLINE}</h1>", "")
    html = html.replace('<div class="TRS_Editor">', f'<div class="TRS_Editor"><p class="tit">{HEADLINE}</p>')
    html = html.replace("<body>", "<body><h1>某某市人民政府</h1>")
    page = extract(html)
    assert page.paragraphs == PARAGRAPHS


def test_tree_is_read_not_modified():
    page = parse_page(new_page(raw_page_from(gov_page().encode("utf-8"), name="page.html")))
    before = etree.tostring(page.tree)
    extract_dom(page)
    assert etree.tostring(page.tree) == before


def test_data_table_rows_are_one_line_each_with_cells_joined():
    table = (
        "<table><tr><th>地区</th><th>小区数</th><th>投资（亿元）</th></tr>"
        "<tr><td>东城区</td><td>32</td><td>2.9</td></tr>"
        "<tr><td>西城区</td><td>54</td><td>4.9</td></tr></table>"
    )
    html = gov_page().replace(f"<p>{PARAGRAPHS[1]}</p>", f"<p>{PARAGRAPHS[1]}</p>{table}")
    paragraphs = extract(html).paragraphs
    assert "地区 | 小区数 | 投资（亿元）" in paragraphs
    assert "东城区 | 32 | 2.9" in paragraphs
    assert paragraphs.index("西城区 | 54 | 4.9") == paragraphs.index(PARAGRAPHS[1]) + 3


_INFO = [("索 引 号：", "11330600002592150L/2024-00123"), ("分 类：", "城乡建设、环境保护;通知"),
         ("发文字号：", "绍政办发〔2024〕5号"), ("主题词：", "老旧小区改造")]  # fmt: skip


def test_a_table_shown_twice_for_narrow_and_wide_screens_is_kept_once():
    narrow = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in _INFO)
    wide = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>"
        for (a, b), (c, d) in zip(_INFO[::2], _INFO[1::2], strict=True)
    )
    tables = f"<table class='xxgk_mobile'>{narrow}</table><table class='xxgk_pc'>{wide}</table>"
    html = gov_page().replace(f"<p>{PARAGRAPHS[0]}</p>", f"{tables}<p>{PARAGRAPHS[0]}</p>")
    paragraphs = extract(html).paragraphs
    assert "索 引 号： 11330600002592150L/2024-00123" in paragraphs  # (an info table's cells: one space)
    assert sum("11330600002592150L" in line for line in paragraphs) == 1
    assert paragraphs[-4:] == PARAGRAPHS


def test_small_tables_that_repeat_are_all_kept():
    # a results list: one small table per entry, the same club and status again and again
    entry = "<table><tr><td>LG Staufen</td><td>{name}</td></tr><tr><td>WÜ</td><td>m</td></tr></table>"
    tables = entry.format(name="Wolf, Maike") + entry.format(name="Wolf, Maike")
    html = gov_page().replace(f"<p>{PARAGRAPHS[1]}</p>", f"<p>{PARAGRAPHS[1]}</p>{tables}")
    assert sum("Wolf, Maike" in line for line in extract(html).paragraphs) == 2


def test_layout_table_keeps_its_cells_apart():
    body = "<br>".join(PARAGRAPHS)
    html = f"""<html><body><table><tr>
<td class="left"><a href="/1">政务公开</a><br><a href="/2">政策文件</a><br>
<a href="/3">人事信息</a><br><a href="/4">统计数据</a></td>
<td class="main"><table><tr><td><b>{HEADLINE}</b></td></tr>
<tr><td>{body}</td></tr></table></td>
</tr></table></body></html>"""
    paragraphs = extract(html).paragraphs
    assert paragraphs[-4:] == PARAGRAPHS
    assert not any("政务公开" in line or "|" in line for line in paragraphs)


def test_loose_paragraphs_in_a_layout_cell_among_link_lists():
    links = "".join(f'<a href="/n{i}">栏目新闻标题第{i}条</a><br>' for i in range(12))
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    html = f"""<html><head><title>{HEADLINE}--某某新闻网</title></head><body>
<table><tr><td>{links}<b>{HEADLINE}</b>{body}
<p>相关报道：</p>{links}<p>【打印本文】【关闭窗口】</p></td></tr></table></body></html>"""
    assert extract(html).paragraphs == PARAGRAPHS


def test_hidden_text_is_not_page_text():
    html = gov_page().replace(
        f"<p>{PARAGRAPHS[2]}</p>",
        f"<p>{PARAGRAPHS[2]}</p>"
        '<div style="display: none">隐藏的统计代码说明文字，不应出现在正文中。</div>'
        "<p hidden>另一段隐藏的文字，也不应出现。</p>",
    )
    text = "\n".join(extract(html).paragraphs)
    assert "隐藏" not in text and PARAGRAPHS[3] in text


def test_site_template_lines_are_dropped():
    notice = "本网站所有内容均受版权保护，转载须经书面授权。"
    html = gov_page().replace(f"<p>{PARAGRAPHS[3]}</p>", f"<p>{PARAGRAPHS[3]}</p><p>{notice}</p>")
    assert notice in extract(html).paragraphs
    assert extract(html, templates=frozenset({line_hash(notice)})).paragraphs == PARAGRAPHS


def test_site_template_blocks_of_several_text_nodes_are_dropped():
    widget = '更多民生资讯请访问<a href="/ms">某某市民生服务平台</a>，欢迎广大市民监督。'
    html = gov_page().replace(f"<p>{PARAGRAPHS[3]}</p>", f"<p>{PARAGRAPHS[3]}</p><p>{widget}</p>")
    assert "更多民生资讯请访问某某市民生服务平台，欢迎广大市民监督。" in extract(html).paragraphs
    templates = frozenset(
        line_hash(node) for node in ("更多民生资讯请访问", "某某市民生服务平台", "，欢迎广大市民监督。")
    )
    assert extract(html, templates=templates).paragraphs == PARAGRAPHS


def list_page() -> str:
    """A government index page: fifteen dated notices, pagination, footer."""
    items = "".join(
        f'<li><a href="/art/2024/5/{day}/art_{day}.html">关于做好第{day}批重点项目申报工作的通知</a>'
        f"<span>2024-05-{day:02d}</span></li>"
        for day in range(1, 16)
    )
    return f"""<html><head><title>通知公告_某某市发展和改革委员会</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/tzgg">通知公告</a></div>
<div class="location">当前位置：首页 &gt; 通知公告</div>
<div class="list-title">通知公告</div>
<ul class="list">{items}</ul>
<div class="page">共15条 首页 上一页 1 下一页 尾页</div>
<div class="footer">版权所有：某某市发展和改革委员会 浙ICP备12345678号</div></body></html>"""


def test_list_page_text_is_the_item_titles():
    page = extract(list_page())
    assert page.record.page_type == "list"
    assert page.paragraphs == [f"关于做好第{day}批重点项目申报工作的通知" for day in range(1, 16)]


def test_short_article_beside_an_unnamed_link_list_stays_an_article():
    links = "".join(f'<li><a href="/n{i}.html">关于第{i}批重点建设项目的公示名单</a></li>' for i in range(20))
    sentence = "3月15日，市长主持召开市政府常务会议，研究部署城市更新等工作。"
    html = f"""<html><head><title>市政府召开常务会议_某某市人民政府</title></head><body>
<div><h1>市政府召开常务会议</h1><div><p>{sentence}</p></div>
<div><h3>最新信息</h3><ul>{links}</ul></div></div></body></html>"""
    page = extract(html)
    assert page.record.page_type == "article"
    assert page.paragraphs == [sentence]


def test_sidebar_of_teasers_is_not_taken_for_article_text():
    teasers = "".join(
        f'<div class="item"><h4><a href="/x{i}">第{i}条热点新闻的标题</a></h4>'
        f"<p>这是第{i}条热点新闻的摘要，介绍了有关部门推进某项工作取得的最新进展和下一步安排。</p></div>"
        for i in range(6)
    )
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:3])
    html = f"""<html><head><title>{HEADLINE}_要闻_某某省人民政府</title></head><body>
<div class="w1200"><div class="l"><h1>{HEADLINE}</h1><div class="x">{body}</div></div>
<div class="r"><h3>热点</h3>{teasers}</div></div></body></html>"""
    assert extract(html).paragraphs == PARAGRAPHS[:3]


def forum_page() -> tuple[str, list[str]]:
    """A Discuz-style thread: three floors with user panels, post times and reply controls."""
    posts = [
        ("江南老王", "请教一下，老小区加装电梯，一楼住户不同意怎么办？大家小区是怎么协调的？"),
        ("楼下的猫", "我们小区是街道出面协调的，给一楼做了些补偿，最后还是装上了。"),
        ("城建小李", "可以看看市里今年出的加装电梯补贴政策，每台补助二十万元，流程也简化了。"),
    ]
    floors = "".join(
        f"""<table class="plhin" id="pid{n}"><tr>
<td class="pls"><div class="authi"><a href="/u/{n}">{user}</a></div>
<dl><dt>积分</dt><dd>{120 * n}</dd><dt>帖子</dt><dd>{3 * n}</dd></dl></td>
<td class="plc"><div class="pi"><strong>{"楼主" if n == 1 else f"{n}#"}</strong>
<em>发表于 2024-5-{n + 10} 10:2{n}</em> 只看该作者</div>
<div class="pct"><td class="t_f" id="postmessage_{n}">{text}</td></div>
<div class="po"><a href="#">回复</a> <a href="#">引用</a> <a href="#">举报</a></div></td></tr></table>"""
        for n, (user, text) in enumerate(posts, 1)
    )
    html = f"""<html><head><title>老小区加装电梯一楼不同意怎么办 - 业主交流 - 某某论坛</title></head><body>
<div id="toptb"><a href="/">论坛首页</a> <a href="/login">登录</a> <a href="/register">立即注册</a></div>
<div id="pt" class="bm cl">当前位置：<a href="/">论坛</a> › <a href="/f1">业主交流</a></div>
<div id="postlist"><h1>老小区加装电梯一楼不同意怎么办</h1><div>查看: 3481 | 回复: 2</div>{floors}</div>
<div id="ft">Powered by Discuz! © 2001-2024 版权所有</div></body></html>"""
    return html, [text for _, text in posts]


def test_forum_thread_posts_are_the_content():
    html, posts = forum_page()
    page = extract(html)
    assert page.record.page_type == "forum"
    assert page.paragraphs == posts


ENGLISH_TEXT = [
    "The city finished two miles of protected bike lanes on River Road this week, "
    "the first stretch of a network planned since 2019.",
    "Cyclists ride the new lanes near the Fifth Street bridge.",
    "Concrete curbs now separate cyclists from traffic between Fifth Street and the harbor, "
    "and new signals give riders a head start.",
    "What comes next",
    "Officials said the next segment, along Market Street, will go to public comment in the fall. "
    "Construction could start next spring.",
    "Market Street: public comment in the fall.",
    "Harbor loop: design work under way.",
]


def english_page() -> str:
    """An English news article with a header, share tools, a related aside, comments and a footer."""
    lead, caption, second, heading, third, item1, item2 = ENGLISH_TEXT
    return f"""<html lang="en"><head>
<title>City adds protected bike lanes on River Road | The Riverside Gazette</title></head>
<body><header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a>
<a href="/sports">Sports</a> <a href="/opinion">Opinion</a></nav>
<a class="subscribe" href="/subscribe">Subscribe</a></header>
<main><article class="story">
<h1>City adds protected bike lanes on River Road</h1>
<div class="byline">By Jane Doe, Staff Writer · Updated May 3, 2024</div>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a>
<a href="#">Email</a></div>
<div class="article-body">
<p>{lead}</p>
<figure><img src="lanes.jpg" alt=""><figcaption>{caption}</figcaption></figure>
<p>{second}</p>
<h2>{heading}</h2>
<p>{third}</p>
<ul><li>{item1}</li><li>{item2}</li></ul>
</div></article>
<aside class="related"><h3>Related stories</h3>
<ul><li><a href="/a">Council approves transit budget for next year</a></li>
<li><a href="/b">Five things to know about the new parking rules downtown</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>Finally! I have been waiting for this for years, it makes my commute safer.</p></div>
<div class="comment"><p>What about the parking spaces that were removed on the east side?</p></div>
</section></main>
<footer class="site-footer"><p>© 2024 The Riverside Gazette. All rights reserved.</p>
<a href="/privacy">Privacy Policy</a></footer>
</body></html>"""


def test_english_article_keeps_structure_and_drops_the_rest():
    page = extract(english_page())
    assert page.record.page_type == "article"
    assert page.paragraphs == ENGLISH_TEXT


def test_whole_page_inside_an_aspnet_form_is_still_read():
    html = gov_page().replace("<body>", '<body><form name="Form1" method="post" action="x.aspx">')
    html = html.replace("</body>", "</form></body>")
    assert extract(html).paragraphs == PARAGRAPHS


def test_wrapper_named_like_boilerplate_does_not_hide_the_article():
    html = gov_page().replace('<div class="article">', '<div class="article page-ad-margins">')
    assert extract(html).paragraphs == PARAGRAPHS


def test_deep_nesting_and_empty_pages_do_not_fail():
    deep = "<div>" * 1500 + f"<p>{PARAGRAPHS[0]}</p>" + "</div>" * 1500
    assert extract(f"<html><body>{deep}</body></html>").paragraphs == [PARAGRAPHS[0]]
    empty = extract("<html><head><title>t</title></head><body> </body></html>")
    assert empty.paragraphs == []


# --- the literal pre-tests and merged patterns of the selection answer as the patterns alone ---


def test_merged_header_patterns_match_where_one_of_their_parts_does():
    from pipeline.strip import patterns as P

    lines = [
        "相关新闻", "■相关链接", "Related topics", "Mehr zum Thema", "Kommentare", "责任编辑：王强", "（编辑：小何）",
        "热门评论", "Media contact:", "Pressekontakt", "Contact presse", "今天天气很好。", "Relations presse",
        "For media inquiries, call us.", "more from us", "MEHR ZUM THEMA", "",
    ]  # fmt: skip
    for line in lines:
        related = bool(P.RELATED_HEADER.match(line) or P.END_OF_ARTICLE_OTHER.match(line))
        assert bool(P.LINK_BOX_HEADER.match(line)) == related, line
        end = P.END_OF_ARTICLE.match(line) or P.END_OF_ARTICLE_OTHER.match(line) or P.CLOSING_CONTACT.match(line)
        assert bool(P.ARTICLE_END.match(line)) == bool(end), line


def test_teaser_and_western_meta_pre_tests_never_skip_a_match():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from pipeline.strip import patterns as P
    from pipeline.strip.dom_select import _is_metadata_text, _teaser_end

    pieces = st.sampled_from(
        ["…", ".", "。", "详细", "详情", "全文", "【", "】", "[", "]", "more", "Read More", " ", ">>", "»", "新闻",
         "By", "Jane", "Doe", "Publié le", "14/05/2024", "Updated", ":", "x", "2024"]
    )  # fmt: skip

    @settings(max_examples=300, deadline=None)
    @given(st.lists(pieces, max_size=8).map("".join))
    def check(text: str):
        assert _teaser_end(text) == bool(P.TEASER_END.search(text))
        western = bool(P.WESTERN_META_LINE.match(text) and not P.SENTENCE_CLOSE.search(text))
        if western and len(text) <= 100:
            assert _is_metadata_text(text, len(text))

    check()


def test_a_notice_keeps_its_signature_and_drops_the_page_qr_code():
    """The body that signs a notice and the date under it are the notice's; the portal's "scan to open
    on a phone" box under it is not."""
    body = "".join(f"<div>　　{text}</div>" for text in PARAGRAPHS[:2])
    html = f"""<html><head><title>关于划定禁建区的通告_通知公告_某某省人民政府</title></head><body>
<div class="article"><h1>关于划定禁建区的通告</h1>
<div class="content">{body}<div>　　特此通告。</div><div>&nbsp;</div>
<div style="text-align:right">　　某某省人民政府　　　　</div>
<div style="text-align:right">　　2022年1月27日　　　　</div></div>
<div style="margin:0 auto;width:200px"><span style="display:block">扫一扫在手机打开当前页</span></div>
</div></body></html>"""
    paragraphs = extract(html, headline="关于划定禁建区的通告").paragraphs
    assert paragraphs[-3:] == ["特此通告。", "某某省人民政府", "2022年1月27日"]
    assert not any("扫一扫" in text for text in paragraphs)


def test_a_date_alone_is_still_dropped_where_no_body_signs_above_it():
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:2])
    html = (
        f"<html><body><div class='article'><p>2022年1月27日</p>{body}<p>记者 王小明</p><p>2022年1月27日</p>"
        "</div></body></html>"
    )
    paragraphs = extract(html).paragraphs
    assert paragraphs == PARAGRAPHS[:2]
