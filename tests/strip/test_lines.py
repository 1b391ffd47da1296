"""The dump line classifier and main-block selection (pipeline/strip/lines.py), on dumps of our own
making shaped like the real ones: Chinese government and news pages, a forum thread, an index page."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import clean_page
from pipeline.page import Page
from pipeline.process import new_page, raw_page_from
from pipeline.readers.parse import parse_page
from pipeline.strip import lines as L
from pipeline.strip.lines import classify_line, extract_lines
from pipeline.strip.templates import line_hash

SEED = Path(__file__).resolve().parents[2] / "raw" / "000_61116273d5307d41.txt"

GOV_NOTICE = """关于做好2024年防汛工作的通知_通知公告_江南市人民政府
江南市人民政府门户网站
用户登录
×
首页 | 政务公开 | 政务服务 | 互动交流 | 走进江南
请输入关键字
搜索
当前位置：首页 > 政务公开 > 通知公告
关于做好2024年防汛工作的通知
发布时间：2024-05-20 09:30 来源：市应急管理局 浏览次数：1024
字号：[ 大 中 小 ] 【打印本页】 【关闭窗口】
各区县人民政府，市政府各部门：
\u3000\u3000当前已进入主汛期，为切实做好2024年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下。
一、压紧压实防汛责任
\u3000\u3000各地要严格落实以行政首长负责制为核心的防汛责任制，逐级明确责任人，确保责任到人、措施到位。
二、加强监测预警
\u3000\u3000气象、水利等部门要加强会商研判，及时发布预警信息，提前转移危险区域群众，做到应转尽转。
特此通知。
上一篇：关于开展安全生产大检查的通知
下一篇：江南市2024年一季度经济运行情况
相关链接
关于做好2023年防汛工作的通知
江南市防汛防台应急预案
网站地图 | 联系我们
主办单位：江南市人民政府办公室 承办单位：江南市大数据局
网站标识码：3300000001 浙ICP备00000001号
"""
GOV_BODY = [
    "各区县人民政府，市政府各部门：",
    "当前已进入主汛期，为切实做好2024年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下。",
    "一、压紧压实防汛责任",
    "各地要严格落实以行政首长负责制为核心的防汛责任制，逐级明确责任人，确保责任到人、措施到位。",
    "二、加强监测预警",
    "气象、水利等部门要加强会商研判，及时发布预警信息，提前转移危险区域群众，做到应转尽转。",
    "特此通知。",
]


def parsed(dump: str, *, name: str = "page.txt", url: str | None = None) -> Page:
    """A dump decoded into lines, as the strip step receives it (no metadata step: no headline)."""
    return parse_page(new_page(raw_page_from(dump.encode("utf-8"), name=name, url=url)))


def test_gov_notice_keeps_the_body_and_nothing_else():
    record = clean_page(GOV_NOTICE.encode("utf-8"), name="notice.txt")
    assert record.text.split("\n") == GOV_BODY
    assert record.page_type == "article"


def test_headline_is_found_from_the_title_and_not_repeated():
    page = extract_lines(parsed(GOV_NOTICE))
    assert page.headline == "关于做好2024年防汛工作的通知"
    assert page.record.title == "关于做好2024年防汛工作的通知"  # nobody had set a title
    assert page.headline not in page.paragraphs


def test_a_headline_wrapped_over_lines_does_not_open_the_text():
    # the info table names the title, then the notice prints it wrapped over three lines
    heading = "关于做好2024年防汛工作的通知\n发布时间"
    wrapped = GOV_NOTICE.replace(heading, "标 题： " + heading)
    wrapped = wrapped.replace("各区县人民政府，", "关于做好2024\n年全市防汛\n工作的通知\n各区县人民政府，")
    wrapped = wrapped.replace("防汛工作的通知", "全市防汛工作的通知")
    record = clean_page(wrapped.encode("utf-8"), name="notice.txt")
    assert record.text.split("\n") == GOV_BODY


MICROBLOG_POST = """【江南一水库泄洪致3村受淹？官方：已成... - @江南日报的微博 - 微博
登录注册
热门
江南日报
24-6-1 09:12
来自 微博网页版
【江南一水库泄洪致3村受淹？官方：已成立调查组】#江南水库泄洪# 江南县政府通报，6月1日凌晨一水库泄洪，下游3村农田被淹。
县委、县政府高度重视，已成立调查组，对泄洪程序是否合规进行全面调查，调查结果将及时向社会公布。
分享这条博文
评论
已加载全部评论
"""


def test_a_headline_opening_a_paragraph_keeps_the_paragraph():
    """A post whose bracketed lead is the (cut) <title>: the lead is the title, the post stays whole."""
    record = clean_page(MICROBLOG_POST.encode("utf-8"), name="post.txt")
    assert record.title == "江南一水库泄洪致3村受淹？官方：已成立调查组"
    paragraphs = record.text.split("\n")
    assert paragraphs[0].startswith("【江南一水库泄洪致3村受淹？官方：已成立调查组】#江南水库泄洪# 江南县政府通报")
    assert paragraphs[1].startswith("县委、县政府高度重视")


def test_a_headline_from_the_metadata_step_is_used():
    page = parsed(GOV_NOTICE)
    page.headline = "江南市防汛防台应急预案"  # whatever the metadata step found, it wins over the title
    extract_lines(page)
    assert page.headline == "江南市防汛防台应急预案"
    assert "江南市防汛防台应急预案" not in page.paragraphs


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("【关闭窗口】", L.CONTROL),
        ("【发表评论】【关闭窗口】", L.COMMENTS),  # the comment link: the article is over
        ("字号:[][][]", L.CONTROL),
        ("分享到：", L.CONTROL),
        ("放大 缩小 默认", L.CONTROL),
        ("×", L.CONTROL),
        ("页面功能 【我来说两句】【推荐】【字体：大 中 小】【打印】 【关闭】", L.CONTROL),
        ("展开全部", L.CONTROL),  # a control word that begins with a shorter one ("展开")
        ("阅读数：1024", L.CONTROL),
        ("点击数: 86", L.CONTROL),
        ("当前位置: 首页 > 市县政协 >>正文内容", L.CRUMB),
        ("您现在的位置：首页 > 新闻中心", L.CRUMB),
        ("首页 > 期刊要览 > 中共中央党校学报 > 2022年第4期", L.CRUMB),
        ("首页|新闻|图片|评论|共青团|温暖的BaoBao|青年之声", L.NAV),
        ("母婴 健康 历史 军事 美食 文化 星座 专题 游戏", L.NAV),
        ("发布日期:2021年02月20日 来源:联谊报 作者:徐文燕 叶瑞胜 字号:[][][]", L.META),
        ("发表于 2024-05-20 06:48", L.META),
        ("By Jane Doe | 12 May 2024", L.META),
        ("发布于：北京市", L.META),
        ("上一篇：关于开展安全生产大检查的通知", L.END),
        ("（编辑：小何）", L.END),
        ("责任编辑：张三", L.END),
        ("热门评论", L.COMMENTS),
        ("Copyright © 2024 Example Inc. All rights reserved.", L.END),
        ("浙ICP备00000001号 浙公网安备 33000002000001号", L.END),
        ("■相关链接", L.RELATED),
        ("延伸阅读：广西骗子演绎25亿美元惊天骗局", L.RELATED),
        ("大家都在看", L.RELATED),
        ("随机话题 换一换", L.RELATED),
        ("平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。", L.NOTICE),
        ("以上内容（包括图片及视频）为创作者平台用户上传并发布，本平台仅提供信息存储服务", L.NOTICE),
        ("凝心聚力 砥砺前行", L.SHORT),
        ("一、压紧压实防汛责任", L.SHORT),
        ("中共党史", L.SHORT),
        ("尼克斯官方宣布，布伦森第三节遭遇左手骨折，本场比赛不会回归。", L.TEXT),
        ("在货到付款方面还有几个关键点需要点明：", L.TEXT),
        ("转型当前，井柏然如何在《新生》做到一人千面？2024-05-15", L.SHORT),  # a list item with its date
        ("偶像新人王郭品超写真(7928)", L.SHORT),
        ("为何ChatGPT这么火，现在将从以下四个方面做出解析...", L.SHORT),  # a truncated teaser
    ],
)
def test_classify_line(line: str, kind: str):
    assert classify_line(line).kind == kind


def test_template_lines_are_boilerplate_even_when_they_look_like_text():
    slogan = "坚持以人民为中心的发展思想，奋力推进中国式现代化市域实践。"
    assert classify_line(slogan).kind == L.TEXT
    assert classify_line(slogan, frozenset([line_hash(slogan)])).kind == L.TEMPLATE
    page = parsed(GOV_NOTICE.replace("特此通知。\n", f"特此通知。\n{slogan}\n"))
    page.template_hashes = frozenset([line_hash(slogan), line_hash("二、加强监测预警")])
    extract_lines(page)
    assert slogan not in page.paragraphs
    assert "二、加强监测预警" not in page.paragraphs
    assert "一、压紧压实防汛责任" in page.paragraphs


def test_seed_page_text_checks():
    record = clean_page(SEED.read_bytes(), name=SEED.name)
    text = record.text
    assert text.startswith("据联谊报 在极不平凡的2020年")
    assert text.endswith("贡献政协智慧和力量。")
    assert "凝心聚力 砥砺前行" in text.split("\n")
    for junk in ("浙江政协履职服务综合平台", "用户登录", "当前位置", "发布日期", "字号", "关闭窗口", "×", "\u00a0"):
        assert junk not in text
    assert record.title == "丽水市政协绘就精彩履职画卷"
    assert "丽水市政协绘就精彩履职画卷" not in text.split("\n")


SHORT_STORY_THEN_FEED = """美官员否认伊朗直升机事故存在谋杀行为_【快资讯】
快资讯
首页
登录
美官员否认伊朗直升机事故存在谋杀行为
播报文章
中国新闻网
2024-05-20 13:09
据美国全国广播公司报道，载有伊朗总统的直升机发生事故后，美参议院多数党领袖表示，已从情报部门获悉，没有证据表明该事件中存在谋杀行为。他称，事发地点天气糟糕，大雾弥漫，这看起来像是一起事故。
以上内容（包括图片及视频）为创作者平台用户上传并发布，本平台仅提供信息存储服务
分享至：
举报
文章不错，点个赞吧
31岁在春晚一炮而红，观众都以为他隐退了，其实已经去世10年了
如果说在中国传唱度最高的歌曲，那这一首歌绝对算得上是家喻户晓，那就是《外婆的澎湖湾》，很多人都会唱。
这首歌有很多明星都翻唱过，但这首歌其实原唱是潘安邦，他的一些耳熟能详的经典作品大家一定知道，比如《乡间小路》。
1961年，潘安邦出生于台湾省的一个军人家庭，自幼受到了良好的教育，因从小对唱歌产生了浓厚的兴趣，走上了音乐的道路。
在事业上有了成就的他，爱情也随之而来了，1985年他在国外开演唱会时认识了妻子，两人一见如故，次年举行了婚礼。
但是天妒英才，2013年，52岁的潘安邦再次染上了重病，这次的他在经过了无数次的抢救之后，最终还是离开了人世。
"""


def test_the_story_after_the_headline_wins_over_a_longer_one_further_down():
    record = clean_page(SHORT_STORY_THEN_FEED.encode("utf-8"), name="feed.txt")
    assert record.text.startswith("据美国全国广播公司报道")
    assert "潘安邦" not in record.text
    assert "本平台仅提供信息存储服务" not in record.text


def test_a_related_box_inside_the_article_is_crossed():
    sentence = "2004年3月20日至5月7日，来自四川泸州的老中医在碧峰峡进行了一场引人关注的绝食表演。"
    paragraphs = [f"第{i}段：{sentence}" for i in range(8)]
    dump = "\n".join(
        [
            "2004中国十大科技骗局 老中医绝食49天居首_雅虎财经",
            "雅虎 - 财经 - 新闻 - 科技 - 旅游",
            "2004中国十大科技骗局 老中医绝食49天居首",
            *paragraphs[:3],
            "延伸阅读：57岁小学肄业 广西骗子演绎25亿美元惊天骗局",
            "诱导高收费电话回电 警惕祝福短信成骗钱陷阱",
            "骗局之2",
            *paragraphs[3:],
            "相关报道",
            "沪数起诈骗案：陌生人打电话要求汇款骗取资金",
        ]
    )
    lines = clean_page(dump.encode("utf-8"), name="x.txt").text.split("\n")
    assert all(p in lines for p in paragraphs)
    assert "骗局之2" in lines  # a subheading between two parts of the article
    assert not any("骗子演绎" in line or "陌生人打电话" in line for line in lines)


THREAD = """建议对鼠神进行改版 - 建议反馈 - 官方论坛 - Powered by Discuz!
论坛首页
官方论坛»论坛首页 › 官方讨论区 › 建议反馈
查看: 3481|回复: 3
建议对鼠神进行改版
前程往事
主题
帖子
积分
发消息
楼主
发表于 2024-4-5 23:20:45 | 只看该作者
建议对鼠神进行改版，现在的鼠神说是传奇，跟别的传奇差太远了，建议如下：
1*莲花雷变成可以自动恢复的，现在的传奇哪个不能恢复，唯独鼠神不行。
回复
举报
横财天降
主题
帖子
积分
发消息
沙发
发表于 2024-4-11 11:52:24 | 只看该作者
顶你，鼠神真的是太弱了，攻击低，玩灾变居然还要自己买子弹
回复
举报
故乡故事里的人
主题
帖子
积分
发消息
板凳
发表于 2024-5-6 12:47:42 | 只看该作者
同质化太严重了就没意思了
回复
举报
返回列表
Copyright © 2024 官方论坛 版权所有
"""


def test_a_thread_keeps_its_replies_without_the_post_furniture():
    record = clean_page(
        THREAD.encode("utf-8"), name="t.txt", url="https://bbs.example.com/forum.php?mod=viewthread&tid=38"
    )
    lines = record.text.split("\n")
    assert record.page_type == "forum"
    assert lines[0].startswith("建议对鼠神进行改版，现在的鼠神")
    assert "顶你，鼠神真的是太弱了，攻击低，玩灾变居然还要自己买子弹" in lines
    assert "同质化太严重了就没意思了" in lines
    for label in ("主题", "帖子", "积分", "发消息", "沙发", "板凳", "回复", "举报"):
        assert label not in lines
    assert not any("发表于" in line for line in lines)


def test_the_thread_controls_alone_make_it_a_thread_without_a_forum_url_or_title():
    site = THREAD.replace("建议反馈 - 官方论坛 - Powered by Discuz!", "官方网站")
    record = clean_page(site.encode("utf-8"), name="t.txt")
    assert record.page_type == "forum"  # 沙发, 板凳, 只看该作者: what only a thread shows
    assert "同质化太严重了就没意思了" in record.text


def test_the_same_page_without_thread_controls_outside_a_forum_keeps_the_first_post_only():
    site = THREAD.replace("建议反馈 - 官方论坛 - Powered by Discuz!", "官方网站")
    for control in ("沙发\n", "板凳\n", " | 只看该作者"):
        site = site.replace(control, "\n" if control.endswith("\n") else "")
    record = clean_page(site.encode("utf-8"), name="t.txt")
    assert record.page_type == "article"
    assert "同质化太严重了就没意思了" not in record.text


def test_an_index_page_is_a_list_of_its_item_titles():
    items = [
        "中国特色社会主义政治经济学视角下的中国式现代化道路",
        "坚持人民至上的观念认知、制度支撑及运行机制",
        "论发展全过程人民民主与新时代民生建设",
        "中华优秀传统文化与马克思主义中国化的三次飞跃",
        "中共党史学“三大体系”建设的历史性契机",
        "新发展阶段社会建设与构建新发展格局",
        "基本公共服务均等化的政策逻辑与深化：共同富裕视角",
        "老少边穷地区公共文化服务软治理路径建构研究",
        "全球价值链视角下的发展格局：结构、循环与效应分析",
    ]
    authors = ["张素峰", "陈家刚", "杨渊浩", "张卫波", "宋学勤", "杨典", "袁威", "熊皇", "刘志彪"]
    body = [line for pair in zip(items, authors, strict=True) for line in pair]
    head = ["理论网-2022年第4期", "首页 | 理论 | 期刊", "首页 > 期刊要览 > 2022年第4期", "目录"]
    dump = "\n".join([*head, *body, "版权所有 理论网"])
    record = clean_page(dump.encode("utf-8"), name="index.txt")
    assert record.page_type == "list"
    lines = record.text.split("\n")
    assert all(item in lines for item in items)
    assert "版权所有 理论网" not in lines


def test_a_dump_misread_as_gbk_is_read_again():
    dump = GOV_NOTICE.encode("utf-8").decode("gbk", errors="replace")
    record = clean_page(dump.encode("utf-8"), name="mojibake.txt")
    assert "各地要严格落实以行政首长负责制为核心的防汛责任制" in record.text
    assert "江南市大数据局" not in record.text


ENGLISH = """City council approves new riverside park - The Example Gazette
Home
News
Sport
Sign in
Share
City council approves new riverside park
By Jane Doe | 12 May 2024
The city council voted on Tuesday to turn the old freight yard into a riverside park, ending a decade of debate.
Construction is expected to start next spring and to cost about 40 million dollars, the mayor said.
Residents who attended the meeting welcomed the decision, although some asked for more parking nearby.
Related
Council budget vote delayed again
Copyright 2024 The Example Gazette. All rights reserved.
"""


def test_an_english_dump():
    record = clean_page(ENGLISH.encode("utf-8"), name="en.txt")
    lines = record.text.split("\n")
    assert lines[0].startswith("The city council voted on Tuesday")
    assert lines[-1].startswith("Residents who attended the meeting")
    assert len(lines) == 3


@pytest.mark.parametrize("dump", ["", "只有标题\n", "标题\n\n\n", "标题\n首页\n登录\n×\n"])
def test_dumps_without_an_article(dump: str):
    record = clean_page(dump.encode("utf-8"), name="empty.txt")
    assert record.text == ""
    assert "no main text found" in record.warnings


def test_a_dumped_notice_keeps_its_signature_after_the_closing_formula() -> None:
    dump = GOV_NOTICE.replace(
        "特此通知。\n",
        "特此通知。\n\xa0\n\u3000\u3000江南市人民政府\u3000\u3000\n\u3000\u30002024年5月20日\u3000\u3000\n扫一扫在手机打开当前页\n",
    )
    text = clean_page(dump.encode("utf-8"), name="notice.txt").text
    assert text.endswith("特此通知。\n江南市人民政府\n2024年5月20日")
    assert "扫一扫" not in text
