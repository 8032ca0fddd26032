"""Actors for any topic: the built-in gazetteer and a spec's `actors:` key."""

from __future__ import annotations

from datetime import datetime, timezone

import jsonschema
import pytest

from briefgen.analysis import analyse
from briefgen.analysis.gazetteer import Gazetteer
from briefgen.model import Article
from briefgen.spec import Actors, Camp, SpecError, json_schema, load_spec
from briefgen.summarizers import Documents
from briefgen.summarizers.viewpoints import ViewpointsSummarizer
from briefgen.selection import Selected
from briefgen.spec import Section

GOOD = """\
title: 香港民主派议员被捕
topic:
  keywords: [元朗]
"""
ACTORS = """\
actors:
  order: [民主派, 香港, 中国]
  camps:
    - name: 民主派
      names: [民主党, 泛民]
      members: [林卓廷]
    - name: 香港
      members: [陈天柱]
  aliases:
    - [许智峯, 许智峰]
"""


@pytest.mark.parametrize("speaker, role, camp", [
    ("罗伯特·奥布莱恩", "美国国家安全顾问", "美国"),  # a transliterated name: its role says
    ("维斯特奇尔", "捷克参议院主席", "捷克"),
    ("苏珊娜‧查普托娃", "斯洛伐克总统", "斯洛伐克"),  # any country, from Babel's names
    ("黎氏秋姮", "越南外交部发言人", "越南"),
    ("克里姆林宫", None, "俄罗斯"),  # an institution that stands for its country
    ("青瓦台", None, "韩国"),
    ("唐宁街", None, "英国"),
    ("港府", None, "香港"),
    ("张生金", "中华民国养猪协会秘书长", "台湾"),  # the official name of Taiwan
    ("斯罗赛尔", "联合国人权办公室发言人", "联合国"),  # international organizations
    ("斯托尔滕贝格", "北约秘书长", "北约"),
    ("世卫组织", None, "世卫组织"),
    ("纳瓦尔尼", "俄罗斯反对派领袖", "俄罗斯反对派"),  # the opposition is not the government
    ("范世平", "台湾师范大学政治研究所教授", "专家学者"),  # kinds before countries
    ("Stefan Isaacs", "英国M&G固定收益副主管", "专家学者"),  # a fund's manager, not Britain's voice
    ("John Hollyer", "先锋领航全球固定收益主管", "专家学者"),
    ("《南华早报》", None, "媒体"),
    ("人权观察", None, "非政府组织"),
    ("汪文斌", "外交部发言人", "中国"),  # a known spokesman
    ("某人", None, "其他"),
])
def test_camps_from_affiliation(speaker, role, camp):
    assert Gazetteer().camp(speaker, role) == camp


@pytest.mark.parametrize("countries, camp", [
    (["韩国", "美国"], "美韩"),  # two named: one joint camp, in a fixed order
    (["美国", "韩国"], "美韩"),
    (["中国", "捷克"], "中捷"),
    (["中国", "印度", "中国"], "中印"),
    (["美国"], "其他"),  # 双方 of what? nothing says
])
def test_both_sides_are_the_two_named_before(countries, camp):
    assert Gazetteer().camp("双方", None, countries) == camp


def test_traditional_names_match():
    assert Gazetteer().camp("南韓總統尹錫悅") == "韩国"
    assert Gazetteer().camp("美國國務卿") == "美国"


def test_the_spec_adds_camps_members_order_and_aliases(tmp_path):
    path = tmp_path / "hk.yaml"
    path.write_text(GOOD + ACTORS, "utf-8")
    spec = load_spec(path)
    assert spec.actors.order == ("民主派", "香港", "中国")
    assert spec.actors.camps[0] == Camp("民主派", ("民主党", "泛民"), ("林卓廷",))
    gazetteer = Gazetteer(spec.actors)
    assert gazetteer.camp("林卓廷", "立法会议员") == "民主派"
    assert gazetteer.camp("胡志伟", "民主党主席") == "民主派"
    assert gazetteer.camp("陈天柱", "高级警司") == "香港"
    assert gazetteer.canonical("许智峰") == "许智峯"
    assert gazetteer.camp_order(["中国", "其他", "专家学者", "民主派", "香港"]) == \
        ["民主派", "香港", "中国", "专家学者", "其他"]


def test_viewpoints_follow_the_spec_order_and_camps(tmp_path):
    path = tmp_path / "hk.yaml"
    path.write_text(GOOD + ACTORS, "utf-8")
    spec = load_spec(path)
    article = Article(title="元朗事件", source_path="x", format="text", id=3,
                      published=datetime(2020, 8, 26, tzinfo=timezone.utc), paragraphs=[
                          "香港警察新界北总区高级警司陈天柱表示，元朗事件是一场冲突。",
                          "民主党主席胡志伟说，林卓廷已经从受害人变成了被告。",
                          "中国外交部发言人赵立坚表示，香港事务纯属中国内政。",
                      ])
    documents = Documents([Selected(article, 10.0, [])], spec)  # a story about the topic
    items = ViewpointsSummarizer().summarize(documents, Section("viewpoints", "", 10, 2000))
    assert [(i.actor, i.speaker) for i in items] == [
        ("民主派", "胡志伟"), ("香港", "陈天柱"), ("中国", "赵立坚")]


@pytest.mark.parametrize("text, message", [
    ("actors:\n  ordr: [美国]\n", "actors.ordr: unknown key; did you mean 'order'?"),
    ("actors:\n  camps:\n    - names: [白宫]\n", "actors.camps[0].name: required"),
    ("actors:\n  camps:\n    - {name: 美国}\n    - {name: 美国}\n",
     "actors.camps: each camp may appear once, but 美国 repeats"),
    ("actors:\n  aliases:\n    - [蓬佩奥]\n", "actors.aliases[0]: expected at least 2 items"),
])
def test_bad_actors_are_refused_with_file_and_line(tmp_path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(GOOD + text, "utf-8")
    with pytest.raises(SpecError) as error:
        load_spec(path)
    assert any(str(path) in line and message in line and f"{path}:" in line
               for line in error.value.problems), error.value.problems


def test_the_schema_knows_actors():
    schema = json_schema()
    spec = {"title": "t", "topic": {"keywords": ["x"]},
            "actors": {"order": ["美国"], "camps": [{"name": "民主派", "members": ["林卓廷"]}],
                       "aliases": [["许智峯", "许智峰"]]}}
    jsonschema.validate(spec, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**spec, "actors": {"camps": [{"members": []}]}}, schema)


def test_an_empty_spec_has_no_actors(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(GOOD, "utf-8")
    assert load_spec(path).actors == Actors()


def test_a_body_named_alone_is_the_one_named_with_its_country_before():
    spec = load_spec_text(GOOD)
    article = Article(title="元朗", source_path="x", format="text", id=4,
                      published=datetime(2020, 8, 26, tzinfo=timezone.utc), paragraphs=[
                          "美国商务部周三将24家中国企业列入实体清单。",
                          "商务部在声明中说，这些企业协助中国军方在南海建造人工岛。",
                      ])
    analysis = analyse([article], spec)
    assert analysis.sentences[1].speech.speaker == "商务部"
    assert analysis.sentences[1].speech.camp == "美国"


def load_spec_text(text):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.yaml"
        path.write_text(text, "utf-8")
        return load_spec(path)


def test_two_sides_by_their_short_forms_are_their_joint_camp_before_an_alias_inside_them():
    """美韩方面则表示，… (the seeds' example corpus): 美韩 is both sides, though the canonical
    spec's alias 韩方 is found inside 美韩方面."""
    from conftest import ROOT

    spec = load_spec(ROOT / "briefs" / "extended-deterrence.yaml")
    gazetteer = Gazetteer(spec.actors)
    assert gazetteer.camp("美韩方面") == "美韩"
    assert gazetteer.camp("韩方") == "韩国"
    assert Gazetteer().camp("中美双方") == "美中"  # (joint camps in a fixed order)
