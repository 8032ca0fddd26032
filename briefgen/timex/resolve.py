"""What one matched expression denotes: its start, end and precision, resolved against
the publication day (`base`) and the expression before it (`last`), one function per kind
of expression."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timedelta

from briefgen.timex.context import (
    AHEAD_DAYS, ANTECEDENT_DAY, FOLLOWING_YEAR, REL_DAY, REL_MONTH, REL_YEAR, SAME_DAY,
    SAME_YEAR, WEEK_REL, WEEKDAYS, Context, apply_clock, day_span, future_said, last_day,
    month_part, month_span, months_span, nearest_holiday, pick_year, same_sentence, sentence_before,
    shift_month, valid, week_span, year_detail, year_of,
)
from briefgen.timex.festivals import LUNAR_MONTHS, lunar_to_solar
from briefgen.timex.grammar import DECADE_PARTS, SEASONS
from briefgen.timex.numerals import number

LISTED_DAY = re.compile(r"[日号][，,、和与及至到\s-]{1,3}$")
DAY_FOLLOWS = re.compile(r"\s*(?:起|至|到|开始|当天|[（(，,])")
HAN_END = re.compile(r"[\u4e00-\u9fff]$")
COUNT_BEFORE = re.compile(r"[\d两几一二三四五六七八九十]$")
COUNT_AFTER = re.compile(r"[次回个天周年月日小]")
RANGE_BEFORE = re.compile(r"[点时分][-—–~～至到]\s*$")  # 下午三点到五点: the 五点
PRESENT_AGE = re.compile(r"(?:的|至)$")
DURATION_CUE = re.compile(r"(?:时隔|相隔|长达|已经|持续|历时|经过|过去|至少|近|约|达|共|这|了|是|就|封|等|隔|第)$")
YEAR_CONTEXT = re.compile(r"(?:^|[在于从自到至止，,。（(、\s:：]|早在|直到|截至)$")


def plausible(kind: str, m: re.Match, text: str) -> bool:
    """Checks that need only the text: whether a match is a time at all (神舟9号, 时隔42年,
    一日之计 are not), before it claims its characters."""
    g = m.groupdict()
    before = text[max(0, m.start() - 4):m.start()]
    if kind == "lunar":
        return bool(g["lunar"] or g["lmonth"] in LUNAR_MONTHS or g["lday"][0] in "初廿")
    if kind == "clock" and "点" in m.group() and not g["ampm"] and \
            not m.group().endswith(("分", "半", "钟")) and not RANGE_BEFORE.search(before):
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
        if "号" in m.group():
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


def _written_date(kind: str, m: re.Match, ctx: Context):
    """A date with its year: 2019-04-19, 2019年4月19日 (with a time of day)."""
    g = m.groupdict()
    base = ctx.base
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


def _century(kind: str, m: re.Match, ctx: Context):
    """上世纪90年代末, 15世纪, 本世纪初."""
    g = m.groupdict()
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


def _decade(kind: str, m: re.Match, ctx: Context):
    """90年代, 1990年代初, 八十年代."""
    g = m.groupdict()
    decade = number(g["decade"])
    if decade is None or decade % 10 or decade > 90:
        return None
    year = (int(g["dyear"]) * 100 if g.get("dyear") else (1900 if decade >= 30 else 2000)) + decade
    a, b = DECADE_PARTS.get(g.get("part") or "", (0, 9))
    return (datetime(year + a, 1, 1), datetime(year + b, 12, 31, 23, 59, 59), "decade",
            not g.get("dyear"), False, True)


def _common_era(kind: str, m: re.Match, ctx: Context):
    """公元221年."""
    g = m.groupdict()
    year = int(g["year"])
    return (datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59), "year", False, False, True) \
        if 1 <= year <= 9999 else None


def _year_range(kind: str, m: re.Match, ctx: Context):
    """2019-2020年."""
    g = m.groupdict()
    first, last = int(g["year"]), int(g["year2"])
    if not 1000 <= first <= last <= 2999:
        return None
    return (datetime(first, 1, 1), datetime(last, 12, 31, 23, 59, 59), "year", False, False, True)


def _iso_week(kind: str, m: re.Match, ctx: Context):
    """2020年第36周."""
    g = m.groupdict()
    base = ctx.base
    year, week = year_of(g["year"], base), number(g["week"])
    try:
        monday = date.fromisocalendar(year, week, 1)
    except (ValueError, TypeError, OverflowError):
        return None
    return (*week_span(monday), False, False, True)


def _nth_weekday(kind: str, m: re.Match, ctx: Context):
    """9月第一个星期一; 下个月第二个周五; 第一个星期一 (of the publication month)."""
    g = m.groupdict()
    offset, stop = m.start(), m.end()
    base = ctx.base
    nth, target = number(g["nth"]), WEEKDAYS[g["weekday"]]
    if not g.get("month"):
        year, month = shift_month(base.year, base.month, REL_MONTH.get(g.get("mrel") or "本月", 0))
        first = date(year, month, 1)
        day = first + timedelta(days=(target - first.weekday()) % 7 + 7 * (nth - 1))
        return (*day_span(day), "day", True, False, False) if day.month == month else None
    month = number(g["month"])
    if not month or not 1 <= month <= 12 or not nth:
        return None

    def make(year):
        first = date(year, month, 1)
        day = first + timedelta(days=(target - first.weekday()) % 7 + 7 * (nth - 1))
        return day_span(day) if day.month == month else None
    year = year_of(g["year"], base) if g.get("year") else None
    span = make(year) if year else pick_year(make, ctx, offset, stop)
    return (*span, "day", not year, False, bool(year)) if span else None


def _lunar(kind: str, m: re.Match, ctx: Context):
    """正月初八, 农历八月十五, 大年初一: the nearest such day unless a year is named."""
    g = m.groupdict()
    base = ctx.base
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


def _year_with_detail(kind: str, m: re.Match, ctx: Context):
    """2019年3月, 2019年底, 2015年上半年, 2020年第三季度, 2021年元旦."""
    g = m.groupdict()
    base = ctx.base
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


def _relative_year(kind: str, m: re.Match, ctx: Context):
    """去年, 今年4月29日, 明年初, 次年年末, 今年早些时候 …"""
    g = m.groupdict()
    base = ctx.base
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


def _relative_month(kind: str, m: re.Match, ctx: Context):
    """本月, 上个月底, 下个月5号, 次月."""
    g = m.groupdict()
    base = ctx.base
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


def _month_without_year(kind: str, m: re.Match, ctx: Context):
    """3月6日, 9月上旬, 七月: the year its sentence implies (see pick_year)."""
    g = m.groupdict()
    offset, stop = m.start(), m.end()
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


def _today_numbered(kind: str, m: re.Match, ctx: Context):
    """今（9）日."""
    g = m.groupdict()
    base = ctx.base
    day_n = number(g["day"])
    days = [d for k in (-1, 0, 1) if (d := valid(*shift_month(base.year, base.month, k), day_n or 0))]
    if not days:
        return None
    day = min(days, key=lambda d: abs((d - base).days))
    return (*apply_clock(day, m), True, False, False)


def _week(kind: str, m: re.Match, ctx: Context):
    """上周, 本周, 下周初, 周末, 上周五, 星期三下午."""
    g = m.groupdict()
    offset, stop = m.start(), m.end()
    base = ctx.base
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


def _relative_day(kind: str, m: re.Match, ctx: Context):
    """昨天, 今晚, 当天 (the day before it in the text), 次日."""
    g = m.groupdict()
    offset = m.start()
    base = ctx.base
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


def _offset_or_period(kind: str, m: re.Match, ctx: Context):
    """三天后, 过去五年, 未来三天."""
    g = m.groupdict()
    offset = m.start()
    return _offset(kind, g, ctx, offset)


def _quarter(kind: str, m: re.Match, ctx: Context):
    """一季度, 第三季度, 前三季度, 上个季度."""
    g = m.groupdict()
    offset, stop = m.start(), m.end()
    base = ctx.base
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


def _half(kind: str, m: re.Match, ctx: Context):
    """上半年, 下半年."""
    g = m.groupdict()
    offset, stop = m.start(), m.end()
    span = pick_year(lambda y: months_span(y, *((1, 6) if g["half"] == "上半年" else (7, 12))),
                     ctx, offset, stop, ahead=0)
    return (*span, "half", True, False, False) if span else None


def _season(kind: str, m: re.Match, ctx: Context):
    """春季, 秋季: the nearest such season; not one naming a thing (夏季奥运会, 冬季达沃斯)."""
    after = m.string[m.end():m.end() + 1]
    if re.match(r"[\u4e00-\u9fff]", after) and after not in "时期里中以开前后起末初至到和与的间":
        return None
    g = m.groupdict()
    base = ctx.base
    first, last = SEASONS[g["season"]]
    spans = [months_span(y, first, last) for y in (base.year - 1, base.year, base.year + 1)]
    span = min(spans, key=lambda s: abs((s[0].date() + (s[1] - s[0]) / 2 - base).days))
    return (*span, "season", True, False, False)


def _holiday(kind: str, m: re.Match, ctx: Context):
    """国庆, 春节, 冬至: the nearest such day."""
    g = m.groupdict()
    found = nearest_holiday(g["holiday"], ctx)
    return (*found, True, False, False) if found else None


def _first_months(kind: str, m: re.Match, ctx: Context):
    """前五个月, 前三季度 of the publication year."""
    g = m.groupdict()
    base = ctx.base
    found = year_detail(base.year, g)
    return (*found, True, False, False) if found else None


def _part_alone(kind: str, m: re.Match, ctx: Context):
    """年底, 月初, 中旬 of the publication year or month."""
    g = m.groupdict()
    base = ctx.base
    if g.get("ypart"):
        return (*year_detail(base.year, {"part": g["ypart"]}), True, False, False)
    part = g["part"]
    return (*month_part(base.year, base.month, part), True, False, False)


def _clock(kind: str, m: re.Match, ctx: Context):
    """下午3点, 08时: on the day before it in the text."""
    offset = m.start()
    base = ctx.base
    day = last_day(ctx, offset) or base
    found = apply_clock(day, m)
    return (*found, True, False, False) if found[2] != "day" else None


def _short_year(kind: str, m: re.Match, ctx: Context):
    """98年, 零七年; not a count of years read as a year long past (30年模特: thirty years a
    model, not 1930)."""
    g = m.groupdict()
    base = ctx.base
    year = year_of(g["year"], base)
    if year and year < base.year - SHORT_YEAR_SPAN:
        return None
    return (datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59), "year", False, False, True) \
        if year else None


SHORT_YEAR_SPAN = 75  # a year written with two digits is one of living memory (49年, 98年)


def _day(kind: str, m: re.Match, ctx: Context):
    """16日, 11号: in the month of the day before it in its sentence, else the most recent."""
    g = m.groupdict()
    offset, stop = m.start(), m.end()
    base = ctx.base
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


RESOLVERS = {
    "numeric": _written_date,
    "ymd": _written_date,
    "century": _century,
    "decade": _decade,
    "common_era": _common_era,
    "year_range": _year_range,
    "iso_week": _iso_week,
    "nth_weekday": _nth_weekday,
    "lunar": _lunar,
    "lunar_new_year": _lunar,
    "ym": _year_with_detail,
    "year_part": _year_with_detail,
    "rel_year": _relative_year,
    "rel_month": _relative_month,
    "md": _month_without_year,
    "m_part": _month_without_year,
    "month": _month_without_year,
    "today_numbered": _today_numbered,
    "week": _week,
    "rel_day": _relative_day,
    "offset": _offset_or_period,
    "duration": _offset_or_period,
    "coming": _offset_or_period,
    "quarter": _quarter,
    "half": _half,
    "season": _season,
    "holiday": _holiday,
    "first_n": _first_months,
    "part_alone": _part_alone,
    "clock": _clock,
    "short_year": _short_year,
    "day": _day,
}


def resolve(kind: str, m: re.Match, ctx: Context) -> tuple | None:
    """(start, end, precision, relative, duration, year_named) of one match, or None."""
    return RESOLVERS[kind](kind, m, ctx)


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
    elif kind == "offset" and sign < 0 and unit == "天" and amount <= 7 and \
            not sentence_before(ctx, offset).strip() and (day := last_day(ctx, offset)) is not None:
        anchor = day  # …星期二（8月25日）表示…。一天前，…: a day before the day just told
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
