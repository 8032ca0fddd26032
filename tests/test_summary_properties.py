"""Property test of the summarizers: generated Chinese news sentences (speakers, cues,
dates, quotations, unbalanced marks, noise) through background, chronology and viewpoints.

For every input: no exception, bounded time, and every item cites only articles it was
given and carries words of what it cites (a substring of a source sentence or a rewrite
of one). The `ci` profile runs a fixed seed; `--hypothesis-profile=long` ten times as many.
"""

from __future__ import annotations

import functools
import random
import re
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.chinese import to_simplified
from briefgen.model import Article
from briefgen.selection import Selected
from briefgen.spec import load_spec
from briefgen.summarizers import summarize

EXAMPLES = max(10, settings.default.max_examples // 25)  # 50 under `ci`, 500 under `long`

ACTORS = ["蓬佩奥", "美国国务卿蓬佩奥", "以色列总理内塔尼亚胡", "中国外交部发言人汪文斌", "王毅",
          "他", "该名官员", "外交部", "阿联酋", "国務卿蓬佩奧", "据路透社报道，蓬佩奥"]
CUES = ["表示", "说", "称", "指出", "强调", "警告", "呼吁", "批评", "宣布", "认为", "坦言"]
ACTS = ["抵达以色列", "访问中东", "签署协议", "举行会谈", "发表声明", "会见以色列总理",
        "出口了72.74亿美元", "前往阿联酋", "开始了他的中东之行", "在耶路撒冷举行记者会"]
TIMES = ["", "8月24日", "24日", "今天", "2020年8月", "上半年", "当地时间25日上午", "周二（8月25日）",
         "去年", "9月1日", "此前", "近日"]
MARKS = ["“", "”", "「", "」", "（", "）", "《", "》", "，", "。", "：", "、", " ", "\u200b", "——"]
NOISE = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"


def sentence(rnd: random.Random) -> str:
    kind = rnd.random()
    actor, when = rnd.choice(ACTORS), rnd.choice(TIMES)
    if kind < 0.35:
        text = f"{actor}{when}{rnd.choice(ACTS)}。"
    elif kind < 0.65:
        claim = "".join(rnd.choice(NOISE) for _ in range(rnd.randint(2, 30)))
        text = f"{actor}{when}{rnd.choice(CUES)}：“美国支持以色列，{claim}。”"
    elif kind < 0.8:
        text = f"{when}{actor}{rnd.choice(CUES)}，以色列{rnd.choice(ACTS)}{'说' * rnd.randint(0, 40)}。"
    else:
        text = "".join(rnd.choice(NOISE + "".join(MARKS)) for _ in range(rnd.randint(0, 80)))
    if rnd.random() < 0.2:  # a mark left open, doubled or out of place
        spot = rnd.randint(0, len(text))
        text = text[:spot] + rnd.choice(MARKS) * rnd.randint(1, 30) + text[spot:]
    return text


def articles(rnd: random.Random) -> list[Article]:
    start = datetime(2020, 8, 20, 9, tzinfo=timezone(timedelta(hours=8)))
    made = []
    for n in range(rnd.randint(1, 5)):
        paragraphs = ["".join(sentence(rnd) for _ in range(rnd.randint(1, 4)))
                      for _ in range(rnd.randint(1, 6))]
        made.append(Article(
            title=rnd.choice(["蓬佩奥访问以色列", "蓬佩奥中东之行", "以色列", sentence(rnd)[:40]]),
            paragraphs=[p for p in paragraphs if p.strip()] or ["蓬佩奥抵达以色列。"],
            source_path=f"generated/{n}.txt", format="text", item_key=str(n),
            publisher=rnd.choice([None, "新华社", "美国之音"]), id=n + 1,
            published=rnd.choice([None, start + timedelta(days=rnd.randint(0, 20))])))
    return made


SPEC = """title: 蓬佩奥访问以色列
topic:
  keywords:
    - term: 蓬佩奥
      synonyms: [蓬佩奧]
    - term: 以色列
  match: any
sections:
  - kind: background
  - kind: chronology
  - kind: viewpoints
formats: [json]
"""


@functools.cache
def warmed(text: str) -> bool:
    """One summary before the timed ones: the first loads the segmenter and gazetteer."""
    article = Article(title="蓬佩奥访问以色列", paragraphs=["蓬佩奥抵达以色列。"],
                      source_path="warm.txt", format="text", id=1)
    path = Path(tempfile.mkdtemp(prefix="briefgen-warm-")) / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    summarize([Selected(article, 10.0, [])], load_spec(path))
    return True


def cjk_runs(text: str) -> list[str]:
    return re.findall(r"[\u4e00-\u9fff]{2,}", text)


@settings(max_examples=EXAMPLES)
@given(st.randoms(use_true_random=True))
def test_summarizers_take_any_generated_news_and_cite_what_they_were_given(tmp_path_factory,
                                                                           rnd):
    path = tmp_path_factory.mktemp("spec") / "spec.yaml"
    path.write_text(SPEC, encoding="utf-8")
    spec = load_spec(path)
    warmed(SPEC)
    given_articles = articles(rnd)
    selected = [Selected(article, 10.0, []) for article in given_articles]
    by_id = {a.id: a for a in given_articles}
    started = time.monotonic()
    brief = summarize(selected, spec)
    size = sum(len(a.body) for a in given_articles)
    assert time.monotonic() - started <= 5.0 + size / 2000
    for section in brief.sections:
        for item in section.items:
            assert item.text.strip(), section.kind
            assert item.sources and set(item.sources) <= set(by_id), (section.kind, item)
            cited = to_simplified("\n".join(by_id[i].title + "\n" + by_id[i].body
                                             for i in item.sources))  # the brief's script
            # a rewrite (time words cut: 王毅24日访问 → 王毅访问, 他 named) keeps words of its source
            runs = cjk_runs(item.text)
            assert not runs or any(run[k:k + 2] in cited for run in map(to_simplified, runs)
                                   for k in range(len(run) - 1)), (section.kind, item.text)
    assert {s.id for s in brief.sources} <= set(by_id)
