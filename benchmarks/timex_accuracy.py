"""Timex accuracy on the labelled set in tests/data/timex.jsonl.

    python benchmarks/timex_accuracy.py [--show-errors]

An expression counts as right when `briefgen.timex.parse` finds the same span,
resolves it to the same date (and end, for ranges) at the same precision.
Spurious expressions (found but not labelled) are counted apart.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen import timex  # noqa: E402

LABELS = ROOT / "tests" / "data" / "timex.jsonl"  # the set the parser was developed on
HELD_OUT = ROOT / "tests" / "data" / "timex_heldout.jsonl"  # written after it, never tuned on


def iso(value: datetime, precision: str) -> str:
    return timex.Timex("", value, value, precision).iso


def evaluate(labels: Path = LABELS) -> tuple[int, int, int, list[str]]:
    right = total = spurious = 0
    errors = []
    for line in labels.read_text("utf-8").splitlines():
        record = json.loads(line)
        base = record["base"]
        reference = (datetime.fromisoformat(base) if "T" in base else date.fromisoformat(base)) \
            if base else date(2000, 1, 1)
        found = {t.text: t for t in timex.parse(record["sentence"], reference)}
        labelled = {e["text"] for e in record["expressions"]}
        for expected in record["expressions"]:
            total += 1
            got = found.get(expected["text"])
            ok = got is not None and got.iso == expected["date"] and \
                got.precision == expected["precision"] and \
                ("end" not in expected or iso(got.end, got.precision) == expected["end"])
            right += ok
            if not ok:
                detail = f"{got.iso} {got.precision} → {iso(got.end, got.precision)}" if got else "not found"
                errors.append(f"{record['sentence']}\n    {expected} ≠ {detail}")
        if base:  # spurious finds only count where relative dates can be resolved
            spurious += sum(1 for text in found if text not in labelled)
    return right, total, spurious, errors


def main() -> None:
    for name, labels in (("development set", LABELS), ("held-out set", HELD_OUT)):
        right, total, spurious, errors = evaluate(labels)
        print(f"timex accuracy, {name}: {right}/{total} = {right / total:.1%} "
              f"({spurious} spurious expressions)")
        if "--show-errors" in sys.argv and errors:
            print("  " + "\n  ".join(errors))


if __name__ == "__main__":
    main()
