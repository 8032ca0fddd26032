"""Time expressions in Chinese news, normalized against a reference time.

`parse(text, base)` finds every time expression in `text` and resolves it against `base`
(for news, the article's publication time) the way news means it: absolute dates in words
or digits (1953年8月8日, 二〇一七年三月二十四日, 2019/04/19, 98年), dates relative to the
article (去年, 上周五, 三天后, 当地时间12日), periods (三个月来, 过去五年), parts of years
and months (年底, 第三季度, 上半年, 今年夏天, 9月上旬), weeks, decades, holidays and lunar
dates (国庆, 春节, 正月初八) and ranges (2017年8月11日至8月22日). A date without a year is
the most recent such date not after publication unless its sentence says otherwise.
Each result bounds what it denotes with `start` and `end` and says how precise it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from briefgen.timex.grammar import TRIGGERS
from briefgen.timex.numerals import normalize, number
from briefgen.timex.context import Context, Resolved, month_span, valid
from briefgen.timex.resolve import plausible, resolve

__all__ = ["PRECISIONS", "Timex", "number", "parse"]

# From the coarsest to the finest.
PRECISIONS = ("century", "decade", "year", "half", "year_part", "quarter", "season", "month",
              "month_part", "week", "day", "hour", "minute")
NEWS_TIMEZONE = timezone(timedelta(hours=8))  # Chinese news dates its days in UTC+8
MAX_CHARS = 200_000  # beyond this only the first part is read: a bound on the work
MAX_CANDIDATES = 600  # matches weighed per call; real paragraphs hold a few dozen


@dataclass(frozen=True)
class Timex:
    text: str
    start: datetime
    end: datetime
    precision: str
    offset: int = 0
    relative: bool = False  # resolved against the publication time or an earlier expression
    duration: bool = False  # a period up to the publication time (三个月来, 过去五年)
    future: bool = False  # begins after the publication day

    @property
    def iso(self) -> str:
        """The start as ISO text at this precision: YYYY, YYYY-MM or YYYY-MM-DD."""
        if self.precision in ("century", "decade", "year"):
            return f"{self.start.year:04d}"
        if self.precision in ("half", "year_part", "quarter", "season", "month"):
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return self.start.date().isoformat()


def _reference(base: datetime | date | None) -> tuple[date, datetime]:
    """The publication day as the news dates it: an aware time is read in UTC+8."""
    if base is None:
        base = datetime.now(NEWS_TIMEZONE)
    if isinstance(base, datetime):
        if base.tzinfo is not None and base.utcoffset():
            base = base.replace(tzinfo=None)  # stamped in the writer's zone: its day is theirs
        elif base.tzinfo is not None:
            base = base.astimezone(NEWS_TIMEZONE).replace(tzinfo=None)
        return base.date(), base
    return base, datetime.combine(base, time(12))


def news_day(base: datetime | date | None) -> date:
    """The day relative dates count from, as `parse` reads `base` (UTC in UTC+8)."""
    return _reference(base)[0]


def parse(text: str, base: datetime | date | None = None) -> list[Timex]:
    """Every time expression in `text`, resolved against `base`, in text order."""
    text = text[:MAX_CHARS]
    norm = normalize(text)
    day, moment = _reference(base)
    found: list[tuple[int, int, str, re.Match]] = []
    taken = bytearray(len(norm) + 1)
    budget = MAX_CANDIDATES
    for kind, trigger, pattern in TRIGGERS:
        if budget <= 0 or not trigger.search(norm):
            continue
        for match in pattern.finditer(norm):
            budget -= 1
            if budget < 0:
                break
            start, end = match.span()
            while end > start and norm[end - 1].isspace():
                end -= 1
            if end - start < 2 or any(taken[start:end]) or not plausible(kind, match, norm):
                continue
            found.append((start, end, kind, match))
            taken[start:end] = b"\x01" * (end - start)
    found.sort(key=lambda item: item[0])
    ctx = Context(norm, day, moment)
    resolved: list[Resolved] = []
    for start, end, kind, match in found:
        try:
            result = resolve(kind, match, ctx)
        except (ValueError, OverflowError, KeyError, TypeError):
            result = None  # a date the calendar cannot hold (year 10000): no date
        if result:
            begin, finish, precision, relative, duration, named = result
            resolved.append(Resolved(begin, finish, precision, start, end, relative, duration, named))
            ctx.last = resolved[-1]
            if precision == "day" and DATELINE.match(norm, end):
                ctx.dateline = begin.date()
    _align_weekdays(norm, resolved)
    return [Timex(text[r.offset:r.stop], r.start, r.end, r.precision, r.offset, r.relative,
                  r.duration, r.start.date() > day)
            for r in _until_now(norm, _join_ranges(norm, resolved, day), day)]


def _until_now(text: str, results: list[Resolved], base: date) -> list[Resolved]:
    """2018年10月至今: from the start of what is named to the publication day."""
    for r in results:
        if not r.duration and r.start.date() <= base and (tail := UNTIL_NOW.match(text, r.stop)):
            r.end, r.stop = datetime.combine(base, time.max), tail.end()
    return results


DATELINE = re.compile(r"电\s*[）)]?")
WEEKDAY = re.compile(r"(?:星期|周|礼拜)([一二三四五六日天])")
WEEKDAY_NUMBERS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


RELATIVE_DAY = re.compile(r"今天|今日|昨天|昨日|前天|明天|明日|本日|当天|当日")


def _align_weekdays(text: str, resolved: list[Resolved]) -> None:
    """周二（9月1日）: a weekday followed by the date it names in brackets is that date; so is
    今日（28日）, written where the writer's day is not the one UTC+8 gives (a story filed in
    Washington in its evening)."""
    for weekday, dated in zip(resolved, resolved[1:]):
        named = WEEKDAY.search(text, weekday.offset, weekday.stop)
        if not re.fullmatch(r"\s*[（(]\s*", text[weekday.stop:dated.offset]) or \
                dated.precision != "day" or weekday.precision != "day":
            continue
        day = dated.start.date()
        if not named:
            if RELATIVE_DAY.match(text, weekday.offset) and abs((day - weekday.start.date()).days) <= 2:
                weekday.start += day - weekday.start.date()
                weekday.end += day - weekday.end.date()
            continue
        if day.weekday() == WEEKDAY_NUMBERS[named[1]] and abs((day - weekday.start.date()).days) <= 7:
            shift = day - weekday.start.date()
            weekday.start += shift
            weekday.end += shift


RANGE_JOIN = re.compile(r"\s*(?:至|到|—|–|-|~|～)\s*")
RANGE_TAIL = re.compile(r"\s*(?:期间|之间|间)")
UNTIL_NOW = re.compile(r"\s*(?:至今|迄今|到现在|到目前为止)")
BARE_DAY = re.compile(r"(\d{1,2}|[〇零○一二两三四五六七八九十]{1,3})\s*[日号]")
BARE_MONTH = re.compile(r"(\d{1,2}|[〇零○一二两三四五六七八九十]{1,3})\s*月份?")
BARE_CLOCK = re.compile(r"[\d零〇一二两三四五六七八九十]{1,3}\s*[点时:](?:\s*[\d一二三四五六七八九十半]{1,3}\s*分?)?")
BARE_WEEKDAY = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]")


def _join_ranges(text: str, results: list[Resolved], base: date) -> list[Resolved]:
    """1978年至1990年期间, 3月17日至22日, 十二月至一月, 星期三至星期五: one range each.
    The end takes what it leaves out (year, month) from the start and never precedes it."""
    joined: list[Resolved] = []
    for r in results:
        previous = joined[-1] if joined else None
        if previous and not previous.duration and not r.duration and \
                RANGE_JOIN.fullmatch(text, previous.stop, r.offset):
            end = _inherit(text[r.offset:r.stop], r, previous)
            if end is not None and end >= previous.start:
                stop = r.stop
                tail = RANGE_TAIL.match(text, stop)
                stop = tail.end() if tail else stop
                precision = min(previous.precision, r.precision, key=PRECISIONS.index)
                joined[-1] = Resolved(previous.start, end, precision, previous.offset, stop,
                                      previous.relative, False, previous.year_named)
                continue
        joined.append(r)
    return joined


def _inherit(second: str, r: Resolved, first: Resolved) -> datetime | None:
    """The end of a range whose second part may leave out the year or the month."""
    if (bare := BARE_DAY.fullmatch(second)) and first.precision in ("day", "hour", "minute"):
        n = number(bare[1]) or 0
        day = valid(first.start.year, first.start.month, n)
        if day and day < first.start.date():
            month = first.start.month % 12 + 1
            day = valid(first.start.year + (month == 1), month, n)
        return datetime.combine(day, time.max) if day else None
    if (bare := BARE_MONTH.fullmatch(second)) and first.precision in ("month", "month_part", "day"):
        month = number(bare[1]) or 0
        if not 1 <= month <= 12:
            return None
        year = first.start.year + (month < first.start.month)
        return month_span(year, month)[1] if 1 <= year <= 9999 else None
    if first.precision in ("hour", "minute") and r.precision in ("hour", "minute") and \
            BARE_CLOCK.fullmatch(second):  # 下午三点到五点: the same afternoon
        end = datetime.combine(first.start.date(), r.start.time())
        if end < first.start and end.hour < 12 and end.replace(hour=end.hour + 12) >= first.start:
            end = end.replace(hour=end.hour + 12)
        return end + (r.end - r.start)
    if BARE_WEEKDAY.fullmatch(second) and first.precision == "day":
        days = (r.start.date().weekday() - first.start.date().weekday()) % 7
        return datetime.combine(first.start.date() + timedelta(days=days), time.max)
    if r.relative and not r.year_named and r.end < first.start:
        try:
            return r.end.replace(year=r.end.year + 1)
        except ValueError:
            return None
    return r.end
