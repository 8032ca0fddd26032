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
])
def test_dates_as_the_locale_writes_them(value, precision, locale, expected):
    assert locales.format_day(value, precision, locale) == expected


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
