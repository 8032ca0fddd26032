"""What one matched expression denotes: its start, end and precision, resolved against
the publication day (`base`) and the expression before it (`last`)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from briefgen.timex.festivals import HOLIDAYS, LUNAR_MONTHS, holiday, lunar_to_solar
from briefgen.timex.grammar import DECADE_PARTS, MONTH_PARTS, SEASONS, YEAR_PARTS
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
FUTURE_AFTER = re.compile(r"^\s*(?:起|开始|以后|后)?\s*(?:将|即将|要)")
SENTENCE_END = re.compile(r"[。！？!?；;\n]")
AHEAD_DAYS = 45  # a date without a year this close ahead is the coming one
DURATION_CUE = re.compile(r"(?:时隔|相隔|长达|已经|持续|历时|经过|过去|至少|近|约|达|共|这|了|是|就|封|等|隔|第)$")
LISTED_DAY = re.compile(r"[日号][，,、和与及至到\s-]{1,3}$")
DAY_FOLLOWS = re.compile(r"\s*(?:起|至|到|开始|当天|[（(，,])")
HAN_END = re.compile(r"[\u4e00-\u9fff]$")
COUNT_BEFORE = re.compile(r"[\d两几一二三四五六七八九十]$")
COUNT_AFTER = re.compile(r"[次回个天周年月日小]")
RANGE_BEFORE = re.compile(r"[点时分][-—–~～至到]\s*$")  # 下午三点到五点: the 五点
PRESENT_AGE = re.compile(r"(?:的|至)$")
YEAR_CONTEXT = re.compile(r"(?:^|[在于从自到至止，,。（(、\s:：]|早在|直到|截至)$")


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


def plausible(kind: str, m: re.Match, text: str) -> bool:
    """Checks that need only the text: whether a match is a time at all (神舟9号, 时隔42年,
    一日之计 are not), before it claims its characters."""
    g = m.groupdict()
    before = text[max(0, m.start() - 4):m.start()]
    if kind == "lunar":
        return bool(g["lunar"] or g["lmonth"] in LUNAR_MONTHS or g["lday"][0] in "初廿")
    if kind == "clock" and "点" in m.group() and not (g["ampm"] or m.group().endswith(("分", "半", "钟"))) and \
            not RANGE_BEFORE.search(before):
        return False  # 下跌8点, 2.3点: points, not o'clock
    if kind == "short_year":
        if DURATION_CUE.search(before):
            return False
        return not g["year"].isdigit() or bool(YEAR_CONTEXT.search(before))
    if kind in ("duration", "offset", "coming"):
        unit = g["unit"]
        if unit == "月" and not g.get("and_half"):
            return False  # 三月后: after March
        if unit == "日" and (g["num"].isdigit() or kind != "offset"):
            return False  # 3日后: after the 3rd
        if kind == "duration":
            return bool(g["past"] or g["tail"])
    if kind == "day":
        listed = LISTED_DAY.search(before)
        if g["day2"] is None and not g["day"].isdigit() and (number(g["day"]) or 0) < 10 \
                and not listed:
            return False  # 一日, 二日: counts far more often than dates
        if m.group().rstrip().endswith("号") or "号" in m.group():
            after = text[m.end():m.end() + 3]
            return bool(listed or g.get("ampm") or DAY_FOLLOWS.match(after)
                        and not HAN_END.search(before))
        return True
    if kind == "week" and g.get("weekday"):
        if g["weekday"] == "日" and text[m.end():m.end() + 1] == "本":
            return False  # 周日本 …: 日本
        if COUNT_BEFORE.search(before) and COUNT_AFTER.match(text, m.end()):
            return False  # 两周一次: a count
    if kind == "rel_day" and g["rel"] in ("今天", "今日") and PRESENT_AGE.search(before):
        return False  # 在…的今天, 时至今日: the present age
    return True


def resolve(kind: str, m: re.Match, ctx: Context) -> tuple | None:
    """(start, end, precision, relative, duration, year_named) of one match, or None."""
    g = m.groupdict()
    offset, stop = m.start(), m.end()
    base = ctx.base
    if kind in ("numeric", "ymd"):
        year = year_of(g["year"], base)
        month, day_n = number(g["month"]), number(g["day"])
        day = valid(year, month, day_n) if year and month and day_n else None
        if not day:
            return None
        if g.get("day2"):
            end = valid(year, month, number(g["day2"]) or 0)
            if not end or end < day:
                return None
            return (*day_span(day)[:1], day_span(end)[1], "day", False, False, True)
        return (*apply_clock(day, m), False, False, True)
    if kind == "century":
        century = re.sub(r"\s+", "", g["century"])
        if century.startswith("上"):
            first = 1900
        elif century == "本世纪":
            first = 2000
        else:
            n = number(century[:-2])
            if not n or not 1 <= n <= 30:
                return None
            first = (n - 1) * 100
        if g.get("cyear"):
            year = first + (number(g["cyear"]) or 0)
            return (datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59), "year",
                    century.startswith(("上", "本")), False, True)
        if g.get("decade"):
            decade = number(g["decade"])
            a, b = DECADE_PARTS.get(g.get("part") or "", (0, 9))
            return (datetime(first + decade + a, 1, 1), datetime(first + decade + b, 12, 31, 23, 59, 59),
                    "decade", century.startswith(("上", "本")), False, True)
        a, b = {"初": (0, 19), "初期": (0, 19), "中叶": (40, 59), "中期": (40, 59), "末": (80, 99),
                "末期": (80, 99), "上半叶": (0, 49), "下半叶": (50, 99)}.get(g.get("cpart") or "", (0, 99))
        return (datetime(max(first + a, 1), 1, 1), datetime(first + b, 12, 31, 23, 59, 59), "century",
                century.startswith(("上", "本")), False, True)
    if kind == "decade":
        decade = number(g["decade"])
        if decade is None or decade % 10 or decade > 90:
            return None
        year = (int(g["dyear"]) * 100 if g.get("dyear") else (1900 if decade >= 30 else 2000)) + decade
        a, b = DECADE_PARTS.get(g.get("part") or "", (0, 9))
        return (datetime(year + a, 1, 1), datetime(year + b, 12, 31, 23, 59, 59), "decade",
                not g.get("dyear"), False, True)
    if kind == "common_era":
        year = int(g["year"])
        return (datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59), "year", False, False, True) \
            if 1 <= year <= 9999 else None
    if kind == "year_range":
        first, last = int(g["year"]), int(g["year2"])
        if not 1000 <= first <= last <= 2999:
            return None
        return (datetime(first, 1, 1), datetime(last, 12, 31, 23, 59, 59), "year", False, False, True)
    if kind == "iso_week":
        year, week = year_of(g["year"], base), number(g["week"])
        try:
            monday = date.fromisocalendar(year, week, 1)
        except (ValueError, TypeError, OverflowError):
            return None
        return (*week_span(monday), False, False, True)
    if kind == "nth_weekday":
        month, nth, target = number(g["month"]), number(g["nth"]), WEEKDAYS[g["weekday"]]
        if not month or not 1 <= month <= 12 or not nth:
            return None

        def make(year):
            first = date(year, month, 1)
            day = first + timedelta(days=(target - first.weekday()) % 7 + 7 * (nth - 1))
            return day_span(day) if day.month == month else None
        year = year_of(g["year"], base) if g.get("year") else None
        span = make(year) if year else pick_year(make, ctx, offset, stop)
        return (*span, "day", not year, False, bool(year)) if span else None
    if kind in ("lunar", "lunar_new_year"):
        lmonth = g.get("lmonth") or "正"
        month = LUNAR_MONTHS.get(lmonth) or number(lmonth.lstrip("闰"))
        lday = g["lday"]
        day = number(lday[1:]) if lday[0] == "初" else number(lday)
        if not month or not day:
            return None
        year = year_of(g["year"], base) if g.get("year") else None

        def make(y):
            found = lunar_to_solar(y, month, day)
            return day_span(found) if found else None
        if year:
            span = make(year)
        else:
            spans = [s for y in (base.year - 1, base.year, base.year + 1) if (s := make(y))]
            span = min(spans, key=lambda s: abs((s[0].date() - base).days)) if spans else None
        return (*span, "day", not year, False, bool(year)) if span else None
    if kind in ("ym", "year_part"):
        year = year_of(g["year"], base)
        if not year or kind == "year_part" and not 1000 <= year <= 2999:
            return None
        if kind == "ym":
            month = number(g["month"])
            if not month or not 1 <= month <= 12:
                return None
            return (*month_part(year, month, g.get("mpart")), False, False, True)
        found = year_detail(year, g)
        return (*found, False, False, True) if found else None
    if kind == "rel_year":
        rel = g["rel"]
        if rel in SAME_YEAR or rel in FOLLOWING_YEAR:
            if ctx.last is None:
                return None
            year = ctx.last.start.year + (rel in FOLLOWING_YEAR)
        else:
            year = base.year + REL_YEAR[rel]
        if not 1 <= year <= 9999:
            return None
        if g.get("month"):
            month = number(g["month"])
            if not month or not 1 <= month <= 12:
                return None
            if g.get("day"):
                day = valid(year, month, number(g["day"]) or 0)
                if not day:
                    return None
                if g.get("day2"):
                    end = valid(year, month, number(g["day2"]) or 0)
                    return (day_span(day)[0], day_span(end)[1], "day", True, False, True) \
                        if end and end >= day else None
                return (*apply_clock(day, m), True, False, True)
            return (*month_part(year, month, g.get("mpart")), True, False, True)
        if g.get("earlier"):
            end = base if year == base.year else date(year, 12, 31)
            return (datetime(year, 1, 1), datetime.combine(end, time.max), "year", True, False, True)
        found = year_detail(year, g)
        return (*found, True, False, True) if found else None
    if kind == "rel_month":
        rel = g["rel"]
        if rel in ("当月", "同月"):
            if ctx.last is None:
                return None
            year, month = ctx.last.start.year, ctx.last.start.month
        elif rel in ("次月", "翌月"):
            if ctx.last is None:
                return None
            year, month = shift_month(ctx.last.start.year, ctx.last.start.month, 1)
        else:
            year, month = shift_month(base.year, base.month, REL_MONTH[rel])
        if not 1 <= year <= 9999:
            return None
        if g.get("day"):
            day = valid(year, month, number(g["day"]) or 0)
            return (*apply_clock(day, m), True, False, False) if day else None
        return (*month_part(year, month, g.get("mpart")), True, False, False)
    if kind in ("md", "m_part", "month"):
        month = number(g["month"])
        if not month or not 1 <= month <= 12:
            return None
        if kind == "md":
            day_n = number(g["day"])
            end_n = number(g["day2"]) if g.get("day2") else None

            def make(y):
                day = valid(y, month, day_n or 0)
                if not day:
                    return None
                if g.get("day2"):
                    end = valid(y, month, end_n or 0)
                    return (day_span(day)[0], day_span(end)[1], "day") if end and end >= day else None
                return apply_clock(day, m)
            span = pick_year(make, ctx, offset, stop, ahead=AHEAD_DAYS)
        else:
            span = pick_year(lambda y: month_part(y, month, g.get("mpart")), ctx, offset, stop)
        return (*span, True, False, ctx.inherited) if span else None
    if kind == "today_numbered":
        day_n = number(g["day"])
        days = [d for k in (-1, 0, 1) if (d := valid(*shift_month(base.year, base.month, k), day_n or 0))]
        if not days:
            return None
        day = min(days, key=lambda d: abs((d - base).days))
        return (*apply_clock(day, m), True, False, False)
    if kind == "week":
        monday = base - timedelta(days=base.weekday())
        if g.get("wrel"):
            monday += timedelta(weeks=WEEK_REL[g["wrel"]])
            return (*(week_span(monday, 0, 2) if g.get("wpart") else week_span(monday)), True, False, False)
        weekday, rel = g["weekday"], g.get("rel")
        if weekday == "末":
            if rel:
                return (*week_span(monday + timedelta(weeks=WEEK_REL[rel]), 5, 6), True, False, False)
            back = (base.weekday() - 5) % 7
            saturday = base - timedelta(days=back)
            if future_said(ctx, offset, stop) and back:
                saturday += timedelta(days=7)
            return (*week_span(saturday - timedelta(days=5), 5, 6), True, False, False)
        target = WEEKDAYS[weekday]
        if rel:
            day = monday + timedelta(weeks=WEEK_REL[rel], days=target)
        else:  # the most recent such day: news reports what happened
            day = base - timedelta(days=(base.weekday() - target) % 7)
            if day < base and future_said(ctx, offset, stop):
                day += timedelta(days=7)
        return (*apply_clock(day, m), True, False, False)
    if kind == "rel_day":
        rel = g["rel"]
        if rel in SAME_DAY:
            day = last_day(ctx, offset) or base
        elif rel in ANTECEDENT_DAY:
            anchor = last_day(ctx, offset)
            if anchor is None:
                return None
            day = anchor + timedelta(days=ANTECEDENT_DAY[rel])
        else:
            day = (ctx.dateline or base) + timedelta(days=REL_DAY[rel])
        return (*apply_clock(day, m), True, False, False)
    if kind in ("offset", "duration", "coming"):
        return _offset(kind, g, ctx, offset)
    if kind == "quarter":
        if g.get("qrel"):
            shift = {"上": -1, "上个": -1, "下": 1, "下个": 1}.get(g["qrel"], 0)
            year, month = shift_month(base.year, (base.month - 1) // 3 * 3 + 1, 3 * shift)
            return (*months_span(year, month, month + 2), "quarter", True, False, False)
        if g.get("first_q"):
            n = number(g["first_q"])
            return (*months_span(base.year, 1, 3 * n), "quarter", True, False, False)
        q = number(g["quarter"].lstrip("第"))
        if not q or not 1 <= q <= 4:
            return None
        span = pick_year(lambda y: months_span(y, 3 * q - 2, 3 * q), ctx, offset, stop, ahead=0)
        return (*span, "quarter", True, False, False) if span else None
    if kind == "half":
        span = pick_year(lambda y: months_span(y, *((1, 6) if g["half"] == "上半年" else (7, 12))),
                         ctx, offset, stop, ahead=0)
        return (*span, "half", True, False, False) if span else None
    if kind == "season":
        first, last = SEASONS[g["season"]]
        spans = [months_span(y, first, last) for y in (base.year - 1, base.year, base.year + 1)]
        span = min(spans, key=lambda s: abs((s[0].date() + (s[1] - s[0]) / 2 - base).days))
        return (*span, "season", True, False, False)
    if kind == "holiday":
        found = nearest_holiday(g["holiday"], ctx)
        return (*found, True, False, False) if found else None
    if kind == "first_n":
        found = year_detail(base.year, g)
        return (*found, True, False, False) if found else None
    if kind == "part_alone":
        if g.get("ypart"):
            return (*year_detail(base.year, {"part": g["ypart"]}), True, False, False)
        part = g["part"]
        return (*month_part(base.year, base.month, part), True, False, False)
    if kind == "clock":
        day = last_day(ctx, offset) or base
        found = apply_clock(day, m)
        return (*found, True, False, False) if found[2] != "day" else None
    if kind == "short_year":
        year = year_of(g["year"], base)
        return (datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59), "year", False, False, True) \
            if year else None
    if kind == "day":
        day_n, end_n = number(g["day"]), number(g["day2"]) if g.get("day2") else None
        if not day_n or not 1 <= day_n <= 31:
            return None
        last = same_sentence(ctx, offset)
        if last is not None and last.precision in ("day", "hour", "minute"):
            anchor = last.start.date()
            days = [d for k in (0, 1) if (d := valid(*shift_month(anchor.year, anchor.month, k), day_n))]
            day = days[0] if days else None
        else:
            days = [d for k in (-1, 0, 1) if (d := valid(*shift_month(base.year, base.month, k), day_n))]
            past = [d for d in days if d <= base + timedelta(days=1)]
            coming = [d for d in days if d > base]
            day = coming[0] if coming and future_said(ctx, offset, stop) else (past[-1] if past else None)
        if not day:
            return None
        if end_n:
            end = valid(day.year, day.month, end_n)
            return (day_span(day)[0], day_span(end)[1], "day", True, False, False) \
                if end and end >= day else None
        return (*apply_clock(day, m), True, False, False)
    return None


UNIT_PRECISION = {"年": "year", "月": "month", "周": "week", "天": "day", "小时": "hour",
                  "分钟": "minute"}


def _offset(kind: str, g: dict, ctx: Context, offset: int):
    """三天后, 两周前, 5年前 (a point that far from the publication day, as precise as its
    unit), and 三个月来, 过去五年 (the period from then to the publication day)."""
    unit = re.sub(r"\s+|个", "", g["unit"])
    unit = {"星期": "周", "礼拜": "周", "钟头": "小时", "半月": "月", "日": "天"}.get(unit, unit)
    if g["unit"].replace(" ", "").startswith("半"):
        amount = 0.5
    else:
        amount = 0.5 if g["num"] == "半" else number(g["num"])
    if amount is None or amount > 5000:
        return None
    if g.get("and_half") or g.get("half_after"):
        amount += 0.5
    if unit == "年":
        months = round(amount * 12)
        unit, amount = ("月", months) if months % 12 else ("年", months // 12)
    if unit == "月" and amount != int(amount):
        unit, amount = "天", round(amount * 30)
    amount = int(amount)
    sign = -1 if kind == "duration" or g.get("dir") in ("前", "之前", "以前") else 1
    if kind == "coming":
        anchor = ctx.base
    else:
        anchor = ctx.base
    if kind == "offset" and sign > 0 and (day := last_day(ctx, offset)) is not None and \
            same_sentence(ctx, offset):
        anchor = day  # 三天后 after a date counts from that date
    moment = datetime.combine(anchor, ctx.moment.time() if anchor == ctx.base else time.min)
    if unit == "年":
        target = valid(anchor.year + sign * amount, anchor.month, min(anchor.day, 28))
        span = (datetime(target.year, 1, 1), datetime(target.year, 12, 31, 23, 59, 59)) if target else None
    elif unit == "月":
        year, month = shift_month(anchor.year, anchor.month, sign * amount)
        target = valid(year, month, min(anchor.day, calendar.monthrange(year, month)[1])) \
            if 1 <= year <= 9999 else None
        span = month_span(year, month) if target else None
    elif unit in ("周", "天"):
        target = anchor + timedelta(days=sign * amount * (7 if unit == "周" else 1))
        span = week_span(target - timedelta(days=target.weekday()))[:2] if unit == "周" \
            else day_span(target)
    else:
        shifted = moment + timedelta(**{"hours" if unit == "小时" else "minutes": sign * amount})
        target = shifted.date()
        if unit == "小时":
            start = shifted.replace(minute=0, second=0, microsecond=0)
            span = (start, start + timedelta(minutes=59, seconds=59))
        else:
            start = shifted.replace(second=0, microsecond=0)
            span = (start, start + timedelta(seconds=59))
    if not target or not span:
        return None
    precision = UNIT_PRECISION[unit]
    if kind == "duration":
        return (datetime.combine(target, time.min), datetime.combine(ctx.base, time.max),
                precision, True, True, False)
    if kind == "coming":
        return (datetime.combine(ctx.base, time.min), datetime.combine(target, time.max),
                precision, True, True, False)
    return (*span, precision, True, False, False)
