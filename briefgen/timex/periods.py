"""Periods coarser than a day and finer than a year (a quarter, a season, the early part
of a month, a week …) written as a chronology shows them: 2020年第三季度 / Q3 2020."""

from __future__ import annotations

from datetime import date, timedelta

PERIODS = ("century", "decade", "half", "year_part", "quarter", "season", "month_part", "week")
CHINESE = "零一二三四"
SEASONS_ZH, SEASONS_EN = "冬春春春夏夏夏秋秋秋冬冬", ("winter", "spring", "spring", "spring", "summer",
                                                 "summer", "summer", "autumn", "autumn", "autumn",
                                                 "winter", "winter")


# Parts of a year as ISO 8601-2 (EDTF) writes them, in place of a month: 2020-21 is spring
# 2020, 2020-33 its first quarter, 2020-37 its first third (early 2020), 2020-40 its first
# half. A part of a year is no month, and its date must not read as one (1933年初 ≠ 1933-01).
SUB_YEAR = {"season": (21, (3, 6, 9, 12)), "quarter": (33, (1, 4, 7, 10)),
            "year_part": (37, (1, 6, 11)), "half": (40, (1, 7))}


def sub_year(start: date, precision: str) -> str | None:
    """The ISO 8601-2 date of a part of a year starting at `start` (2020-37 for early
    2020), or None for a precision that is not one."""
    if precision not in SUB_YEAR:
        return None
    first, months = SUB_YEAR[precision]
    year, month = start.year, start.month
    if precision == "season":  # a winter is the one opening that December
        index, year = (month - 3) % 12 // 3, year - (month < 3)
    elif precision == "year_part":
        index = 0 if month <= 4 else 1 if month <= 8 else 2
    else:
        index = (month - 1) // (12 // len(months))
    return f"{year:04d}-{first + index}"


def sub_year_start(year: int, code: int) -> tuple[date, date, str] | None:
    """The first day (as `sub_year` reads it back), the first day after, and the precision
    of a part of a year written as ISO 8601-2 (2020-37: 2020-01-01, 2020-05-01, year_part);
    None for a month."""
    for precision, (first, months) in SUB_YEAR.items():
        if first <= code < first + len(months):
            index = code - first
            length = 12 // len(months)  # a third of a year is four months, a season three
            begins = 1 + length * index if precision == "year_part" else months[index]
            after = begins + length
            return (date(year, months[index], 1),
                    date(year + (after > 12), (after - 1) % 12 + 1, 1), precision)
    return None


def _third(day_of_month: int) -> int:
    return 0 if day_of_month <= 10 else 1 if day_of_month <= 20 else 2


def format_period(start: date, precision: str, chinese: bool, month_year: str) -> str:
    """`start` (the first day of the period) at `precision`; `month_year` is the month as
    the locale writes it (2020年9月 / September 2020), for the parts of a month."""
    year, month = start.year, start.month
    if precision == "century":
        century = year // 100 + 1
        return f"{century}世纪" if chinese else f"{century}{_suffix(century)} century"
    if precision == "decade":
        return f"{year - year % 10}年代" if chinese else f"{year - year % 10}s"
    if precision == "half":
        first = month <= 6
        return f"{year}年{'上' if first else '下'}半年" if chinese else \
            f"{'first' if first else 'second'} half of {year}"
    if precision == "year_part":
        part = 0 if month <= 4 else 1 if month <= 8 else 2
        return f"{year}年{('初', '年中', '底')[part]}" if chinese else \
            f"{('early', 'mid-', 'late')[part]}{'' if part == 1 else ' '}{year}"
    if precision == "quarter":
        quarter = (month - 1) // 3 + 1
        return f"{year}年第{CHINESE[quarter]}季度" if chinese else f"Q{quarter} {year}"
    if precision == "season":
        return f"{year}年{SEASONS_ZH[month - 1]}" if chinese else f"{SEASONS_EN[month - 1]} {year}"
    if precision == "month_part":
        third = _third(start.day)
        return f"{month_year}{('上旬', '中旬', '下旬')[third]}" if chinese else \
            f"{('early', 'mid-', 'late')[third]}{'' if third == 1 else ' '}{month_year}"
    if precision == "week":
        return _week(start, chinese)
    raise ValueError(f"not a period: {precision}")


def _week(start: date, chinese: bool) -> str:
    """The Monday-to-Sunday week holding `start` as dates a reader knows (2020年8月17日至23日 /
    week of August 17, 2020), never as a week number nobody counts; a weekend as its two
    days (2020年8月29日至30日)."""
    monday = start - timedelta(days=start.weekday())
    sunday = monday + timedelta(days=6)
    if start.weekday() == 5:  # a week's span opening on Saturday is its weekend (周末)
        if not chinese:
            return f"weekend of {start:%B} {start.day}, {start.year}"
        return days_span(start, sunday)
    if not chinese:
        return f"week of {monday:%B} {monday.day}, {monday.year}"
    return days_span(monday, sunday)


def days_span(first: date, last: date) -> str:
    """Days from `first` to `last` in the house style: 2020年8月17日至23日, 2019年5月30日至
    6月2日, 2019年12月30日至2020年1月2日 (至, not a dash; what the first day says, not again)."""
    end = (f"{last.year}年" if last.year != first.year else "") + \
        (f"{last.month}月" if (last.year, last.month) != (first.year, first.month) else "") + f"{last.day}日"
    return f"{first.year}年{first.month}月{first.day}日至{end}"


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
