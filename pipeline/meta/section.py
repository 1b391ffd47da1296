"""Section (the most specific breadcrumb category) and site name.

Breadcrumbs: "当前位置: 首页 > 市县政协 >>正文内容" -> 市县政协; "首页｜新华社记者看东北｜人物专访" ->
人物专访; a trail split over several lines ("网易首页-->", "主频道-->", "消费真相-->"); a trail whose
last step is the headline itself ("您在这里: 首页 › 诗 › 夜雨" -> 诗). The category or board a blog engine,
a CMS or a forum engine links beside the post's title (Discourse "/c/<slug>", Flarum "/t/<slug>", a
"category" class). Failing those, the middle segment of the <title> ("标题_栏目_站名").
Site name: og:site_name, else the last <title> segment, else a logo's alt.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from typing import Any

from lxml import etree

from pipeline.meta import patterns as P
from pipeline.meta.dates import find_dates
from pipeline.meta.title import split_title, title_key, worded_like
from pipeline.meta.view import PageView, collapsed_text, heading_text
from pipeline.strip.dom_blocks import NAV, classify_names

CRUMB_LOOKBACK = 25  # lines above the headline searched for a breadcrumb
MAX_CRUMB_LINE = 160
LABEL_SCAN = 80  # lines around the headline searched for a labelled category
VERTICAL_TRAIL = 5  # lines above the headline that may be a trail shown one step per line
FOOTER_LINES = 60  # last lines of a page searched for its copyright holder
HOME_LINE_SCAN = 5  # first lines of a dump searched for a link to the site's home ("搜狐首页")
KEYWORD_RUN = 3  # short <title> segments in a row, none a site's name: the page's keywords
KEYWORD_LENGTH = 4  # a <title> segment no longer than this may be a keyword
CRUMB_SITE_SCAN = 80  # first lines searched for a breadcrumb naming the site
DETACHED_STEPS = 4  # lines of a trail shown one step per line away from the headline, its head included
MAX_SECTION = 80  # characters of a section, at most
SHORT_SEGMENT = 3  # characters of a <title>'s last segment that may be a word of the body that runs the site, at most
HEADLINE_IN_STEP = 8  # characters (of its key) a headline has at least to be known in a trail step that extends it
BOARD_LEVELS = 2  # containers around the headline element searched for the link to its board or category
BOARD_NAME = 30  # characters of a board's or category's name at most (longer: a post's title)
BOARD_LINKS = 6  # first links of such a container looked at
BOARD_STARTS = ("c/", "t/")  # relative board addresses ("t/extensions" on a page under the site's root)
HEADING_TAGS = frozenset(("h1", "h2", "h3"))


def crumb_segments(text: str) -> list[str]:
    """The steps of a breadcrumb text, label removed."""
    text = P.BREADCRUMB_LABEL.sub("", text)
    return [step.strip() for step in P.CRUMB_SEPARATOR.split(text) if step and step.strip()]


def last_category(steps: list[str], headline: str | None) -> str | None:
    """The most specific step that is a category: not "正文", not the headline, not "首页", not an issue.

    Only the trail's end may be the headline or its opening ("…> 方法与规范 > 第一编" under the
    headline "第一编 古代"; "…> 文化遗产" under "让文化遗产在新时代焕发新活力" is a category); a step
    before that is a category even when the headline quotes it
    ("期刊要览 > 中共中央党校（国家行政学院）学报 > 2022年第4期" under "《中共中央党校(国家行政学院)学报》2022年第4期").
    """
    head_key = title_key(headline) if headline else ""
    at_end = True
    for step in reversed(steps):
        step = P.CRUMB_JUNK.sub("", step).strip(" ：:")
        if not step or P.CRUMB_TAIL.match(step) or P.CRUMB_TAIL.match(step.split(" ", 1)[0]):
            continue  # "正文", or "正文 申请入驻" as a dump shows the trail's tail and the next link
        if P.CRUMB_ISSUE.match(step):
            at_end = False  # an issue of a periodical ends the trail: the step before it is its title
            continue
        key = title_key(step)
        if not key or P.trivial_line(step):
            continue
        piece = (
            len(key) >= 2
            and head_key.startswith(key)
            and len(steps) > 2
            and not _bracketed_in(step, headline)
            and not _kicker_of(step, headline)
        )
        extended = len(head_key) >= HEADLINE_IN_STEP and key.startswith(head_key)  # "Purzelbaum (2021/5)"
        if at_end and head_key and (key == head_key or piece or extended):
            at_end = False
            continue  # the trail ends with the headline (or part of it, not a series it names: "〈連載名〉…")
        if P.crumb_head(step) and step is steps[0]:
            return None
        if len(step) > 40 or "@" in step:
            return None  # (an e-mail address: the signed-in user's banner links, "网易号 / name@163.com / 申请入驻")
        return _strip_site_suffix(step)
    return None


def _kicker_of(step: str, headline: str | None) -> bool:
    """The headline opens with the step as its kicker: "Transports : la région lance…" under "… > Transports"."""
    if not headline or not headline.startswith(step):
        return False
    return headline[len(step) :].lstrip()[:1] in P.KICKER_SEPARATORS


def _bracketed_in(step: str, headline: str | None) -> bool:
    """The headline names the step in brackets, as a series or column: "〈食べログ3.5以下のうまい店〉紹介制の…"."""
    return bool(headline) and any(f"{left}{step}{right}" in headline for left, right in P.BRACKET_PAIRS)


def _strip_site_suffix(step: str) -> str:
    """ "国际财经_搜狐财经" -> "国际财经"."""
    parts = split_title(step)
    return parts[0] if len(parts) > 1 else step


def find_section(
    view: PageView,
    headline_index: int | None,
    headline: str | None,
    keywords: frozenset[str] = frozenset(),
    site: str | None = None,
    headings: Sequence[Any] = (),
) -> str | None:
    """The section (``_section``), unless it is a date, a counter, a control or an address (``NOT_A_SECTION``,
    ``UI_CONTROL``): a menu or a date line taken for a trail; nor the site's name or the headline itself."""
    section = _section(view, headline_index, headline, keywords, site, headings)
    if section is None or len(section) > MAX_SECTION or P.NOT_A_SECTION.search(section) or P.UI_CONTROL.search(section):
        return None  # (a long value is no category: a meta tag's sentence; the patterns need not read it)
    if title_key(section) in {title_key(name) for name in (site, headline) if name}:
        return None  # the trail's last step names the site ("新华网") or repeats the headline: no category
    return section


def _section(
    view: PageView,
    headline_index: int | None,
    headline: str | None,
    keywords: frozenset[str] = frozenset(),
    site: str | None = None,
    headings: Sequence[Any] = (),
) -> str | None:
    """The breadcrumb's last category; else the post's category a blog engine marks, or the board or category
    a forum engine or CMS links beside the post's title (HTML: ``headings``, the page's h1-h3); else a labelled
    category ("所属分类：数理化"), an e-paper page name ("第A01版：头版"), the board a forum post was made
    in; else the <title>'s section segment; else the blog category bracketed before the headline
    ("[湖湘文化]陈天华《警世钟》")."""
    steps = _tree_crumb(view.crumbs, headline) if view.crumbs else None
    if steps:
        category = last_category(steps, headline)
        if category:
            return category
    marked = _rel_category(view) or _board_link(view, headings, headline)
    if marked:
        return marked
    line_crumb = _line_crumb(view.lines, headline_index, site)
    vertical = _vertical_trail(view.lines, headline_index)
    trails = [line_crumb[0] if line_crumb else None, vertical]
    if vertical and line_crumb and not line_crumb[2] and line_crumb[1] < (headline_index or 0) - len(vertical):
        trails.reverse()  # a trail shown one step per line right over the headline beats an unlabelled one above
    for steps in trails:
        if steps:
            category = last_category(steps, headline)
            if category:
                return category
    steps = _detached_trail(view.lines, headline_index) or _glued_trail(view.lines, headline_index, view.title)
    if steps:
        category = last_category(steps, headline)
        if category:
            return category
    labelled = _labelled_category(view.lines, headline_index)
    if labelled:
        return labelled
    from_title = title_section(view.title, headline, keywords, site)
    if from_title:
        return from_title
    if headline_index is not None:
        bracketed = P.HEADLINE_CATEGORY.match(view.lines[headline_index])
        if bracketed and not P.trivial_line(bracketed["category"]):
            return bracketed["category"].strip()
    return None


def _rel_category(view: PageView) -> str | None:
    """The category a blog engine marks on the post (``rel="category tag"``): surer than a trail guessed
    from the lines (the menu over a WordPress post is no trail)."""
    for link in view.categories[:3]:
        text = collapsed_text(link)
        if 2 <= len(text) <= 40 and not P.trivial_line(text):
            return text
    return None


def _board_link(view: PageView, headings: Sequence[Any], headline: str | None) -> str | None:
    """The board or category a forum engine or CMS links beside the post's title: a link whose address is a
    board's ("/c/<slug>", "/t/<slug>", "forum-2-1.html", "viewforum.php?f=", ``_board_address``) or whose class
    names a category ("topic-category", "cat-links", ``BOARD_CLASS``), in the containers around the heading
    that shows the headline. A container linking more than one such name holds a menu: no answer from it.

    The heading is found by its text in ``view.headings`` (read once by the view, one per h1-h3 of ``headings``
    unless empty or long), not read again."""
    if not headline or not view.headings:
        return None
    key = title_key(headline)
    size = len(headline)
    slack = max(4, size // 3)  # a heading's text of another length than this is not the headline
    index = next(
        (
            index
            for index, (_, text) in enumerate(view.headings)
            if abs(len(text) - size) <= slack and (text == headline or title_key(text) == key)
        ),
        None,
    )
    if index is None:
        return None
    element = _heading_element(headings, view.headings, index)
    return _board_near(element, key) if element is not None else None


def _heading_element(elements: Sequence[Any], texts: list[tuple[str, str]], index: int) -> Any:
    """The element of ``texts[index]`` among ``elements`` (``view.headings`` holds one (tag, text) per h1-h3 of
    them whose text is neither empty nor long): the index-th heading when its text is that one (none was left
    out before it, as on most pages), else found by aligning the headings' texts (a logo's empty <h1> first)."""
    headings = (element for element in elements if element.tag in HEADING_TAGS)
    candidate = next(islice(headings, index, None), None)
    if candidate is not None and candidate.tag == texts[index][0] and heading_text(candidate) == texts[index][1]:
        return candidate
    position = 0
    for element in elements:
        if element.tag not in HEADING_TAGS:
            continue
        tag, text = texts[position]
        if element.tag == tag and heading_text(element) == text:
            if position == index:
                return element
            position += 1
    return None


def _board_near(heading: Any, key: str) -> str | None:
    """The one board link among the first links of the nearest container around ``heading`` that holds any
    (see ``_board_link``): a post's category opens its header or follows its title (links further on are the
    post's own, a menu, the page's). Not a link of the heading itself (the board's own page: "旗亭酒肆/梦起三清"
    heading its list of posts), nor a "more" link ("戦争・紛争 一覧へ>"), nor the headline's opening."""
    node = heading
    own = list(heading.iter("a"))  # the heading's own links
    seen: dict[Any, str | None] = {}  # links looked at in a smaller container: the board each names, if any
    for _ in range(BOARD_LEVELS):
        node = node.getparent()
        if node is None:
            return None
        names: dict[str, Any] = {}  # name -> its first link, in document order
        links = list(islice(node.iter("a"), BOARD_LINKS))
        for link in links:
            name = seen.get(link, "")
            if name == "":  # not looked at yet (in a smaller container)
                text = collapsed_text(link)  # (an icon's link has none: its address is not read)
                name = seen[link] = text if 2 <= len(text) <= BOARD_NAME and _board_name(link, text, own, key) else None
            if name:
                names.setdefault(name, link)
        if len(names) > 1:
            return _trail_end(names, node)
        if names:
            return next(iter(names))
        if len(links) >= BOARD_LINKS:
            return None  # a container of links already (the post, a menu): the one around it is no header
    return None


def _board_name(link: Any, text: str, own: list[Any], key: str) -> bool:
    """Whether the link names a board: marked as one, not the heading's own, not a "more" link, a name."""
    return link not in own and _board_marked(link) and not P.MORE_ARROW.search(text) and _name_like(text, key)


def _trail_end(names: dict[str, Any], container: Any) -> str | None:
    """Several category links beside the title: the steps of one trail when an element around them all, within
    ``container``, is a schema.org ``BreadcrumbList`` (Discourse's parent category, then its subcategory): the
    last, most specific step. Else a menu: None."""
    links = list(names.values())
    for ancestor in links[0].iterancestors():
        if ancestor is container:
            return None
        if "BreadcrumbList" in (ancestor.get("itemtype") or ""):
            return list(names)[-1] if all(_holds(ancestor, link) for link in links[1:]) else None
    return None


def _name_like(text: str, headline_key: str) -> bool:
    """A category's name: not a control, not "首页", not the headline's opening."""
    if P.trivial_line(text) or P.crumb_head(text):
        return False
    key = title_key(text)
    return bool(key) and not headline_key.startswith(key)


def _board_marked(link: Any) -> bool:
    """A link to a board or category: by its address, or by its class or its wrapper's."""
    href = link.get("href")
    if href and _board_hinted(href) and _board_address(href.strip()):
        return True
    names = link.get("class")
    if names and P.BOARD_CLASS.search(names):
        return True
    parent = link.getparent()
    names = parent.get("class") if parent is not None else None
    return bool(names and P.BOARD_CLASS.search(names))


def _board_hinted(href: str) -> bool:
    """Whether the address holds what every board address holds: "/c/", "/t/", "categor" or "forum", or starts
    with "c/" or "t/" (plain substring tests, quick even on a share link's long address; most links fail them)."""
    return "/c/" in href or "/t/" in href or "categor" in href or "forum" in href or href.startswith(BOARD_STARTS)


def _board_address(href: str) -> bool:
    """A board's or category's address (``P.FORUM_ADDRESS``, ``P.BOARD_SLUG``): "/c/<slug>", "/c/<slug>/<id>",
    "/t/<slug>", "/category/<slug>", "/category/<parent>/<slug>", "/category/<id>/<slug>", "forum-2-1.html"."""
    if "forum" in href and P.FORUM_ADDRESS.search(href):
        return True
    steps = href.split("#", 1)[0].split("?", 1)[0].rstrip("/").rsplit("/", 4)
    if len(steps) < 2:
        return False
    last = steps[-1]
    if last.isdigit():  # Discourse: "/c/<slug>/<id>", "/c/<parent>/<slug>/<id>"
        return any(
            steps[index] == "c" and all(P.BOARD_SLUG.fullmatch(step) for step in steps[index + 1 : -1])
            for index in (-3, -4)
            if len(steps) >= -index
        )
    if not P.BOARD_SLUG.fullmatch(last):
        return False
    return steps[-2] in ("c", "t") or any(step in P.BOARD_STEPS for step in steps[-4:-1])


def _vertical_trail(lines: list[str], headline_index: int | None) -> list[str] | None:
    """A trail shown one step per line right above the headline, as text dumps show breadcrumbs of
    plain links: "HOME" / "最新記事" / "食べログ3.5以下のうまい店", or "太原晚报" / "太原" / "正文"."""
    if not headline_index:
        return None
    start = max(0, headline_index - VERTICAL_TRAIL)
    above = lines[start:headline_index]
    if not above or any(len(line) > 24 or P.trivial_line(line) for line in above[-2:]):
        return None
    for offset in range(len(above) - 2, max(-1, len(above) - 5), -1):  # a head ("首页", "HOME"), 3 steps at most
        if P.crumb_head(above[offset]):
            steps = above[offset:]
            usable = all(_step_like(step) and not P.NOT_SITE.search(step) for step in steps[1:])
            return steps if usable and all(not P.trivial_line(step) for step in steps) else None
    if P.CRUMB_TAIL.match(above[-1]):  # the steps closed by "正文"
        steps = above[-4:]
        return steps if all(_step_like(step) and not P.NOT_SITE.search(step) for step in steps) else None
    return None


def _detached_trail(lines: list[str], headline_index: int | None) -> list[str] | None:
    """A trail shown one step per line higher over the headline, closed by an issue or date line:
    "首页" / "经济与管理" / "现代市场营销" / "Vol. 8 No. 2 (May 2018)" (journal menus between it and the
    headline). Two or three steps: a menu has more, or no such line under it."""
    if not headline_index:
        return None
    start = max(0, headline_index - CRUMB_LOOKBACK)
    for head in range(start, headline_index - 2):
        if not P.crumb_head(lines[head]):
            continue
        end = head + 1
        while end < headline_index and end - head <= DETACHED_STEPS and _trail_step(lines[end]):
            end += 1
        if 3 <= end - head <= DETACHED_STEPS and end < headline_index and P.ISSUE_LINE.search(lines[end]):
            return lines[head:end]
    return None


def _trail_step(line: str) -> bool:
    """A line that may be one step of a trail shown one per line: a short name, no digit, no widget."""
    return (
        2 <= len(line) <= 16
        and _step_like(line)
        and not P.NOT_SITE.search(line)
        and not P.trivial_line(line)
        and not P.DIGIT.search(line)
        and not P.CLAUSE.search(line)
    )


def _glued_trail(lines: list[str], headline_index: int | None, title: str | None) -> list[str] | None:
    """A trail of plain links a dump shows glued into one line right over the headline: "首页科幻未来世界深海余烬",
    cut where the <title> names its last step ("第二章 失乡号的船长 _《深海余烬》小说在线阅读 - 起点中文网")."""
    if not headline_index or not title:
        return None
    names = [*split_title(title), *P.QUOTED_TITLE.findall(title)]
    for line in lines[max(0, headline_index - 2) : headline_index]:
        head = P.GLUED_CRUMB_HEAD.match(line)
        if not head or len(line) > MAX_CRUMB_LINE or P.CRUMB_SEPARATOR.search(line):
            continue
        rest = line[head.end() :]
        for name in sorted(names, key=len, reverse=True):
            if 2 <= len(name) < len(rest) and rest.endswith(name):
                return [head.group(), rest[: -len(name)], name]
    return None


def _labelled_category(lines: list[str], headline_index: int | None) -> str | None:
    """A category the page labels: "所属分类：数理化", "栏目：要闻", "第A01版：头版" (e-paper), or the board
    of a forum post ("本贴由大卫于…在〖心灵体操（在线心理咨询）〗发表", "2020.06.09 09:37 发布于 社区管理")."""
    start = max(0, (headline_index or 0) - CRUMB_LOOKBACK)
    for line in lines[start : start + LABEL_SCAN]:
        if len(line) > MAX_CRUMB_LINE:
            continue
        if not line.startswith("第") and not P.CATEGORY_HINT_ANY.search(line):
            continue  # none of the three patterns can match (EPAPER_PAGE opens with 第)
        match = P.CATEGORY_LABEL.search(line) or P.EPAPER_PAGE.search(line) or P.POSTED_IN_BOARD.search(line)
        if match:
            value = match["value"].strip(" ：:")
            if 2 <= len(value) <= 24 and not P.PLACE_VALUE.match(value) and not P.trivial_line(value):
                return value
    return None


def _tree_crumb(elements: list[Any], headline: str | None) -> list[str] | None:
    """Steps of a breadcrumb container (class/id "breadcrumb", "position", "location", …).

    The steps are its text pieces, each split at the separators it holds: a trail of plain spans with no
    separator ("新闻中心 国内新闻>正文", "首页科幻未来世界深海余烬") keeps one step per element. A trail
    container holding another that is a trail of its own gives way to it: the outer one holds tools too
    (phpBB's ``<ul id="nav-breadcrumbs">``: the ``<li class="breadcrumbs">`` trail, then a "Suche" link);
    an inner element of one step (Bootstrap's ``<li class="breadcrumb-item">``) does not.
    """
    found: tuple[Any, list[str]] | None = None
    for element in elements[:20]:
        if found is not None and not _holds(found[0], element):
            break  # (the walk lists elements in document order: what a trail holds follows it)
        steps = _crumb_steps(element)
        if found is None:
            if steps:
                found = (element, steps)
        elif steps and len(steps) >= 2:
            found = (element, steps)  # the inner trail
        else:
            break  # one item of the trail found: the trail is whole
    return found[1] if found is not None else None


def _holds(outer: Any, element: Any) -> bool:
    """Whether ``element`` lies within ``outer`` (a trail's items sit a few levels down: the walk up is short)."""
    return any(ancestor is outer for ancestor in element.iterancestors())


def _crumb_steps(element: Any) -> list[str] | None:
    """The steps of one breadcrumb container (see ``_tree_crumb``), or None when it shows no trail."""
    marker = f"{element.get('class') or ''} {element.get('id') or ''}"
    if "comment" in marker.lower():
        return None
    whole = " ".join(filter(None, (" ".join(piece.split()) for piece in element.itertext())))
    if not whole or len(whole) > MAX_CRUMB_LINE:
        return None  # a header holding a trail, not the trail
    pieces = [" ".join(piece.split()) for piece in _crumb_texts(element)]
    pieces = [piece for piece in pieces if piece]
    text = " ".join(pieces)
    if not text:
        return None
    steps: list[str] = []
    for index, piece in enumerate(pieces):
        if index == 0 or P.BREADCRUMB_LABEL.match(piece):
            piece = P.BREADCRUMB_LABEL.sub("", piece)
        steps.extend(step.strip() for step in P.CRUMB_SEPARATOR.split(piece) if step and step.strip())
    links = sum(1 for _ in element.iter("a"))
    items = sum(1 for _ in element.iter("li"))
    separated = P.CRUMB_SEPARATOR_STRONG.search(text) or links >= 2 or items >= 2
    if (len(steps) >= 2 and separated) or (steps and P.BREADCRUMB_LABEL.match(text)):
        return steps
    return None


def _crumb_texts(element: Any) -> list[str]:
    """The text nodes of a breadcrumb element without the tools a CMS nests in its bar ("字号：默认 大 超大 |
    打印" in a <div class="pages_print">): a descendant whose class or id names a widget (navigation, print,
    share), not a trail, and that holds no link text. A trail's own <ul class="menu"> holds its links."""
    texts: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            if node is not element and _crumb_widget(node):
                walker.skip_subtree()
            elif node.text and isinstance(node.tag, str):
                texts.append(node.text)
        elif node is not element and node.tail:
            texts.append(node.tail)
    return texts


def _crumb_widget(node: Any) -> bool:
    """A tool nested in a trail bar: named as navigation by the extractor's class vocabulary, not as a trail,
    and without link text."""
    names = f"{node.get('class') or ''} {node.get('id') or ''}".strip()
    if not names or not isinstance(node.tag, str) or not classify_names(names)[0] & NAV or P.CRUMB_CLASS.search(names):
        return False
    return not any("".join(link.itertext()).strip() for link in node.iter("a"))


def _line_crumb(
    lines: list[str], headline_index: int | None, site: str | None = None
) -> tuple[list[str], int, bool] | None:
    """A breadcrumb among the lines above the headline (or the first lines), joined when split: its
    steps, the index of its first line, and whether it is labelled ("当前位置："). Weak separators
    ("/", "|") make a trail only when it starts from the site's home ("聯合新聞網 / 生活 / 氣象")."""
    if headline_index is not None:
        end = headline_index
        start = max(0, end - CRUMB_LOOKBACK)
        order = list(range(end - 1, start - 1, -1))
    else:  # no headline: the first labelled trail from the top, else the first unlabelled one
        end, start = min(len(lines), CRUMB_SITE_SCAN), 0
        labelled_first = [i for i in range(end) if P.breadcrumb_label(lines[i])]
        order = labelled_first + [i for i in range(end) if i not in labelled_first]
    for index in order:
        line = lines[index]
        if len(line) > MAX_CRUMB_LINE:
            continue
        labelled = P.breadcrumb_label(line)
        strong = (
            P.crumb_separator(line)
            or _ends_with_headline(line, lines, headline_index)
            or _slashes_from_home(line, site)
        )
        if not labelled and not strong:
            continue
        # gather the trail: neighbours that end/start with a separator belong to it
        first, last = index, index
        while first - 1 >= start and _continues(lines[first - 1], lines[first]):
            first -= 1
        while last + 1 < end and _continues(lines[last], lines[last + 1]):
            last += 1
        text = " > ".join(lines[first : last + 1])
        label_alone = labelled and not strong and last == first and P.BREADCRUMB_LABEL.sub("", line).strip() == ""
        if label_alone and first + 1 < end and len(lines[first + 1]) <= MAX_CRUMB_LINE:
            text = lines[first + 1]  # "当前位置：" on its own line, the trail on the next
        steps = crumb_segments(text)
        if steps and (labelled or (len(steps) >= 2 and all(_step_like(step) for step in steps))):
            return steps, first, labelled
    return None


def _ends_with_headline(line: str, lines: list[str], headline_index: int | None) -> bool:
    """A trail that ends with the headline: "专栏/轻小说/同人连载/【赛马娘】情人节赠礼" (a text dump)."""
    if headline_index is None or line == lines[headline_index]:
        return False
    headline = lines[headline_index]
    head = line[: -len(headline)].rstrip()
    return line.endswith(headline) and bool(head) and bool(P.CRUMB_SEPARATOR.fullmatch(head[-1:]))


def _slashes_from_home(line: str, site: str | None) -> bool:
    """An unlabelled trail of spaced slashes whose first step is the site's name or its home page, as a
    dump shows a trail of plain links: "聯合新聞網 / 生活 / 氣象" (not a menu row "登录 / 注册")."""
    if "/" not in line and "／" not in line:
        return False  # no slash to split at (most lines)
    steps = P.SPACED_SLASH.split(line)
    if len(steps) < 2:
        return False
    head = steps[0].strip()
    return (head == site or bool(P.crumb_head(head))) and all(_step_like(step.strip()) for step in steps)


def _step_like(step: str) -> bool:
    """A step of an unlabelled trail: short, not a widget ("查看TA的文章"), not a numbered list entry."""
    return len(step) <= 30 and not P.CRUMB_WIDGET.match(step) and not P.LIST_NUMBER.match(step)


def _continues(upper: str, lower: str) -> bool:
    """Two lines belong to one breadcrumb when the break sits at a separator."""
    if len(upper) > 60 or len(lower) > 60:
        return False
    ends = upper.rstrip().endswith((">", "»", "›", "→", "/", "＞", "〉"))
    starts = lower.lstrip().startswith((">", "»", "›", "→", "＞", "〉"))
    if starts or lower.strip() in (">", "»", "›", "/"):
        return True
    # "网易首页-->" / "消费真相-->" / "耐克": a trail of arrowed items ends at the first one without
    return ends and (bool(P.CRUMB_SEPARATOR_STRONG.search(lower)) or not upper.rstrip().endswith(("->", "-->")))


def title_section(
    title: str | None, headline: str | None, keywords: frozenset[str] = frozenset(), site: str | None = None
) -> str | None:
    """The section segment of "标题_栏目_站名" (what follows the headline, before the site); None when
    the title has no such segment. Keyword segments ("…|停车位|停车费_网易订阅") are not sections."""
    if not title:
        return None
    after = _segments_after(title, headline)
    if after is None:
        segments = split_title(title)
        after = segments[1:] if len(segments) >= 3 else []
    head_key = title_key(headline) if headline else ""
    if site and site in after:
        after = after[: after.index(site) + 1]  # what follows the site's name is its tagline, not a section
    middle = []
    for segment in after[:-1]:
        if P.SLOGAN.search(segment):
            break
        if segment not in keywords and not segment.startswith("@"):
            middle.append(segment)
    middle = [s for s in middle if not (head_key and title_key(s) and title_key(s) in head_key)]
    if len(after) >= KEYWORD_RUN and all(len(segment) <= KEYWORD_LENGTH for segment in after):
        return None  # "…_尼克斯_季后赛_步行者", "…_中国_法国_全球": the page's keywords (a dump has no meta to tell)
    for segment in middle:
        named = not P.SITE_JUNK.search(segment) and not P.DOMAIN_LIKE.match(segment) and not P.SLOGAN.search(segment)
        if 2 <= len(segment) <= 20 and named:
            return segment
    return None


def _segments_after(title: str, headline: str | None) -> list[str] | None:
    """The <title> segments after the headline, when the title starts with it ("…加速度”凤凰网评论_凤凰网")."""
    if not headline:
        return None
    if title.startswith(headline) and len(title) > len(headline):
        rest = P.TITLE_SEPARATOR_START.sub("", title[len(headline) :])
        return split_title(rest)
    return None


def find_site_name(
    view: PageView, headline: str | None, keywords: frozenset[str] = frozenset(), url: str | None = None
) -> str | None:
    """The site's name (``_site_name``) without the separators, "logo" word or URL scheme around it."""
    name = _site_name(view, headline, keywords, url)
    if name is None:
        return None
    tidy = P.SITE_NAME_EDGES.sub("", name)
    return tidy if len(tidy) >= 2 and not P.NOT_A_SITE_NAME.search(tidy) else None


def _site_name(
    view: PageView, headline: str | None, keywords: frozenset[str] = frozenset(), url: str | None = None
) -> str | None:
    """The site's name: og:site_name / application-name; else the <title>'s site segment (in its fuller
    form when the page prints one: "振兴东北" -> "振兴东北网"); else what the page says of itself:
    the first line of a page without <title> ("bjreader的博客"), a breadcrumb's first step, a link to
    the site's home ("搜狐首页", "返回搜狐，查看更多", the logo link), a disclaimer ("…与乐趣园无关"), the
    copyright holder ("版权所有：汉斯出版社"), a logo's alt text; a government site's SiteName; JSON-LD's publisher."""
    for name in P.META_SITE:
        value = view.first_meta([name])
        if value and 2 <= len(value) <= 40 and not value.startswith("@") and not P.NOT_A_SITE_NAME.search(value):
            return value.strip()
    evidence = _site_evidence(view, headline, url)
    site = title_site(view.title, headline, keywords, evidence)
    if site:
        for name in evidence:  # the fuller name the page prints: "振兴东北" -> "振兴东北网", "电影网" -> "1905电影网"
            extra = name[len(site) :] if name.startswith(site) else name[: -len(site)] if name.endswith(site) else ""
            if extra and (len(extra) <= 2 or extra.isascii()) and len(extra) <= 6:
                return name
            if len(site) <= SHORT_SEGMENT and P.has_han(site) and site in name[1:-1] and not P.SITE_LIKE.search(site):
                return name  # "…-纪检" under "主办单位：山西医科大学纪检监察室": the <title>'s word is the body's field
        if view.tree is None:  # a dump shows the logo's name as a line of its own ("1905电影网")
            for line in view.lines[:CRUMB_SITE_SCAN]:
                if line.endswith(site) and P.BRAND_PREFIX.fullmatch(line[: -len(site)]):
                    return line
        if not P.SITE_LIKE.search(site) and not any(_backs(name, site) for name in evidence):
            home = _home_names(view, url)  # "…_苏银" (an author's account) on a page whose home link says 搜狐
            if home:
                return home[0]
        return site
    if not view.title and view.lines:
        first = _name_line(view.lines[0], headline)
        if first:
            return first
    if evidence:
        return evidence[0]
    value = view.first_meta(P.META_SITE_LAST)
    if value and 2 <= len(value) <= 40:
        return value.strip()
    for obj in view.jsonld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str) and obj.get("@type") != "WebSite":
            name = publisher["name"].strip()
            if 2 <= len(name) <= 40:
                return name
    return None


def _name_line(line: str, headline: str | None) -> str | None:
    """A line that is a name: "bjreader的博客", "天极博客首页" -> "天极博客" (not a menu, not the headline)."""
    name = P.HOME_TEXT.sub("", line).strip()
    if not 2 <= len(name) <= 30 or P.CRUMB_SEPARATOR.search(name) or P.CLAUSE.search(name):
        return None
    if headline and title_key(name) == title_key(headline):
        return None
    if P.SITE_JUNK.search(name) or P.trivial_line(name) or P.WIDGET_WORD.match(name) or ":" in name or "：" in name:
        return None  # (a label and its value: "EDITION: INTERNATIONAL", an edition picker's)
    if _generic_name(name) or P.NOT_SITE.search(name) or find_dates(name):
        return None
    return name


def _generic_name(name: str) -> bool:
    """A home link's generic words ("首页", "Home") or a channel's name ("国际", "Nachrichten"): no site's name."""
    return P.GENERIC_HOME.match(name) is not None or P.SITE_GENERIC.match(name) is not None


def _site_evidence(view: PageView, headline: str | None, url: str | None) -> list[str]:
    """Names the page gives itself, surest first: the first step of its breadcrumb, links to its home
    page, a disclaimer naming it, the copyright holder, logo alt texts."""
    names: list[str] = []

    def add(name: str | None) -> None:
        if name:
            name = P.HOME_TEXT.sub("", P.ORG_SUFFIX.sub("", name.strip(" ：:·-|"))).strip(" ：:·-|")
            if 2 <= len(name) <= 30 and name not in names and not P.SITE_JUNK.search(name):
                if P.crumb_head(name) or P.NOT_SITE.search(name) or P.trivial_line(name) or P.DOMAIN_LIKE.match(name):
                    return
                if _generic_name(name) or P.junk_title(name):  # (NOT_SITE: asked just above)
                    return
                if not name.startswith("@"):
                    names.append(name)

    first_step = _first_crumb_step(view, headline)
    add(first_step)
    for name in _home_names(view, url):
        add(name)
    copyright_names: list[str] = []
    for line in view.lines[-FOOTER_LINES:] if len(view.lines) > FOOTER_LINES else view.lines:
        if len(line) > 160 or not P.FOOTER_HINT.search(line):
            continue
        for match in P.DISCLAIMER_SITE.finditer(line):
            add(match["name"])
        if P.COPYRIGHT.search(line):
            for match in P.COPYRIGHT_ORG.finditer(line):
                org = P.ORG_CUT.split(match["org"])[0].strip()
                if not P.COMPANY.search(org):
                    copyright_names.append(org)
    for name in copyright_names:
        add(name)
    for image in view.logos[:3]:
        alt = " ".join((image.get("alt") or image.get("title") or "").split())
        if alt and "logo" not in alt.lower():
            add(split_title(alt)[0] if split_title(alt) else alt)
    if view.title and view.lines:
        add(_name_line(view.lines[0], headline))  # a blog's name heading the page ("洞庭一叶")
    return names


def _first_crumb_step(view: PageView, headline: str | None) -> str | None:
    """The first step of a labelled breadcrumb when it names the site ("当前您在- 中关村在线论坛 - BT下载专区")."""
    for line in view.lines[:CRUMB_SITE_SCAN]:
        if line == headline:
            return None
        if P.breadcrumb_label(line) or (len(line) <= MAX_CRUMB_LINE and P.crumb_separator(line)):
            steps = crumb_segments(line)
            if len(steps) >= 2 and not P.crumb_head(steps[0]) and steps[0] != headline:
                return _name_line(steps[0], headline)
            return None
    return None


def _home_names(view: PageView, url: str | None) -> list[str]:
    """Names the page gives its home page: links to it (HTML); in a text dump, which keeps no links,
    "搜狐首页 - 新闻 - 体育" opening it or "返回搜狐，查看更多" closing it."""
    if view.tree is not None:
        return [name for name in (_clean_site(text) for text in _home_link_names(view, url)) if name]
    names = []
    for line in view.lines[:HOME_LINE_SCAN]:
        match = P.HOME_LINE.match(line)
        if match:
            names.append(match["name"])
    for line in view.lines:
        match = P.BACK_HOME.search(line) if len(line) <= 200 and "返回" in line else None
        if match:
            names.append(match["name"])
            break
    return [name for name in (_clean_site(text) for text in names) if name]


def _clean_site(name: str) -> str | None:
    """A home link's text as a site's name: "搜狐首页" -> 搜狐; None for "首页", "登录" and the like."""
    name = P.HOME_TEXT.sub("", P.ORG_SUFFIX.sub("", name.strip(" ：:·-|"))).strip(" ：:·-|")
    if not 2 <= len(name) <= 30 or P.SITE_JUNK.search(name) or P.crumb_head(name) or P.NOT_SITE.search(name):
        return None
    if P.trivial_line(name) or P.DOMAIN_LIKE.match(name) or P.GENERIC_HOME.match(name):
        return None
    return None if P.junk_title(name) or name.startswith("@") else name


def _backs(name: str, site: str) -> bool:
    """A name the page gives itself that backs a <title> segment (the same, or starting like it)."""
    key, site_key = title_key(name), title_key(site)
    return len(key) >= 2 and (site_key == key or site_key.startswith(key) or key.startswith(site_key))


def _home_link_names(view: PageView, url: str | None) -> list[str]:
    """Names on links to the site's home: one on the page's own host first ("豆瓣电影" -> movie.douban.com
    on a movie.douban.com page), then "XX首页"/"返回XX…" links, then links to "/" or "./"."""
    host = _host(url) if url else None
    own, named, relative = [], [], []
    for link in view.home_links:
        text = collapsed_text(link)
        if not text:
            image = next(iter(link.iter("img")), None)
            text = " ".join((image.get("alt") or "").split()) if image is not None else ""
        if not 2 <= len(text) <= 30 or _generic_name(text):
            continue  # ("Nachrichten": the news channel's link to the home page)
        href = (link.get("href") or "").strip()
        if href.startswith(("http:", "https:", "//")):
            if host and _host(href) == host:
                own.append(text)
            elif P.HOME_TEXT.search(text) and P.HOME_TEXT.sub("", text):
                named.append(text)
        elif href in ("/", "./"):
            relative.append(text)
    own.sort(key=len, reverse=True)  # the logo link's full name before a menu entry ("豆瓣电影", "电影")
    return own + named + relative


def _host(url: str) -> str | None:
    match = P.URL_HOST.match(url.strip())
    return match["host"].lower() if match else None


def title_site(
    title: str | None, headline: str | None, keywords: frozenset[str] = frozenset(), evidence: list[str] | None = None
) -> str | None:
    """The site segment of a <title>: after the headline, the last segment that is a name (not a
    domain, a slogan, "powered by", a keyword of the page, a channel such as "资讯"/"商业频道"/"网易订阅",
    nor what follows a slogan: an operator "顽强网络"). A name the page also gives itself elsewhere
    (``evidence``) wins: "科普中国-辟谣文章" -> 科普中国, "码农俱乐部 - Golang中国 - …" under a logo of that name."""
    if not title or P.junk_title(title):
        return None
    trail = P.TITLE_TRAIL.split(title)
    if len(trail) > 1:  # "艺术史研究<世纪在线中国艺术网": a trail, the site last
        title = trail[-1]
        if not split_title(title)[1:]:
            return title.strip() or None
    after = _segments_after(title, headline)
    segments = split_title(title)
    head_key = title_key(headline) if headline else ""
    in_title = bool(head_key) and any(title_key(s) == head_key for s in segments)
    if head_key and not in_title and after is None and len(segments) > 1 and worded_like(headline or "", segments[0]):
        after = segments[1:]  # the headline shown in other words than the <title>'s first segment (title._worded_line)
    fallback = after is None
    if after is None:
        if segments and segments[0].endswith(("...", "…")):
            after = segments[1:]  # "【安徽阜阳一动物园2... - @头条新闻的微博 - 微博": a cut headline first
        elif segments and in_title and title_key(segments[-1]) == head_key and title_key(segments[0]) != head_key:
            after = list(reversed(segments[:-1]))  # "Site | Headline"
        elif segments and head_key and not in_title:
            after = segments  # the headline is not in the title: every segment may be the site
        else:
            after = segments[1:]
    keys = [title_key(name) for name in evidence or () if len(title_key(name)) >= 2]

    def supported(name: str) -> bool:
        return any(title_key(name) == key or title_key(name).startswith(key) for key in keys)

    names: list[str] = []
    official: str | None = None  # "中国载人航天" of "…_中国载人航天官方网站": the site when no segment names it
    for segment in after:
        segment = segment.strip("【】[]《》 ")
        named = P.SLOGAN_TAIL.sub("", segment).strip()
        if P.SLOGAN.search(named) or not named:
            owner = P.OFFICIAL_SITE.match(named)
            if owner and not names and official is None:
                official = owner["owner"]
            if names:
                break  # what follows a slogan is the operator ("…-帮助开发者面试的平台-顽强网络")
            continue
        segment = named
        if len(segment) > 30 or P.SITE_JUNK.search(segment) or P.DOMAIN_LIKE.match(segment) or segment.startswith("@"):
            continue
        if P.CRUMB_ISSUE.match(segment):
            continue  # a periodical's issue ("理论中国网-2022年第4期"), not its name
        if (segment in keywords and not supported(segment)) or P.SITE_GENERIC.match(segment):
            continue  # keywords in a <title> ("…_尼克斯_季后赛_步行者") name no site, unless the page does
        if P.CHANNEL_NAME.search(segment):
            continue
        if (
            fallback
            and head_key
            and title_key(segment)
            and (title_key(segment) in head_key or (len(after) > 1 and head_key in title_key(segment)))
        ):
            continue  # a piece of the headline, or the headline with a kicker ("[연재명] 헤드라인 - 경향신문")
        names.append(segment)
    if not names:
        return official
    backed = [name for name in names if supported(name)]
    if backed:
        return backed[-1]
    if len(names) >= KEYWORD_RUN and all(len(n) <= 6 and not P.SITE_LIKE.search(n) for n in names):
        return None  # "…_尼克斯_季后赛_步行者": keywords, not a site (a dump has no meta keywords to tell)
    if len(names) > 1 and fallback and not in_title:
        sites = [n for n in names if P.SITE_LIKE.search(n)]
        return sites[0] if sites else names[0]
    if len(names) > 1 and names[-1].isascii() and P.has_han(names[-2]) and _name_pair(title, *names[-2:]):
        return names[-2]  # "…_澎湃新闻-The Paper": the name, then the same in English
    return names[-1]


def _name_pair(title: str, name: str, english: str) -> bool:
    """The <title> ends with a name and its English form, a dash between: "…_澎湃新闻-The Paper"."""
    rest = title.rstrip()
    if not rest.endswith(english):
        return False
    rest = rest[: -len(english)].rstrip()
    return rest[-1:] in P.NAME_PAIR_DASHES and rest[:-1].rstrip().endswith(name)
