"""HTML pages and fragments: metadata from the head, the article from the body."""

from __future__ import annotations

import re

from lxml import etree, html

from briefgen.model import Block, RawDocument
from briefgen.readers.feed import parse_feed_date
from briefgen.readers.htmlblocks import blocks_from_element, parse_html, strip_boilerplate

TAG = re.compile(r"<(p|div|span|br|html|body|article|h[1-6]|img|table|section)\b", re.I)
CJK = re.compile(r"[\u3400-\u9fff]")


def _meta(root: html.HtmlElement, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            for element in root.xpath(f"//meta[@{attr}=$n]", n=name):
                content = (element.get("content") or "").strip()
                if content:
                    return content
    return None


def _text_weight(element: etree._Element) -> int:
    return len(CJK.findall("".join(element.itertext()))) + \
        len("".join(element.itertext())) // 6


def main_content(root: html.HtmlElement) -> etree._Element:
    """The element that holds the article: <article>, articleBody, or the densest block."""
    for path in ("//*[@itemprop='articleBody']", "//article", "//main"):
        found = root.xpath(path)
        if found:
            return max(found, key=_text_weight)
    scores: dict[etree._Element, int] = {}
    for paragraph in root.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + _text_weight(paragraph)
    if not scores:
        body = root.find("body")
        return body if body is not None else root
    return max(scores, key=lambda element: scores[element])


DATE_ELEMENT = re.compile(r"(^|[-_\s])(date|time|pubtime|pubdate|publish|timestamp)", re.I)


def _dateline(root: html.HtmlElement) -> str | None:
    """The text of the element that dates the page, when the head does not."""
    for element in root.iter("time", "span", "div", "p", "em", "i"):
        if any(DATE_ELEMENT.search(element.get(name) or "") for name in ("class", "id")):
            text = " ".join("".join(element.itertext()).split())
            if text and len(text) <= 48 and re.search(r"\d{4}|\d{1,2}[/.-]\d{1,2}", text):
                return text
    return None


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
        title = _meta(root, "og:title", "twitter:title", "headline")
        h1 = root.find(".//h1")
        if not title and h1 is not None:
            title = "".join(h1.itertext()).strip()
        if not title:
            title = (root.findtext(".//title") or "").strip()
        canonical = root.xpath("//link[@rel='canonical']/@href")
        url = _meta(root, "og:url") or (canonical[0].strip() if canonical else None)
        published = _meta(root, "article:published_time", "datePublished", "pubdate",
                          "publishdate", "PubDate", "publish_date")
        if not published:
            times = root.xpath("//time/@datetime")
            published = times[0] if times else None
        author = _meta(root, "author", "article:author", "dc.creator")
        language = root.get("lang") or None
        publisher = _meta(root, "og:site_name")
        dateline = None if published else _dateline(root)
        strip_boilerplate(root)
        is_page = re.search(r"<body\b", text[:20000], re.I) is not None
        blocks = blocks_from_element(main_content(root) if is_page else root)
        if dateline and not any(block.text == dateline for block in blocks[:4]):
            blocks.insert(0, Block("paragraph", dateline))  # cleaning reads it as the date line
        if title and blocks and blocks[0].kind == "heading" and blocks[0].text.strip() == title:
            blocks = blocks[1:]
        return [RawDocument(
            source_path=path, format=self.name, blocks=blocks, title=title or None, url=url,
            publisher=publisher, published=parse_feed_date(published),
            authors=[a.strip() for a in re.split(r"[,，、;；]", author) if a.strip()]
            if author else [],
            language=language,
        )]
