"""What resolving an expression may look at (the publication day, the expressions before
it, its sentence) and the calendar arithmetic every kind of expression shares."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from briefgen.timex.festivals import holiday
from briefgen.timex.grammar import MONTH_PARTS, SEASONS, YEAR_PARTS
from briefgen.timex.numerals import number

WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
REL_YEAR = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2, "大前年": -3,
            "明年": 1, "下一年": 1, "后年": 2, "大后年": 3}
FOLLOWING_YEAR = ("次年", "翌年")
SAME_YEAR = ("同年", "当年")
REL_MONTH = {"本月": 0, "这个月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
REL_DAY = {"大前天": -3, "前天": -2, "昨天": -1, "昨日": -1, "昨晨": -1, "昨早": -1, "昨晚": -1,
           "昨夜": -1, "今天": 0, "今日": 0, "今晨": 0, "今早": 0, "今晚": 0, "今夜": 0,
           "明天": 1, "明日": 1, "明晚": 1, "明早": 1, "后天": 2, "大后天": 3}
SAME_DAY = ("当天", "当日", "当晚", "当夜")
ANTECEDENT_DAY = {"同日": 0, "同一天": 0, "次日": 1, "翌日": 1, "隔天": 1, "第二天": 1,
                  "前一天": -1, "前一日": -1}
WEEK_REL = {"上上": -2, "下下": 2, "上个": -1, "下个": 1, "这个": 0, "上": -1, "下": 1, "本": 0,
            "这": 0}
LATE = ("下午", "傍晚", "晚上", "晚间", "夜间", "深夜", "晚", "夜里")
FUTURE_BEFORE = re.compile(r"(?:将于|将在|将从|将会|将要|即将|定于|计划于|计划在|拟于|预计于|预计在|预计将|"
                           r"预计|预定|届时|要在|准备在|希望在|争取在|有望在|力争在|打算在|持续到|持续至|延长至|推迟到|推迟至|直到|直至|下周|明天|"
                           r"明年)[^，。；！？]{0,12}$")
# (…周三将24家中国公司列入黑名单: 将 before a count or a pronoun takes an object, as 把 does)
FUTURE_AFTER = re.compile(r"^\s*+(?:起|开始|以后|后)?\s*+(?:即将|要|将(?![\d０-９两几数该此其这那他她它]))")
SENTENCE_END = re.compile(r"[。！？!?；;\n]")
AHEAD_DAYS = 45  # a date without a year this close ahead is the coming one


@dataclass
class Context:
    """What resolution may look at: the normalized text, the publication day and the
    expressions resolved before this one."""
    text: str
    base: date
    moment: datetime
    last: "Resolved | None" = None
    dateline: date | None = None  # the day of an agency dateline (北京24日电): its 今天
    inherited: bool = False  # whether the last date without a year took one from its sentence


@dataclass
class Resolved:
    start: datetime
    end: datetime
    precision: str
    offset: int
    stop: int
    relative: bool = True
    duration: bool = False
    year_named: bool = False  # the expression says its year (2019年, 去年)


def day_span(day: date) -> tuple[datetime, datetime]:
    return datetime.combine(day, time.min), datetime.combine(day, time.max)


def month_span(year: int, month: int) -> tuple[datetime, datetime]:
    last = calendar.monthrange(year, month)[1]
    return datetime(year, month, 1), datetime.combine(date(year, month, last), time.max)


def months_span(year: int, first: int, last: int) -> tuple[datetime, datetime]:
    """Months `first`..`last` of `year`; `last` past 12 runs into the next year (冬: 12..14)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return month_span(year, first)[0], month_span(end_year, end_month)[1]


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def year_of(text: str, base: date) -> int | None:
    """A year as written: 2019, 二〇一九, and two digits (98, 零七) as the nearest past century."""
    value = number(text)
    if value is None:
        return None
    if len(text) == 2:
        value += 2000 if 2000 + value <= base.year else 1900
    return value if 1 <= value <= 9999 else None


def sentence_before(ctx: Context, offset: int) -> str:
    start = max((m.end() for m in SENTENCE_END.finditer(ctx.text, max(0, offset - 200), offset)),
                default=max(0, offset - 200))
    return ctx.text[start:offset]


def future_said(ctx: Context, offset: int, stop: int) -> bool:
    """Whether the sentence speaks of what is to come (将于…, …起将): a date without a year
    is then the coming one."""
    return bool(FUTURE_BEFORE.search(sentence_before(ctx, offset)) or
                FUTURE_AFTER.match(ctx.text[stop:stop + 8]))


def same_sentence(ctx: Context, offset: int) -> "Resolved | None":
    last = ctx.last
    if last is None or SENTENCE_END.search(ctx.text, last.stop, offset):
        return None
    return last


def pick_year(make, ctx: Context, offset: int, stop: int, ahead: int = AHEAD_DAYS):
    """A date without a year: the year its sentence's earlier date names, else the most
    recent such date not after publication, unless the coming one is near or said to come."""
    last = same_sentence(ctx, offset)
    ctx.inherited = False
    if last is not None and last.year_named and last.precision in FINE:
        inherited = make(last.start.year)
        if inherited and inherited[0] >= last.start:
            ctx.inherited = True
            return inherited
    spans = [s for y in (ctx.base.year - 1, ctx.base.year, ctx.base.year + 1)
             if 1 <= y <= 9999 and (s := make(y))]
    past = [s for s in spans if s[0].date() <= ctx.base]
    coming = [s for s in spans if s[0].date() > ctx.base]
    if future_said(ctx, offset, stop):
        current = [s for s in spans if s[1].date() >= ctx.base]
        if current:
            return current[0]
    if coming and ((coming[0][0].date() - ctx.base).days <= ahead or not past):
        return coming[0]
    return past[-1] if past else None


FINE = ("month", "month_part", "day", "hour", "minute")


def apply_clock(day: date, m: re.Match):
    """The day at the hour and minute the match names, or the whole day."""
    g = m.groupdict()
    hour_text, minute_text = g.get("hour") or g.get("hour2"), g.get("minute") or g.get("minute2")
    if not hour_text:
        return (*day_span(day), "day")
    hour = number(hour_text)
    if hour is None:
        return (*day_span(day), "day")
    evening = g.get("ampm") in LATE or (g.get("rel") or "")[-1:] in ("晚", "夜")  # 今晚八点
    if evening and hour < 12 or g.get("ampm") == "中午" and hour < 3:
        hour += 12
    minute = {"半": 30, "一刻": 15, "三刻": 45}.get(minute_text or "", None)
    if minute is None:
        minute = number(minute_text) if minute_text else 0
    if minute is None or hour > 23 or minute > 59:
        return (*day_span(day), "day")
    moment = datetime.combine(day, time(hour, minute))
    if minute_text:
        return moment, moment + timedelta(seconds=59), "minute"
    return moment, moment + timedelta(minutes=59, seconds=59), "hour"


def month_part(year: int, month: int, part: str | None):
    """A month, or the part of it named (上旬, 月底 …)."""
    start, end = month_span(year, month)
    if not part:
        return start, end, "month"
    first, last = MONTH_PARTS[part]
    last = min(last, end.day)
    return datetime(year, month, first), datetime.combine(date(year, month, last), time.max), \
        "month_part"


def year_detail(year: int, g: dict):
    """A year, or the part, half, quarter, season, first months or holiday of it named."""
    if g.get("part"):
        first, last = YEAR_PARTS[g["part"]]
        return (*months_span(year, first, last), "year_part")
    if g.get("half"):
        return (*months_span(year, *((1, 6) if g["half"] == "上半年" else (7, 12))), "half")
    if g.get("quarter"):
        q = number(g["quarter"].lstrip("第"))
        return (*months_span(year, 3 * q - 2, 3 * q), "quarter") if q and 1 <= q <= 4 else None
    if g.get("season"):
        first, last = SEASONS[g["season"]]
        return (*months_span(year, first, last), "season")
    if g.get("first"):
        n = number(g["first"])
        if g.get("first_q"):
            return (*months_span(year, 1, 3 * n), "quarter") if n and 1 <= n <= 4 else None
        return (*months_span(year, 1, n), "month") if n and 1 <= n <= 12 else None
    name = g.get("holiday_y")
    if name:
        day = holiday(name, year)
        return (*day_span(day), "day") if day else None
    return (*month_span(year, 1)[:1], month_span(year, 12)[1], "year")


def week_span(monday: date, first: int = 0, last: int = 6):
    return datetime.combine(monday + timedelta(days=first), time.min), \
        datetime.combine(monday + timedelta(days=last), time.max), "week"


def nearest_holiday(name: str, ctx: Context):
    """A holiday without a year: its occurrence nearest the publication day."""
    days = [d for y in (ctx.base.year - 1, ctx.base.year, ctx.base.year + 1) if (d := holiday(name, y))]
    if not days:
        return None
    return (*day_span(min(days, key=lambda d: (abs((d - ctx.base).days), d > ctx.base))), "day")


def last_day(ctx: Context, offset: int) -> date | None:
    last = same_sentence(ctx, offset) or ctx.last
    if last is not None and last.precision in ("day", "hour", "minute"):
        return last.start.date()
    return None
