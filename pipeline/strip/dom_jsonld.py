"""The main text a page states in its JSON-LD, for a page whose markup shows none.

A page rendered in the browser (a React or Vue shell: its HTML holds a menu and a script) has no text
for the DOM extractor, yet often states its text for search engines in schema.org JSON-LD: an
article's ``articleBody``, a how-to's or a recipe's description and steps. When the DOM gave no
paragraph, those are the page's text. The markup's text is preferred whenever there is any: the
JSON-LD copy may be a summary, and it holds no caption or table the reader sees.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from pipeline.strip import patterns as P

MIN_BODY = 80  # characters: a shorter articleBody is a teaser, not the text
MAX_STEPS = 200  # steps (and nested step lists) read from one how-to or recipe
STEP_TYPES = frozenset({"HowTo", "Recipe"})


def jsonld_paragraphs(objects: Iterable[dict[str, Any]]) -> list[str]:
    """The paragraphs of the first article body (``articleBody``) of the page's JSON-LD objects, else of the
    first how-to or recipe (its description, then the text of each step, in order); [] when none."""
    objects = list(objects)
    for obj in objects:
        body = obj.get("articleBody")
        if isinstance(body, str) and len(body) >= MIN_BODY:
            return _paragraphs(body)
    for obj in objects:
        if STEP_TYPES.intersection(jsonld_types(obj)):
            paragraphs = _paragraphs(obj["description"]) if isinstance(obj.get("description"), str) else []
            for text in _step_texts(obj.get("step") or obj.get("recipeInstructions")):
                paragraphs.extend(_paragraphs(text))
            if sum(map(len, paragraphs)) >= MIN_BODY:
                return paragraphs
    return []


def jsonld_types(obj: dict[str, Any]) -> list[str]:
    """A JSON-LD object's types: its "@type", a name or a list of names."""
    kind = obj.get("@type")
    if isinstance(kind, str):
        return [kind]
    return [item for item in kind if isinstance(item, str)] if isinstance(kind, list) else []


def _step_texts(steps: Any) -> list[str]:
    """The texts of a step list (HowToStep, HowToSection, HowToDirection, plain strings), in document order,
    read with a stack (no recursion over data a page wrote)."""
    texts: list[str] = []
    stack = [steps]
    seen = 0
    while stack and seen < MAX_STEPS:
        item = stack.pop()
        seen += 1
        if isinstance(item, str):
            texts.append(item)
        elif isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if isinstance(item.get("text"), str):
                texts.append(item["text"])
            else:
                stack.append(item.get("itemListElement"))
    return texts


def _paragraphs(value: str) -> list[str]:
    """A JSON-LD text as paragraphs: its markup's block ends and line breaks split it, tags and entities go."""
    text = P.JSONLD_BLOCK_END.sub("\n", value)
    if "<" in text:
        text = P.JSONLD_TAG.sub("", text)
    text = html.unescape(text)
    return [line for line in (" ".join(part.split()) for part in text.split("\n")) if line]
