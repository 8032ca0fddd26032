"""HTML pages and fragments: metadata from the head and the headline, the article from the body."""

from __future__ import annotations

import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from lxml import etree

from briefgen.model import RawDocument
from briefgen.readers.htmlblocks import blocks_from_element, parse_html, strip_boilerplate
from briefgen.readers.maincontent import best_container, drop, drop_trailing_pointers, prune
from briefgen.readers.pagedate import (DATE_TIME, meta_table, meta_values, modified_values,
                                       publication_time, url_day, yearless_time)

TAG = re.compile(r"<(p|div|span|br|html|body|article|h[1-6]|img|table|section)\b", re.I)
PAGE = re.compile(r"<(?:body|html)\b", re.I)
TITLE_SEPARATOR = re.compile(r"(?:(?<!\s)\s+)?(?:_|\||｜|--|—+|–| - )\s*")  # spaces entered at their start
TITLE_CLASS = re.compile(r"(^|[-_\s])(title|headline|tit|biaoti|art_tit|main-title|news_title)"
                         r"([-_\s]|\d|$)", re.I)
# Times a page states without a zone are in the zone of its language's country, when that is
# not the publisher's (a publisher's own zone, from publishers.yaml, is applied in cleaning).
LANGUAGE_ZONES = {"ja": "Asia/Tokyo", "ko": "Asia/Seoul"}
METADATA_LINE = 100  # characters: a longer element beside the headline is body, not a date line


def _meta(table: dict[str, list[str]], *names: str) -> str | None:
    for name in names:
        if table.get(name):
            return table[name][0].strip()
    return None


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def json_ld(root: etree._Element) -> dict:
    """datePublished, headline and articleBody from the page's JSON-LD, where it has them."""
    found: dict = {}

    def visit(node) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
        elif isinstance(node, dict):
            for key in ("datePublished", "headline", "articleBody", "dateCreated"):
                if isinstance(node.get(key), str) and key not in found:
                    found[key] = node[key]
            visit(node.get("@graph"))

    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            visit(json.loads(script.text or ""))
        except ValueError:
            continue
    return found


def headline(root: etree._Element, stated: list[str]) -> tuple[str | None, etree._Element | None]:
    """The article's headline and its element: the heading that the head's titles agree with,
    else the first <h1>, else the head's title without the site's name."""
    stated = [" ".join(s.split()) for s in stated if s and s.strip()]
    headings = [e for e in root.iter("h1", "h2", "h3")] + \
        [e for e in root.iter("div", "p", "span", "td", "strong")
         if TITLE_CLASS.search(f"{e.get('class', '')} {e.get('id', '')}")]
    texts = [(e, _text(e)) for e in headings]
    texts = [(e, t) for e, t in texts if 4 <= len(t) <= 120]
    for element, text in texts:  # a heading the head's titles contain or begin
        for title in stated:
            if text == title or (text in title and len(text) * 2 >= len(title)):
                return text, element
            if text.startswith(title) and len(title) >= 4:
                return text, element  # the head's copy was cut short (a quote in an attribute)
    for element, text in texts:
        if element.tag == "h1":
            return text, element
    beside = _heading_over_date_line(root)
    if beside is not None:
        return beside
    if stated:
        parts = [p for p in TITLE_SEPARATOR.split(stated[0][:300]) if p]
        return (max(parts, key=len) if parts else stated[0]), None
    return None, None


def _heading_over_date_line(root: etree._Element) -> tuple[str, etree._Element] | None:
    """A heading (any level) right above a date line: the headline of a page whose head
    names only the site (<title>新闻动态--某学会官网</title>, <h5>headline</h5>, 发布时间：…)."""
    for element in root.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        text = _text(element)
        if not 4 <= len(text) <= 120:
            continue
        for sibling in list(element.itersiblings())[:2]:
            if not isinstance(sibling.tag, str):
                continue
            line = _text(sibling)
            if len(line) <= METADATA_LINE and DATE_TIME.search(line):
                return text, element
            if line:
                break
    return None


def _drop_date_line(container: etree._Element) -> None:
    """Take the date-and-source line under the headline out of the article's text."""
    for element in container.iter():
        if not isinstance(element.tag, str) or element is container:
            continue
        text = _text(element)
        if len(text) > METADATA_LINE:
            continue
        if DATE_TIME.search(text) and not re.search(r"[。！？，]", text):
            drop(element)
            return
        if len(text) >= 50 and re.search(r"[。！？]", text):
            return  # the article has begun


def _holding(root: etree._Element, text: str, probe: int = 16) -> list[etree._Element]:
    """The element holding both the first and the last words of a JSON-LD articleBody."""
    compact = "".join(text.split())
    if len(compact) < 6 * probe:
        return []
    first, last = compact[:probe], compact[-probe:]
    body = root.find("body")
    start = None
    for element in (body if body is not None else root).iter():
        if isinstance(element.tag, str) and element.tag not in ("script", "style") and \
                first in "".join((element.text or "").split()):
            start = element
            break
    while start is not None and start.tag not in ("body", "html"):
        if last in "".join("".join(start.itertext()).split()):
            return [start]
        start = start.getparent()
    return []


class HtmlReader:
    name = "html"

    def sniff(self, text: str, path: str) -> int:
        head = text[:2048].lstrip().lower()
        if head.startswith("<!doctype html") or head.startswith("<html"):
            return 90
        tags = len(TAG.findall(text[:20000]))
        if tags >= 3 or (tags and path.lower().endswith((".html", ".htm"))):
            return 60
        return 0

    def read(self, text: str, path: str) -> list[RawDocument]:
        root = parse_html(text)
        metas = meta_table(root)
        linked = json_ld(root)
        stated_titles = [_meta(metas, "og:title", "twitter:title", "headline") or "",
                         linked.get("headline", ""), (root.findtext(".//title") or "").strip()]
        title, title_element = headline(root, stated_titles)
        canonical = root.xpath("//link[@rel='canonical']/@href")
        url = _meta(metas, "og:url") or (canonical[0].strip() if canonical else None)
        author = _meta(metas, "author", "article:author", "dc.creator")
        language = root.get("lang") or None
        publisher = _meta(metas, "og:site_name") or source_line(root)
        published = publication_time(root, [linked.get("datePublished")] + meta_values(root)
                                     + [linked.get("dateCreated")], title_element) or \
            yearless_time(root, title_element, url_day([url, path])) or \
            publication_time(root, modified_values(root), None)
        published = _in_language_zone(published, language)
        is_page = PAGE.search(text) is not None
        hints = root.xpath("//article") if is_page else []
        declared = root.xpath("//*[@itemprop='articleBody']") if is_page else []
        if len(hints) == 1:  # one <article> on the page marks the article; many are cards
            declared, hints = declared + hints, []
        if is_page and linked.get("articleBody"):
            declared += _holding(root, linked["articleBody"])
        strip_boilerplate(root)
        if is_page:
            container, stats = best_container(root, hints, declared)
            prune(container, stats)
            drop_trailing_pointers(container, stats)
            _drop_date_line(container)
        else:
            container = root
        blocks = blocks_from_element(container)
        while blocks and blocks[0].kind == "heading" and title and \
                blocks[0].text.strip() in (title, title.strip()):
            blocks = blocks[1:]
        return [RawDocument(
            source_path=path, format=self.name, blocks=blocks, title=title or None, url=url,
            publisher=publisher, published=published,
            authors=[a.strip() for a in re.split(r"[,，、;；]", author) if a.strip()]
            if author else [],
            language=language,
        )]


# The source line under a headline (来源：中新网, 来源: <a>新京报</a>): whose article it is.
SOURCE_LINE = re.compile(r"(?:^|\s)来源\s*[:：]\s*([\u4e00-\u9fffA-Za-z·]{2,20})(?=\s|$|[|｜丨])")


def source_line(root: etree._Element) -> str | None:
    """The publisher a page names in its first short source line, when its head names none."""
    body = root.find("body")
    for element in (body if body is not None else root).iter("span", "div", "p", "td", "li"):
        text = _text(element)
        if len(text) <= METADATA_LINE and (found := SOURCE_LINE.search(text)):
            return found[1]
    return None


def _in_language_zone(value: datetime | None, language: str | None) -> datetime | None:
    if value is None or value.tzinfo is not None or not language:
        return value
    zone = LANGUAGE_ZONES.get(language.split("-")[0].lower())
    return value.replace(tzinfo=ZoneInfo(zone)) if zone else value
