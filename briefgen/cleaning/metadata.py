"""Metadata a careful reader finds in a page: publisher, date line, language, authors."""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from briefgen.chinese import language
from briefgen.cleaning.text import drop_bracketed

DEFAULT_TIMEZONE = "Asia/Shanghai"


@dataclass(frozen=True)
class Publisher:
    name: str
    timezone: str = DEFAULT_TIMEZONE
    date_order: str = "ymd"


class PublisherError(ValueError):
    """A publishers file that cannot be used; the message names the file and entry."""


def _load_table(text: str, origin: str) -> dict[str, Publisher]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as error:
        raise PublisherError(f"{origin}: not valid YAML: {error}") from error
    if not isinstance(data, dict):
        raise PublisherError(f"{origin}: expected a mapping of domain to publisher")
    table = {}
    for domain, entry in data.items():
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise PublisherError(f"{origin}: {domain}: expected a name, or a mapping with name")
        unknown = set(entry) - {"name", "timezone", "date_order"}
        if unknown:
            raise PublisherError(f"{origin}: {domain}: unknown key {sorted(unknown)[0]!r}")
        publisher = Publisher(**entry)
        try:
            ZoneInfo(publisher.timezone)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise PublisherError(f"{origin}: {domain}: unknown timezone {publisher.timezone!r}") \
                from error
        if publisher.date_order not in ("dmy", "mdy", "ymd"):
            raise PublisherError(f"{origin}: {domain}: date_order must be dmy, mdy or ymd")
        table[str(domain).lower().lstrip(".")] = publisher
    return table


class PublisherTable:
    """Domain → publisher; the built-in table, extended by the user's files."""

    def __init__(self, extra_files: list[str | Path] = ()) -> None:
        builtin = resources.files("briefgen").joinpath("data/publishers.yaml").read_text("utf-8")
        self.table = _load_table(builtin, "built-in publishers")
        env = os.environ.get("BRIEFGEN_PUBLISHERS")
        for path in ([env] if env else []) + list(extra_files):
            try:
                text = Path(path).read_text("utf-8")
            except OSError as error:
                raise PublisherError(f"{path}: cannot read: {error.strerror}") from error
            self.table.update(_load_table(text, str(path)))

    def for_url(self, url: str | None) -> Publisher | None:
        if not url:
            return None
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:  # http://[bad: no host to know the publisher by
            return None
        while host:
            if host in self.table:
                return self.table[host]
            host = host.partition(".")[2]
        return None


# --- date lines ---------------------------------------------------------------

NUMERIC_DATE = re.compile(
    r"^(?P<a>\d{1,4})[/.\-](?P<b>\d{1,2})[/.\-](?P<c>\d{1,4})"
    r"(?:\s*[-–,T]?\s*(?P<h>\d{1,2})[:：](?P<m>\d{2})(?::(?P<s>\d{2}))?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|GMT|UTC)?$")
CHINESE_DATE = re.compile(
    r"^(?P<y>\d{4})\s*年\s*(?P<mo>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"(?:\s*(?P<h>\d{1,2})\s*[:：时]\s*(?P<m>\d{2})分?(?:[:：](?P<s>\d{2})秒?)?)?$")
DATELINE_PREFIX = re.compile(r"^(?:发布时间|发布日期|更新时间|发布|更新|时间|日期|发表于|Published|Updated)"
                             r"\s*[:：/／]?\s*", re.I)
AM_PM = re.compile(r"(?<!\s)\s*+([AaPp])\.?[Mm]\.?$")  # spaces entered at their start


def _zone(name: str):
    return timezone.utc if name.upper() in ("UTC", "GMT", "Z") else ZoneInfo(name)


def in_local_time(value: datetime, publisher: Publisher | None) -> datetime:
    """A time stated without a zone is in the publisher's zone (Asia/Shanghai when unknown)."""
    if value.tzinfo is not None:
        return value
    return value.replace(tzinfo=_zone(publisher.timezone if publisher else DEFAULT_TIMEZONE))


def parse_dateline(text: str, publisher: Publisher | None = None) -> datetime | None:
    """The publication time a page's own date line states, with its time zone."""
    text = DATELINE_PREFIX.sub("", text.strip()).strip()
    if not text or len(text) > 48 or not re.search(r"\d", text):
        return None
    afternoon = AM_PM.search(text)
    if afternoon:
        text = AM_PM.sub("", text)
    order = publisher.date_order if publisher else "ymd"
    if re.match(r"^[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}", text):
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        return in_local_time(parsed, publisher)
    match = CHINESE_DATE.match(text)
    if match:
        year, month, day = int(match["y"]), int(match["mo"]), int(match["d"])
    else:
        match = NUMERIC_DATE.match(text)
        if not match:
            return None
        a, b, c = int(match["a"]), int(match["b"]), int(match["c"])
        if len(match["a"]) == 4:
            year, month, day = a, b, c
        elif len(match["c"]) == 4:
            day, month = (a, b) if order == "dmy" or (order != "mdy" and a > 12) else (b, a)
            if month > 12:
                day, month = month, day
            year = c
        else:
            return None
    hour = int(match["h"] or 0)
    if afternoon and afternoon[1] in "Pp" and hour < 12:
        hour += 12
    elif afternoon and hour == 12:
        hour = 0
    try:
        value = datetime(year, month, day, hour, int(match["m"] or 0), int(match["s"] or 0))
    except ValueError:
        return None
    stated = match.groupdict().get("tz")
    if stated and stated not in ("GMT", "UTC", "Z"):
        return value.replace(tzinfo=datetime.strptime(stated.replace(":", ""), "%z").tzinfo)
    return value.replace(tzinfo=_zone(stated)) if stated else in_local_time(value, publisher)


# --- language -------------------------------------------------------------------

def detect_language(text: str) -> str:
    return language(text)


# --- authors ----------------------------------------------------------------------

AUTHOR_CREDIT = re.compile(r"^[（(]?\s*(?:撰稿|撰写|执笔|作者|文|记者|特约记者|通讯员|By)\s*[/／:：|｜丨]?\s*", re.I)
NAME = re.compile(r"^(?:[\u4e00-\u9fff·]{2,8}|[A-Z][A-Za-z.\-']+(?: [A-Z][A-Za-z.\-']+){0,3})$")


@functools.cache
def authors_from_credit(text: str) -> tuple[str, ...]:
    """Names in a by-line or author line: 撰稿 / 徐立凡（专栏作家）; （撰写：甲，职务；乙、丙，职务。）"""
    match = AUTHOR_CREDIT.match(text.strip())
    if not match:
        return ()
    rest = drop_bracketed(text.strip()[match.end():])
    names = []
    for group in re.split(r"[；;]", rest):
        people = re.split(r"[，,]", group)[0]  # what follows a comma is the role
        for name in re.split(r"、|(?<!\s)\s++and\s+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])",
                             people.strip(" 。.）)")):
            if NAME.match(name):
                names.append(name)
    return tuple(names)
