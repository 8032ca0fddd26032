"""Defect rates of the analyst review: reads the tables in this folder (one per brief, rows
`| section | item | verdict | kind | note |`) and prints the rate per section and per kind.

    python benchmarks/review/tally.py [FOLDER]

FOLDER defaults to this folder (the development reading); `independent/` holds the second,
independent reading of the final code (`independent/README.md` says how it was read).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
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
            yield cells[0], cells[2], cells[3]


def main() -> None:
    items, defects, kinds = Counter(), Counter(), Counter()
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for path in sorted(folder.glob("*.md")):
        if path.name == "README.md":
            continue
        brief_items = brief_defects = 0
        for section, verdict, kind in rows(path):
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
    print(f"{'all':32} {bad:3}/{total:<3} {bad / total:6.1%}")
    for k, n in kinds.most_common():
        print(f"  {KINDS[k]:46} {n}")


if __name__ == "__main__":
    main()
