"""Speaker names, roles and camps on sentences written in the shapes news uses: a name
followed by an adverb or a time expression, a headline run into a role, a role naming
another country's body, a national body named without its country."""

from __future__ import annotations

from datetime import datetime, timezone

from briefgen.model import Article
from briefgen.selection import Selected
from briefgen.spec import load_spec
from briefgen.summarizers import Documents
from conftest import ROOT


def spoken(title: str, paragraphs: list[str]) -> list[tuple[str, str | None, str]]:
    article = Article(title=title, paragraphs=paragraphs, source_path="x", format="text", id=3,
                      published=datetime(2024, 7, 14, tzinfo=timezone.utc))
    documents = Documents([Selected(article, 10.0, [])],
                          load_spec(ROOT / "examples" / "briefs" / "czech-taiwan-visit.yaml"))
    return [(s.speech.speaker, s.speech.role, s.speech.camp)
            for s in documents.sentences if s.speech]


def test_a_name_ends_before_an_adverb():
    found = spoken("欧洲谈移民", ["法国总统马克龙(Emmanuel Macron)就说，欧洲必须团结起来应对危机。",
                               "意大利总理孔特也表示，各国应当分担责任。"])
    assert [(name, role) for name, role, _ in found] == [("马克龙", "法国总统"), ("孔特", "意大利总理")]


def test_a_name_ends_before_a_time_expression():
    for when in ("上周三", "昨天", "本月", "上个星期五"):
        found = spoken("社运", [f"社运人士罗冠聪{when}写道，自由不会轻易被夺走。"])
        assert [name for name, _, _ in found] == ["罗冠聪"], when
