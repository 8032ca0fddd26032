"""RSS 2.0 and Atom feed files: each item is an article."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from lxml import etree

from briefgen import limits
from briefgen.model import RawDocument
from briefgen.readers.decoding import UnreadableFile, sanitize_markup
from briefgen.readers.htmlblocks import html_to_blocks
from briefgen.readers.items import Documents, read_items

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
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return None if limits.day_problem(moment.date()) else moment  # year 1: no date given


def web_link(value: str | None) -> str | None:
    """A link as a feed gives it, if it is one: a malformed URL (http://[bad) is dropped,
    not the item."""
    value = (value or "").strip()
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 (raises for a port that is not a number)
    except ValueError:
        return None
    return value if parts.scheme and parts.netloc else None


ITEM_START = re.compile(r"<(?:item|entry)[\s>]")
ROOT_START = re.compile(r"<(?:rss|feed|rdf:RDF)\b[^>]*>")
ROOT_NAME = re.compile(r"[\w:]+")


def _parse(body: str) -> etree._Element | None:
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                             huge_tree=True)
    try:
        return etree.fromstring(body.encode("utf-8"), parser)
    except etree.XMLSyntaxError:
        return None


def _label(item: etree._Element, number: int) -> str:
    title = _text(item.find("title")) or _text(item.find(f"{ATOM}title"))
    return f"item {number}" + (f" ({title[:30]})" if title else "")


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

    def read(self, text: str, path: str) -> Documents:
        """Every item; one that cannot be read is skipped with its reason, not the feed."""
        body = XML_DECLARATION.sub("", sanitize_markup(text)).strip()
        root = _parse(body)
        if root is None:
            raise UnreadableFile("feed XML could not be parsed")
        atom = root.tag == f"{ATOM}feed"
        tags = (f"{ATOM}entry",) if atom else ("item", "{http://purl.org/rss/1.0/}item")
        items = list(root.iter(*tags))
        starts = [match.start() for match in ITEM_START.finditer(body)]
        if len(items) < len(starts):
            # Broken markup in one item made the parser's recovery lose others: read each
            # item's own text (up to the next item), inside the root element (for its
            # namespaces).
            opening = ROOT_START.search(body)
            wrap = opening[0] if opening else "<rss>"
            close = "</" + ROOT_NAME.match(wrap[1:])[0] + ">"
            items = []
            for start, end in zip(starts, starts[1:] + [len(body)]):
                parsed = _parse(wrap + body[start:end] + close)
                items += list(parsed.iter(*tags))[:1] if parsed is not None else []
        if atom:
            return read_items(items, lambda entry, n: self._atom_entry(entry, path, n - 1),
                              _label)
        channel_title = _text(root.find("channel/title"))
        return read_items(items, lambda item, n: self._rss_item(item, path, n - 1,
                                                                channel_title), _label)

    def _rss_item(self, item: etree._Element, path: str, n: int, channel: str) -> RawDocument:
        def child(tag: str) -> str:
            return _text(item.find(tag))

        link = web_link(child("link"))
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
                link = web_link(element.get("href"))
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
