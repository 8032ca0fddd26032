"""Brief specs: the canonical one loads; malformed ones are refused with exact messages."""

from __future__ import annotations

import json
from datetime import date, timedelta

import jsonschema
import pytest
import yaml

from briefgen.spec import SpecError, json_schema, load_spec
from conftest import ROOT

CANONICAL = ROOT / "briefs" / "extended-deterrence.yaml"
GOOD = """\
title: 测试简报
topic:
  keywords: [延伸威慑]
"""


def test_the_canonical_spec_loads():
    spec = load_spec(CANONICAL)
    assert spec.title == "美对韩“延伸威慑”政策的新进展"
    assert spec.masthead.issue == "2024年第18期" and spec.masthead.issue_total == "总第140期"
    assert [k.term for k in spec.topic.keywords] == ["延伸威慑", "核咨商小组", "核威慑指引", "华盛顿宣言"]
    assert "NCG" in spec.topic.keywords[1].synonyms
    assert [s.kind for s in spec.sections] == ["background", "chronology", "viewpoints"]
    assert [s.heading for s in spec.sections] == ["背景", "大事记", "各方观点"]


def test_defaults_and_relative_windows(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(GOOD + "dates: {last: 30d}\n", "utf-8")
    spec = load_spec(path)
    assert spec.topic.match == "any" and spec.formats == ("json",)
    assert spec.topic.keywords[0].forms == ("延伸威慑",)
    assert [s.kind for s in spec.sections] == ["background", "chronology", "viewpoints"]
    assert spec.dates.bounds(date(2024, 7, 31)) == (date(2024, 7, 2), date(2024, 7, 31))
    assert spec.dates.last == timedelta(days=30)


BAD = [
    ("unknown top-level key", GOOD + "topc: x\n",
     ["4:1: topc: unknown key; did you mean 'topic'?"]),
    ("missing title", "topic:\n  keywords: [a]\n", ["1:1: title: required: a string, missing"]),
    ("missing topic", "title: t\n", ["1:1: topic: required: a mapping, missing"]),
    ("no keywords", "title: t\ntopic:\n  keywords: []\n",
     ["3:13: topic.keywords: expected at least 1 item but received 0"]),
    ("keyword of the wrong shape", "title: t\ntopic:\n  keywords:\n    - a\n    - [1, 2]\n",
     ["5:7: topic.keywords[1]: expected a string or a mapping but received a list"]),
    ("misspelt synonyms", "title: t\ntopic:\n  keywords:\n    - {term: 核咨商小组, synonym: [NCG]}\n",
     ["4:21: topic.keywords[0].synonym: unknown key; did you mean 'synonyms'?"]),
    ("keyword without term", "title: t\ntopic:\n  keywords:\n    - {synonyms: [NCG]}\n",
     ["4:7: topic.keywords[0].term: required: a string, missing"]),
    ("bad match", GOOD + "  match: some\n",
     ["4:10: topic.match: expected one of any, all but received 'some'"]),
    ("impossible date", GOOD + "dates: {from: 2024-13-01}\n",
     ["4:15: dates.from: expected a date as YYYY-MM-DD but received '2024-13-01'"]),
    ("bad span", GOOD + "dates: {last: 3x}\n",
     ["4:15: dates.last: expected a span such as 30d, 8w, 6m or 1y but received '3x'"]),
    ("last and from together", GOOD + "dates: {from: 2024-01-01, last: 30d}\n",
     ["4:8: dates: give either last or from/to, not both"]),
    ("window backwards", GOOD + "dates: {from: 2024-12-31, to: 2024-01-01}\n",
     ["4:8: dates: from (2024-12-31) is after to (2024-01-01)"]),
    ("misspelt section kind", GOOD + "sections:\n  - kind: backgrund\n",
     ["5:11: sections[0].kind: expected one of background, chronology, viewpoints, text but received "
      "'backgrund' (did you mean 'background'?)"]),
    ("zero items", GOOD + "sections:\n  - {kind: chronology, max_items: 0}\n",
     ["5:35: sections[0].max_items: expected a whole number of at least 1 but received '0'"]),
    ("section twice", GOOD + "sections:\n  - kind: background\n  - kind: background\n",
     ["5:3: sections: each kind may appear once, but background repeats"]),
    ("unknown format", GOOD + "formats: [json, docx]\n",
     ["4:17: formats[1]: expected one of json, html, pdf, md but received 'docx'"]),
    ("unknown language", GOOD + "languages: [zh-hans]\n",
     ["4:13: languages[0]: expected one of zh-Hans, zh-Hant, en but received 'zh-hans' "
      "(did you mean 'zh-Hans'?)"]),
    ("words where a number belongs", GOOD + "max_articles: many\n",
     ["4:15: max_articles: expected a whole number of at least 1 but received 'many'"]),
    ("a key twice", GOOD + "title: again\n", ["4:1: title: appears twice"]),
    ("masthead without series", GOOD + "masthead:\n  issue: 2024年第1期\n",
     ["5:3: masthead.series: required: a string, missing"]),
    ("a list for the whole spec", "- a\n- b\n", ["1:1: spec: expected a mapping but received a list"]),
    ("several problems at once", "title: t\ntopic:\n  keywords: [a]\n  match: both\nformats: pdf2\n",
     ["4:10: topic.match: expected one of any, all but received 'both'",
      "5:10: formats[0]: expected one of json, html, pdf, md but received 'pdf2' "
      "(did you mean 'pdf'?)"]),
]


@pytest.mark.parametrize("name, text, messages", BAD, ids=[b[0] for b in BAD])
def test_malformed_specs_are_refused_with_exact_messages(tmp_path, name, text, messages):
    path = tmp_path / "brief.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(SpecError) as error:
        load_spec(path)
    assert error.value.problems == [f"{path}:{m}" for m in messages]


def test_invalid_yaml_names_the_place(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("title: t\ntopic:\n  keywords: [a\n  match: any\n", "utf-8")
    with pytest.raises(SpecError) as error:
        load_spec(path)
    assert error.value.problems == [f"{path}:4:8: not valid YAML: expected ',' or ']', but got ':'"]


def test_empty_and_missing_files(tmp_path):
    empty = tmp_path / "empty.yaml"
    empty.write_text("# nothing here\n", "utf-8")
    with pytest.raises(SpecError, match="the spec is empty"):
        load_spec(empty)
    with pytest.raises(SpecError, match="cannot read: No such file or directory"):
        load_spec(tmp_path / "missing.yaml")


def test_dictionary_file_is_read_relative_to_the_spec(tmp_path):
    (tmp_path / "words.txt").write_text("# names\n李在明\n韩德洙\n", "utf-8")
    path = tmp_path / "s.yaml"
    path.write_text(GOOD + "dictionary: [尹锡悦]\ndictionary_file: words.txt\n", "utf-8")
    assert load_spec(path).dictionary == ("尹锡悦", "李在明", "韩德洙")
    path.write_text(GOOD + "dictionary_file: nowhere.txt\n", "utf-8")
    with pytest.raises(SpecError, match="dictionary_file: cannot read"):
        load_spec(path)


class _NoDates(yaml.SafeLoader):
    """YAML as an editor's language server sees it: dates stay strings."""


_NoDates.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def test_json_schema_accepts_the_canonical_spec_and_refuses_bad_ones():
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    canonical = yaml.load(CANONICAL.read_text("utf-8"), Loader=_NoDates)
    assert list(validator.iter_errors(canonical)) == []
    bad = dict(canonical, topc=1, formats=["docx"])
    assert len(list(validator.iter_errors(bad))) == 2


def test_schema_is_printed_by_the_cli():
    from typer.testing import CliRunner

    from briefgen.cli import app

    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["properties"]["topic"]["required"] == ["keywords"]
