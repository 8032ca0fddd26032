"""The gold scorer's matching: keys pick the event, the date is judged at the gold's
granularity, a speaker is found by name or alias and judged by camp, and an article
cited from another story cluster is off topic. On a small written gold and brief."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "gold"
spec = importlib.util.spec_from_file_location("gold_score", ROOT / "benchmarks" / "gold_score.py")
gold_score = importlib.util.module_from_spec(spec)
sys.modules["gold_score"] = gold_score  # dataclasses look their module up
spec.loader.exec_module(gold_score)


def load() -> tuple[dict, dict, dict]:
    gold = yaml.safe_load((DATA / "gold.yaml").read_text("utf-8"))
    brief = json.loads((DATA / "brief.json").read_text("utf-8"))
    return gold, brief, gold_score.read_sources(DATA / "SOURCES.tsv")


def test_an_entry_matches_the_event_whose_keys_it_holds():
    gold, _, _ = load()
    events = gold["events"]
    entry = {"date": "2020-08-29", "text": "示威者又冲到议会门前"}
    assert gold_score.match_event(entry, events)["what"] == "示威者冲击国会大厦"
    # one key of two is not enough
    assert gold_score.match_event({"date": "2020-08-28", "text": "法院驳回上诉"}, events) is None


def test_among_several_matching_events_the_one_of_the_entrys_date_wins():
    events = [{"date": "2020-08-26", "keys": ["禁令"], "what": "颁布禁令"},
              {"date": "2020-08-28", "keys": ["法院", "禁令"], "what": "法院推翻禁令"}]
    assert gold_score.match_event({"date": "2020-08-26", "text": "法院称禁令"}, events)["what"] == "颁布禁令"
    assert gold_score.match_event({"date": "2020-08-28", "text": "法院推翻禁令"}, events)["what"] == "法院推翻禁令"
    # no date fits: the first matching event, so the entry counts as wrongly dated
    assert gold_score.match_event({"date": "2020-09-01", "text": "法院禁令"}, events)["what"] == "颁布禁令"


def test_a_part_of_a_month_is_its_month_and_a_week_its_iso_week():
    assert gold_score.entry_date({"date": "2020-06-01", "precision": "month_part"}) == "2020-06"
    assert gold_score.entry_date({"date": "2020-08-17", "precision": "week"}) == "2020-W34"
    assert gold_score.entry_date({"date": "2020-12-28", "precision": "week"}) == "2020-W53"
    assert gold_score.entry_date({"date": "2020-08-17", "precision": "day"}) == "2020-08-17"


def test_chronology_dates_are_judged_at_the_golds_granularity():
    gold, brief, sources = load()
    score = gold_score.score_brief(brief, gold, sources)
    # right: two entries on the storming, the agreement at a source's coarser date (2019年
    #秋季), the office blown up in early June (a part of a month read as its month);
    # wrong: the court on the wrong day; unmatched: the police statement
    assert (score.entries, score.entries_right) == (6, 4)
    assert (score.events, score.events_found) == (4, 3)
    assert (score.central, score.central_found) == (1, 1)
    assert any("2020-08-29 ≠ 2020-08-28" in m for m in score.misses)
    assert any("matches no event" in m and "警方发表声明" in m for m in score.misses)


def test_speakers_by_name_or_alias_and_camps_from_the_allowed_list():
    gold, brief, sources = load()
    score = gold_score.score_brief(brief, gold, sources)
    # 网民 is no gold speaker; 宋德迈尔 is found but filed under 德国, not 媒体
    assert (score.items, score.speaker_right, score.both_right) == (5, 4, 3)
    assert (score.speakers, score.speakers_heard) == (3, 3)
    speakers = gold["speakers"]
    assert gold_score.match_speaker("德国内政部长泽霍费尔", speakers)["name"] == "泽霍费尔"
    assert gold_score.match_speaker("法国内政部长", speakers) is None


def test_cited_sources_of_another_cluster_or_unknown_are_off_topic():
    gold, brief, sources = load()
    score = gold_score.score_brief(brief, gold, sources)
    # cited: 1 (on topic), 2 (other cluster), 4 (not in SOURCES.tsv); 3 is never cited
    assert (score.cited, score.off_topic) == (3, 2)


def test_the_table_row_gives_f1_and_the_total_pools_counts():
    gold, brief, sources = load()
    score = gold_score.score_brief(brief, gold, sources)
    row = gold_score.row("demo", score)
    header = dict(zip(gold_score.HEADER, row))
    p, r = 4 / 6, 3 / 4
    assert header["dateF1"] == f"{2 * p * r / (p + r):.2f}"
    assert header["centralF1"] == f"{2 * p * 1 / (p + 1):.2f}"  # the one central event found
    assert header["spk"] == "0.60" and header["offtopic"] == "2/3"
    total = gold_score.Score()
    total.add(score)
    total.add(score)
    assert (total.entries, total.events_found, total.items) == (12, 6, 10)


def test_every_gold_file_is_well_formed():
    """The shipped gold: each event has an ISO (or ISO 8601-2) date, keys and a line; each
    speaker a name and a camp; each file names an existing spec. A source that gives no one's
    words has an empty list of speakers (fresh7's changde page), said so in its header."""
    for path in sorted((ROOT / "benchmarks" / "gold").rglob("*.yaml")):
        gold = yaml.safe_load(path.read_text("utf-8"))
        assert (ROOT / gold["spec"]).exists(), path
        assert gold["cluster"] and gold["events"] and isinstance(gold["speakers"], list), path
        assert gold["speakers"] or "speaker" in path.read_text("utf-8").split("\nspec:")[0], path
        for event in gold["events"]:
            date = str(event["date"])
            assert len(date) in (4, 7, 8, 10) and date[:4].isdigit(), (path, date)
            assert event["keys"] and event["what"], (path, event)
        assert any(e.get("central") for e in gold["events"]), path
        for speaker in gold["speakers"]:
            assert speaker["name"] and speaker["camp"], (path, speaker)


def test_a_broken_gold_file_is_one_clear_line(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("spec: x.yaml\ncluster: c\nevents:\n  - {date: '2020-08-29'}\n", "utf-8")
    try:
        gold_score.load_gold(broken)
    except SystemExit as exit:
        assert str(exit) == f"{broken}: event 1: expected date and keys"
    else:
        raise AssertionError("a gold event without keys was accepted")
    broken.write_text("events: [\n", "utf-8")
    try:
        gold_score.load_gold(broken)
    except SystemExit as exit:
        assert str(exit).startswith(f"{broken}: not readable YAML")
    else:
        raise AssertionError("unreadable YAML was accepted")
