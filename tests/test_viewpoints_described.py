"""One person one outlet names (北京对外经济贸易大学国际贸易教授崔凡) and another only
describes (一位中国贸易专家): one speaker in the brief, on the real sentences
(tests/data/viewpoints/one_person_described.yaml)."""

from __future__ import annotations

from datetime import datetime

import yaml

from briefgen.model import Article
from briefgen.selection import Selected
from briefgen.spec import load_spec
from briefgen.summarizers import Documents
from briefgen.summarizers.speakers import described_people, same_people
from briefgen.summarizers.viewpoints import Viewpoint
from conftest import ROOT

DATA = ROOT / "tests" / "data" / "viewpoints" / "one_person_described.yaml"
SPEC = ROOT / "examples" / "briefs" / "us-china-phase1-trade.yaml"


def views(sources: list[str]) -> tuple[Documents, list[Viewpoint]]:
    entries = [e for e in yaml.safe_load(DATA.read_text("utf-8")) if e["source"] in sources]
    articles = [Article(title="", paragraphs=[e["text"]], source_path=e["source"], format="text",
                        id=n, published=datetime.fromisoformat(e["published"]))
                for n, e in enumerate(entries, 1)]
    documents = Documents([Selected(a, 10.0, []) for a in articles], load_spec(SPEC))
    found = [Viewpoint(s.speech.speaker, s.speech.role, s.speech.camp, s.speech.claim, s,
                       {s.article.id}) for s in documents.sentences if s.speech]
    return documents, found


def people(documents: Documents, found: list[Viewpoint]) -> list[str]:
    countries = documents.analysis.gazetteer.countries
    return [v.speaker for v in described_people(same_people(found), countries)]


def test_a_described_expert_saying_the_named_professors_words_is_the_professor():
    documents, found = views(["reuters_1046158", "written"])
    assert {v.speaker for v in found} == {"崔凡", "贸易专家"}  # two speakers before
    assert people(documents, found) == ["崔凡", "崔凡"]
    assert found[1].role == "北京对外经济贸易大学国际贸易教授"


def test_a_trade_expert_on_the_same_rules_days_apart_is_the_one_trade_professor():
    documents, found = views(["reuters_1046111", "reuters_1046158"])
    assert people(documents, found) == ["崔凡", "崔凡"]


def test_an_expert_of_another_field_stays_apart():
    documents, found = views(["reuters_1046111", "reuters_1046158"])
    found[1].role = "北京大学法学院教授"  # no field in common with 中国贸易专家
    assert people(documents, found) == ["中国贸易专家", "崔凡"]


def test_an_expert_stays_apart_when_two_named_scholars_could_be_him():
    documents, found = views(["reuters_1046111", "reuters_1046158", "written"])
    found[2].speaker, found[2].role = "王教授", "对外经济贸易大学国际贸易教授"
    found[2].claim = "新规定的时机值得关注。"
    assert people(documents, found)[0] == "中国贸易专家"


def test_unnamed_experts_are_not_the_one_described_expert_nor_the_named_one():
    """nyt_1047895: 尽管专家表示，… — experts the paper does not name, several; not the
    中国贸易专家 another report describes, so not 崔凡 either."""
    documents, found = views(["reuters_1046111", "reuters_1046158", "nyt_1047895"])
    assert people(documents, found) == ["崔凡", "崔凡", "专家"]
