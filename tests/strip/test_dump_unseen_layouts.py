"""Text dumps laid out as the unseen pages rendered in session 7 were (toutiao galleries, sina comment areas, a
portal's home page, Burmese and Thai articles, picture credits). Each dump is written here in the way a
browser's innerText renders such a page: the <title> on line 1, one block per line."""

from __future__ import annotations

from pipeline import clean_page
from pipeline.strip.lines import UNPUNCTUATED_TEXT_SIZE, classify_line

RELATED_TITLES = [
    "新时代中国奇迹：这片曾威胁过首都的沙漠，被“收服”了",
    "老照片：1933年的中国各地鸟瞰图，这大概就是古代的样子",
    "全球最大的公园：超过160多个国家陆地面积，约中国十分之一面积",
    "老照片：1935年莫斯科的改造方案，很超前的设计规划",
    "天山深处镶嵌的蓝色宝石，赛里木湖从原生态走向成熟景区",
    "消失的阿富汗大佛：护佑了人们1500年，却自身难逃炮火攻击",
]
GALLERY_TEXT = (
    "1/10 当全世界绝大部分国家都在为能够吸引中国游客到来而绞尽脑汁的时候，只有这么一个国家一脸淡定，"
    "一副你们爱来不来的样子，这个国家便是位于中国与俄罗斯两国中间的内陆国。"
)


def _cleaned(lines: list[str], name: str = "page.txt"):
    return clean_page("\n".join(lines).encode("utf-8"), name=name)


def test_a_gallery_caption_under_a_badged_headline_is_the_text_and_the_related_titles_are_not():
    record = _cleaned(
        [
            "最不愁吃肉的国家：顿顿有肉吃，却要靠中国运输蔬菜水果",
            "登录",
            "首页 / 图片 / 正文",
            "原创最不愁吃肉的国家：顿顿有肉吃，却要靠中国运输蔬菜水果",  # the platform's badge glued to the headline
            " 去驴行",
            "关注",
            GALLERY_TEXT,  # opens with the picture's number, "1/10", not a list item's date
            "2019-09-08 11:42:03",
            "举报",
            "相关推荐",
            *[line for title in RELATED_TITLES for line in ("9图", title)],
            "7 条评论",
        ]
    )
    assert record.text == GALLERY_TEXT
    assert record.page_type == "article"


COMMENTS = [
    "我每天都在微笑 5小时前",
    "建议以后这种危险景区给游客佩戴定位手环，出景区才能由专业人员取下，自己就无法取，免得失踪了增加景区消耗。",
    "回复 ⋅ 254条回复 8421",
    "风子 3小时前",
    "从出口监控没有看到失踪孩子，如果没有其他无监控出口，那孩子肯定还在景区，期望被他人带走的可能性不大。",
]
ARTICLE = [
    "9月2日，一名9岁男孩在海螺沟景区游玩时与母亲走散，当地已组织数百人连续搜寻多日。",
    "景区管理局表示，搜救人员已对沿途的沟谷、林地和冰川边缘进行了反复排查，目前仍未发现孩子的踪迹。",
    "警方提醒游客，在高海拔景区游玩时务必看管好随行儿童，不要进入未开放区域。",
]


def test_a_count_of_comments_ends_the_article():
    for header in ("4,060 条评论", "51条评论|1,307人参与网友评论"):
        record = _cleaned(["9岁男孩景区失踪多日仍未找到", "9岁男孩景区失踪多日仍未找到", *ARTICLE, header, *COMMENTS])
        assert record.text.split("\n") == ARTICLE, header


def test_a_posts_count_of_comments_in_a_thread_does_not_end_the_thread():
    answer = [
        "这是去年九月份以后泸定第三次较强余震，本次地震震中和前两次比较，在海螺沟更南的区域。",
        "本次地震发生在主震附近，泸定去年的6.8级地震对其有明显的触发作用，未来仍需注意防范。",
    ]
    record = _cleaned(
        [
            "泸定县发生4.8级地震，当地情况如何？ - 知乎",
            "泸定县发生4.8级地震，当地情况如何？",
            "关注问题",
            "写回答",
            "22 个回答",
            "中国地震台网正式测定：02月28日22时46分在四川甘孜州泸定县发生4.8级地震，震源深度8千米。",
            "查看全部 22 个回答",
            "等风",
            "1 人赞同了该回答",
            "微信群和朋友圈都在发地震预警，外地朋友一贯的吓得够呛，本地人比较佛系，毕竟大部分地区接入了预警系统。",
            "编辑于 2023-03-01 15:45",
            "赞同 104",
            "40 条评论",  # under the answer: the thread goes on
            "分享",
            "瘟猪",
            *answer,
        ],
        name="question.txt",
    )
    assert record.page_type == "forum"
    assert all(line in record.text.split("\n") for line in answer)


def test_a_keyword_line_is_not_text_but_a_papers_keywords_are():
    dump = ["苹果发布新iPhone 11", "苹果发布新iPhone 11", *ARTICLE, "文章关键词： 苹果新品新iPhone", "分享到:"]
    assert "关键词" not in _cleaned(dump).text
    assert classify_line("标签：南生系列 迭代公告").kind == "control"
    assert classify_line("关键词: 淘宝网；物流配送；电子商务").kind != "control"  # under a paper's abstract


def test_the_items_of_a_related_list_above_the_article_do_not_join_it_as_its_lead():
    record = _cleaned(
        [
            "苹果发布新iPhone 11_新浪科技",
            "苹果发布新iPhone 11：64GB售5499元",
            "2019年09月11日01:53 新浪科技 我有话说(1307人参与)",
            "自动播放",
            "相关新闻：",
            "直播2019年苹果发布会(英文原声+中文字幕)",
            "苹果2019年秋季新品发布会：谈色彩 致创新",
            *ARTICLE,
        ]
    )
    assert record.text.split("\n") == ARTICLE


def test_a_home_pages_menu_after_its_name_is_not_an_article():
    menu = "网易公开课 网易严选 邮箱大师 快速导航 新闻 国内 国际 图片 军事 体育 娱乐 财经 股票 汽车 科技 手机 房产"
    items = [
        "国务院常务会议部署进一步稳外贸稳外资举措",
        "多地出台措施支持新能源汽车下乡消费",
        "暑期文旅消费持续升温 多个景区迎来客流高峰",
        "全国多地高温持续 电力供应总体平稳有序",
        "教育部发布2023年高校毕业生就业促进行动方案",
        "我国成功发射新一代海洋观测卫星",
        "央行开展逆回购操作 维护银行体系流动性合理充裕",
        "国家统计局公布上半年国民经济运行数据",
        "长江流域防汛形势严峻 多部门联合会商部署",
    ]
    nav_bar = "新闻 | 体育 | 娱乐 | 财经 | 汽车"
    record = _cleaned(["网易新闻", "网易首页", "网易新闻", *menu.split(), "登录", nav_bar, *items], name="home.txt")
    assert record.page_type == "list"
    assert "网易严选" not in record.text


def test_a_caption_naming_an_organiser_does_not_end_the_article():
    later = "中国人文地理学术年会创办于2011年，先后在南京、武汉、兰州等地成功举办了8次会议，本次首次在西南地区举行。"
    record = _cleaned(
        [
            "2019年中国人文地理学术年会成功举行",
            "2019年中国人文地理学术年会成功举行",
            *ARTICLE,
            "下届承办单位浙江大学接受会旗并合影",
            later,
            "主办单位：中国地理学会 联系我们",
        ]
    )
    assert later in record.text.split("\n")
    assert "主办单位" not in record.text


def test_an_editor_line_with_a_bar_ends_the_article_in_a_dump_and_in_html():
    tail = ["编辑|禤志杰", "责编|陈梦莹", "扫描下方二维码解锁更多技能", "1、回复【公租房】查看最新消息"]
    record = _cleaned(["广州南沙邮轮母港即将开通", "广州南沙邮轮母港即将开通", *ARTICLE, *tail])
    assert record.text.split("\n") == ARTICLE
    paragraphs = "".join(f"<p>{line}</p>" for line in [*ARTICLE, *tail])
    body = f"<h1>邮轮母港</h1><div class='article'>{paragraphs}</div>"
    html = f"<html><head><title>邮轮母港</title></head><body>{body}</body></html>"
    assert clean_page(html.encode("utf-8"), name="page.html").text.split("\n") == ARTICLE


BURMESE = [
    "အလဲဗင်းသတင်းထောက်နှစ်ဦးကို နိုင်ငံတော်အကြည်ညိုပျက်စေမှုပုဒ်မနဲ့ တရားစွဲဆိုထားပါတယ်။",
    "ရန်ကုန်တိုင်းဒေသကြီးအစိုးရက တရားစွဲဆိုခဲ့တာဖြစ်ပြီး၊ သတင်းထောက်တွေကို ယနေ့ တရားရုံးကို ခေါ်ယူခဲ့ပါတယ်။",
    "အဆိုပါ ဆောင်းပါးဟာ တိုင်းဒေသကြီးဝန်ကြီးချုပ်ရဲ့ အသုံးစရိတ်တွေအကြောင်း ရေးသားထားတာ ဖြစ်ပါတယ်။",
]


def test_burmese_sentences_are_prose():
    record = _cleaned(["တရားစွဲဆိုမှု - BBC News မြန်မာ", "Menu", "News", "Sport", "တရားစွဲဆိုမှု", *BURMESE, "Twitter"])
    assert record.text.split("\n") == BURMESE


def test_a_long_line_of_thai_is_prose_a_short_one_is_not():
    sentence = "ผู้สื่อข่าวได้รับแจ้งว่าพบศพลอยมาติดริมแม่น้ำโขง เจ้าหน้าที่ได้ตรวจสอบและส่งศพไปชันสูตรที่โรงพยาบาล"
    assert len(sentence) >= UNPUNCTUATED_TEXT_SIZE
    assert classify_line(sentence).kind == "text"
    assert classify_line("สิทธิมนุษยชน").kind != "text"


def test_a_pictures_credit_does_not_end_the_article_a_footers_copyright_does():
    first = [
        "An exclusive investigation reveals new details on the critical role played by a security firm, sources say.",
        "The London embassy contract proved especially valuable to the firm, however, according to its records.",
    ]
    second = [
        "Fellow executives began to grow suspicious of the chief executive and his secretive trips to Las Vegas.",
        "It was increasingly clear to them that he was deceiving one client in Quito to serve another in Washington.",
    ]
    record = _cleaned(
        [
            "The American friends",
            "The American friends",
            *first,
            "© Noelia Páez/Instagram",
            *second,
            "© 2023 Sott.net. All rights reserved.",
            "Comments policy and privacy, with the usual long footer text that nobody reads at all.",
        ]
    )
    assert record.text.split("\n") == first + second


def test_share_words_opening_with_a_single_letter_control_are_controls():
    # ("T" is a control alone, a font-size letter; it was tried before the words it opens and, the match being
    # possessive, left "witter" of "Twitter" unmatched)
    for word in ("Twitter", "Tweet", "Top", "Teilen:", "T"):
        assert classify_line(word).kind == "control", word


def test_a_word_opening_like_a_credit_label_is_not_a_credit():
    from pipeline.strip import patterns as P

    for text in ("Photo: AP", "Photos: Reuters", "Foto: dpa", "FOTOGRAF", "Image copyright Getty Images"):
        assert P.CREDIT_LINE.match(text), text
    for text in ("Photovoltaik auf dem Dach", "Photography tips for beginners", "Imagery of the storm"):
        assert not P.CREDIT_LINE.match(text), text
