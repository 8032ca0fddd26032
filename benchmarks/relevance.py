"""How well selection keeps a brief to its story, on the labelled feed items.

    python benchmarks/relevance.py --db rss.db SPEC.yaml [SPEC.yaml ...]

`../shared/corpus/rss/SOURCES.tsv` gives every feed item its story cluster. A spec's story is
the cluster most of its used articles belong to. For each spec this prints the articles the
topic matched, and of them: the story's articles used and dropped (dropped ones are lost
sources), and other stories' articles used (each one is an off-topic source the brief may
cite). The brief must cite no off-topic source; a dropped story article is a missed voice.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from briefgen.build import selection_for  # noqa: E402
from briefgen.corpus import Corpus  # noqa: E402
from briefgen.spec import load_spec  # noqa: E402
from gold_score import read_sources  # noqa: E402  (SOURCES.tsv rows by file and URL)

SOURCES = ROOT.parent / "shared" / "corpus" / "rss" / "SOURCES.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="+", type=Path)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--sources", type=Path, default=SOURCES)
    args = parser.parse_args()
    if not args.sources.exists():
        sys.exit(f"error: {args.sources}: no SOURCES.tsv (it is in ../shared/corpus/rss)")
    sources = read_sources(args.sources)
    corpus = Corpus(args.db)
    totals = Counter()
    print(f"{'spec':30} {'story':28} matched used dropped  other-used")
    for path in args.specs:
        spec = load_spec(path)
        selection = selection_for(spec, corpus, date(2020, 12, 31))
        rows = []
        for decision in selection.decisions:
            article = corpus.get(decision.article_id)
            row = sources.get((article.url or "").strip())
            cluster = row["story_cluster"] if row else "?"
            rows.append((decision, cluster))
        story = Counter(c for d, c in rows if d.used).most_common(1)
        story = story[0][0] if story else "?"
        used = sum(1 for d, c in rows if d.used and c == story)
        dropped = [d for d, c in rows if not d.used and c == story]
        other = [(d, c) for d, c in rows if d.used and c != story]
        totals.update(matched=len(rows), used=used, dropped=len(dropped), other=len(other))
        print(f"{path.stem:30} {story:28} {len(rows):7} {used:4} {len(dropped):7}  {len(other):10}")
        for d in dropped:
            print(f"    dropped: {d.title[:40]} ({d.reason})")
        for d, c in other:
            print(f"    other story used: {d.title[:40]} [{c}]")
    print(f"{'all':59} {totals['matched']:7} {totals['used']:4} {totals['dropped']:7}  "
          f"{totals['other']:10}")


if __name__ == "__main__":
    main()
