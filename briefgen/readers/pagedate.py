"""When a page says it was published: its visible date line, <time>, meta tags, JSON-LD.

The visible line under the headline is what readers see and what editors set by hand; meta
tags are often the CMS's save time a minute later or a bare day. So a stated time beside the
headline wins when it agrees on the day with the head's; the head's value is used otherwise.
"""

from __future__ import annotations

import itertools
import re
from datetime import datetime, timedelta, timezone

from lxml import etree

from briefgen.readers.feed import parse_feed_date

# Bounded gaps only: the pattern is tried at every digit of hostile text and must not backtrack.
DATE_TIME = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s{0,2}[-/.年]\s{0,2}(\d{1,2})\s{0,2}[-/.月]\s{0,2}(\d{1,2})(?!\d)"
    r"\s{0,2}日?\s{0,3}(?:[（(]?(?:星期|周)[一二三四五六日天][）)]?\s{0,3})?(?:T|\s{0,3})"
    r"(?:(\d{1,2})\s{0,2}[:：時时]\s{0,2}(\d{2})(?:\s{0,2}[:：分]\s{0,2}(\d{2}))?"
    r"(?:\s{0,2}(Z|[+-]\d{2}:?\d{2}))?)?")
META_NAMES = ("article:published_time", "og:published_time", "og:release_date", "datePublished",
              "pubdate", "publishdate", "PubDate", "publish_date", "publishedDate", "sailthru.date",
              "parsely-pub-date", "dc.date", "dc.date.issued", "DC.date.issued", "weibo: article:create_at",
              "article:published", "date", "created")
MODIFIED_NAMES = ("article:modified_time", "og:updated_time", "dateModified", "dateUpdate",
                  "lastmod", "last-modified")
# Times that page scripts state for their own article (WeChat's `ct`, portals' `pubtime`).
SCRIPT_TIME = re.compile(
    r"[\"']?(?:ct|pubtime|pub_time|publish_?time|publishTime|pubDate|publishDate|publish_date|"
    r"create_?time|createTime|firstPublishTime|datePublished)[\"']?\s{0,3}[:=]\s{0,3}[\"']"
    r"(\d{10}|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?)[\"']")
LABEL = re.compile(r"(?:发布时间|发布日期|发表时间|发表日期|发稿时间|时间|日期|Published|Posted)"
                   r"\s{0,2}[:：]\s{0,3}", re.I)
SHORT_DATE = re.compile(r"\A(\d{2})-(\d{1,2})-(\d{1,2})(?:\s{0,3}(\d{1,2}):(\d{2}))?")
URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-]?(\d{2})[/_-]?(\d{2})(?!\d)")
YEARLESS = re.compile(r"(?<![\d/.-])(\d{1,2})[/月-](\d{1,2})日?\s{0,2}(?:[（(][^）)\d]{1,3}[）)])?"
                      r"\s{0,3}(\d{1,2})[:：時时](\d{2})")
MAX_LABELS = 200  # labels looked behind; a page's own date is among its first
DATE_CLASS = re.compile(r"date|time|pub|info|source|meta|byline|author", re.I)
NEAR_HEADLINE = 600  # characters of text after the headline where the date line sits


def parse_stated(text: str) -> tuple[datetime, bool] | None:
    """The first date in `text` and whether it states a time of day."""
    match = DATE_TIME.search(text)
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        value = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                         int(second or 0))
    except ValueError:
        return None
    if zone:
        offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[-2:])) if zone != "Z" \
            else timedelta(0)
        value = value.replace(tzinfo=timezone(-offset if zone[0] == "-" else offset))
    return value, hour is not None


def parse_value(value: str | None) -> tuple[datetime, bool] | None:
    """A machine-readable date (ISO 8601, RFC 2822, or a plain date line)."""
    if not value or not value.strip():
        return None
    parsed = parse_feed_date(value)
    if parsed is not None:
        has_time = bool(re.search(r"\d[:：]\d", value))
        return parsed, has_time
    return parse_stated(value)


def _plain(element: etree._Element, limit: int) -> str:
    parts, size = [], 0
    for text in element.itertext():
        parts.append(text)
        size += len(text)
        if size >= limit:
            break
    return " ".join("".join(parts).split())


def text_after(headline: etree._Element, limit: int = NEAR_HEADLINE) -> str:
    """The page's text that follows `headline` in reading order, up to `limit` characters."""
    parts, size = [], 0
    element = headline
    while element is not None and size < limit:
        tail = element.tail or ""
        parts.append(tail)
        size += len(tail.strip())
        for sibling in element.itersiblings():
            if isinstance(sibling.tag, str) and sibling.tag in ("script", "style"):
                text = sibling.tail or ""
            else:
                text = _plain(sibling, limit) + " " + (sibling.tail or "") \
                    if isinstance(sibling.tag, str) else (sibling.tail or "")
            parts.append(" " + text)
            size += len(text.strip())
            if size >= limit:
                break
        element = element.getparent()
    return " ".join("".join(parts).split())[:limit * 2]


def script_values(root: etree._Element) -> list[str]:
    """Publication times assigned in the page's inline scripts, as ISO text."""
    values = []
    for script in root.iter("script"):
        for match in SCRIPT_TIME.finditer(script.text or ""):
            value = match[1]
            if value.isdigit():
                value = datetime.fromtimestamp(int(value), timezone.utc).isoformat()
            values.append(value)
    return values


def labelled_date(text: str) -> tuple[datetime, bool] | None:
    """A date behind a label such as 发布时间：, including a two-digit year (18-03-08 23:16)."""
    for match in itertools.islice(LABEL.finditer(text), MAX_LABELS):
        rest = text[match.end():match.end() + 60]
        found = parse_stated(rest)
        if found and DATE_TIME.search(rest).start() < 4:
            return found
        short = SHORT_DATE.match(rest)
        if short:
            year, month, day, hour, minute = short.groups()
            try:
                value = datetime(2000 + int(year), int(month), int(day), int(hour or 0),
                                 int(minute or 0))
            except ValueError:
                continue
            return value, hour is not None
    return None


def visible_date(root: etree._Element, headline: etree._Element | None
                 ) -> tuple[datetime, bool] | None:
    """A date line beside the headline, else in an element named for dates."""
    if headline is not None:
        near = text_after(headline)
        found = labelled_date(near) or parse_stated(near)
        if found:
            return found
    body = root.find("body")
    if body is not None:
        found = labelled_date(_plain(body, 20000))
        if found:
            return found
    for element in root.iter("time", "span", "div", "p", "em", "i", "td", "li", "font"):
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if DATE_CLASS.search(names):
            text = _plain(element, 200)[:200]
            found = labelled_date(text) or parse_stated(text)
            if found:
                return found
    return None


def publication_time(root: etree._Element, head_values: list[str | None],
                     headline: etree._Element | None) -> datetime | None:
    """The time the page states it was published, as precise as it states it."""
    head = next((found for found in map(parse_value, head_values) if found), None)
    seen = visible_date(root, headline)
    if seen and (head is None or not head[1] or
                 abs((seen[0].replace(tzinfo=None) - head[0].replace(tzinfo=None)).days) <= 1):
        if head and head[0].tzinfo is not None and seen[0].tzinfo is None and \
                seen[0].date() == head[0].date():
            return seen[0].replace(tzinfo=head[0].tzinfo)
        return seen[0] if seen[1] or head is None else head[0]
    if head or seen:
        return head[0] if head else seen[0]
    return None


def url_day(urls: list[str | None]) -> datetime | None:
    """The day a page's address states (…/2019/09/07/…, …20170309…)."""
    for url in urls:
        match = URL_DATE.search(url or "")
        if match:
            try:
                return datetime(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                continue
    return None


def yearless_time(root: etree._Element, headline: etree._Element | None,
                  day: datetime | None) -> datetime | None:
    """A date line without a year (3/9(木) 18:45, 09-08 11:42) beside the headline, on the day
    the address or the head states."""
    if headline is None or day is None:
        return None
    for match in YEARLESS.finditer(text_after(headline)):
        month, date, hour, minute = map(int, match.groups())
        if (month, date) == (day.month, day.day) and hour < 24 and minute < 60:
            return day.replace(hour=hour, minute=minute)
    return None


def meta_table(root: etree._Element) -> dict[str, list[str]]:
    """Every <meta> content by its property, name and itemprop, in one pass."""
    table: dict[str, list[str]] = {}
    for element in root.iter("meta"):
        content = element.get("content")
        if content and content.strip():
            for attr in ("property", "name", "itemprop"):
                key = element.get(attr)
                if key:
                    table.setdefault(key, []).append(content)
    return table


def meta_values(root: etree._Element) -> list[str | None]:
    """Publication times the head states, most specific first."""
    table = meta_table(root)
    values = [value for name in META_NAMES for value in table.get(name, [])]
    values += root.xpath("//*[@itemprop='datePublished']/@datetime")
    values += root.xpath("//time[@pubdate]/@datetime")
    values += script_values(root)
    values += root.xpath("//time/@datetime")
    return [value for value in values if value and value.strip()]


def modified_values(root: etree._Element) -> list[str]:
    """When the page was last changed: a stand-in when it states no publication time."""
    table = meta_table(root)
    return [value for name in MODIFIED_NAMES for value in table.get(name, [])]
