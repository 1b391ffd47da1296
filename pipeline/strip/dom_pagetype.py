"""What kind of page this is: an article, a forum thread (the posts are the content) or a list page.

Forum evidence, from the blocks and the class/id vocabulary: repeated post containers
(Discuz ``postmessage``/``plhin``, Flarum ``CommentPost``, Zhihu ``AnswerItem``, floors) holding
much of the page's text, comment containers holding nearly all of it (a thread of replies with
no article around it), and thread-only controls (楼主, 沙发, 只看该作者, 电梯直达, #2 …).

Thread signs, for the page type only: pages whose posts are not marked up as posts (old boards laid
out in tables, a Q&A page with one answer, a first post without replies) still show what they are:
answer counters and labels (1个回答, 采纳数, 被采纳, 问题描述), thread controls and floors (回复本贴,
楼主, 第 2 楼), the footer of forum software (Powered by Discuz!), a schema.org type (QAPage,
DiscussionForumPosting).

List evidence: little sentence text in the best article container, and a container holding many
title-like items (links or short lines of 6 to 80 characters).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import Any

from pipeline.strip import patterns as P
from pipeline.strip.dom_blocks import COMMENT, NAV, POST, RELATED, Block, Container, Flagged, punctuated
from pipeline.strip.dom_jsonld import jsonld_types

POST_SHARE = 0.3  # post containers with this share of the page's text: a thread
COMMENT_SHARE = 0.5  # comment containers with this share, and ...
MAX_ARTICLE_AROUND_COMMENTS = 300  # ... less text than this outside them: a thread of replies
MIN_MARKERS = 3  # thread controls (楼主, 只看该作者 …) on a page with post/comment containers
MIN_ITEMS = 2
MIN_REPLIES = 3  # reply containers (any text) on a page with ...
MAX_TEXT_AROUND_REPLIES = 100  # ... less sentence text than this outside them: a thread of one-liners
MARKER_MAX_CHARS = 40
MIN_LIST_ITEMS = 10  # title-like lines in one container, on a page with ...
MAX_LIST_SENTENCES = 20  # ... fewer characters of full sentences than this in its article container
MAX_ROLL_NOTE = 200  # characters of full sentences after a post's list of links: a note, the list is the post
ROLL_REACH = 3  # blocks between the headline and a post's list of links (a byline, a date)
TITLE_CHARS = (6, 80)
SENTENCE_PENALTY = 2  # a sentence of LONG_SENTENCE characters or more counts against a list
LONG_SENTENCE = 40
SIGN_MAX_CHARS = 60  # thread signs are read in lines this short
FLOOR_MAX_CHARS = 8  # a line this short may be a bare floor ("#3", "5楼"); longer ones need a hint word
MIN_QA_SIGNS = 2  # answer counters and labels (outside menus and related lists) that make a Q&A page
MIN_THREAD_SIGNS = 3  # thread controls and floors (outside comment areas) that make a thread


def _outermost(spans: list[Flagged]) -> list[Flagged]:
    spans = sorted(spans, key=lambda span: (span.first, -span.last))
    outer: list[Flagged] = []
    end = -1
    for span in spans:
        if span.first >= end:
            outer.append(span)
            end = span.last
    return outer


def looks_like_forum(blocks: list[Block], flagged: list[Flagged], base: list[float]) -> bool:
    """True when the page is a thread of posts rather than an article (with or without comments)."""
    if not any(span.bits & (POST | COMMENT) for span in flagged):
        return False  # (most pages: no post or comment container, nothing to weigh)
    positive = [0.0, *accumulate(w if w > 0 else 0.0 for w in base)]
    total = positive[-1]
    posts = [span for span in flagged if span.bits & POST and positive[span.last] > positive[span.first]]
    comments = [span for span in flagged if span.bits & COMMENT and positive[span.last] > positive[span.first]]
    if not posts and not comments and len([span for span in flagged if span.bits & (POST | COMMENT)]) < MIN_REPLIES:
        return False
    if len(posts) >= MIN_ITEMS:
        post_mass = sum(positive[span.last] - positive[span.first] for span in _outermost(posts))
        if post_mass >= POST_SHARE * total:
            return True
    if len(comments) >= MIN_ITEMS:
        comment_mass = sum(positive[span.last] - positive[span.first] for span in _outermost(comments))
        if comment_mass >= COMMENT_SHARE * total and total - comment_mass < MAX_ARTICLE_AROUND_COMMENTS:
            return True
    if len(posts) + len(comments) < MIN_ITEMS:
        return False
    items = [span for span in flagged if span.bits & (POST | COMMENT)]
    if len(items) >= MIN_REPLIES:
        outer = _outermost(items)
        inside = sum(positive[span.last] - positive[span.first] for span in outer)
        if total - inside < MAX_TEXT_AROUND_REPLIES:
            return True  # short replies and nothing else: a thread of one-liners
    markers = 0
    for block in blocks:
        if (
            block.chars <= MARKER_MAX_CHARS
            and P.THREAD_EVIDENCE.search(block.text)
            and P.FORUM_MARKER.match(block.text)
        ):
            markers += 1
            if markers >= MIN_MARKERS:
                return True
    return False


def thread_signs(blocks: list[Block], flagged: list[Flagged], jsonld: Iterable[dict[str, Any]] = ()) -> bool:
    """True when the page shows it is a thread or a Q&A page (see the module's docstring): its type,
    whatever its posts look like. A news page with comments shows none of these: its comment area
    numbers floors and says 回复, so thread controls inside comment containers do not count."""
    if any(P.THREAD_TYPES.intersection(jsonld_types(obj)) for obj in jsonld):
        return True
    texts = [block.text for block in blocks if 0 < block.chars <= SIGN_MAX_CHARS]
    if not P.THREAD_SIGN_HINT.search("\n".join(texts)):
        return False  # most pages: one search over their short lines
    short = [i for i, block in enumerate(blocks) if 0 < block.chars <= SIGN_MAX_CHARS]
    in_menus = inside(flagged, len(blocks), NAV | RELATED)
    in_comments = inside(flagged, len(blocks), COMMENT)
    qa_counts = [not in_menus[i] for i in short]
    thread_counts = [not in_comments[i] for i in short]
    return shows_thread_signs(texts, qa_counts, thread_counts, hinted=True)


def shows_thread_signs(
    texts: Sequence[str],
    qa_counts: Sequence[bool] | None = None,
    thread_counts: Sequence[bool] | None = None,
    *,
    hinted: bool = False,
) -> bool:
    """Whether a page's short lines (``texts``, of up to SIGN_MAX_CHARS) show a thread or a Q&A page:
    forum software, or enough answer signs or thread signs. ``qa_counts`` / ``thread_counts``: per line,
    whether its sign may count (the DOM leaves out menus, related lists and comment areas); ``hinted``:
    the caller found THREAD_SIGN_HINT in them already. Shared by the DOM and the text-dump extractors."""
    if not hinted and not P.THREAD_SIGN_HINT.search("\n".join(texts)):
        return False  # most pages: one search over their short lines
    qa = thread = 0
    for i, text in enumerate(texts):
        if len(text) > FLOOR_MAX_CHARS and not P.THREAD_SIGN_HINT.search(text):
            continue
        if P.FORUM_SOFTWARE.search(text):
            return True
        if (qa_counts is None or qa_counts[i]) and P.QA_SIGN.search(text):
            qa += 1
        if (thread_counts is None or thread_counts[i]) and P.THREAD_SIGN.search(text):
            thread += 1
    return qa >= MIN_QA_SIGNS or thread >= MIN_THREAD_SIGNS


def holds_posts(flagged: list[Flagged], base: list[float]) -> bool:
    """Whether post or comment containers hold text (on a thread: the replies, or a Q&A page's answers)."""
    positive = [0.0, *accumulate(w if w > 0 else 0.0 for w in base)]
    return any(span.bits & (POST | COMMENT) and positive[span.last] > positive[span.first] for span in flagged)


def in_posts(flagged: list[Flagged], n_blocks: int) -> list[bool]:
    """Per block: inside a post or comment container (the content of a thread)."""
    return inside(flagged, n_blocks, POST | COMMENT)


def inside(flagged: list[Flagged], n_blocks: int, mask: int) -> list[bool]:
    """Per block: inside an element flagged with any of the ``mask`` bits (elements nest: the outermost
    of them cover all)."""
    found = [False] * n_blocks
    for span in _outermost([span for span in flagged if span.bits & mask]):
        found[span.first : span.last] = [True] * (span.last - span.first)
    return found


def sentence_chars(blocks: list[Block], container: Container) -> int:
    """Characters of full sentences (ending 。！？.!?) outside links in a container."""
    total = 0
    for block in blocks[container.first : container.last]:
        if block.chars and block.link_chars * 2 < block.chars and P.SENTENCE_MARK.search(block.text):
            total += block.chars - block.link_chars
    return total


def is_title(block: Block) -> bool:
    """A list item's title: 6 to 80 characters that do not end like a sentence."""
    low, high = TITLE_CHARS
    return low <= block.chars <= high and not (punctuated(block) and block.text[-1] in P.SENTENCE_MARK_CHARS)


def list_container(
    blocks: list[Block], containers: list[Container], depths: list[int], boilerplate: list[bool]
) -> Container | None:
    """The container richest in title-like items (links or lines), when it holds enough of them."""
    scores = [0]
    for i, block in enumerate(blocks):
        if depths[i] >= 0 or not block.chars or boilerplate[i]:
            score = 0
        elif is_title(block):
            score = 1
        elif block.chars >= LONG_SENTENCE and punctuated(block):
            score = -SENTENCE_PENALTY
        else:
            score = 0
        scores.append(scores[-1] + score)
    best = None
    best_items = MIN_LIST_ITEMS - 1
    for container in containers:
        items = scores[container.last] - scores[container.first]
        if items > best_items:
            best, best_items = container, items
    return best


def is_link_roll(items: Container, container: Container, containers: list[Container], anchor: int | None) -> bool:
    """A post whose body is a list of links (a link roll, a reading list) with a short note after it:
    the list starts right after the headline, before the article container, and the content-named
    element of the post ("entry-content") holds both. A list after the text is a sidebar's."""
    if anchor is None or not anchor < items.first <= anchor + 1 + ROLL_REACH or items.last > container.first:
        return False
    return any(
        named.bonus > 1.0 and named.first <= items.first and container.last <= named.last and anchor < named.first
        for named in containers
    )
