"""Undated ledes: a report often opens on its news with no day (英格兰足球超级联赛宣布，已立即
终止与中国版权合作商的…转播合同) and dates the same act only in a later sentence (英超联在周四
（9月3日）…表示：“英超联证实，已于今日终止了…转播合约。”). The lede's act takes that day."""

from __future__ import annotations

import re
from typing import Callable, Iterable

from briefgen.summarizers import Documents, Sentence, pair_share
from briefgen.summarizers.clauses import ANNOUNCING
from briefgen.summarizers.events import Event

SAME_ACT = 0.2  # share of what was announced a later sentence holds: it tells the same act
# A scene the lede opens on before its news (在新冠疫情对各项体育赛事造成持续影响之下，).
SCENE = re.compile(r"^(?:在|随着|由于|面对)[^，,。]{2,40}(?:之下|下|中|之际|之后|后)[，,]")


def lede_events(documents: Documents, sentences: Iterable[Sentence],
                make: Callable[[Sentence, object, str], Event | None]) -> list[Event]:
    """Events of the undated ledes of central reports, each dated by the later sentence of
    its report that tells the same announced act; `make(sentence, timex, text)` shapes one."""
    by_article: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_article.setdefault(sentence.article.id, []).append(sentence)
    events = []
    for told in by_article.values():
        lede = told[0]
        if lede.paragraph != 0 or lede.index != 0 or lede.times or \
                not documents.central(lede.article) or not documents.names_topic(lede.text):
            continue
        announced = ANNOUNCING.search(lede.text)
        if announced is None:
            continue
        what = lede.text[announced.end():].strip("，,：: 。")
        for later in told[1:]:
            days = [t for t in later.times if t.precision == "day"]  # the first: the frame's
            if days and pair_share(what, later.text) >= SAME_ACT:  # (周四, not a quote's 今日)
                text = SCENE.sub("", lede.text).rstrip("。")
                event = make(lede, days[0], text)
                if event is not None:
                    events.append(event)
                break
    return events
