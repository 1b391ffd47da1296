"""Section (the most specific breadcrumb category) and site name.

Breadcrumbs: "当前位置: 首页 > 市县政协 >>正文内容" -> 市县政协; "首页｜新华社记者看东北｜人物专访" ->
人物专访; a trail split over several lines ("网易首页-->", "主频道-->", "消费真相-->"); a trail whose
last step is the headline itself ("您在这里: 首页 › 诗 › 夜雨" -> 诗). Failing those, the middle segment
of the <title> ("标题_栏目_站名"). Site name: og:site_name, else the last <title> segment, else a logo's alt.
"""

from __future__ import annotations

from typing import Any

from pipeline.meta import patterns as P
from pipeline.meta.title import split_title, title_key
from pipeline.meta.view import PageView

CRUMB_LOOKBACK = 25  # lines above the headline searched for a breadcrumb
MAX_CRUMB_LINE = 160


def crumb_segments(text: str) -> list[str]:
    """The steps of a breadcrumb text, label removed."""
    text = P.BREADCRUMB_LABEL.sub("", text)
    return [step.strip() for step in P.CRUMB_SEPARATOR.split(text) if step and step.strip()]


def last_category(steps: list[str], headline: str | None) -> str | None:
    """The most specific step that is a category: not "正文", not the headline, not "首页"."""
    head_key = title_key(headline) if headline else ""
    for step in reversed(steps):
        step = P.CRUMB_JUNK.sub("", step).strip(" ：:")
        if not step or P.CRUMB_TAIL.match(step):
            continue
        key = title_key(step)
        if not key:
            continue
        if head_key and (key == head_key or (len(key) >= 2 and key in head_key and len(steps) > 2)):
            continue  # the trail ends with the headline (or part of it)
        if P.CRUMB_HEAD.match(step) and step is steps[0]:
            return None
        if len(step) > 40:
            return None
        return _strip_site_suffix(step)
    return None


def _strip_site_suffix(step: str) -> str:
    """ "国际财经_搜狐财经" -> "国际财经"."""
    parts = split_title(step)
    return parts[0] if len(parts) > 1 else step


def find_section(view: PageView, headline_index: int | None, headline: str | None) -> str | None:
    """The breadcrumb's last category; else the <title>'s middle segment."""
    steps = _tree_crumb(view.crumbs, headline) if view.crumbs else None
    if steps:
        category = last_category(steps, headline)
        if category:
            return category
    steps = _line_crumb(view.lines, headline_index)
    if steps:
        category = last_category(steps, headline)
        if category:
            return category
    return title_section(view.title, headline)


def _tree_crumb(elements: list[Any], headline: str | None) -> list[str] | None:
    """Steps of a breadcrumb container (class/id "breadcrumb", "position", "location", …): its links."""
    for element in elements[:20]:
        marker = f"{element.get('class') or ''} {element.get('id') or ''}"
        if "comment" in marker.lower():
            continue
        text = " ".join("".join(element.itertext()).split())
        if not text or len(text) > MAX_CRUMB_LINE:
            continue
        items = [" ".join("".join(li.itertext()).split()) for li in element.iter("li")]
        links = [" ".join("".join(a.itertext()).split()) for a in element.iter("a")]
        items, links = [i for i in items if i], [link for link in links if link]
        steps = crumb_segments(text)
        if len(items) >= 2:
            steps = [step for item in items for step in crumb_segments(item)]
        elif len(links) >= 2 and len(steps) < len(links):
            tail = steps[-1] if steps and steps[-1] not in links[-1] and not text.endswith(links[-1]) else None
            steps = links + ([tail] if tail else [])
        separated = P.CRUMB_SEPARATOR_STRONG.search(text) or len(links) >= 2 or len(items) >= 2
        if (len(steps) >= 2 and separated) or (steps and P.BREADCRUMB_LABEL.match(text)):
            return steps
    return None


def _line_crumb(lines: list[str], headline_index: int | None) -> list[str] | None:
    """A breadcrumb among the lines above the headline (or the first lines), joined when split."""
    end = headline_index if headline_index is not None else min(len(lines), 80)
    start = max(0, end - CRUMB_LOOKBACK)
    for index in range(end - 1, start - 1, -1):
        line = lines[index]
        if len(line) > MAX_CRUMB_LINE:
            continue
        labelled = bool(P.BREADCRUMB_LABEL.match(line))
        strong = bool(P.CRUMB_SEPARATOR_STRONG.search(line))
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
        if steps and (labelled or len(steps) >= 2):
            return steps
    return None


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


def title_section(title: str | None, headline: str | None) -> str | None:
    """The middle segment of "标题_栏目_站名"; None when the title has no middle."""
    segments = split_title(title)
    if len(segments) < 3:
        return None
    head_key = title_key(headline) if headline else ""
    middle = segments[1:-1]
    # the headline may itself hold a separator: skip segments that are part of it
    middle = [s for s in middle if not (head_key and title_key(s) and title_key(s) in head_key)]
    for segment in middle:
        named = not P.SITE_JUNK.search(segment) and not P.DOMAIN_LIKE.match(segment) and not P.SLOGAN.search(segment)
        if 2 <= len(segment) <= 20 and named:
            return segment
    return None


def find_site_name(view: PageView, headline: str | None) -> str | None:
    """og:site_name / application-name, else the <title>'s site segment, else JSON-LD's publisher,
    else a logo's alt text."""
    for name in ("og:site_name", "application-name", "apple-mobile-web-app-title"):
        value = view.first_meta([name])
        if value and 2 <= len(value) <= 40 and not value.startswith("@"):
            return value.strip()
    site = title_site(view.title, headline)
    if site:
        return site
    for obj in view.jsonld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str) and obj.get("@type") != "WebSite":
            name = publisher["name"].strip()
            if 2 <= len(name) <= 40:
                return name
    if view.logos:
        for image in view.logos[:3]:
            alt = " ".join((image.get("alt") or "").split())
            if 2 <= len(alt) <= 30 and not P.SITE_JUNK.search(alt) and "logo" not in alt.lower():
                return alt
    return None


def title_site(title: str | None, headline: str | None) -> str | None:
    """The site segment of a <title>: what follows the headline, the last segment that is a name
    (not a domain, a slogan, "powered by", or a channel word such as "资讯")."""
    if not title:
        return None
    if headline and title.startswith(headline) and len(title) > len(headline):
        segments = split_title(title[len(headline) :])  # "图说洛阳| 洛阳…之年 河南日报网-河南日报官方网站"
    else:
        segments = split_title(title)[1:]
    head_key = title_key(headline) if headline else ""
    names = []
    for segment in segments:
        segment = segment.strip("【】[]《》 ")
        segment = P.SLOGAN_TAIL.sub("", segment).strip()
        if not segment or len(segment) > 30 or P.SITE_JUNK.search(segment) or P.DOMAIN_LIKE.match(segment):
            continue
        if P.SLOGAN.search(segment) or P.SITE_GENERIC.match(segment):
            continue
        if head_key and title_key(segment) and title_key(segment) in head_key:
            continue
        names.append(segment)
    return names[-1] if names else None
