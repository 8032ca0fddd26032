"""briefgen.timex on the labelled sets and on the cases the summarizers lean on."""

from __future__ import annotations

import sys
from datetime import date, datetime, timezone

import pytest

from briefgen.timex import Timex, parse
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import timex_accuracy  # noqa: E402


def test_accuracy_on_the_development_set():
    right, total, spurious, errors = timex_accuracy.evaluate(timex_accuracy.LABELS)
    assert total >= 150
    assert right / total >= 0.97, errors
    assert spurious <= 2


def test_accuracy_on_the_held_out_set():
    right, total, _, errors = timex_accuracy.evaluate(timex_accuracy.HELD_OUT)
    assert right / total >= 0.9, errors


BASE = datetime(2024, 7, 12, 10, 32, 45, tzinfo=timezone.utc)


def one(text: str, base=BASE) -> Timex:
    found = parse(text, base)
    assert len(found) == 1, found
    return found[0]


def test_results_bound_what_they_denote():
    t = one("美国与韩国于7月11日签署指引")
    assert (t.text, t.start, t.end.date(), t.precision) == \
        ("7月11日", datetime(2024, 7, 11), date(2024, 7, 11), "day")
    assert t.end.hour == 23 and t.end.minute == 59
    year = one("重申双方去年发表的《华盛顿宣言》")
    assert (year.start.date(), year.end.date(), year.iso) == (date(2023, 1, 1), date(2023, 12, 31), "2023")


def test_weekday_and_day_of_month_count_back_from_publication():
    assert one("星期四", BASE).iso == "2024-07-11"
    assert one("星期五", BASE).iso == "2024-07-12"
    assert one("当地时间30日", date(2024, 7, 2)).iso == "2024-06-30"
    assert one("12月29日", date(2024, 1, 3)).iso == "2023-12-29"


def test_same_day_follows_the_date_before_it():
    first, same = parse("朝中社13日报道，发言人当天发表谈话", date(2024, 7, 14))
    assert (first.iso, same.iso) == ("2024-07-13", "2024-07-13")


def test_same_year_without_an_antecedent_is_not_guessed():
    assert parse("同年11月，双方再次会晤。", BASE) == []


def test_a_month_is_not_mid_month_when_the_next_word_starts_with_zhong():
    t = one("2023年5月中国外长访韩")
    assert (t.text, t.precision, t.end.date()) == ("2023年5月", "month", date(2023, 5, 31))


def test_durations_and_counts_are_not_dates():
    for text in ("时隔12年", "5个月之内", "近40年", "70 多年来", "第3日", "3日内"):
        assert parse(text, BASE) == [], text


@pytest.mark.parametrize("text, iso, precision", [
    ("二〇一七年三月二十四日", "2017-03-24", "day"),
    ("上世纪80年代", "1980", "decade"),
    ("今年早些时候", "2024", "year"),
    ("明年年中", "2025", "season"),
    ("去年12月", "2023-12", "month"),
])
def test_forms(text, iso, precision):
    t = one(text)
    assert (t.iso, t.precision) == (iso, precision)
