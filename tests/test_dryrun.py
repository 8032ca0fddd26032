"""`build --dry-run`: the selection and the sections' sizes, before anything is written."""

from __future__ import annotations

import json
import re

import yaml
from typer.testing import CliRunner

from briefgen.cli import app
from conftest import CANONICAL

runner = CliRunner()


def spec_with(tmp_path, **changes):
    data = yaml.safe_load(CANONICAL.read_text("utf-8"))
    data.update(changes)
    path = tmp_path / "brief.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def dry_run(spec, db, out):
    result = runner.invoke(app, ["build", str(spec), "--db", str(db), "--out", str(out),
                                 "--dry-run"])
    assert result.exit_code == 0, result.output
    assert not out.exists()  # nothing written
    return result.output


def test_the_listing_matches_what_a_build_makes(seeds_db, tmp_path, canonical):
    output = dry_run(CANONICAL, seeds_db, tmp_path / "out")
    brief = json.loads(canonical["json"].read_text("utf-8"))
    rows = re.findall(r"^  #(\d+)  (.+?)  (\d{4}-\d\d-\d\d|undated)  relevance (-?\d+\.\d\d)",
                      output, re.M)
    assert {int(row[0]) for row in rows} == {source["id"] for source in brief["sources"]}
    by_id = {source["id"]: source for source in brief["sources"]}
    for article_id, publisher, day, _ in rows:
        source = by_id[int(article_id)]
        assert publisher == (source["publisher"] or "publisher unknown")
        assert day == (source["published"] or "undated")[:10]
    relevance = [float(row[3]) for row in rows]
    assert relevance == sorted(relevance, reverse=True)  # most relevant first
    for section in brief["sections"].values():
        assert f"{section['heading']} ({section['kind']}): {len(section['items'])} items" \
            in output


def test_dropped_articles_say_why(seeds_db, tmp_path):
    spec = spec_with(tmp_path, dates={"from": "2023-01-01", "to": "2024-06-30"},
                     max_articles=2)
    output = dry_run(spec, seeds_db, tmp_path / "out")
    selected = re.search(r"selected: (\d+) stories", output).group(1)
    assert selected == "2"
    dropped = re.findall(r"^  #(\d+)  .+?  (?:\d{4}-\d\d-\d\d|undated)  (.+?)  ", output, re.M)
    reasons = [reason for _, reason in dropped if not reason.startswith("relevance")]
    assert any(r.startswith("published 2024-07-12, after the window (2024-06-30)")
               for r in reasons), output
    assert sum(r.startswith("over max_articles") for r in reasons) == 2, output
    assert re.search(r"dropped: 3 articles", output)
