"""RSS 2.0 and Atom feed files: each item is an article."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from lxml import etree

from briefgen.model import RawDocument
from briefgen.readers.decoding import UnreadableFile
from briefgen.readers.htmlblocks import html_to_blocks

ROOT = re.compile(r"<(rss|feed|rdf:RDF)\b")
XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")
ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


def parse_feed_date(value: str | None) -> datetime | None:
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def root_start(text: str, limit: int = 65536) -> int:
    """Where the first element starts, past an XML declaration and comments.

    A scan with `str.find`, not one pattern: a pattern with a repeated lazy comment group
    backtracks exponentially over adjacent comments."""
    match = XML_DECLARATION.match(text)
    position = match.end() if match else 0
    while position < limit:
        while position < len(text) and text[position].isspace():
            position += 1
        if not text.startswith("<!--", position):
            return position
        end = text.find("-->", position + 4, limit)
        if end < 0:
            return limit
        position = end + 3
    return position


def _text(element: etree._Element | None) -> str:
    return "".join(element.itertext()).strip() if element is not None else ""


class FeedReader:
    name = "feed"

    def sniff(self, text: str, path: str) -> int:
        return 100 if ROOT.match(text, root_start(text)) else 0

    def read(self, text: str, path: str) -> list[RawDocument]:
        parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
        body = XML_DECLARATION.sub("", text).strip().encode("utf-8")
        root = etree.fromstring(body, parser)
        if root is None:
            raise UnreadableFile("feed XML could not be parsed")
        if root.tag == f"{ATOM}feed":
            return [self._atom_entry(entry, path, n) for n, entry in
                    enumerate(root.iter(f"{ATOM}entry"))]
        channel_title = _text(root.find("channel/title"))
        return [self._rss_item(item, path, n, channel_title) for n, item in
                enumerate(root.iter("item", "{http://purl.org/rss/1.0/}item"))]

    def _rss_item(self, item: etree._Element, path: str, n: int, channel: str) -> RawDocument:
        def child(tag: str) -> str:
            return _text(item.find(tag))

        link = child("link") or None
        body = child(CONTENT) or child("description")
        author = child(DC_CREATOR) or child("author")
        return RawDocument(
            source_path=path, format=self.name,
            item_key=child("guid") or link or f"item-{n}",
            blocks=html_to_blocks(body), title=child("title") or None, url=link,
            published=parse_feed_date(child("pubDate") or child(DC_DATE)),
            authors=[author] if author else [],
            extra={"feed": channel} if channel else {},
        )

    def _atom_entry(self, entry: etree._Element, path: str, n: int) -> RawDocument:
        def child(tag: str) -> str:
            return _text(entry.find(f"{ATOM}{tag}"))

        link = None
        for element in entry.findall(f"{ATOM}link"):
            if element.get("rel", "alternate") == "alternate":
                link = element.get("href")
                break
        authors = [_text(a.find(f"{ATOM}name")) for a in entry.findall(f"{ATOM}author")]
        return RawDocument(
            source_path=path, format=self.name,
            item_key=child("id") or link or f"entry-{n}",
            blocks=html_to_blocks(child("content") or child("summary")),
            title=child("title") or None, url=link,
            published=parse_feed_date(child("published") or child("updated")),
            authors=[a for a in authors if a],
        )
