"""The five real seed files against the hand-checked oracle in expected.json."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest

from conftest import SEEDS

NAMES = sorted(path.name for path in SEEDS.glob("00*.txt"))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_seed_has_an_oracle_entry(expected):
    assert sorted(expected) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_body_contains_the_expected_spans(name, expected, seed_articles):
    body = squash(seed_articles[name].body)
    missing = [span for span in expected[name]["must_contain"] if squash(span) not in body]
    assert missing == []


@pytest.mark.parametrize("name", NAMES)
def test_body_has_no_boilerplate_spam_or_captions(name, expected, seed_articles):
    body = seed_articles[name].body
    present = [text for text in expected[name]["must_not_contain"] if text in body]
    assert present == []


@pytest.mark.parametrize("name", NAMES)
def test_captions_are_kept_apart(name, expected, seed_articles):
    article = seed_articles[name]
    assert [squash(c) for c in article.captions] == [squash(c) for c in expected[name]["captions"]]
    for caption in article.captions:
        assert squash(caption) not in squash(article.body)


@pytest.mark.parametrize("name", NAMES)
def test_metadata_equals_the_oracle(name, expected, seed_articles):
    article = seed_articles[name]
    found = {
        "title": article.title,
        "url": unquote(article.url) if article.url else None,
        "publisher": article.publisher,
        "published": article.published.isoformat() if article.published else None,
        "authors": article.authors,
        "language": article.language,
        **{key: article.extra.get(key) for key in ("series", "issue", "issue_total")},
    }
    oracle = dict(expected[name]["metadata"])
    if oracle.get("url"):
        oracle["url"] = unquote(oracle["url"])
    assert {key: found[key] for key in oracle} == oracle


def test_report_parts_are_told_apart(seed_articles):
    report = seed_articles["004_45274ff425d7892b.txt"]
    assert report.headings == ["一、美国延伸威慑的发展历程", "二、美国为何强化对朝鲜半岛的延伸威慑力度？",
                               "三、如何看待美国强化半岛延伸威慑力度？"]
    assert report.credits[0].startswith("（撰写：杨延龙")
    assert report.extra["publishers"] == ["山东大学国际问题研究院", "山东大学东北亚学院"]
    # the page break inside "它 / 指的是" is joined into one paragraph, not two
    assert any(p.startswith("延伸威慑（extended deterrence）") and "它指的是" in p
               for p in report.paragraphs)


def test_credits_and_headings_of_the_markdown_seed(seed_articles):
    article = seed_articles["003_a7dbfd5028d200ee.txt"]
    assert article.credits == ["撰稿 / 徐立凡（专栏作家）", "编辑 / 何睿", "校对 / 赵琳"]
    assert article.headings == ["新机制是“延伸威慑”的枢纽", "与北约“核计划小组”不一样",
                                "美韩已双双违反“核不扩散”"]
