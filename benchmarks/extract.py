"""Main-content extraction: briefgen against trafilatura on the same real pages and feed items.

    python benchmarks/extract.py [--shared ../shared] [--out bench-work/extract] [--repeat 3]
                                 [--only briefgen|trafilatura]

Reads `pages/` (news pages with gold) and `corpus/rss/` (archived feed items) from the shared
development material. For each extractor it writes an export in the shape of
`briefgen corpus export --format jsonl` (one line per page), scores it with
`tools/check_pages.py` on the development pages and, apart, on the held-out pages (never looked
at while tuning), and times read+clean in-process over every file (pages and feed items).
trafilatura comes from the optional `bench` extra: `pip install -e '.[bench]'`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.cleaning import EmptyArticle, PublisherTable, clean  # noqa: E402
from briefgen.readers import UnreadableFile, read_bytes  # noqa: E402

# Pages kept out of tuning: the figures on these say how the extractor does on pages it was
# not shaped on.
HELD_OUT = {"163_8.html", "sina_5.html", "thepaper_4.html", "toutiao_4.html", "stcn_1.html",
            "gsc_1.html"}


def page_files(shared: Path) -> list[Path]:
    return sorted((shared / "pages" / "gne").glob("*.html")) + \
        sorted((shared / "pages" / "readability").glob("*/source.html"))


def feed_files(shared: Path) -> list[Path]:
    return sorted((shared / "corpus" / "rss").glob("*.md"))


def briefgen_rows(path: Path, data: bytes, publishers: PublisherTable) -> list[dict]:
    rows = []
    try:
        documents = read_bytes(data, str(path))
    except UnreadableFile:
        return rows
    for raw in documents:
        try:
            rows.append(clean(raw, publishers).to_dict())
        except EmptyArticle:
            continue
    return rows


def trafilatura_rows(path: Path, data: bytes) -> list[dict]:
    import trafilatura

    # Its date with the time of day (htmldate's extensive search, the original date), so that
    # both extractors are scored on the same minute-level gold.
    result = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"extensive_search": True, "original_date": True,
                                "outputformat": "%Y-%m-%d %H:%M"})
    if not result:
        return []
    result = result.as_dict()
    text = result.get("text") or ""
    return [{"source_path": str(path), "title": result.get("title"),
             "published": result.get("date"), "paragraphs": [p for p in text.split("\n") if p.strip()],
             "captions": [], "headings": [], "credits": []}]


def run(name: str, files: list[Path], repeat: int, publishers: PublisherTable
        ) -> tuple[dict[Path, list[dict]], float, float]:
    """Rows per file and files per second of wall time and of CPU time (best of `repeat`
    passes, bytes already in memory). CPU time varies less on a busy machine."""
    contents = [(path, path.read_bytes()) for path in files]
    best = best_cpu = float("inf")
    rows: dict[Path, list[dict]] = {}
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        for path, data in contents:
            rows[path] = briefgen_rows(path, data, publishers) if name == "briefgen" \
                else trafilatura_rows(path, data)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    return rows, len(contents) / best, len(contents) / best_cpu


def score(shared: Path, gold_name: str, export: Path, keep) -> str:
    gold = json.loads((shared / "pages" / gold_name).read_text("utf-8"))
    pages = gold.get("pages", []) if isinstance(gold, dict) else gold
    chosen = [page for page in pages if keep(page["file"])]
    if not [page for page in chosen if not page.get("not_article")]:
        return "(no pages)"
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(chosen, handle, ensure_ascii=False)
    result = subprocess.run([sys.executable, str(shared / "tools" / "check_pages.py"), handle.name,
                             str(export), "--all"], capture_output=True, text=True)
    Path(handle.name).unlink()
    return result.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-work" / "extract")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", choices=["briefgen", "trafilatura"])
    parser.add_argument("--quiet", action="store_true", help="only the summary lines of each score")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pages, feeds = page_files(args.shared), feed_files(args.shared)
    publishers = PublisherTable()
    speeds = {}
    for name in ["briefgen", "trafilatura"]:
        if args.only and name != args.only:
            continue
        rows, speed, cpu_speed = run(name, pages + feeds, args.repeat, publishers)
        speeds[name] = speed, cpu_speed
        export = args.out / f"{name}.jsonl"
        with export.open("w", encoding="utf-8") as handle:
            for path in pages:
                for row in rows[path]:
                    handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        print(f"== {name}: read+clean {speed:.1f} files/s ({cpu_speed:.1f} a CPU second) over "
              f"{len(pages)} pages + {len(feeds)} feed items ({export})")
        for label, keep in [("dev", lambda f: f not in HELD_OUT),
                            ("held-out", lambda f: f in HELD_OUT)]:
            for gold in ["gold_gne.json", "gold_readability.json"]:
                text = score(args.shared, gold, export, keep)
                if args.quiet:
                    text = "\n".join(l for l in text.splitlines() if l.startswith("pages:"))
                print(f"-- {gold} {label}:\n{text}")
    if len(speeds) == 2:
        (wall, cpu), (other_wall, other_cpu) = speeds["briefgen"], speeds["trafilatura"]
        print(f"throughput ratio briefgen/trafilatura: {wall / other_wall:.1f}x "
              f"(CPU time: {cpu / other_cpu:.1f}x)")


if __name__ == "__main__":
    main()
