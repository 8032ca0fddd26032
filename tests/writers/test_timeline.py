"""The chronology figure's geometry."""

from __future__ import annotations

import pytest

from briefgen.writers.timeline import BREAK, MAX_GAP, MIN_LABEL_GAP, layout


def entries(*dates):
    return [{"date": d, "precision": ("year", "month", "day")[d.count("-")]} for d in dates]


def test_years_are_spaced_in_proportion_to_time():
    timeline = layout(entries("2020-01-01", "2021-07", "2023"))
    ticks = {t.year: t.x for t in timeline.ticks}
    widths = {ticks[y + 1] - ticks[y] for y in range(2020, 2024)}
    assert max(widths) - min(widths) < 0.05  # every year equally wide
    mark = {m.date: m for m in timeline.marks}
    assert mark["2021-07"].x == pytest.approx(ticks[2021] + (ticks[2022] - ticks[2021]) / 2,
                                              abs=0.05)
    assert mark["2020-01-01"].width == 0 and mark["2023"].width == pytest.approx(
        ticks[2024] - ticks[2023], abs=0.05)
    assert timeline.breaks == []


def test_long_empty_stretches_become_a_break_at_the_same_scale():
    timeline = layout(entries("1953-08-08", "2023-04-26", "2024-07-11"))
    assert len(timeline.segments) == 2 and len(timeline.breaks) == 1
    first, second = timeline.segments
    per_year = (first.x2 - first.x1) / (first.last - first.first + 1)
    assert (second.x2 - second.x1) / (second.last - second.first + 1) == pytest.approx(
        per_year, abs=0.05)
    assert second.x1 - first.x2 == pytest.approx(BREAK, abs=0.05)
    # a gap of MAX_GAP empty years is kept to scale
    kept = layout(entries("2018", f"{2018 + MAX_GAP + 1}"))
    assert len(kept.segments) == 1


def test_marks_never_overlap_and_labels_never_collide():
    dates = ["2023-04-03", "2023-04-05", "2023-04-26", "2023-04", "2023", "2023-03-17",
             "2024-07-11", "2024", "2016", "2018", "2018"]
    timeline = layout(entries(*dates))
    assert len(timeline.marks) == len(dates)
    by_lane = {}
    for mark in timeline.marks:
        by_lane.setdefault(mark.y, []).append(mark)
    for lane in by_lane.values():
        lane.sort(key=lambda m: m.x)
        for a, b in zip(lane, lane[1:]):
            assert a.x + a.width < b.x  # side by side, never on top of each other
    labelled = [t.x for t in timeline.ticks if t.labelled]
    assert all(b - a >= MIN_LABEL_GAP for a, b in zip(labelled, labelled[1:]))
    assert all(0 <= m.x and m.x + m.width <= timeline.width for m in timeline.marks)
    assert all(0 < m.y < timeline.axis_y for m in timeline.marks)


def test_undated_chronology_has_no_figure():
    assert layout([]) is None
    assert layout([{"date": None, "precision": None}]) is None
    single = layout(entries("2024-07-11"))
    assert len(single.marks) == 1 and single.ticks[0].labelled
