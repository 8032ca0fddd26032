"""Defect rates of the analyst review: reads the tables in this folder (one per brief, rows
`| section | item | verdict | kind | note |`) and prints the rate per section and per kind.

    python benchmarks/review/tally.py [FOLDER]

FOLDER defaults to this folder (the development reading); `independent/` holds the second,
independent reading of the final code (`independent/README.md` says how it was read).
After the per-row figures it sums each set apart, development briefs, the later clusters
(`benchmarks/heldout/<name>.yaml` is their spec), the fresh topics (`benchmarks/fresh/`) and the
second fresh topics (`benchmarks/fresh2/`), the third (`benchmarks/fresh3/`) and the fourth
(`benchmarks/fresh4/`):
items and defective items
without the rows for what a brief misses, then those missing rows, then the rate with them.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELD_OUT = HERE.parent / "heldout"
FRESH = HERE.parent / "fresh"
FRESH2 = HERE.parent / "fresh2"
FRESH3 = HERE.parent / "fresh3"
FRESH4 = HERE.parent / "fresh4"
KINDS = {
    "L": "leans on context it lost", "O": "off-topic for the brief",
    "S": "speaker, role or camp wrong", "R": "says the same as another item",
    "M": "key event or speaker of the sources missing",
    "D": "dateline, byline or Traditional text", "T": "relative time with no anchor",
    "C": "claim given to the wrong speaker", "W": "wrong date",
}


def rows(path: Path):
    for line in path.read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[0] in ("background", "chronology", "viewpoints"):
            yield cells[0], cells[2], cells[3], cells[1]


def main() -> None:
    items, defects, kinds = Counter(), Counter(), Counter()
    sets: dict[str, Counter] = {}
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for path in sorted(folder.glob("*.md")):
        if path.name == "README.md":
            continue
        brief_items = brief_defects = 0
        tally = sets.setdefault("later clusters" if (HELD_OUT / f"{path.stem}.yaml").exists()
                                else "fresh topics" if (FRESH / f"{path.stem}.yaml").exists()
                                else "second fresh topics" if (FRESH2 / f"{path.stem}.yaml").exists()
                                else "third fresh topics" if (FRESH3 / f"{path.stem}.yaml").exists()
                                else "fourth fresh topics" if (FRESH4 / f"{path.stem}.yaml").exists()
                                else "development", Counter())
        for section, verdict, kind, item in rows(path):
            missing = item.startswith("(missing)") or kind.startswith("M")
            tally[f"{section} missing" if missing else section] += 1
            if verdict != "ok" and not missing:
                tally[f"{section} defective"] += 1
            items[section] += 1
            brief_items += 1
            if verdict != "ok":
                defects[section] += 1
                brief_defects += 1
                for k in re.findall(r"[A-Z]", kind):
                    kinds[k] += 1
        print(f"{path.stem:32} {brief_defects:3}/{brief_items:<3} {brief_defects / brief_items:6.1%}")
    total, bad = sum(items.values()), sum(defects.values())
    for section in items:
        print(f"{section:32} {defects[section]:3}/{items[section]:<3} "
              f"{defects[section] / items[section]:6.1%}")
    print(f"{'all':32} {bad:3}/{total:<3} {bad / max(total, 1):6.1%}")
    for k, n in kinds.most_common():
        print(f"  {KINDS[k]:46} {n}")
    for name, tally in sets.items():
        sections = ("background", "chronology", "viewpoints")
        count, bad, missing = (sum(tally[f"{s}{part}"] for s in sections)
                               for part in ("", " defective", " missing"))
        print(f"{name}: {bad}/{count} items defective ({bad / max(count, 1):.1%}), {missing} "
              f"missing; with the missing {(bad + missing) / max(count + missing, 1):.1%}")
        for s in sections:
            print(f"  {s:12} {tally[s + ' defective']:3}/{tally[s]:<3} +{tally[s + ' missing']} missing")


if __name__ == "__main__":
    main()
