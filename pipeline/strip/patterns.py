"""Every pattern of the boilerplate-stripping stage, compiled once. (Seed version.)

Line-level phrases first (shared by dumps and HTML), then DOM vocabulary. Each names where it
is seen. Metadata labels (发布日期, 来源, 作者 …) live in ``pipeline.meta.patterns``.
"""

from __future__ import annotations

import regex

# Controls and widgets that are never article text: font size, print, close window, share,
# login boxes (the seed page: "【关闭窗口】", "用户登录", "×").
CONTROL_LINE = regex.compile(
    r"^[\s\[\]【】()（）|｜/·•>»]*(?:关闭窗口|关闭本页|打印本页|打印此页|打印|收藏本页|加入收藏|返回顶部|回到顶部|"
    r"字号[:：]?.*|[大中小]\s*[大中小]\s*[大中小]|分享到.*|用户登录|登录|注册|退出|×|x|X|设为首页|"
    r"Print|Close|Share|Back to top)[\s\[\]【】()（）|｜/·•]*$"
)
# Previous/next-article links.
PREV_NEXT = regex.compile(r"^\s*[【\[]?\s*(?:上一篇|下一篇|上一条|下一条|前一篇|后一篇)\s*[】\]]?\s*[:：]?")
# Breadcrumb trails: "当前位置: 首页 > 市县政协 >>正文内容".
BREADCRUMB = regex.compile(r"^\s*(?:当前位置|您现在的位置|您的位置|你的位置|所在位置|现在位置|位置)\s*[:：]")
# Footer lines: copyright, ICP licences, sponsor/organiser, contact.
FOOTER_LINE = regex.compile(
    r"(?:版权所有|Copyright|©|\(c\)|ICP备|ICP证|公网安备|主办单位|承办单位|主办[:：]|承办[:：]|联系电话|"
    r"联系我们|网站地图|技术支持|建议使用.*浏览器|分辨率|网站标识码)",
    regex.IGNORECASE,
)
