"""Which part of a page is the article: scored by what articles are, not by where sites put them.

Readability's idea, measured in characters that suit Chinese: every run of text in a block
(a <p>, a <td>, a <div> of lines broken by <br>) scores by its length and its sentence
punctuation; a block's score goes to the containers above it, less with each level; a
container's total is cut by its share of link text. Headline lists, search boxes, sidebars and
comment lists have links, short lines and little punctuation, so they lose to the article
wherever the page nests it. The page's own hints (articleBody, <article>) decide between
nested candidates; they never override the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from briefgen.readers.htmlblocks import drop

CONTAINER_TAGS = {"div", "section", "article", "main", "td", "th", "body", "form", "center",
                  "blockquote", "font", "span", "tbody", "tr", "table", "ul", "ol", "li", "dd",
                  "dl", "p", "pre", "figure"}
UNIT_TAGS = {"p", "pre", "td", "li", "dd", "blockquote", "div", "section", "article", "font",
             "span", "center", "h4", "h5", "h6"}
INLINE_TAGS = {"a", "span", "b", "strong", "i", "em", "font", "u", "br", "sup", "sub", "small",
               "big", "label", "abbr", "cite", "code", "mark", "q", "s", "strike", "del", "ins",
               "tt", "var", "img", "wbr", "nobr", "time"}
SENTENCE_PUNCT = re.compile(r"[，。！？；：、,!?;]|\.(?=\s|$)")
WHITESPACE = re.compile(r"\s+")
POSITIVE = re.compile(r"article|artical|body|content|entry|main|post|text|txt|story|detail|"
                      r"zhengwen|news_?con|rich_media", re.I)
NEGATIVE = re.compile(r"comment|footer|foot|sidebar|side|related|recommend|hot|rank|share|nav|"
                      r"menu|banner|copyright|disclaim|statement|search|login|breadcrumb|crumb|"
                      r"tags?\b|keyword|more|list|widget|popup|modal|author-info|relate", re.I)
MIN_UNIT = 12  # characters of text before a run of text counts as a paragraph


@dataclass
class Stats:
    """Characters of text, of link text and sentence punctuation under one element."""
    text: int = 0
    links: int = 0
    punct: int = 0
    units: float = 0.0  # this element's own paragraph score, when it is a run of text

    @property
    def link_density(self) -> float:
        return self.links / self.text if self.text else 0.0


def _length(text: str | None) -> int:
    return len(WHITESPACE.sub("", text)) if text else 0


def _punct(text: str | None) -> int:
    return len(SENTENCE_PUNCT.findall(text)) if text else 0


def measure(root: etree._Element) -> dict[etree._Element, Stats]:
    """Stats of every element, children before parents (no recursion: nesting is unbounded)."""
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    stats: dict[etree._Element, Stats] = {}
    for element in reversed(elements):
        own = Stats(_length(element.text), 0, _punct(element.text))
        for child in element:
            if isinstance(child.tag, str) and child in stats:
                sub = stats[child]
                own.text += sub.text
                own.links += sub.links
                own.punct += sub.punct
            own.text += _length(child.tail)
            own.punct += _punct(child.tail)
        if element.tag == "a":
            own.links = own.text
        stats[element] = own
    return stats


def direct_text(element: etree._Element, stats: dict) -> tuple[int, int, int]:
    """Text, link text and punctuation of an element outside its block children."""
    text, links, punct = _length(element.text), 0, _punct(element.text)
    for child in element:
        if isinstance(child.tag, str) and child.tag in INLINE_TAGS and child in stats:
            sub = stats[child]
            text, links, punct = text + sub.text, links + sub.links, punct + sub.punct
        text += _length(child.tail)
        punct += _punct(child.tail)
    return text, links, punct


def class_weight(element: etree._Element) -> float:
    names = f"{element.get('class', '')} {element.get('id', '')}"
    if not names.strip():
        return 0.0
    weight = 0.0
    if POSITIVE.search(names):
        weight += 25
    if NEGATIVE.search(names):
        weight -= 25
    return weight


def score(root: etree._Element) -> tuple[dict[etree._Element, float], dict[etree._Element, Stats]]:
    """Each container's score: the paragraphs it holds, divided by distance, cut by links."""
    stats = measure(root)
    in_links = {e for link in root.iter("a") for e in link.iter() if e is not link}
    scores: dict[etree._Element, float] = {}
    for element, own in stats.items():
        if element.tag not in UNIT_TAGS or element in in_links:
            continue  # a teaser's text inside a link is a link, not a paragraph
        if element.tag in INLINE_TAGS and element.getparent() is not None \
                and element.getparent().tag in UNIT_TAGS:
            continue  # a <span> inside a paragraph is counted with the paragraph
        text, links, punct = direct_text(element, stats)
        if text - links < MIN_UNIT:
            continue
        value = (1 + punct + min((text - links) / 40, 6)) * (1 - links / text)
        own.units += value
        holder = element if element.tag not in ("p", "pre", "li", "dd", "blockquote", "h4",
                                                "h5", "h6", "span", "font") else element.getparent()
        level = 0
        while holder is not None and level < 5:
            scores[holder] = scores.get(holder, 0.0) + value / (1 if level == 0 else
                                                                2 if level == 1 else level * 3)
            holder = holder.getparent()
            level += 1
    final = {}
    for element, value in scores.items():
        if element.tag not in CONTAINER_TAGS or not isinstance(element.tag, str):
            continue
        final[element] = (value + class_weight(element)) * (1 - stats[element].link_density)
    return final, stats


def _units_below(element: etree._Element, stats: dict) -> float:
    return sum(stats[e].units for e in element.iter() if e in stats and stats[e].units)


def _contains(ancestor: etree._Element, element: etree._Element) -> bool:
    while element is not None:
        if element is ancestor:
            return True
        element = element.getparent()
    return False


def best_container(root: etree._Element, hints: list[etree._Element] = (),
                   declared: list[etree._Element] = ()) -> tuple[etree._Element, dict]:
    """The element that holds the article, and the stats of every element.

    `hints` (<article>) win over the scored candidate when they nest with it or hold as much;
    `declared` ones (articleBody, in microdata or JSON-LD) win wherever they are, as long
    as they hold paragraphs and few links."""
    scores, stats = score(root)
    if not scores:
        body = root.find("body")
        return (body if body is not None else root), stats
    top = max(scores, key=lambda e: scores[e])
    top_units = _units_below(top, stats)
    for hint in list(hints) + list(declared):
        if hint not in stats or hint is top:
            continue
        hint_units = _units_below(hint, stats)
        if hint in declared and not _contains(hint, top) and not _contains(top, hint) \
                and hint_units >= 1 and stats[hint].link_density < 0.3:
            top, top_units = hint, hint_units
            continue
        if _contains(top, hint) and hint_units >= 0.8 * top_units:
            top, top_units = hint, hint_units  # the page marks the article inside the candidate
        elif _contains(hint, top) and top_units < 0.8 * hint_units \
                and stats[hint].link_density < 0.3:
            top, top_units = hint, hint_units  # the article runs on outside the candidate
        elif not _contains(hint, top) and not _contains(top, hint) and \
                hint_units >= 0.5 * top_units and stats[hint].link_density < 0.3:
            top, top_units = hint, hint_units  # the page marks a substantial article elsewhere
    return top, stats


WRAPPERS = {"span", "font", "strong", "b"}
# A live stock quote a portal puts beside a company's name: (115.395, 2.79, 2.47%)
LIVE_QUOTE = re.compile(r"[（(]\s*-?[\d.]+\s*[,，]\s*[-+]?[\d.]+\s*[,，]\s*[-+]?[\d.]+\s*%\s*[）)]")


def _inside_prose(element: etree._Element, stats: dict) -> bool:
    """Whether an inline wrapper sits inside a sentence (<p>…<span><a>谷歌</a></span>在…</p>):
    its parent holds prose of its own besides it."""
    parent = element.getparent()
    if element.tag not in WRAPPERS or parent is None or parent not in stats:
        return False
    own, around = stats[element], stats[parent]
    return (around.text - own.text) - (around.links - own.links) >= MIN_UNIT and \
        around.punct > own.punct


def prune(container: etree._Element, stats: dict) -> None:
    """Drop link lists and furniture nested inside the article's container (never a word
    linked inside a sentence)."""
    for element in list(container.iter()):
        if element is container or not isinstance(element.tag, str) or element.tag == "a":
            continue
        own = stats.get(element)
        if own is None or element.getparent() is None:
            continue
        if element.tag in WRAPPERS and own.text <= 40 and \
                LIVE_QUOTE.fullmatch("".join(element.itertext()).strip()):
            drop(element)
            continue
        if _inside_prose(element, stats):
            continue
        if element.tag in ("ul", "ol", "div", "section", "table", "dl", "p", "li", "span",
                           "td", "tr", "aside", "center", "font", "strong", "b") \
                and own.text and own.link_density > 0.5 and own.text - own.links < 40 \
                and own.punct <= 2:
            drop(element)
        elif class_weight(element) < 0 and own.punct < 3 and element.tag != "p":
            drop(element)


SENTENCE_END = re.compile(r"[。！？!?…][”’」』）)]*\s*$")


def drop_trailing_pointers(container: etree._Element, stats: dict) -> None:
    """Lines at the article's end that point elsewhere: short, linked, no sentence
    (相关资讯请关注：<a>专区</a>, 更多报道：<a>…</a>)."""
    blocks = [e for e in container.iter("p", "div", "li", "section", "span", "font", "strong")
              if e is not container and stats.get(e) and stats[e].text]
    for element in reversed(blocks):
        own = stats[element]
        text = "".join(element.itertext()).strip()
        if own.links and own.text - own.links < 20 and not SENTENCE_END.search(text):
            drop(element)
        elif own.text - own.links >= 20 or SENTENCE_END.search(text):
            return
