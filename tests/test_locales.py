"""Labels from the gettext catalogs and dates through Babel."""

from __future__ import annotations

from datetime import date

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from briefgen import locales
from briefgen.spec import DEFAULT_HEADINGS
from conftest import ROOT


@pytest.mark.parametrize("value, precision, locale, expected", [
    ("2024-07-11", "day", "zh_CN", "2024年7月11日"),
    ("2024-07-11", "day", "en", "July 11, 2024"),
    ("2024-07", "month", "zh_CN", "2024年7月"),
    ("2024-07", "month", "en", "July 2024"),
    ("2006", "year", "zh_CN", "2006年"),
    ("2006", "year", "en", "2006"),
    (date(2024, 7, 20), None, "zh_CN", "2024年7月20日"),
    (None, None, "zh_CN", ""),
    ("2020-07", "quarter", "zh_CN", "2020年第三季度"),
    ("2020-07", "quarter", "en", "Q3 2020"),
    ("2020-06", "season", "zh_CN", "2020年夏"),
    ("2020-06", "season", "en", "summer 2020"),
    ("2020-09-01", "month_part", "zh_CN", "2020年9月上旬"),
    ("2020-09-21", "month_part", "en", "late September 2020"),
    ("2020-08-31", "week", "zh_CN", "2020年8月31日至9月6日"),
    ("2020-08-31", "week", "en", "week of August 31, 2020"),
    ("2020-07", "half", "zh_CN", "2020年下半年"),
    ("2020-11", "year_part", "zh_CN", "2020年底"),
    ("2020-01", "year_part", "en", "early 2020"),
    ("1990", "decade", "zh_CN", "1990年代"),
    ("1400", "century", "en", "15th century"),
])
def test_dates_as_the_locale_writes_them(value, precision, locale, expected):
    assert locales.format_day(value, precision, locale) == expected


@pytest.mark.parametrize("value, until, locale, expected", [
    ("2019-05-10", "2019-05-12", "zh_CN", "2019年5月10日至12日"),  # gne/gsc_1: 5月10-12日
    ("2019-05-30", "2019-06-02", "zh_CN", "2019年5月30日至6月2日"),
    ("2019-12-30", "2020-01-02", "zh_CN", "2019年12月30日至2020年1月2日"),
    ("2019-05-10", "2019-05-12", "en", "May 10\u2009–\u200912, 2019"),  # babel: thin spaces
    ("2019-05-10", None, "zh_CN", "2019年5月10日"),
])
def test_an_event_over_several_days_is_dated_by_its_span(value, until, locale, expected):
    assert locales.format_day(value, "day", locale, until) == expected


def test_a_weekend_across_new_year_names_the_year_it_ends_in():
    assert locales.format_day("2022-12-31", "week", "zh_CN") == "2022年12月31日至2023年1月1日"


def test_labels_come_from_the_catalogs():
    assert locales.label("Sources", "zh_CN") == "参考来源"
    assert locales.label("Sources", "en") == "Sources"
    assert locales.label("Sources", "zh_Hans_CN") == "参考来源"  # the language's catalog
    assert locales.problem("fr") == "no labels for 'fr'; catalogs exist for en, zh_CN"
    assert locales.problem("not a locale").startswith("expected a locale")


def catalog(name):
    with (locales.CATALOGS / name / "LC_MESSAGES" / "briefgen.po").open("rb") as po:
        return read_po(po)


def test_every_label_in_the_templates_is_in_every_catalog():
    used = {message[2] for message in extract_from_dir(
        ROOT / "templates", method_map=[("**.html", "jinja2.ext:babel_extract"),
                                        ("**.md", "jinja2.ext:babel_extract"),
                                        ("**.svg", "jinja2.ext:babel_extract")],
        options_map={"**": {"extensions": "jinja2.ext.i18n", "trim_blocks": "true"}})}
    used |= set(DEFAULT_HEADINGS.values())
    assert {"Sources", "Background", "Undated"} <= used
    for name in locales.available():
        ids = {m.id for m in catalog(name) if m.id}
        assert used <= ids, (name, used - ids)
        assert all(m.string for m in catalog(name) if m.id), name
    assert {m.id for m in catalog("en") if m.id} == {m.id for m in catalog("zh_CN") if m.id}


def test_numbers_and_sentence_ends():
    assert [locales.section_number(n, "zh_CN") for n in (1, 3, 10, 11, 20, 21)] == [
        "一、", "三、", "十、", "十一、", "二十、", "二十一、"]
    assert locales.section_number(2, "en") == "2. "
    assert locales.group_number(2, "zh_CN") == "（二）"
    assert locales.close_sentence("签署了联合核威慑指引", "zh_CN") == "签署了联合核威慑指引。"
    assert locales.close_sentence("他说：“不可能。”", "zh_CN") == "他说：“不可能。”"
    assert locales.close_sentence("美方称“延伸威慑”", "zh_CN") == "美方称“延伸威慑”。"
    assert locales.close_sentence("It was signed", "en") == "It was signed."
