"""Geometry of the chronology figure: years proportionally spaced, one mark per entry.

Only positions are computed here; the theme's `timeline.svg` draws them, so editors can
restyle the figure without touching Python.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from briefgen.timex.periods import sub_year_start

WIDTH = 600.0  # user units of the SVG's viewBox; the figure scales to the text block
NARROW = 340.0  # the phone layout: drawn about 1:1 on a 390 px screen, labels stay legible
MARGIN = 24.0
LANE = 16.0  # vertical distance between stacked marks
AXIS_GAP = 26.0  # room under the lowest lane for the axis and its labels
MIN_LABEL_GAP = 40.0  # year labels closer than this would overlap
STEPS = (1, 2, 5, 10, 20, 25, 50, 100)
MIN_MARK = 5.0
MAX_DAYS = 62  # entries closer together than this are drawn on a scale of days
DAY_STEPS = (1, 2, 7, 14)
MAX_GAP = 2  # empty years kept to scale; a longer gap becomes a break in the axis
BREAK = 22.0  # width of a break
TOP = 24.0
LABEL_ROOM = 8.0  # half the width of a mark's number


@dataclass(frozen=True)
class Mark:
    number: int  # the chronology entry's number, printed beside it in the list
    x: float  # start of the span the date denotes
    width: float  # 0 for a day; the width of its month or year otherwise
    y: float
    precision: str
    date: str

    @property
    def centre(self) -> float:
        return self.x + self.width / 2


@dataclass(frozen=True)
class Tick:
    x: float
    year: int
    labelled: bool
    day: date | None = None  # on a scale of days, the day the tick starts


@dataclass(frozen=True)
class Segment:
    """A run of years drawn to scale; between segments the axis is broken."""

    first: int
    last: int  # inclusive
    x1: float
    x2: float


@dataclass(frozen=True)
class Timeline:
    width: float
    height: float
    axis_y: float
    marks: list[Mark]
    ticks: list[Tick]
    segments: list[Segment]
    breaks: list[float]  # x of each break in the axis (years left out)
    first_year: int
    last_year: int
    scale: str = "years"  # or "days", for entries within a few weeks of each other


def _span(iso: str) -> tuple[float, float]:
    """The fractional years a date of any precision covers: [start, end)."""
    parts = [int(p) for p in iso.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return year, year + 1
    month = parts[1]
    if len(parts) == 2 and (part_of_year := sub_year_start(year, month)):  # 2020-37: early 2020
        start, after, _ = part_of_year
        return start.year + (start.month - 1) / 12, after.year + (after.month - 1) / 12
    if len(parts) == 2:
        return year + (month - 1) / 12, year + month / 12
    days = 366 if calendar.isleap(year) else 365
    day_of_year = date(year, month, parts[2]).timetuple().tm_yday
    return year + (day_of_year - 1) / days, year + day_of_year / days


def _segments(years: list[int]) -> list[tuple[int, int]]:
    """Runs of years with events, gaps of up to MAX_GAP empty years kept inside a run."""
    runs = [[years[0], years[0]]]
    for year in years[1:]:
        if year - runs[-1][1] - 1 <= MAX_GAP:
            runs[-1][1] = year
        else:
            runs.append([year, year])
    return [(a, b) for a, b in runs]


def layout(entries: list[dict], figure_width: float = WIDTH) -> Timeline | None:
    """Marks for chronology entries (each with `date` and `precision`), or None if undated.

    Every year drawn has the same width. Long stretches without events (more than
    MAX_GAP years) are cut out and shown as a break in the axis, so that seventy years
    of background do not squeeze the last two years, where most entries fall, into a
    corner."""
    dated = [(n, entry) for n, entry in enumerate(entries, 1) if entry.get("date")]
    if not dated:
        return None
    if all(entry.get("precision") == "day" for _, entry in dated):
        days = [date.fromisoformat(entry["date"]) for _, entry in dated]
        if (max(days) - min(days)).days <= MAX_DAYS:
            return _days(dated, figure_width)
    spans = {n: _span(entry["date"]) for n, entry in dated}
    years = sorted({y for start, end in spans.values()
                    for y in range(int(start), int(end - 1e-9) + 1)})
    runs = _segments(years)
    left, right = MARGIN, figure_width - MARGIN
    drawn_years = sum(b - a + 1 for a, b in runs)
    per_year = (right - left - BREAK * (len(runs) - 1)) / drawn_years
    segments, x = [], left
    for a, b in runs:
        segments.append(Segment(a, b, round(x, 2), round(x + (b - a + 1) * per_year, 2)))
        x += (b - a + 1) * per_year + BREAK

    def x_of(t: float) -> float:
        segment = next(s for s in segments if s.first <= int(t) <= s.last or t == s.last + 1)
        return segment.x1 + (t - segment.first) * per_year

    items = []
    for n, entry in sorted(dated, key=lambda item: (spans[item[0]][0], item[0])):
        start, end = spans[n]
        x = x_of(start)
        width = 0.0 if entry.get("precision") == "day" else x_of(end - 1e-9) - x
        if 0 < width < MIN_MARK:
            x, width = x + width / 2 - MIN_MARK / 2, MIN_MARK
        items.append((n, x, width))
    placed, lanes = _stack(items)  # a mark's number sits above it
    axis_y = TOP + LANE * lanes
    by_number = dict(dated)
    marks = sorted((Mark(n, round(x, 2), round(width, 2), round(axis_y - LANE * (lane + 0.5), 2),
                         by_number[n].get("precision") or "day", by_number[n]["date"])
                    for n, x, width, lane in placed), key=lambda m: m.number)
    step = next((s for s in STEPS if s * per_year >= MIN_LABEL_GAP), STEPS[-1])
    ticks: list[Tick] = []
    last_label = -1e9
    for segment in segments:
        for year in range(segment.first, segment.last + 2):
            tick_x = segment.x1 + (year - segment.first) * per_year
            wanted = (year == segment.first or year % step == 0) and year <= segment.last
            labelled = wanted and tick_x - last_label >= MIN_LABEL_GAP
            if labelled:
                last_label = tick_x
            ticks.append(Tick(round(tick_x, 2), year, labelled))
    breaks = [round((a.x2 + b.x1) / 2, 2) for a, b in zip(segments, segments[1:])]
    return Timeline(width=figure_width, height=axis_y + AXIS_GAP, axis_y=axis_y, marks=marks,
                    ticks=ticks, segments=segments, breaks=breaks,
                    first_year=years[0], last_year=years[-1])


def _stack(items: list[tuple[int, float, float]]) -> tuple[list[tuple[int, float, float, int]], int]:
    """Lanes for marks (number, x, width) so that none overlaps another."""
    lanes: list[float] = []  # right edge of the last mark in each lane
    placed = []
    for n, x, width in items:
        extent = (x - LABEL_ROOM, x + width + LABEL_ROOM)
        lane = next((i for i, edge in enumerate(lanes) if edge <= extent[0]), len(lanes))
        if lane == len(lanes):
            lanes.append(extent[1])
        else:
            lanes[lane] = extent[1]
        placed.append((n, x, width, lane))
    return placed, len(lanes)


def _days(dated: list[tuple[int, dict]], width: float = WIDTH) -> Timeline:
    """A scale of days: each day equally wide, a dot in the middle of its day."""
    days = {n: date.fromisoformat(entry["date"]) for n, entry in dated}
    first, last = min(days.values()), max(days.values())
    count = (last - first).days + 1
    left, right = MARGIN, width - MARGIN
    per_day = (right - left) / count
    items = sorted(((n, left + ((day - first).days + 0.5) * per_day, 0.0)
                    for n, day in days.items()), key=lambda item: (item[1], item[0]))
    placed, lanes = _stack(items)
    axis_y = TOP + LANE * lanes
    marks = sorted((Mark(n, round(x, 2), 0.0, round(axis_y - LANE * (lane + 0.5), 2), "day",
                         days[n].isoformat()) for n, x, _, lane in placed),
                   key=lambda m: m.number)
    step = next((s for s in DAY_STEPS if s * per_day >= MIN_LABEL_GAP), DAY_STEPS[-1])
    ticks = []
    for offset in range(count + 1):
        day = first + timedelta(days=offset)
        ticks.append(Tick(round(left + offset * per_day, 2), day.year,
                          offset < count and offset % step == 0, day))
    return Timeline(width=width, height=axis_y + AXIS_GAP, axis_y=axis_y, marks=marks,
                    ticks=ticks, segments=[Segment(first.year, last.year, left, right)],
                    breaks=[], first_year=first.year, last_year=last.year, scale="days")
