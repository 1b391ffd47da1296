"""Threads and Q&A pages whose posts are not marked up as posts, on small pages of our own making.

A Q&A page with one answer, a question whose answers sit in comment containers, an old board laid
out in tables, a first post under a forum software footer: each is a ``forum`` page, its posts or
answers kept. A news article with a comment area stays an ``article`` without its comments, and a
board's index stays a ``list``.
"""

from __future__ import annotations

import pipeline
from pipeline.strip.dom_pagetype import shows_thread_signs
from pipeline.strip.lines import is_thread

QUESTION = "为什么有些人退休了还坚持每天工作？"
ANSWER = [
    "原因可能是多方面的，每个人的动机也不一样。以下是几个常见的原因，供大家参考和讨论。",
    "一是追求成就感：工作让他们感到自己仍然有价值，也能和社会保持联系，这比单纯休息更让人满足。",
    "二是习惯使然：几十年的作息已经形成规律，突然停下来反而不适应，身体和精神状态都会受到影响。",
]
NEWS = [
    "今年以来，全市共改造老旧小区86个，涉及居民2.3万户，完成投资7.8亿元，改造数量和投资规模均创历史新高。",
    "改造完成后，小区新增停车位320个，安装充电桩48个，居民满意度达到96.5%，群众获得感明显增强。",
    "据介绍，下一步全市将探索建立长效管理机制，巩固改造成果，让老旧小区的面貌焕然一新。",
]


def clean(html: str, url: str | None = None) -> pipeline.Record:
    return pipeline.clean_page(html.encode("utf-8"), name="page.html", url=url)


def clean_dump(text: str, url: str | None = None) -> pipeline.Record:
    return pipeline.clean_page(text.encode("utf-8"), name="page.txt", url=url)


def qa_page_one_answer() -> str:
    answer = "".join(f"<p>{text}</p>" for text in ANSWER)
    return f"""<html><head><meta charset="utf-8"><title>{QUESTION}_问答平台</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/ask">我要提问</a></div>
<h1>{QUESTION}</h1><div>我来答</div><div>分享</div><div>举报</div>
<div class="wgt">1个回答</div>
<div class="line"><a href="/u/1">热心网友小王</a></div><div>2023-06-14</div>
<div>采纳数：152 获赞数：112</div>
<div class="answer-text">{answer}</div>
<div>你对这个回答的评价是？</div>
<div class="related"><h3>其他类似问题</h3><ul>
<li><a href="/q/1">退休以后还要不要继续工作？</a></li><li><a href="/q/2">为什么很多人退休后闲不住？</a></li>
</ul></div>
<div class="footer">©2024 问答平台 京ICP证030173号</div></body></html>"""


def test_qa_page_with_one_answer_is_a_forum_page_and_keeps_the_answer():
    record = clean(qa_page_one_answer())
    assert record.page_type == "forum"
    for text in ANSWER:
        assert text in record.text
    assert "其他类似问题" not in record.text and "ICP" not in record.text


def qa_page_comment_answers() -> str:
    replies = [
        (
            "老张",
            "2024-01-06",
            "看一下项目的模块依赖关系，新功能可以参考已有的功能增加相关文件，这里不需要再引入新的框架。",
        ),
        ("提问者", "2024-01-06", "感谢大佬的指导，按照这个思路已经跑通了，问题解决。"),
        ("路人甲", "2024-01-10", "同样遇到过这个问题，学习了，收藏一下这个回答。"),
    ]
    items = "".join(
        f'<div class="comment-item"><div class="comment-meta">{name} | {day}</div><p>{text}</p></div>'
        for name, day, text in replies
    )
    question = "".join(f"<p>{text}</p>" for text in ANSWER)
    return f"""<html><head><meta charset="utf-8"><title>如何在项目里添加一个新的功能页面-开发者平台</title></head>
<body><div class="nav"><a href="/">首页</a><a href="/qa">问答</a></div>
<h1>如何在项目里添加一个新的功能页面</h1><div class="meta">小李 | 455 | 2024-01-03</div>
<h2>问题描述</h2><div class="content">{question}</div>
<div class="tags">问题标签： Java</div>
<div class="comments"><div class="comment-head">老张 | 2024-01-06 被采纳</div>{items}</div>
<div class="footer">©2024 开发者平台</div></body></html>"""


def test_question_with_answers_in_comment_containers_keeps_the_answers():
    record = clean(qa_page_comment_answers())
    assert record.page_type == "forum"
    assert ANSWER[0] in record.text
    assert "看一下项目的模块依赖关系" in record.text
    assert "感谢大佬的指导" in record.text


def news_with_comments() -> str:
    body = "".join(f"<p>{text}</p>" for text in NEWS)
    comments = "".join(
        f'<div class="comment-item"><span class="user">网友{i}</span><span>{i}楼</span>'
        f"<span>2024-05-0{i} 10:2{i}</span><p>{text}</p><a>回复</a></div>"
        for i, text in enumerate(
            ["这个好，希望我们小区也能改造。", "停车位终于够了，点赞！", "电梯什么时候能装上？"], 1
        )
    )
    return f"""<html><head><meta charset="utf-8"><title>老旧小区改造取得新进展_新闻中心</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/news">新闻</a></div>
<h1>老旧小区改造取得新进展</h1><div class="info">2024-05-01 来源：市住建局</div>
<div class="article-content">{body}</div>
<div class="comment"><h3>网友评论</h3>{comments}</div>
<div class="footer">版权所有 某某新闻网</div></body></html>"""


def test_news_article_with_numbered_comments_stays_an_article_without_them():
    record = clean(news_with_comments())
    assert record.page_type == "article"
    for text in NEWS:
        assert text in record.text
    assert "停车位终于够了" not in record.text


def forum_software_post() -> str:
    body = "".join(f"<p>{text}</p>" for text in ANSWER)
    return f"""<html><head><meta charset="utf-8"><title>{QUESTION}(页 1) - 闲聊灌水</title></head><body>
<div>闲聊 » 闲聊灌水 » {QUESTION}</div><div>2003-5-29 09:07 老王</div>
<div>{body}</div><div>页: [1]</div><div>查看完整版本: {QUESTION}</div>
<div>Powered by Discuz! Archiver 5.0.0 © 2001-2006 Comsenz Inc.</div></body></html>"""


def test_first_post_under_forum_software_footer_is_a_forum_page():
    record = clean(forum_software_post())
    assert record.page_type == "forum"
    for text in ANSWER:
        assert text in record.text
    assert "Powered by" not in record.text


def forum_index() -> str:
    rows = "".join(
        f'<li><a href="/thread-{i}-1-1.html">第{i}期社区活动报名通知及注意事项汇总</a></li>' for i in range(1, 16)
    )
    return f"""<html><head><meta charset="utf-8"><title>活动公告 - 某某社区</title></head><body>
<div class="nav"><a href="/">首页</a></div><h1>活动公告</h1><ul>{rows}</ul>
<div class="footer">Powered by Discuz! X3.4</div></body></html>"""


def test_board_index_with_forum_software_footer_stays_a_list():
    assert clean(forum_index()).page_type == "list"


def test_schema_org_qapage_makes_a_forum_page():
    html = news_with_comments().replace(
        "</head>",
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "QAPage"}</script></head>',
    )
    assert clean(html).page_type == "forum"


def old_board_dump() -> str:
    lines = ["", "BT下载专区", "主题: 【2005年纪录片合集】【DVD-RMVB】"]
    posts = [
        ("2005-08-28 20:56:20", ANSWER[0]),
        ("2005-08-28 23:38:58", "谢谢楼主分享，找了好几天了！"),
        ("2005-08-29 20:59:54", "呵呵,好啊，支持一下这样的好帖子。"),
    ]
    for floor, (time, text) in enumerate(posts, 1):
        lines += [f"楼层： 第 {floor} 楼 时间：{time}", f"作者： 网友{floor}", f"能力值:{floor}97451", text]
    lines += ["作者曾经发过的文章", "1.【2005年纪录片】【DVD-RMVB】...", "2.哪位推荐一款好用的下载工具~", "3.世界之战"]
    return "\n".join(lines) + "\n"


def test_dump_of_an_old_board_without_url_is_a_forum_page():
    record = clean_dump(old_board_dump())
    assert record.page_type == "forum"
    assert ANSWER[0] in record.text
    assert "谢谢楼主分享" in record.text
    assert "能力值:297451" not in record.text and "能力值:397451" not in record.text  # users' statistics
    assert "世界之战" not in record.text  # the author's other threads after the last post


def test_dump_signs_need_more_than_one_floor_or_one_answer_label():
    assert shows_thread_signs(["1个回答", "采纳数：152 获赞数：112"])
    assert not shows_thread_signs(["坐在沙发上傻笑"])
    assert not shows_thread_signs(["Frequently Asked Questions"])
    assert shows_thread_signs(["© 2022 Powered by BBS-GO"])


def test_forum_site_alone_leaves_the_decision_to_the_replies():
    assert is_thread("https://bbs.example.com/detail/171", "某某论坛", []) is None
    assert is_thread("https://www.example.com/thread-123-1-1.html", "", []) is True
    assert is_thread("https://www.example.com/news/1.html", "新闻", []) is False


def test_blog_article_on_a_community_site_is_an_article():
    text = "\n".join(
        ["解决新项目依赖报错 | Vue.js 技术论坛", "登录 注册", "解决新项目依赖报错", *NEWS, "讨论数量: 0", "暂无内容！"]
    )
    assert clean_dump(text + "\n").page_type == "article"
