"""Build benchmark: the canonical JSON brief over a corpus of ≥ 50,000 articles.

    python benchmarks/build.py [--db bench-work/ingest.db] [--runs 5]

Uses the database `benchmarks/ingest.py` leaves (run that first). Prints the
first (cold: dictionaries load) and the warm build times.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.build import build  # noqa: E402
from briefgen.corpus import Corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "bench-work" / "ingest.db")
    parser.add_argument("--spec", type=Path, default=ROOT / "briefs" / "extended-deterrence.yaml")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"{args.db} not found: run benchmarks/ingest.py first")
    with Corpus(args.db) as corpus, tempfile.TemporaryDirectory() as out:
        print(f"corpus: {len(corpus)} articles")
        times = []
        for _ in range(args.runs + 1):
            started = time.perf_counter()
            build(args.spec, corpus, out, ["json"], as_of=date(2024, 7, 20))
            times.append(time.perf_counter() - started)
    print(f"build (json): cold {times[0]:.2f} s, warm median {statistics.median(times[1:]):.2f} s "
          f"(min {min(times[1:]):.2f} s over {args.runs} runs)")


if __name__ == "__main__":
    main()
