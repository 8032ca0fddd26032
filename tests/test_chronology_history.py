"""Which history a chronology keeps as a year's anchor (summarizers/history.py), on the entries
a real brief made (czech-taiwan-visit, from cdt_393889, dw_1047017 and bbc_1047702)."""

from datetime import datetime

from briefgen.summarizers.events import Event
from briefgen.summarizers.history import spread_over_years


def _entry(day: datetime, precision: str, text: str, sources: set[int], headline: int) -> Event:
    event = Event(day, day, precision, day.strftime("%Y" if precision == "year" else "%Y-%m-%d"),
                  text, {}, sources)
    event.headline = headline
    return event


def test_a_past_year_naming_one_word_of_the_titles_is_no_anchor():
    """cdt_393889's 2018年，捷克政坛有一个全新的右翼政党“海盗党”异军突起 names only 捷克 of the
    stories' titles: it earns no place before the story's own days; 1993's split of
    Czechoslovakia, naming 捷克 and 北京, does."""
    story = [_entry(datetime(2020, 8, d), "day", f"捷克参议院议长维斯特奇尔第{d}日的行程", {d}, 1)
             for d in range(20, 31)]
    split = _entry(datetime(1993, 1, 1), "year", "捷克与斯洛伐克“分家”后，依然都维持与北京的外交关系",
                   {100}, 2)
    pirates = _entry(datetime(2018, 1, 1), "year",
                     "捷克政坛有一个全新的右翼政党“海盗党”异军突起，成为议会第二大党", {101}, 1)
    ranked = spread_over_years(story + [split, pirates], 6)
    assert ranked.index(split) < 2, [e.text for e in ranked]
    assert ranked.index(pirates) == len(ranked) - 1, [e.text for e in ranked]


def test_a_life_is_told_by_one_person_opening_most_entries():
    """The persons the history entries of one source open on (卢卡申科的仕途起步…, 卢卡申科走访
    普京…): one person's life; a story's history (捷克与斯洛伐克分家…, 泽曼当选, 柯佳洛猝死) has many."""
    from briefgen.summarizers.history import _one_life

    assert _one_life(["卢卡申科", "", "卢卡申科", "卢卡申科"])
    assert not _one_life(["", "泽曼", "", "柯佳洛", "维特奇"])
    assert not _one_life(["", "", ""])  # no person opens any: no life told
