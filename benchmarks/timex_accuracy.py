"""Timex accuracy on the labelled sets in tests/data.

    python benchmarks/timex_accuracy.py [--show-errors] [--speed]

Sets: `timex_news.jsonl` and `timex_news_heldout.jsonl` (424 expressions from real news
items and pages, labelled before the parser was tuned; the held-out quarter was chosen at
random and left untouched while tuning), and the earlier seed sets `timex.jsonl` and
`timex_heldout.jsonl`. An expression counts as right when `briefgen.timex.parse` finds the
same span, at the same precision, starting and ending where the label says (each label
gives its start and end as ISO text, as finely as it knows them). Spurious expressions
(found but not labelled) are counted apart. `--speed` also times parse on every sentence.
"""

from __future__ import annotations

import json
import re
import sys
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen import timex  # noqa: E402

DATA = ROOT / "tests" / "data"
NEWS = DATA / "timex_news.jsonl"  # the development part of the news set
NEWS_HELD_OUT = DATA / "timex_news_heldout.jsonl"  # untouched while tuning
LABELS = DATA / "timex.jsonl"  # the earlier seed set
HELD_OUT = DATA / "timex_heldout.jsonl"
SETS = (("news, development", NEWS), ("news, held out", NEWS_HELD_OUT),
        ("seeds, development", LABELS), ("seeds, held out", HELD_OUT))


def _base(text: str | None) -> datetime | date:
    if not text:
        return date(2000, 1, 1)
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _stamp(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M")


def matches(got: timex.Timex, expected: dict) -> bool:
    """Same precision; the start (and end, where labelled) as the label writes it."""
    if got.precision != expected["precision"]:
        return False
    if expected["precision"] in ("decade", "century", "year") and len(expected["date"]) == 4:
        start_ok = got.start.year == int(expected["date"])
    else:
        start_ok = _stamp(got.start).startswith(expected["date"])
    if "end" not in expected:
        return start_ok
    end = expected["end"]
    if len(end) == 4:
        return start_ok and got.end.year == int(end)
    return start_ok and _stamp(got.end).startswith(end)


def evaluate(labels: Path = NEWS) -> tuple[int, int, int, list[str]]:
    right = total = spurious = 0
    errors = []
    for line in labels.read_text("utf-8").splitlines():
        record = json.loads(line)
        found = {t.text: t for t in timex.parse(record["sentence"], _base(record["base"]))}
        labelled = {e["text"] for e in record["expressions"]}
        for expected in record["expressions"]:
            total += 1
            got = found.get(expected["text"])
            ok = got is not None and matches(got, expected)
            right += ok
            if not ok:
                detail = f"{_stamp(got.start)} → {_stamp(got.end)} {got.precision}" if got else "not found"
                errors.append(f"{record['sentence']}  [{record['base']}]\n"
                              f"    {expected} ≠ {detail}")
        if record["base"]:  # spurious finds only count where relative dates can be resolved
            for text in found:
                if text not in labelled:
                    spurious += 1
                    errors.append(f"{record['sentence']}\n    spurious: {text}")
    return right, total, spurious, errors


def speed() -> tuple[float, float]:
    """Sentences per second of CPU time (best of five rounds) over the labelled sentences,
    each of which holds a time word, and over every sentence of the seed documents."""
    records = [json.loads(line) for _, path in SETS for line in path.read_text("utf-8").splitlines()]
    labelled = [(r["sentence"], _base(r["base"])) for r in records]
    seeds = [(s, date(2024, 7, 12)) for p in sorted((DATA / "seeds").glob("*.txt"))
             for s in re.split(r"(?<=[。！？])|\n+", p.read_text("utf-8")) if s.strip()]
    rates = []
    for work in (labelled, seeds):
        best = 0.0
        for _ in range(5):
            began = time.process_time()
            for sentence, base in work:
                timex.parse(sentence, base)
            best = max(best, len(work) / (time.process_time() - began))
        rates.append(best)
    return rates[0], rates[1]


def main() -> None:
    for name, labels in SETS:
        right, total, spurious, errors = evaluate(labels)
        print(f"timex accuracy, {name}: {right}/{total} = {right / total:.1%} "
              f"({spurious} spurious expressions)")
        if "--show-errors" in sys.argv and errors:
            print("  " + "\n  ".join(errors))
    if "--speed" in sys.argv:
        dense, mixed = speed()
        print(f"speed: {dense:,.0f} labelled sentences per second, "
              f"{mixed:,.0f} seed-document sentences per second")


if __name__ == "__main__":
    main()
