"""A part of a year (年初, 年底, 上半年, 秋天, 第三季度) dates a chronology entry as that part,
never as a month: its date is written in ISO 8601-2 (1994-37 is early 1994), shown as the
part (1994年初), and drawn on the timeline over the part it names."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from briefgen.locales import format_day
from briefgen.model import Article
from briefgen.selection import Selected
from briefgen.spec import load_spec
from briefgen.summarizers import summarize
from briefgen.timex.periods import sub_year, sub_year_start
from briefgen.writers.timeline import _span

ROOT = Path(__file__).resolve().parents[1]
MONTH = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])$")


def chronology(*paragraphs: str) -> list:
    article = Article(title=paragraphs[0][:20], paragraphs=list(paragraphs), source_path="written.md",
                      format="text", published=datetime.fromisoformat("2020-08-25T10:00:00+00:00"),
                      publisher="测试", id=1)
    brief = summarize([Selected(article, 10.0, [])],
                      load_spec(ROOT / "examples" / "briefs" / "belarus-election-protests.yaml"))
    [section] = [s for s in brief.sections if s.kind == "chronology"]
    return section.items


@pytest.mark.parametrize("sentence, shown", [
    ("1994年初，卢卡申科当选白俄罗斯总统。", "1994年初"),
    ("卢卡申科去年年底访问了俄罗斯。", "2019年底"),
    ("卢卡申科去年秋天访问了俄罗斯。", "2019年秋"),
    ("卢卡申科2019年下半年访问了俄罗斯。", "2019年下半年"),
])
def test_a_part_of_a_year_is_no_month(sentence, shown):
    [item] = chronology(sentence)
    assert not MONTH.match(item.date), item.date  # 1994-01 would say January
    assert format_day(item.date, item.precision, "zh_CN") == shown
    assert format_day(item.date, None, "zh_CN") == shown  # the date alone says what part


def test_a_month_stays_a_month():
    [item] = chronology("卢卡申科7月份访问了俄罗斯索契。")
    assert item.date == "2020-07" and format_day(item.date, item.precision, "zh_CN") == "2020年7月"


STARTS = {"season": (3, 6, 9, 12), "quarter": (1, 4, 7, 10), "year_part": (1, 6, 11),
          "half": (1, 7)}  # the months the parts of a year the time expressions name open on


@pytest.mark.parametrize("precision, month",
                         [(p, m) for p, months in STARTS.items() for m in months])
def test_every_part_reads_back_as_itself(precision, month):
    start = date(2020, month, 1)
    code = sub_year(start, precision)
    year, part = map(int, code.split("-"))
    first, after, named = sub_year_start(year, part)
    assert named == precision and part > 12 and first == start < after
    low, high = _span(code)  # the timeline spans the part, within a year
    assert 0 < high - low <= 0.5 and low <= 2020 + (month - 1) / 12 < high


def test_months_and_days_are_not_parts():
    assert sub_year(date(2020, 7, 1), "month") is None
    assert sub_year_start(2020, 7) is None and sub_year_start(2020, 12) is None
