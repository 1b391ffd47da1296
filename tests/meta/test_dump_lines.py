"""Metadata from text dumps: rules that read the rendered lines (no classes, links or meta tags)."""

from __future__ import annotations

from pipeline.meta.bylines import split_names
from tests.meta.helpers import run_meta

BODY = "记者从有关部门获悉，相关工作正在稳步推进，各地按照统一部署落实各项措施，取得了明显成效。" * 3


def dump(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_the_headline_is_the_bare_line_not_a_widget_echoing_it_over_the_trail():
    page = run_meta(
        dump(
            "维护全人类共同利益需联手抵制保护主义 _光明网",
            "时政",
            "国际",
            "正在阅读：维护全人类共同利益需联手抵制保护主义",
            "首页> 时政频道> 要闻 > 正文",
            "维护全人类共同利益需联手抵制保护主义",
            "来源：人民日报2024-05-13 08:49",
            BODY,
        ),
        name="page.txt",
    )
    assert page.headline == "维护全人类共同利益需联手抵制保护主义"
    assert page.record.section == "要闻"
    assert page.record.source == "人民日报"


def test_a_trail_one_step_per_line_over_the_headline_beats_an_arrowed_link_above():
    page = run_meta(
        dump(
            "〈うまい店〉紹介制の肉割烹が一般予約を開放！ | 食べログマガジン",
            "連載一覧を見る →",
            "食べログ公式SNSをフォロー",
            "食べログマガジン",
            "HOME",
            "最新記事",
            "うまい店",
            "〈うまい店〉紹介制の肉割烹が一般予約を開放！",
            "2024年5月13日",
            "おいしいもの好きのあの人に「うまい店」を教えてもらう本企画。今回は肉料理店をご紹介。" * 2,
        ),
        name="page.txt",
    )
    assert page.record.title == "〈うまい店〉紹介制の肉割烹が一般予約を開放！"
    assert page.record.section == "うまい店"  # a series the headline names in brackets is a category


def test_a_trail_shown_higher_up_and_closed_by_an_issue_line():
    lines = ["淘宝网物流配送存在的问题及对策研究", "学术期刊", "首页", "经济与管理", "现代市场营销"]
    lines += ["Vol. 8 No. 2 (May 2018)", "期刊菜单", "最新文章", "历史文章", "检索", "编委", "投稿须知"]
    lines += ["淘宝网物流配送存在的问题及对策研究", "作者: 赵 培：北京物资学院，北京", BODY]
    page = run_meta(dump(*lines), name="page.txt")
    assert page.record.section == "现代市场营销"


def test_a_menu_over_a_date_is_no_trail():
    lines = ["关于做好防汛工作的通知_某某市人民政府", "首页", "新闻中心", "政务公开", "办事服务", "互动交流"]
    lines += ["2024年5月1日 星期三", "关于做好防汛工作的通知", "发布时间：2024-05-01", BODY]
    page = run_meta(dump(*lines), name="page.txt")
    assert page.record.section is None


def test_a_trail_glued_into_one_line_is_cut_where_the_title_names_its_last_step():
    page = run_meta(
        dump(
            "第二章 失乡号的船长 _《深海余烬》小说在线阅读 - 起点中文网",
            "登录",
            "首页科幻未来世界深海余烬",
            "第二章 失乡号的船长241",
            "深海余烬远瞳123 3160字2022年07月10日 07:15",
            "这并不是周铭第一次穿过这道门来到“对面”。37",
            BODY,
        ),
        name="page.txt",
    )
    assert page.record.section == "深海余烬"
    assert page.record.authors == ["远瞳"]  # the book glued before the author's name is the section


def test_the_trails_last_step_shown_again_under_it_is_the_headline():
    page = run_meta(
        dump(
            "艺术史研究<世纪在线中国艺术网",
            "快讯|世纪论坛|艺术史研究|电影|新媒体艺术",
            "您的位置：主页>艺术史研究>北大工作室>方法与规范>第一编 古代",
            "无规矩无以成方圆 唯科学能担当结论之保障",
            "*第一编 古代",
            BODY,
        ),
        name="page.txt",
    )
    assert page.record.title == "第一编 古代"
    assert page.record.section == "方法与规范"


def test_a_title_segment_nothing_backs_loses_to_the_name_of_the_home_link():
    page = run_meta(
        dump(
            "刺死辱母者于欢的罪与悔：出狱第一晚仅睡三四个小时_苏银",
            "搜狐首页",
            "新闻",
            "体育",
            "刺死辱母者于欢的罪与悔：出狱第一晚仅睡三四个小时",
            "2020-11-26 08:04 来源:中国新闻网",
            BODY,
        ),
        name="page.txt",
    )
    assert page.record.site_name == "搜狐"
    assert page.record.source == "中国新闻网"


def test_a_title_site_backed_or_site_like_is_kept():
    page = run_meta(
        dump(
            "《蓝羽会客厅》之《北京影人》5月20日起播出_华语_电影网_1905.com",
            "登录/注册",
            "1905电影网",
            "首页",
            "《蓝羽会客厅》之《北京影人》5月20日起播出",
            "时间：2024.05.20 来源：1905电影网",
            BODY,
        ),
        name="page.txt",
    )
    assert page.record.site_name == "1905电影网"  # the logo's full name, shown as a line


def test_the_account_card_of_a_self_media_page_names_the_source():
    lines = ["悲壮！布伦森遭遇左手骨折 第三节受伤提前离场_尼克斯_季后赛_步行者", "新闻", "体育", "登录", "NBA广角"]
    lines += ["由内容质量、互动评论、分享传播等多维度分值决定，勋章级别越高，代表其综合表现越好。"]
    lines += ["7.4万文章", "418亿总阅读", "查看TA的文章>", "评论", "分享"]
    lines += ["悲壮！布伦森遭遇左手骨折 第三节受伤提前离场", "2024-05-20 06:48", "发布于：北京市", BODY]
    page = run_meta(dump(*lines), name="page.txt")
    assert page.record.source == "NBA广角"
    lines[4] = "张小明"  # a person's account is no source
    assert run_meta(dump(*lines), name="page.txt").record.source is None


def test_a_name_starting_with_wen_is_not_the_role_wen():
    assert split_names("文静") == (["文静"], [])
    assert split_names("文/张三") == (["张三"], [])
    assert split_names("文 李四 王五") == (["李四", "王五"], [])
    page = run_meta(dump("标题_财经网", "标题", "2024-05-11 09:36:26", BODY, "(编辑：文静)"), name="page.txt")
    assert page.record.editors == ["文静"]


def test_short_title_segments_in_a_row_are_keywords_not_a_section():
    lines = ["中法经贸合作广度深度不断拓展_中国_法国_全球", "新闻", "体育", "中法经贸合作广度深度不断拓展"]
    page = run_meta(dump(*lines, "2024-05-13 06:15", BODY), name="page.txt")
    assert page.record.section is None
    page = run_meta(
        dump("丽水市政协绘就精彩履职画卷_市县政协_浙江政协", "丽水市政协绘就精彩履职画卷", BODY), name="p.txt"
    )
    assert page.record.section == "市县政协"


def test_a_journal_issue_dates_a_paper_that_shows_no_date():
    lines = ["淘宝网物流配送存在的问题及对策研究", "首页", "经济与管理", "现代市场营销", "Vol. 8 No. 2 (May 2018)"]
    lines += ["期刊菜单", "淘宝网物流配送存在的问题及对策研究", "作者: 赵 培：北京物资学院，北京", BODY]
    assert run_meta(dump(*lines), name="page.txt").record.published == "2018-05"
    lines.insert(-1, "发布时间：2018-06-01")
    assert run_meta(dump(*lines), name="page.txt").record.published == "2018-06-01"
