"""Viewpoints on text written to exercise each way news attributes a claim."""

from __future__ import annotations

from datetime import datetime, timezone

from briefgen.model import Article
from briefgen.selection import Selected
from briefgen.spec import Section, load_spec
from briefgen.summarizers import Documents
from briefgen.summarizers.viewpoints import ViewpointsSummarizer, split_speaker
from conftest import ROOT

PARAGRAPHS = [
    "韩国总统尹锡悦11日在华盛顿表示，韩美同盟已经升级为以核为基础的同盟。",
    "尹总统补充说，两国将在年内举行联合演习。",
    "“核威慑指引意义重大，”韩国国家安保室第一次长金泰孝在简报会上说。他还表示，指引的细节必须保密。",
    "一位总统室官员说：“我们仍在与美方磋商，分歧依然存在。”该官员解释说，协商需要时间。",
    "美国《华尔街日报》援引美国官员的话报道称，美国必须加强战略资产部署。",
    "朝鲜国防省发言人13日发表谈话，强烈谴责美韩签署指引。",
    "分析人士指出，半岛紧张局势短期内难以缓和。",
]


def viewpoints():
    article = Article(title="美韩签署核威慑指引", paragraphs=PARAGRAPHS, source_path="x", format="text", id=7,
                      published=datetime(2024, 7, 14, tzinfo=timezone.utc))
    spec = load_spec(ROOT / "briefs" / "extended-deterrence.yaml")
    documents = Documents([Selected(article, 10.0, [])], spec)  # a story about the topic
    return ViewpointsSummarizer().summarize(documents, Section("viewpoints", "各方观点", 20, 2000))


def test_each_way_of_attributing_a_claim():
    found = {(v.speaker, v.text) for v in viewpoints()}
    expected = {  # 尹锡悦's two sentences report a fact and a plan, no stance: no viewpoint
        # quote before the speaker, then 他: one speaker, one item with both points
        ("金泰孝", "核威慑指引意义重大。指引的细节必须保密。"),
        # quote after the speaker, then 该官员
        ("总统室官员", "我们仍在与美方磋商，分歧依然存在。协商需要时间。"),
        ("美国《华尔街日报》", "美国必须加强战略资产部署。"),  # 援引…报道: the paper speaks (a bare fact it reports would be no viewpoint)
        ("朝鲜国防省发言人", "谴责美韩签署指引。"),  # a body, through a statement
        ("分析人士", "半岛紧张局势短期内难以缓和。"),
    }
    assert found == expected


def test_roles_camps_and_sources():
    by_speaker = {v.speaker: v for v in viewpoints()}
    article = Article(title="美韩签署核威慑指引", paragraphs=PARAGRAPHS[:2], source_path="x",
                      format="text", id=7, published=datetime(2024, 7, 14, tzinfo=timezone.utc))
    documents = Documents([Selected(article, 10.0, [])],
                          load_spec(ROOT / "briefs" / "extended-deterrence.yaml"))
    spoken = [s.speech for s in documents.sentences]  # 尹总统补充说: the president named before
    assert [(s.speaker, s.role, s.camp) for s in spoken] == [("尹锡悦", "韩国总统", "韩国")] * 2
    assert by_speaker["金泰孝"].role == "韩国国家安保室第一次长"
    assert by_speaker["朝鲜国防省发言人"].actor == "朝鲜"
    assert by_speaker["美国《华尔街日报》"].actor == "媒体"
    assert by_speaker["分析人士"].actor == "专家学者"
    assert all(v.sources == [7] for v in viewpoints())


def test_split_speaker():
    assert split_speaker("韩国国家安保室第一次长金泰孝") == ("金泰孝", "韩国国家安保室第一次长")
    assert split_speaker("尹锡悦总统") == ("尹锡悦", "总统")
    assert split_speaker("朝鲜国防省发言人") == ("朝鲜国防省发言人", None)
    assert split_speaker("这份联合声明") == ("联合声明", None)
    assert split_speaker("美国政府高官") == ("美国政府高官", None)
