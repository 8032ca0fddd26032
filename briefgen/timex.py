"""Time expressions in Chinese news, normalized against a reference time.

`parse(text, base)` finds every time expression in `text` and resolves it
against `base` (for news, the article's publication time): absolute dates
(1953年8月8日, 二〇一七年三月二十四日), dates relative to the article (去年,
今年早些时候, 当地时间12日, 星期四, 5月2日), decades (上世纪80年代) and ranges
(1978年至1990年期间). Each result bounds what it denotes with `start` and `end`
and says how precise it is.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

PRECISIONS = ("decade", "year", "half", "season", "month", "day", "hour", "minute")

DIGITS = {"〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
CN_NUM = "〇零○一二两三四五六七八九十"
NUM = rf"(?:\d{{1,4}}|[{CN_NUM}]{{1,4}})"
WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


@dataclass(frozen=True)
class Timex:
    text: str
    start: datetime
    end: datetime
    precision: str
    offset: int = 0

    @property
    def iso(self) -> str:
        """The start as ISO text at this precision: YYYY, YYYY-MM or YYYY-MM-DD."""
        if self.precision in ("decade", "year", "half", "season"):
            return f"{self.start.year:04d}"
        if self.precision == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return self.start.date().isoformat()


def number(text: str) -> int:
    """Arabic or Chinese numerals: 2024, 二〇一七 (digit by digit), 二十四, 十二."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (DIGITS[tens] if tens else 1) * 10 + (DIGITS[ones] if ones else 0)


def _day_span(day: date) -> tuple[datetime, datetime]:
    return datetime.combine(day, time.min), datetime.combine(day, time.max)


def _month_span(year: int, month: int) -> tuple[datetime, datetime]:
    last = calendar.monthrange(year, month)[1]
    return datetime(year, month, 1), datetime.combine(date(year, month, last), time.max)


def _year_span(year: int, first_month: int = 1, last_month: int = 12) -> tuple[datetime, datetime]:
    return _month_span(year, first_month)[0], _month_span(year, last_month)[1]


def _nearest(candidates: list[date], base: date) -> date:
    """The candidate nearest the base; on a tie the earlier (news looks back more than ahead)."""
    return min(candidates, key=lambda d: (abs((d - base).days), d > base))


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


YEAR = rf"(?P<year>\d{{4}}|[{CN_NUM}]{{4}})\s*年"
MONTH = rf"(?P<month>\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*月"
DAY = rf"(?P<day>\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*[日号]"
CLOCK = (r"(?:\s*(?P<ampm>凌晨|早上|上午|中午|下午|晚上|晚间|傍晚)?\s*"
         r"(?:(?P<hour>\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:时|点|:|：)"
         r"(?:\s*(?P<minute>\d{1,2}|半)\s*分?)?)?)?")
PART_OF_DAY = r"(?:\s*(?:凌晨|早上|上午|中午|下午|晚上|晚间|傍晚))?"
RELATIVE_YEAR = {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1, "后年": 2, "同年": 0, "当年": 0}
RELATIVE_MONTH = {"本月": 0, "这个月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
RELATIVE_DAY = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1,
                "后天": 2}
PART_OF_YEAR = {"年初": (1, 2, "season"), "年中": (6, 7, "season"), "年底": (11, 12, "season"),
                "年末": (11, 12, "season"), "上半年": (1, 6, "half"), "下半年": (7, 12, "half")}
EARLIER = ("早些时候", "稍早")  # 今年早些时候: from January to the reference day
# 月中 is left out: in 5月中国… the 中 belongs to the next word.
PART_OF_MONTH = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31), "初": (1, 10),
                 "底": (21, 31), "末": (21, 31)}
PART_OF_DECADE = {"初期": (0, 3), "初": (0, 3), "中期": (3, 6), "后期": (6, 9), "末期": (6, 9),
                  "末": (6, 9)}
CENTURY = {"上世纪": 1900, "上个世纪": 1900, "20世纪": 1900, "二十世纪": 1900, "19世纪": 1800,
           "十九世纪": 1800}


def _either(words) -> str:
    """An alternation of `words`, longest first so 初期 wins over 初."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


YEAR_PARTS, MONTH_PARTS, DECADE_PARTS = map(_either, (PART_OF_YEAR, PART_OF_MONTH, PART_OF_DECADE))

PATTERNS = [
    ("iso", re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)")),
    ("century", re.compile(r"(?P<century>上世纪|上个世纪|(?:20|19|二十|十九)\s*世纪)\s*"
                           r"(?P<decade>\d0|[一二三四五六七八九]十)\s*年代"
                           rf"(?P<part>{DECADE_PARTS})?")),
    ("century_year", re.compile(r"(?P<century>上世纪|上个世纪)\s*(?P<decade>\d0)\s*年(?!代)")),
    ("decade", re.compile(rf"(?<![\d世纪])(?P<decade>[1-9]0)\s*年代(?P<part>{DECADE_PARTS})?")),
    ("ymd", re.compile(rf"(?<!\d){YEAR}\s*{MONTH}\s*{DAY}{CLOCK}")),
    ("ym", re.compile(rf"(?<!\d){YEAR}\s*{MONTH}(?P<part>{MONTH_PARTS})?")),
    ("year_part", re.compile(rf"(?<!\d){YEAR}(?P<part>{YEAR_PARTS})?")),
    ("rel_year", re.compile(r"(?P<rel>今年|本年|去年|前年|明年|后年|同年|当年)\s*(?:(?P<month>\d{1,2}|"
                            rf"[{CN_NUM}]{{1,3}})\s*月(?:\s*{DAY})?|"
                            rf"(?P<part>{YEAR_PARTS}|{_either(EARLIER)}))?")),
    ("rel_month", re.compile(rf"(?P<rel>本月|这个月|上个?月|下个?月)\s*(?:{DAY}|(?P<part>{MONTH_PARTS}))?")),
    ("md", re.compile(rf"(?<![\d年]){MONTH}\s*{DAY}{CLOCK}")),
    ("m_part", re.compile(rf"(?<![\d年]){MONTH}(?P<part>{MONTH_PARTS})")),
    ("month", re.compile(rf"(?<![\d年个]){MONTH}(?!\s*(?:\d|[{CN_NUM}])+\s*[日号])")),
    ("weekday", re.compile(r"(?P<rel>上|下|本|这)?(?:个)?(?:星期|周|礼拜)(?P<weekday>[一二三四五六日天])")),
    ("rel_day", re.compile(r"(?P<rel>今天|今日|昨天|昨日|前天|明天|明日|后天|当天|当日)")),
    ("day", re.compile(rf"(?<![\d月年第]){DAY}(?!内|以内|起){PART_OF_DAY}")),
]
RANGE_JOIN = re.compile(r"\s*(?:至|到|—|-|–|~|～)\s*")
RANGE_TAIL = re.compile(r"^\s*(?:期间|之间|间)")


def _apply_clock(day: date, match: re.Match) -> tuple[datetime, datetime, str] | None:
    if not match.groupdict().get("hour"):
        return None
    hour = number(match["hour"])
    if match["ampm"] in ("下午", "晚上", "晚间", "傍晚") and hour < 12:
        hour += 12
    minute = 30 if match["minute"] == "半" else int(match["minute"] or 0)
    if hour > 23 or minute > 59:
        return None
    moment = datetime.combine(day, time(hour, minute))
    if match["minute"]:
        return moment, moment + timedelta(seconds=59), "minute"
    return moment, moment + timedelta(minutes=59, seconds=59), "hour"


def _resolve(kind: str, match: re.Match, base: date, last: Timex | None):
    """(start, end, precision) of one match, or None where it denotes no time."""
    groups = match.groupdict()
    if kind == "iso" or kind == "ymd":
        day = _valid(number(groups["year"]), number(groups["month"]), number(groups["day"]))
        if not day:
            return None
        return _apply_clock(day, match) if kind == "ymd" and _apply_clock(day, match) \
            else (*_day_span(day), "day")
    if kind in ("century", "decade", "century_year"):
        decade = number(groups["decade"])
        century = re.sub(r"\s+", "", groups.get("century") or "")
        # without a century, 80年代 is the 1980s and 10年代 the 2010s
        year = CENTURY.get(century, 1900 if decade >= 30 else 2000) + decade
        if kind == "century_year":
            return (*_year_span(year), "year")
        first, last = PART_OF_DECADE.get(groups.get("part") or "", (0, 9))
        return _year_span(year + first)[0], _year_span(year + last)[1], "decade"
    if kind == "ym":
        year, month = number(groups["year"]), number(groups["month"])
        if not 1 <= month <= 12:
            return None
        return _month_part(year, month, groups.get("part"))
    if kind == "year_part":
        year = number(groups["year"])
        if not 1000 <= year <= 2999:
            return None
        return _year_part(year, groups.get("part"))
    if kind == "rel_year":
        year = base.year + RELATIVE_YEAR[groups["rel"]]
        if groups["rel"] in ("同年", "当年"):  # the year last mentioned
            if not last:
                return None
            year = last.start.year
        if groups.get("month"):
            month = number(groups["month"])
            if not 1 <= month <= 12:
                return None
            if groups.get("day"):
                day = _valid(year, month, number(groups["day"]))
                return (*_day_span(day), "day") if day else None
            return (*_month_span(year, month), "month")
        if groups.get("part") in EARLIER:
            end = base if year == base.year else date(year, 12, 31)
            return _year_span(year)[0], datetime.combine(end, time.max), "year"
        return _year_part(year, groups.get("part"))
    if kind == "rel_month":
        month_index = base.year * 12 + base.month - 1 + RELATIVE_MONTH[groups["rel"]]
        year, month = divmod(month_index, 12)
        month += 1
        if groups.get("day"):
            day = _valid(year, month, number(groups["day"]))
            return (*_day_span(day), "day") if day else None
        return _month_part(year, month, groups.get("part"))
    if kind == "md":
        month, day_of_month = number(groups["month"]), number(groups["day"])
        candidates = [d for y in (base.year - 1, base.year, base.year + 1)
                      if (d := _valid(y, month, day_of_month))]
        if not candidates:
            return None
        day = _nearest(candidates, base)
        return _apply_clock(day, match) or (*_day_span(day), "day")
    if kind in ("m_part", "month"):
        month = number(groups["month"])
        if not 1 <= month <= 12:
            return None
        year = min((base.year - 1, base.year, base.year + 1),
                   key=lambda y: (abs((date(y, month, 15) - base).days), y > base.year))
        return _month_part(year, month, groups.get("part"))
    if kind == "weekday":
        target = WEEKDAYS[groups["weekday"]]
        monday = base - timedelta(days=base.weekday())
        rel = groups.get("rel")
        if rel in ("本", "这"):
            day = monday + timedelta(days=target)
        elif rel == "上":
            day = monday - timedelta(days=7 - target)
        elif rel == "下":
            day = monday + timedelta(days=7 + target)
        else:  # the most recent such day: news reports what happened
            day = base - timedelta(days=(base.weekday() - target) % 7)
        return (*_day_span(day), "day")
    if kind == "rel_day":
        if groups["rel"] in ("当天", "当日"):
            if last and last.precision in ("day", "hour", "minute"):
                return last.start.replace(hour=0, minute=0), \
                    datetime.combine(last.start.date(), time.max), "day"
            return (*_day_span(base), "day")
        return (*_day_span(base + timedelta(days=RELATIVE_DAY[groups["rel"]])), "day")
    if kind == "day":
        day_of_month = number(groups["day"])
        if not 1 <= day_of_month <= 31:
            return None
        anchor = last.start.date() if last and last.precision in ("day", "month") and \
            last.start.date() < base else base
        candidates = []
        for months_back in (-1, 0, 1):
            index = anchor.year * 12 + anchor.month - 1 + months_back
            year, month = divmod(index, 12)
            if (d := _valid(year, month + 1, day_of_month)):
                candidates.append(d)
        if not candidates:
            return None
        return (*_day_span(_nearest(candidates, base)), "day")
    return None


def _month_part(year: int, month: int, part: str | None):
    """A month, or the part of it named (上旬, 月底 …): a narrower span, still month-precise."""
    start, end = _month_span(year, month)
    if not part:
        return start, end, "month"
    first, last = PART_OF_MONTH[part]
    last = min(last, end.day)
    return datetime(year, month, first), datetime.combine(date(year, month, last), time.max), "month"


def _year_part(year: int, part: str | None):
    if not part:
        return (*_year_span(year), "year")
    first, last, precision = PART_OF_YEAR[part]
    return (*_year_span(year, first, last or 12), precision)


def _as_date(base: datetime | date | None) -> date:
    if base is None:
        return date.today()
    return base.date() if isinstance(base, datetime) else base


def parse(text: str, base: datetime | date | None = None) -> list[Timex]:
    """Every time expression in `text`, resolved against `base`, in text order."""
    reference = _as_date(base)
    found: list[tuple[int, int, str, re.Match]] = []
    taken = [False] * (len(text) + 1)
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            while end > start and text[end - 1].isspace():
                end -= 1
            if end - start < 2 or any(taken[start:end]):
                continue
            found.append((start, end, kind, match))
            for i in range(start, end):
                taken[i] = True
    found.sort(key=lambda item: item[0])
    results: list[Timex] = []
    for start, end, kind, match in found:
        resolved = _resolve(kind, match, reference, results[-1] if results else None)
        if resolved:
            results.append(Timex(text[start:end], resolved[0], resolved[1], resolved[2], start))
    return _join_ranges(text, results)


def _join_ranges(text: str, results: list[Timex]) -> list[Timex]:
    """1978年至1990年期间, 3月17日至3月22日, 3月17日至22日: one range each. A bare day or
    month after 至 takes the year and month of the range's start (2019年2月27日至28日)."""
    joined: list[Timex] = []
    for timex in results:
        previous = joined[-1] if joined else None
        if previous and RANGE_JOIN.fullmatch(text[previous.offset + len(previous.text):timex.offset]):
            end = _inherit(timex, previous)
            if end is not None and end >= previous.start:
                stop = timex.offset + len(timex.text)
                tail = RANGE_TAIL.match(text[stop:])
                stop += tail.end() if tail else 0
                precision = min(previous.precision, timex.precision, key=PRECISIONS.index)
                joined[-1] = Timex(text[previous.offset:stop], previous.start, end, precision,
                                   previous.offset)
                continue
        joined.append(timex)
    return joined


def _inherit(second: Timex, first: Timex) -> datetime | None:
    """The end of a range whose second part may leave out the year or the month."""
    bare_day = re.fullmatch(rf"(\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*[日号]{PART_OF_DAY}", second.text)
    bare_month = re.fullmatch(rf"(\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*月", second.text)
    if bare_day:
        day = _valid(first.start.year, first.start.month, number(bare_day[1]))
        return datetime.combine(day, time.max) if day else None
    if bare_month:
        month = number(bare_month[1])
        return _month_span(first.start.year, month)[1] if 1 <= month <= 12 else None
    return second.end
