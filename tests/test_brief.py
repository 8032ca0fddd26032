"""The canonical brief built from the five real seeds, and the build around it."""

from __future__ import annotations

import json
import shutil
from datetime import date
from itertools import combinations

import pytest

from briefgen.build import BuildError, build
from briefgen.chinese import sentences
from briefgen.corpus import Corpus
from briefgen.ingest import ingest
from briefgen.selection import select
from briefgen.spec import load_spec
from conftest import EXAMPLES, ROOT, SEEDS

SPEC = ROOT / "briefs" / "extended-deterrence.yaml"


@pytest.fixture(scope="module")
def seeds_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds")
    for path in SEEDS.glob("00*.txt"):
        shutil.copy(path, folder / path.name)
    corpus = Corpus(folder / "corpus.db")
    ingest([folder], corpus, workers=1)
    yield corpus
    corpus.close()


@pytest.fixture(scope="module")
def brief(seeds_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    [path] = build(SPEC, seeds_corpus, out, ["json"])
    return json.loads(path.read_text("utf-8")), path.read_bytes()


def items(brief, kind):
    return brief[0]["sections"][kind]["items"]


def test_the_brief_has_the_documented_shape(brief):
    data = brief[0]
    assert data["title"] == "美对韩“延伸威慑”政策的新进展"
    assert (data["series"], data["issue"], data["issue_total"]) == \
        ("国际问题研究报告", "2024年第18期", "总第140期")
    assert list(data["sections"]) == ["background", "chronology", "viewpoints"]
    assert [data["sections"][k]["heading"] for k in data["sections"]] == ["背景", "大事记", "各方观点"]
    assert set(data["sources"][0]) >= {"id", "title", "publisher", "url", "published"}


@pytest.mark.parametrize("day, words", [
    ("2024-07-11", "指引"),  # nuclear guidelines signed
    ("2023-04-26", "华盛顿宣言"),  # Washington Declaration, NCG
    ("1953-08-08", "共同防御条约"),  # Mutual Defense Treaty signed
    ("1954-11-17", "生效"),  # in force
])
def test_chronology_has_the_events_with_their_own_dates(brief, day, words):
    entries = [i for i in items(brief, "chronology") if i["date"] == day]
    assert entries and entries[0]["precision"] == "day"
    assert any(words in e["text"] for e in entries), entries


def test_chronology_is_in_date_order_with_precision_shown(brief):
    entries = items(brief, "chronology")
    assert [e["date"] for e in entries] == sorted(e["date"] for e in entries)
    for entry in entries:
        length = {"year": 4, "month": 7, "day": 10}[entry["precision"]]
        assert len(entry["date"]) == length, entry
        assert "据新华社" not in entry["text"] and "当地时间" not in entry["text"]


@pytest.mark.parametrize("speaker, role, actor, claim", [
    ("郑相昌", "世宗研究所安全战略专家", "专家学者", "从根本上改变了两个盟邦应对朝鲜核威胁的方式"),
    ("金泰孝", None, "韩国", "核"),
    ("朝鲜国防省发言人", None, "朝鲜", "坚决反对和谴责"),
])
def test_viewpoints_name_who_said_what(brief, speaker, role, actor, claim):
    found = [v for v in items(brief, "viewpoints") if v["speaker"] == speaker]
    assert found, [v["speaker"] for v in items(brief, "viewpoints")]
    assert all(v["actor"] == actor for v in found)
    assert any(claim in v["text"] for v in found)
    if role:
        assert any(role in (v["role"] or "") for v in found)


def test_viewpoints_are_grouped_by_camp(brief):
    camps = [v["actor"] for v in items(brief, "viewpoints")]
    assert camps == sorted(camps, key=camps.index)  # each camp in one run
    assert len(set(camps)) >= 4


def bigrams(text):
    return {text[i:i + 2] for i in range(len(text) - 1)}


def test_no_background_sentence_twice_or_nearly_twice(brief):
    paragraphs = [i["text"] for i in items(brief, "background")]
    assert 2 <= len(paragraphs) <= 3  # one theme each
    texts = [s for p in paragraphs for s in sentences(p)]
    assert 3 <= len(texts) <= 6 and sum(map(len, texts)) <= 900
    for a, b in combinations(texts, 2):
        overlap = len(bigrams(a) & bigrams(b)) / len(bigrams(a) | bigrams(b))
        assert overlap < 0.5, (a, b)
    for text in texts:  # no sentence leaning on an antecedent left out
        assert not text.startswith(("他", "她", "该", "此外", "同时", "这"))


def test_every_item_cites_a_real_source(brief, seeds_corpus):
    data = brief[0]
    listed = {s["id"] for s in data["sources"]}
    stored = {a.id for a in seeds_corpus.articles()}
    for kind in data["sections"]:
        for item in data["sections"][kind]["items"]:
            assert item["sources"] and set(item["sources"]) <= listed <= stored


def test_the_same_spec_and_corpus_give_the_same_bytes(brief, seeds_corpus, tmp_path):
    [again] = build(SPEC, seeds_corpus, tmp_path, ["json"])
    assert again.read_bytes() == brief[1]


def test_a_failed_build_writes_nothing(seeds_corpus, tmp_path):
    spec = tmp_path / "nothing.yaml"
    spec.write_text("title: 无关\ntopic:\n  keywords: [足球联赛]\n", "utf-8")
    out = tmp_path / "out"
    with pytest.raises(BuildError, match="no article .* matches the topic"):
        build(spec, seeds_corpus, out, ["json"])
    assert not out.exists() or list(out.iterdir()) == []
    with pytest.raises(BuildError, match="no writer for docx"):
        build(SPEC, seeds_corpus, out, ["json", "docx"])


@pytest.fixture(scope="module")
def example_corpus(tmp_path_factory):
    corpus = Corpus(tmp_path_factory.mktemp("ex") / "ex.db")
    ingest([EXAMPLES, SEEDS], corpus, workers=1)
    yield corpus
    corpus.close()


def test_copies_of_a_story_collapse_into_one_source(example_corpus):
    chosen = select(example_corpus, load_spec(SPEC), date(2024, 7, 20))
    ids = [c.article.id for c in chosen]
    assert len(ids) == len(set(ids))
    copies = {c.article.publisher: [x.publisher for x in c.copies] for c in chosen if c.copies}
    assert copies.get("德国之声") == ["搜狐网"]
    all_copies = {x.id for c in chosen for x in c.copies}
    assert not all_copies & set(ids)


def test_filters_for_dates_sources_and_languages(example_corpus, tmp_path):
    spec = tmp_path / "s.yaml"
    spec.write_text("title: t\ntopic:\n  keywords: [核咨商小组, 核嚇阻指針]\n"
                    "dates: {from: 2023-07-01, to: 2023-12-31}\nlanguages: [zh-Hans]\n"
                    "sources: {exclude: [美国之音]}\n", "utf-8")
    chosen = select(example_corpus, load_spec(spec), date(2024, 1, 1))
    assert chosen
    for c in chosen:
        a = c.article
        assert a.language == "zh-Hans" and a.publisher != "美国之音"
        assert a.published is None or "2023-07" <= a.published.isoformat()[:7] <= "2023-12"
    spec.write_text("title: t\ntopic:\n  keywords: [核嚇阻指針]\nlanguages: [zh-Hant]\n", "utf-8")
    assert [c.article.publisher for c in select(example_corpus, load_spec(spec), date(2024, 8, 1))] \
        == ["中央社"]


def test_cli_build_and_bad_spec(tmp_path, seeds_corpus):
    from typer.testing import CliRunner

    from briefgen.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["build", str(SPEC), "--db", seeds_corpus.path,
                                 "--out", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "extended-deterrence.json").exists()
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: t\ntopc: {}\n", "utf-8")
    result = runner.invoke(app, ["build", str(bad), "--db", seeds_corpus.path])
    assert result.exit_code == 2
    assert f"error: {bad}:2:1: topc: unknown key; did you mean 'topic'?" in result.output
    assert f"error: {bad}:1:1: topic: required: a mapping, missing" in result.output


def test_a_matched_story_that_gives_no_item_is_said_so(tmp_path):
    """An article matches the topic but none of its sentences stands alone (each leans on what
    came before): the error says it matched, and nothing is written."""
    from briefgen.ingest import ingest
    source = tmp_path / "src"
    source.mkdir()
    (source / "leaning.txt").write_text(
        "这个足球联赛\n\n2020-08-26\n\n他们也这么认为。这个足球联赛，她也说过。\n\n这些人并不同意，他们还说了。\n", "utf-8")
    corpus = Corpus(tmp_path / "c.db")
    ingest([source], corpus, workers=1)
    spec = tmp_path / "football.yaml"
    spec.write_text("title: 足球联赛\ntopic:\n  keywords: [足球联赛]\ndictionary: [足球联赛]\n", "utf-8")
    out = tmp_path / "out"
    with pytest.raises(BuildError, match=r"1 article\(s\) in .* match the topic of .*none gives a sentence"):
        build(spec, corpus, out, ["json"])
    assert not out.exists() or list(out.iterdir()) == []
