"""List every item of a built brief for review against its sources.

    python benchmarks/review/items.py BRIEF.json [--db corpus.db]

Prints one row per item (section, number, text, the sources' ids and titles); with --db
also the source sentences that share the most words with the item, to read it against.
The review tables in this folder were made from these listings.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from briefgen.chinese import sentences  # noqa: E402
from briefgen.corpus import Corpus  # noqa: E402


def bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("brief", type=Path)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    brief = json.loads(args.brief.read_text("utf-8"))
    corpus = Corpus(args.db) if args.db else None
    titles = {s["id"]: s["title"] for s in brief["sources"]}
    for key, section in brief["sections"].items():
        for n, item in enumerate(section["items"], 1):
            head = item.get("date") or item.get("speaker") or ""
            parts = [p for p in sentences(item["text"])] if section["kind"] == "background" \
                else [item["text"]]
            for m, part in enumerate(parts, 1):
                label = f"{key}\t{n}.{m}" if len(parts) > 1 else f"{key}\t{n}"
                print(f"{label}\t{head}\t{part}\t{item['sources']}")
                if corpus:
                    for i in item["sources"]:
                        article = corpus.get(i)
                        best = max((s for p in article.paragraphs for s in sentences(p)),
                                   key=lambda s: len(bigrams(s) & bigrams(part)), default="")
                        print(f"\t\t[{i}] {titles.get(i, '')[:30]} | {best[:160]}")


if __name__ == "__main__":
    main()
