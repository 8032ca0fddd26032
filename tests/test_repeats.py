"""A statement told once: a stance in the viewpoints, an event in the chronology, not both."""

from __future__ import annotations

from datetime import datetime, timezone

from briefgen.model import Article
from briefgen.selection import Selected
from briefgen.spec import load_spec
from briefgen.summarizers import summarize
from briefgen.summarizers.viewpoints import takes_stance
from conftest import ROOT

# Two stories, each leading on what a side said on a day: one announces a fact, one warns.
STORIES = [
    ("韩国宣布接手延伸威慑防务责任", [
        "韩国国防部7月12日表示，驻韩美军司令部已将更多延伸威慑防务责任移交给韩军。",
        "美韩两国就强化延伸威慑举行会谈。"]),
    ("朝鲜警告美韩强化延伸威慑", [
        "朝鲜外务省发言人崔成日7月13日表示，美韩强化延伸威慑的图谋绝不会得逞。",
        "朝鲜方面没有透露更多细节。"]),
]


def brief():
    selected = [Selected(Article(title=title, paragraphs=paragraphs, source_path=f"x{n}",
                                 format="text", id=n,
                                 published=datetime(2024, 7, 14, tzinfo=timezone.utc)), 10.0, [])
                for n, (title, paragraphs) in enumerate(STORIES, 1)]
    return summarize(selected, load_spec(ROOT / "briefs" / "extended-deterrence.yaml"))


def texts(result, kind):
    return [item.text for section in result.sections if section.kind == kind
            for item in section.items]


def test_an_announced_fact_is_an_event_and_a_stance_is_a_viewpoint_each_told_once():
    result = brief()
    chronology, views = texts(result, "chronology"), texts(result, "viewpoints")
    assert any("防务责任移交" in t for t in chronology)  # the announcement: an event
    assert not any("防务责任移交" in t for t in views)  # …not also a view
    assert any("绝不会得逞" in t for t in views)  # the warning: a stance
    assert not any("绝不会得逞" in t for t in chronology)  # …not also an event


def test_a_stance_is_told_from_the_announcement_of_a_fact():
    assert takes_stance("驻韩美军司令部已将更多战略资产部署到朝鲜半岛。") is False
    assert takes_stance("举行首脑会谈的可能性不大。") is True
    assert takes_stance("对第一阶段贸易协议的承诺。", "重申") is True  # a pledge, by its cue
    assert takes_stance("8月3日，双方签署了协议。", "认为") is False  # what happened that day


def test_one_speakers_two_tellings_of_one_point_are_one_viewpoint():
    selected = [Selected(Article(
        title="朝鲜谴责美韩强化延伸威慑", paragraphs=[text, "会谈将于下月继续举行。"],
        source_path=f"y{n}", format="text", id=n,
        published=datetime(2024, 7, 14, tzinfo=timezone.utc)), 10.0, [])
        for n, text in enumerate([
            "朝鲜外务省发言人崔成日表示，美韩强化延伸威慑的图谋绝不会得逞，只会加剧半岛紧张。",
            "朝鲜外务省发言人崔成日说，美国与韩国强化延伸威慑的图谋绝不会得逞。"], 1)]
    result = summarize(selected, load_spec(ROOT / "briefs" / "extended-deterrence.yaml"))
    views = [item for section in result.sections if section.kind == "viewpoints"
             for item in section.items if item.speaker == "崔成日"]
    assert len(views) == 1 and views[0].sources == [1, 2]
