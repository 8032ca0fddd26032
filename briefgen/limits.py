"""Bounds on what users and files give briefgen, checked where the values enter.

Python's dates end at year 9999 and SQLite's integers at 2**63; a window counted
back from a date, or a time zone applied to one, must never cross those ends. So
every date a user gives lies between EARLIEST and LATEST, and every relative
window is at most MAX_SPAN long: whatever is computed from them stays far inside.
"""

from __future__ import annotations

from datetime import date, timedelta

EARLIEST = date(1800, 1, 1)
LATEST = date(2999, 12, 31)
MAX_SPAN = timedelta(days=200 * 365)  # `last: 200y`
MAX_ROW_ID = 2**63 - 1  # SQLite's largest integer
MAX_LIMIT = 1_000_000  # --limit: more rows than any terminal shows
MAX_SPEC_BYTES = 256 * 1024  # a spec is a page of YAML, not a corpus
MAX_SPEC_DEPTH = 32  # the deepest real spec nests 4 levels
MAX_DICTIONARY_BYTES = 16 * 1024 * 1024


def day_problem(day: date) -> str | None:
    """Why `day` is refused, or None: a date outside the years briefgen works with."""
    if EARLIEST <= day <= LATEST:
        return None
    return f"expected a date between {EARLIEST} and {LATEST} but received {day.isoformat()}"


def span_problem(given: str) -> str:
    """Why a relative window is refused (it is longer than MAX_SPAN)."""
    return f"expected a span of at most {MAX_SPAN.days // 365}y but received {given}"
