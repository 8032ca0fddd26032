"""Holidays news names (国庆, 春节, 中秋 …) and lunar dates (正月初八, 农历八月十五), as
Gregorian days. Lunar conversion uses lunar_python (MIT)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

# name → ("solar", month, day) | ("lunar", month, day) | ("eve",) | ("qingming",)
HOLIDAYS = {
    "元旦": ("solar", 1, 1), "情人节": ("solar", 2, 14), "妇女节": ("solar", 3, 8),
    "劳动节": ("solar", 5, 1), "五一劳动节": ("solar", 5, 1), "五一国际劳动节": ("solar", 5, 1),
    "儿童节": ("solar", 6, 1), "国庆": ("solar", 10, 1), "国庆节": ("solar", 10, 1),
    "十一国庆": ("solar", 10, 1), "圣诞": ("solar", 12, 25), "圣诞节": ("solar", 12, 25),
    "平安夜": ("solar", 12, 24), "植树节": ("solar", 3, 12), "愚人节": ("solar", 4, 1),
    "青年节": ("solar", 5, 4), "建党节": ("solar", 7, 1), "建军节": ("solar", 8, 1),
    "教师节": ("solar", 9, 10), "万圣节": ("solar", 10, 31),
    "母亲节": ("nth", 5, 2, 6), "父亲节": ("nth", 6, 3, 6), "感恩节": ("nth", 11, 4, 3),
    "春节": ("lunar", 1, 1), "元宵": ("lunar", 1, 15), "元宵节": ("lunar", 1, 15),
    "端午": ("lunar", 5, 5), "端午节": ("lunar", 5, 5), "七夕": ("lunar", 7, 7),
    "七夕节": ("lunar", 7, 7), "中秋": ("lunar", 8, 15), "中秋节": ("lunar", 8, 15),
    "重阳": ("lunar", 9, 9), "重阳节": ("lunar", 9, 9), "腊八": ("lunar", 12, 8),
    "腊八节": ("lunar", 12, 8), "农历新年": ("lunar", 1, 1), "除夕": ("eve",),
    "大年三十": ("eve",), "大年夜": ("eve",),
    # solar terms, but not those that are also weather words (小雪, 大雪, 雨水 …)
    **{term: ("term",) for term in ("立春", "惊蛰", "春分", "谷雨", "立夏", "芒种", "夏至", "小暑",
                                    "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "冬至",
                                    "小寒", "大寒")}, "清明": ("qingming",), "清明节": ("qingming",),
}
# Holidays named by their date, which are holidays only before 假期, 长假, 黄金周 …
SHORT_HOLIDAYS = {"五一": ("solar", 5, 1), "十一": ("solar", 10, 1), "六一": ("solar", 6, 1)}
HOLIDAYS.update(SHORT_HOLIDAYS)
LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}


@lru_cache(maxsize=256)
def _lunar_months(year: int) -> dict[int, tuple[date, int]]:
    """The (non-leap) months of lunar year `year`: month → (its first day, its length)."""
    from lunar_python import LunarYear, Solar  # imported late: most texts name no lunar date
    months = {}
    for y in (year, year + 1):  # a lunar year's table starts in the winter before it
        for month in LunarYear.fromYear(y).getMonths():
            if month.getYear() == year and month.getMonth() > 0:
                first = Solar.fromJulianDay(month.getFirstJulianDay())
                months[month.getMonth()] = (date(first.getYear(), first.getMonth(), first.getDay()),
                                            month.getDayCount())
    return months


def lunar_to_solar(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of lunar `year`-`month`-`day`, or None if there is none."""
    if not 1000 <= year <= 2999 or not 1 <= month <= 12 or not 1 <= day <= 30:
        return None
    try:
        first, length = _lunar_months(year)[month]
    except Exception:  # no such month; the library raises plain errors at its edges
        return None
    return date.fromordinal(first.toordinal() + day - 1) if day <= length else None


@lru_cache(maxsize=1024)
def holiday(name: str, year: int) -> date | None:
    """The day of holiday `name` in Gregorian year `year` (春节 2020 → 2020-01-25)."""
    rule = HOLIDAYS.get(name)
    if rule is None or not 1000 <= year <= 2999:
        return None
    if rule[0] == "solar":
        return date(year, rule[1], rule[2])
    if rule[0] == "lunar":
        return lunar_to_solar(year, rule[1], rule[2])
    if rule[0] == "nth":  # 母亲节: the second Sunday of May
        _, month, nth, weekday = rule
        first = date(year, month, 1)
        return date.fromordinal(first.toordinal() + (weekday - first.weekday()) % 7 + 7 * (nth - 1))
    new_year = lunar_to_solar(year, 1, 1)
    if rule[0] == "eve":
        return date.fromordinal(new_year.toordinal() - 1) if new_year else None
    return solar_term("清明" if rule[0] == "qingming" else name, year)


@lru_cache(maxsize=1024)
def solar_term(name: str, year: int) -> date | None:
    """The day of solar term `name` (冬至, 清明 …) in Gregorian year `year`."""
    from lunar_python import Solar
    try:  # a lunar year's table names the terms from the winter before it
        tables = [Solar.fromYmd(y, 6, 1).getLunar().getJieQiTable() for y in (year, year + 1)]
    except Exception:
        return None
    days = [date(d.getYear(), d.getMonth(), d.getDay()) for t in tables if (d := t.get(name))]
    return next((d for d in days if d.year == year), None)
