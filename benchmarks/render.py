"""Render benchmark: a full build of the canonical brief (selection, summaries, HTML, PDF).

    python benchmarks/render.py [--db FILE] [--runs 5]

Without --db, the five seed files (tests/data/seeds) are ingested into a temporary
database first; with --db (e.g. bench-work/ingest.db from benchmarks/ingest.py) the
brief is built over that corpus. Prints the first build in the process (cold: the
segmenter's dictionary, WeasyPrint and the fonts load) and the warm ones, with the time
spent in each stage of the last warm run.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.build import build, make_brief, renderer_for  # noqa: E402
from briefgen.corpus import Corpus  # noqa: E402
from briefgen.ingest import ingest  # noqa: E402
from briefgen.spec import load_spec  # noqa: E402

AS_OF = date(2024, 7, 20)


def seeds_corpus(folder: Path) -> Path:
    seeds = ROOT / "tests" / "data" / "seeds"
    for path in sorted(seeds.glob("00*.txt")):
        shutil.copy(path, folder / path.name)
    db = folder / "seeds.db"
    with Corpus(db) as corpus:
        ingest([folder], corpus, workers=1)
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="corpus to build over [default: the seeds]")
    parser.add_argument("--spec", type=Path, default=ROOT / "briefs" / "extended-deterrence.yaml")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        db = args.db or seeds_corpus(Path(work))
        out = Path(work) / "out"
        with Corpus(db) as corpus:
            print(f"corpus: {len(corpus)} articles ({db})")
            times = []
            for _ in range(args.runs + 1):
                started = time.perf_counter()
                paths = build(args.spec, corpus, out, ["html", "pdf"], as_of=AS_OF)
                times.append(time.perf_counter() - started)
            sizes = ", ".join(f"{p.suffix[1:]} {p.stat().st_size // 1024} KiB" for p in paths)
            # where the time goes, stage by stage
            stages = {}
            started = time.perf_counter()
            spec = load_spec(args.spec)
            brief = make_brief(spec, corpus, AS_OF)
            stages["selection + summaries"] = time.perf_counter() - started
            renderer = renderer_for(spec)
            started = time.perf_counter()
            html = renderer.html(brief)
            stages["html"] = time.perf_counter() - started
            started = time.perf_counter()
            renderer.pdf(brief, html)
            stages["pdf"] = time.perf_counter() - started
    print(f"full build (html + pdf): cold {times[0]:.2f} s, warm median "
          f"{statistics.median(times[1:]):.2f} s (min {min(times[1:]):.2f} s over {args.runs} runs)")
    print(f"output: {sizes}")
    print("stages: " + ", ".join(f"{name} {seconds:.3f} s" for name, seconds in stages.items()))


if __name__ == "__main__":
    main()
