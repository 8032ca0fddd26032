"""Merging one event's reports (summarizers/events.py), on entries the chronology made of real
items: bbc_1047720.md (澳洲在今年7月曾经警告民众，在中国被扣留的风险增加) and dw_1047009.md
(今年7月，澳大利亚政府告诫本国公民，要警惕中国随意拘捕的风险)."""

from __future__ import annotations

from datetime import datetime

from briefgen.summarizers.events import Event, merge


def _july(text: str, source: int, actor: str, acts: set[str]) -> Event:
    return Event(datetime(2020, 7, 1), datetime(2020, 7, 31, 23, 59, 59), "month", "2020-07", text, {},
                 {source}, actor=actor, acts=frozenset(acts), sides=frozenset({"澳大利亚"}))


def test_one_warning_told_in_kin_verbs_is_one_event():
    """警告 / 告诫 and 扣留 / 拘捕 share no last character, yet tell one act of one side."""
    merged = merge([_july("澳洲警告民众，在中国被扣留风险增加", 1, "澳洲", {"增加", "扣留"}),
                    _july("澳大利亚政府告诫本国公民，要警惕中国随意拘捕的风险", 2, "澳大利亚政府",
                          {"告诫", "警惕", "拘捕"})])
    assert len(merged) == 1 and merged[0].sources == {1, 2}


def test_two_acts_of_one_side_stay_two():
    merged = merge([_july("澳洲警告民众，在中国被扣留风险增加", 1, "澳洲", {"增加", "扣留"}),
                    _july("澳大利亚政府宣布暂停与香港的引渡条约", 2, "澳大利亚政府", {"宣布", "暂停"})])
    assert len(merged) == 2
