"""Labels and dates in the brief's locale, through Babel.

Labels live in gettext catalogs, `briefgen/locale/<locale>/LC_MESSAGES/briefgen.po`,
compiled when first used (nothing generated is kept in the source tree). Message ids
are English; a locale without a catalog of its own uses the one of its language.
"""

from __future__ import annotations

import functools
import io
from datetime import date
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_interval, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from briefgen.timex.periods import PERIODS, days_span, format_period, sub_year_start

CATALOGS = Path(__file__).parent / "locale"
DOMAIN = "briefgen"
CHINESE_DIGITS = "零一二三四五六七八九"


def available() -> list[str]:
    """Locales that have a catalog of labels."""
    return sorted(p.parent.parent.name for p in CATALOGS.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def catalog_for(name: str) -> str | None:
    """The catalog a locale uses: its own, else its language's, else None."""
    try:
        locale = Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return None
    names = available()
    if str(locale) in names:
        return str(locale)
    same_language = [n for n in names if Locale.parse(n).language == locale.language]
    return same_language[0] if same_language else None


def problem(name: str) -> str | None:
    """Why `name` cannot be used as a brief's locale, or None."""
    try:
        Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return f"expected a locale such as zh_CN or en but received {name!r}"
    if catalog_for(name) is None:
        return f"no labels for {name!r}; catalogs exist for {', '.join(available())}"
    return None


@functools.lru_cache(maxsize=None)
def translations(name: str) -> Translations:
    """The labels of a locale, compiled from its .po file."""
    catalog = catalog_for(name)
    if catalog is None:
        raise ValueError(problem(name))
    with (CATALOGS / catalog / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as po:
        messages = read_po(po, locale=catalog, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, messages)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def html_lang(name: str) -> str:
    """The locale as HTML's lang attribute writes it: zh_CN → zh-CN."""
    locale = Locale.parse(name)
    return "-".join(filter(None, (locale.language, locale.territory)))


def label(message: str, name: str) -> str:
    return translations(name).gettext(message)


def format_days(first: date, last: date, name: str) -> str:
    """Days from `first` to `last` as the locale writes a span: 2019年5月10日至12日 (the
    house style's, as a week's); May 10 – 12, 2019."""
    if Locale.parse(name).language != "zh":
        return format_interval(first, last, "yMMMMd", locale=name)
    return days_span(first, last)


def format_day(value: str | date | None, precision: str | None, name: str,
               until: str | None = None) -> str:
    """An ISO date of year, month or day precision as the locale writes it:
    2024年7月11日 / July 11, 2024; 2024年7月 / July 2024; 2024年 / 2024; and the periods
    of time expressions (2020年第三季度 / Q3 2020). A day with `until`, the last day of an
    event over several: 2019年5月10日至12日 / May 10 – 12, 2019."""
    if value is None:
        return ""
    if until and precision in (None, "day") and len(str(value)) == 10:
        return format_days(date.fromisoformat(str(value)), date.fromisoformat(until), name)
    if isinstance(value, date):
        day, precision = value, precision or "day"
    else:
        parts = [int(p) for p in value.split("-")]
        part_of_year = sub_year_start(parts[0], parts[1]) if len(parts) == 2 else None
        if part_of_year:  # 1933-37: early 1933 (ISO 8601-2), no month
            day, precision = part_of_year[0], precision or part_of_year[2]
        else:
            day = date(parts[0], parts[1] if len(parts) > 1 else 1,
                       parts[2] if len(parts) > 2 else 1)
            precision = precision or ("day", "month", "year")[3 - len(parts)]
    if precision in PERIODS:  # 2020年第三季度, 2020年9月上旬 / Q3 2020, early September 2020
        return format_period(day, precision, Locale.parse(name).language == "zh",
                             format_skeleton("yMMMM", day, locale=name))
    if precision == "year":
        return format_skeleton("y", day, locale=name)
    if precision == "month":
        return format_skeleton("yMMMM", day, locale=name)
    return format_date(day, "long", locale=name)


def short_day(day: date, name: str) -> str:
    """A day without its year, for the axis of a timeline: 7月8日 / Jul 8."""
    return format_skeleton("MMMd", day, locale=name)


def close_sentence(text: str, name: str) -> str:
    """`text` ending as a sentence does: 。 (or .) added unless it already ends in one,
    looking through closing quotes and brackets."""
    bare = text.rstrip().rstrip("”’」』》）)]\"'")
    if bare and bare[-1] in "。！？!?.…；;":
        return text
    return text.rstrip() + ("。" if Locale.parse(name).language == "zh" else ".")


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (section numbers go no higher than 99)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    text = ("" if tens < 2 else CHINESE_DIGITS[tens]) + ("十" if tens else "")
    return text + (CHINESE_DIGITS[ones] if ones else "")


def section_number(n: int, name: str) -> str:
    """The number before a section heading: 一、 in Chinese, 1. elsewhere."""
    if Locale.parse(name).language == "zh":
        return chinese_number(n) + "、"
    return f"{n}. "


def group_number(n: int, name: str) -> str:
    """The number of a group inside a section: （一） in Chinese, (a) elsewhere."""
    if Locale.parse(name).language == "zh":
        return f"（{chinese_number(n)}）"
    return f"({chr(ord('a') + n - 1)}) " if n <= 26 else f"({n}) "
