"""Preview benchmark: how long after a save the open page can show the edit.

    python benchmarks/preview.py [--db FILE] [--edits 10]

Starts `briefgen preview` in this process on a free port over the five seeds (or --db),
with a fresh override folder from `templates init`; then saves `extra.css` (a CSS edit)
and `brief.html` (a block edit) in turn and times, for each, the rebuild itself (what the
server reports) and the time from the save to the new page being served (rebuild plus the
polling delay). Prints medians and maxima.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.render import seeds_corpus  # noqa: E402
from briefgen.preview import Preview  # noqa: E402
from briefgen.writers import themes  # noqa: E402

SPEC = ROOT / "briefs" / "extended-deterrence.yaml"


def status(url: str) -> dict:
    with urllib.request.urlopen(url + "status.json", timeout=10) as response:
        return json.load(response)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--edits", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        db = args.db or seeds_corpus(work)
        look = work / "look"
        themes.init(look, "shandong")
        started = time.perf_counter()
        preview = Preview(SPEC, db, templates=look)
        preview.start(0)
        print(f"first build: {time.perf_counter() - started:.2f} s")
        results: dict[str, list[tuple[float, float]]] = {"css": [], "block": []}
        try:
            for n in range(args.edits):
                for kind, path, text in (
                        ("css", look / "extra.css", f".title {{ color: #{n:06x}; }}\n"),
                        ("block", look / "brief.html",
                         '{% extends "!theme/brief.html" %}{% block lead %}{{ super() }}'
                         f'<p class="note">第{n}稿</p>{{% endblock %}}\n')):
                    before = status(preview.url)["version"]
                    saved = time.perf_counter()
                    path.write_text(text, "utf-8")
                    while (state := status(preview.url))["version"] == before:
                        time.sleep(0.005)
                    results[kind].append((state["seconds"], time.perf_counter() - saved))
                    time.sleep(0.2)
        finally:
            preview.stop()
    for kind, values in results.items():
        rebuild = [r for r, _ in values]
        served = [s for _, s in values]
        print(f"{kind} edit: rebuild median {statistics.median(rebuild) * 1000:.0f} ms "
              f"(max {max(rebuild) * 1000:.0f}), save to new page served median "
              f"{statistics.median(served) * 1000:.0f} ms (max {max(served) * 1000:.0f})")


if __name__ == "__main__":
    main()
