"""Interviews (tests/data/analysis/interview_sina_3.yaml, a real page): a heading names whom
the page asks (AMUNDI副首席投资官：Vincent Mortier…？), and each answer until the next heading
is that person's speech, though no cue says so."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import yaml

from conftest import ROOT

from briefgen.analysis import analyse, interview
from briefgen.model import Article
from briefgen.spec import load_spec

PAGE = yaml.safe_load((ROOT / "tests" / "data" / "analysis" / "interview_sina_3.yaml").read_text("utf-8"))
SPEC = """\
title: 全球债券市场泡沫之争
topic:
  keywords:
    - term: 债券
    - term: 泡沫
"""


def test_answers_belong_to_whom_the_heading_names():
    found = interview.answers(PAGE["paragraphs"])
    assert found[2] == ("Vincent Mortier", "AMUNDI副首席投资官")
    assert found[12] == ("Vincent Mortier", "AMUNDI副首席投资官")
    assert found[14] == ("Rick Rieder", "贝莱德固定收益业务全球首席投资官")
    assert 3 not in found and 13 not in found  # a question, a heading: no answer
    # the first question asked again with no heading: whoever answers is not named
    assert not any(n >= 21 for n in found)


def test_an_article_that_is_no_interview_has_no_answers():
    told = ["外交部发言人：汪文斌表示，中方坚决反对。", "他说，美方应当停止干涉。"]  # written for the test
    assert interview.answers(told) == {}
    assert interview.answers(PAGE["paragraphs"][:1] + PAGE["paragraphs"][2:3]) == {}  # no heading


def test_the_analysis_gives_answers_their_speaker_and_leaves_bare_ones(tmp_path):
    path = tmp_path / "spec.yaml"
    path.write_text(SPEC, "utf-8")
    article = Article(title=PAGE["title"], paragraphs=PAGE["paragraphs"], source_path="x", format="text",
                      id=1, published=datetime(2019, 9, 9, 12, 52, tzinfo=timezone.utc))
    sentences = analyse([article], load_spec(path)).sentences
    said = {s.text: s.speech for s in sentences}
    bubble = said["估值确实过高，因此这可以被视为泡沫。"]
    assert (bubble.speaker, bubble.role, bubble.camp) == ("Vincent Mortier", "AMUNDI副首席投资官", "专家学者")
    assert said["非常不可能的。"] is None  # needs its question (会有破坏性的崩盘吗？)
    assert said["负收益率的长期债券。"] is None  # no verb: which areas, asked before
    assert said["会有破坏性的崩盘吗？"] is None


def test_an_answer_is_printed_with_the_question_it_answers(tmp_path):
    """收益率可能低至1.25% says nothing of which yield: the viewpoint carries the question, and
    a second answer to the same question under one speaker does not repeat it."""
    from briefgen.selection import Selected
    from briefgen.summarizers import Documents
    from briefgen.summarizers.viewpoints import ViewpointsSummarizer

    path = tmp_path / "spec.yaml"
    path.write_text(SPEC, "utf-8")
    spec = load_spec(path)
    n = PAGE["paragraphs"].index("收益率可能低至1.25%，区间大概率在1.35- 2.7%之间。")
    assert interview.question_before(PAGE["paragraphs"], n) == "美国10年期国债收益率可能变为负值吗？你的预测是什么？"
    article = Article(title=PAGE["title"], paragraphs=PAGE["paragraphs"], source_path="x", format="text",
                      id=1, published=datetime(2019, 9, 9, 12, 52, tzinfo=timezone.utc))
    documents = Documents([Selected(article, 12.0, [])], spec)
    [section] = [s for s in spec.sections if s.kind == "viewpoints"]
    items = ViewpointsSummarizer().summarize(documents, section)
    answers = [i.text for i in items if i.speaker in ("Rick Rieder", "Vincent Mortier")]
    assert answers and all(text.startswith("（问：") for text in answers), answers
    for text in answers:
        asked = re.findall(r"（问：[^（）]*）", text)
        assert len(asked) == len(set(asked)), text
    from briefgen.summarizers.wording import asked_once
    assert asked_once("（问：会有破坏性的崩盘吗？）不会。", "（问：会有破坏性的崩盘吗？）非常不可能。") == "不会。"


def test_an_answer_adding_to_what_it_said_before_needs_it(tmp_path):
    """sina_3 paragraph 28, the last line of an answer: 日本还应… (also, after what?) is no
    answer on its own; one that says what it holds is."""
    texts = ["日本还应通过定向的股权投资扩大其量化宽松（QE）。", "估值确实过高，因此这可以被视为泡沫。负利率从长期来看是不可持续的。"]
    path = tmp_path / "spec.yaml"
    path.write_text(SPEC, "utf-8")
    article = Article(title="x", paragraphs=texts, source_path="x", format="text", id=1,
                      published=datetime(2019, 9, 9, 12, 52, tzinfo=timezone.utc))
    adds, holds = analyse([article], load_spec(path)).sentences[:2]
    assert interview.elliptic(adds.text, adds.tokens)
    assert not interview.elliptic(holds.text, holds.tokens)



def test_the_answer_to_the_topic_s_own_question_comes_first(tmp_path):
    """Of Vincent Mortier's answers (is there a bubble, a crash, what central banks should do),
    a brief on the bond bubble gives the one about the bubble first."""
    from briefgen.selection import Selected
    from briefgen.summarizers import Documents
    from briefgen.summarizers.viewpoints import ViewpointsSummarizer

    path = tmp_path / "spec.yaml"
    path.write_text(SPEC, "utf-8")
    spec = load_spec(path)
    article = Article(title=PAGE["title"], paragraphs=PAGE["paragraphs"], source_path="x", format="text",
                      id=1, published=datetime(2019, 9, 9, 12, 52, tzinfo=timezone.utc))
    [section] = [s for s in spec.sections if s.kind == "viewpoints"]
    items = ViewpointsSummarizer().summarize(Documents([Selected(article, 12.0, [])], spec), section)
    [mortier] = [i.text for i in items if i.speaker == "Vincent Mortier"]
    assert mortier.startswith("（问：债券市场存在泡沫吗？）"), mortier
