"""Score briefs against the hand-checked gold set in benchmarks/gold/.

    python benchmarks/gold_score.py                      # ingest ../shared/corpus/rss, build, score
    python benchmarks/gold_score.py --db rss.db          # build over an existing corpus
    python benchmarks/gold_score.py --briefs OUT         # score JSON briefs already built
    python benchmarks/gold_score.py -v [GOLD.yaml ...]   # also list every miss

Each gold file (benchmarks/gold/<spec>.yaml) names its spec, its story cluster of
SOURCES.tsv, the story's dated events and the people and bodies that state a view on it,
all read by hand from the cluster's source articles. The figures, per cluster and in total:

- dateP, dateR, dateF1 (chronology date F1): a chronology entry matches a gold event when
  its text contains every key of the event (a key `A|B` is met by either word); when it
  matches several, the one with the entry's date is taken, else the first. An entry is
  correct when its date equals the matched event's date, at the same granularity
  (2020-08 is not 2020-08-29; 1933-37 is early 1933, 2019-23 autumn 2019; a part of a
  month, 六月初, is scored as its month, a week, 上周, as its ISO week 2020-W34; an event's `also_dates` are the coarser dates
  another source gives it, 2019年秋季 beside 去年11月, and count as right). dateP = correct entries / entries
  (an entry matching no event counts against it); dateR = gold events matched by at least
  one correct entry / gold events; centralR the same over the events marked `central`
  (those a brief must not miss); centralF1 = F1 of dateP and centralR. All events include
  the story's dated history, more than a chronology of max_items entries can hold, so
  dateR is bounded by the spec; centralR is not.
- spk (speakers and camps): share of viewpoint items whose speaker is a gold speaker (its
  name or an alias equals the item's speaker or is contained in it) AND whose camp (the
  item's `actor`) is one the gold allows for that speaker; spk-only and camp are the two
  halves apart (camp is counted over the items whose speaker was found). spkCov: share
  of gold speakers heard in at least one item.
- offtopic: sources cited by some item whose story cluster in SOURCES.tsv is not the
  brief's (an article missing from SOURCES.tsv counts as off topic). A gold file's
  `related_clusters` are stories that are part of its story (the stops of a tour that
  SOURCES.tsv files as stories of their own): their articles are on topic.

The total row pools items and events over all clusters (micro average). These clusters
were used to develop the summarizers: their figures are development figures. The gold of
held-out clusters (benchmarks/gold/heldout/, their specs in benchmarks/heldout/) is scored
only when named: `--briefs OUT benchmarks/gold/heldout/*.yaml`.
The gold of the fresh topics (benchmarks/gold/fresh/, their specs in benchmarks/fresh/) was
read blind: from the sources alone, before any brief on those specs was built or read. It
too is scored only when named: `--briefs OUT benchmarks/gold/fresh/*.yaml`.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold"
CORPUS = ROOT.parent / "shared" / "corpus" / "rss"


@dataclass
class Score:
    """Counts for one brief (or the pooled total)."""
    entries: int = 0
    entries_right: int = 0
    events: int = 0
    events_found: int = 0
    central: int = 0
    central_found: int = 0
    items: int = 0
    speaker_right: int = 0
    both_right: int = 0
    speakers: int = 0
    speakers_heard: int = 0
    cited: int = 0
    off_topic: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            if name != "misses":
                setattr(self, name, getattr(self, name) + getattr(other, name))


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def has_key(text: str, key: str) -> bool:
    """A key is met when the text contains it, or one of its `|` alternatives."""
    return any(word and word in text for word in key.split("|"))


def entry_date(entry: dict) -> str:
    """The entry's date as gold writes it: a part of a month (上旬, 六月初) as its month, a
    week (上周, written as its first day) as its ISO week (2020-W34)."""
    date = entry.get("date") or ""
    if entry.get("precision") == "month_part":
        return date[:7]
    if entry.get("precision") == "week" and len(date) == 10:
        year, week, _ = datetime.date.fromisoformat(date).isocalendar()
        return f"{year}-W{week:02d}"
    return date


def event_dates(event: dict) -> list[str]:
    """The event's date, and any other a source gives it at a coarser granularity
    (`also_dates`: RFI's 2019年秋季 for Reuters' 去年11月): neither is wrong."""
    return [str(event["date"]), *(str(d) for d in event.get("also_dates", []))]


def match_event(entry: dict, events: list[dict]) -> dict | None:
    """The gold event an entry tells: all its keys in the entry's text; the event with the
    entry's date first when several match."""
    candidates = [e for e in events if all(has_key(entry["text"], k) for k in e["keys"])]
    same_date = [e for e in candidates if entry_date(entry) in event_dates(e)]
    return (same_date or candidates or [None])[0]


def match_speaker(name: str, speakers: list[dict]) -> dict | None:
    """The gold speaker an item's speaker is: a name or alias equal to it, else the one
    whose longest name or alias it contains."""
    best, best_length = None, 0
    for speaker in speakers:
        for alias in [speaker["name"], *speaker.get("aliases", [])]:
            if alias == name:
                return speaker
            if alias in name and len(alias) > best_length:
                best, best_length = speaker, len(alias)
    return best


def camps(speaker: dict) -> list[str]:
    camp = speaker["camp"]
    return camp if isinstance(camp, list) else [camp]


def score_chronology(brief: dict, gold: dict, score: Score) -> None:
    events = gold.get("events", [])
    found: set[int] = set()
    items = brief["sections"].get("chronology", {}).get("items", [])
    for entry in items:
        event = match_event(entry, events)
        score.entries += 1
        if event is not None and entry_date(entry) in event_dates(event):
            score.entries_right += 1
            found.add(id(event))
        elif event is None:
            score.misses.append(f"entry matches no event: {entry.get('date')} {entry['text']}")
        else:
            score.misses.append(f"entry date {entry.get('date')} ≠ {event['date']}: {entry['text']}")
    score.events += len(events)
    score.events_found += len(found)
    score.central += sum(1 for e in events if e.get("central"))
    score.central_found += sum(1 for e in events if e.get("central") and id(e) in found)
    for event in events:
        if id(event) not in found:
            mark = " (central)" if event.get("central") else ""
            score.misses.append(f"event missed{mark}: {event['date']} {event['what']}")


def score_viewpoints(brief: dict, gold: dict, score: Score) -> None:
    speakers = gold.get("speakers", [])
    heard: set[int] = set()
    for item in brief["sections"].get("viewpoints", {}).get("items", []):
        score.items += 1
        speaker = match_speaker(item.get("speaker") or "", speakers)
        if speaker is None:
            score.misses.append(f"speaker not in gold: {item.get('speaker')} [{item.get('actor')}]")
            continue
        heard.add(id(speaker))
        score.speaker_right += 1
        if item.get("actor") in camps(speaker):
            score.both_right += 1
        else:
            score.misses.append(f"camp {item.get('actor')} ≠ {speaker['camp']}: {item.get('speaker')}")
    score.speakers += len(speakers)
    score.speakers_heard += len(heard)


def read_sources(path: Path) -> dict[str, dict]:
    """SOURCES.tsv rows by article URL and by file name."""
    rows: dict[str, dict] = {}
    if not path.exists():
        return rows
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            rows[row["file"]] = row
            if row.get("url"):
                rows[row["url"]] = row
    return rows


def score_sources(brief: dict, gold: dict, sources: dict[str, dict], score: Score) -> None:
    cited = {i for section in brief["sections"].values() for item in section.get("items", [])
             for i in item.get("sources", [])}
    for source in brief["sources"]:
        if source["id"] not in cited:
            continue
        score.cited += 1
        row = sources.get(source.get("url") or "")
        story = [gold["cluster"], *gold.get("related_clusters", [])]
        if row is None or row["story_cluster"] not in story:
            cluster = row["story_cluster"] if row else "not in SOURCES.tsv"
            score.off_topic += 1
            score.misses.append(f"off-topic source ({cluster}): {source['title']}")


def score_brief(brief: dict, gold: dict, sources: dict[str, dict]) -> Score:
    """All figures of one brief against its gold."""
    score = Score()
    score_chronology(brief, gold, score)
    score_viewpoints(brief, gold, score)
    score_sources(brief, gold, sources, score)
    return score


def f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def row(name: str, s: Score) -> list[str]:
    p, r = ratio(s.entries_right, s.entries), ratio(s.events_found, s.events)
    central = ratio(s.central_found, s.central)
    figures = [p, r, f1(p, r), central, f1(p, central),
               ratio(s.both_right, s.items), ratio(s.speaker_right, s.items),
               ratio(s.both_right, s.speaker_right), ratio(s.speakers_heard, s.speakers)]
    cells = ["—" if x is None else f"{x:.2f}" for x in figures]
    return [name, f"{s.entries}/{s.events}", *cells[:5], str(s.items), *cells[5:],
            f"{s.off_topic}/{s.cited}"]


HEADER = ["cluster", "entries/events", "dateP", "dateR", "dateF1", "centralR", "centralF1", "items",
          "spk", "spk-only", "camp", "spkCov", "offtopic"]


def load_gold(path: Path) -> dict:
    """A gold file, or exit with one line saying which key of which entry is wrong."""
    try:
        gold = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as error:
        sys.exit(f"{path}: not readable YAML: {str(error).splitlines()[0]}")
    if not isinstance(gold, dict) or not all(gold.get(k) for k in ("spec", "cluster")):
        sys.exit(f"{path}: expected a mapping with spec, cluster, events and speakers")
    for n, event in enumerate(gold.get("events") or [], 1):
        if not isinstance(event, dict) or not event.get("date") or not event.get("keys"):
            sys.exit(f"{path}: event {n}: expected date and keys")
    for n, speaker in enumerate(gold.get("speakers") or [], 1):
        if not isinstance(speaker, dict) or not speaker.get("name") or not speaker.get("camp"):
            sys.exit(f"{path}: speaker {n}: expected name and camp")
    return gold


def build_brief(spec: Path, db: Path, out: Path) -> Path:
    done = subprocess.run([sys.executable, "-m", "briefgen", "build", str(spec), "--db", str(db),
                           "--out", str(out), "--format", "json"], cwd=ROOT,
                          capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"build of {spec} failed: {done.stderr.strip()[-300:]}")
    return out / f"{spec.stem}.json"


def find_brief(folder: Path, stem: str) -> Path:
    for candidate in (folder / f"{stem}.json", folder / stem / f"{stem}.json"):
        if candidate.exists():
            return candidate
    sys.exit(f"{folder}: no {stem}.json (nor {stem}/{stem}.json)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: all)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the RSS items and SOURCES.tsv")
    parser.add_argument("--db", type=Path, help="a corpus database (default: ingest --corpus)")
    parser.add_argument("--briefs", type=Path, help="a folder of JSON briefs already built")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    golds = args.gold or sorted(GOLD.glob("*.yaml"))
    sources = read_sources(args.corpus / "SOURCES.tsv")
    if not sources:
        print(f"warning: {args.corpus / 'SOURCES.tsv'} not found: every source counts as off topic",
              file=sys.stderr)
    total = Score()
    rows = []
    with tempfile.TemporaryDirectory() as work:
        db = args.db
        if args.briefs is None and db is None:
            db = Path(work) / "rss.db"
            # SOURCES.tsv is skipped as no article, so ingest exits 1: judge by the database
            done = subprocess.run([sys.executable, "-m", "briefgen", "ingest", str(args.corpus),
                                   "--db", str(db)], cwd=ROOT, capture_output=True, text=True)
            if not db.exists():
                sys.exit(f"ingest of {args.corpus} failed: {done.stderr.strip()[-300:]}")
        for path in golds:
            gold = load_gold(path)
            spec = ROOT / gold["spec"]
            brief_path = find_brief(args.briefs, spec.stem) if args.briefs \
                else build_brief(spec, db, Path(work) / spec.stem)
            score = score_brief(json.loads(brief_path.read_text("utf-8")), gold, sources)
            total.add(score)
            rows.append(row(path.stem, score))
            if args.verbose:
                print(f"## {path.stem}")
                for miss in score.misses:
                    print(f"  {miss}")
    rows.append(row("total", total))
    widths = [max(len(r[i]) for r in [HEADER, *rows]) for i in range(len(HEADER))]
    for cells in [HEADER, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip())


if __name__ == "__main__":
    main()
