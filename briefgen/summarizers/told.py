"""What the chronology and the viewpoints already tell, so the background does not tell it
again: a sentence held by an entry word for word, of the same day, or with the same figure."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from briefgen.chinese import letters_as_one
from briefgen.summarizers import Documents, pair_share
from briefgen.summarizers.backdrop import story_news

if TYPE_CHECKING:
    from briefgen.summarizers.background import Candidate

TOLD = 0.6  # share of a sentence's character pairs a chronology entry holds: the entry tells it
TOLD_SAME_DAY = 0.25  # …or share of an entry's pairs a sentence of the same day holds: it retells it
TOLD_SAME_MONTH = 0.5  # …or of the same month (or day, whatever the core): half its wording
TOLD_FIGURE = 0.15  # …or naming the same figure (300人): a few of its words
SAID = 0.5  # share of a viewpoint's character pairs a sentence holds: it tells that view
TOLD_WORDS = 0.25  # …or of the same month or day, holding this share of its Chinese words


MARKS = re.compile(r"[\s，,。、；;：:“”‘’\"'（）()《》〈〉！!？?…—·‧]")


@functools.lru_cache(maxsize=8192)
def _bare(text: str) -> str:
    """A text's wording for comparison: no marks, a Latin word as one character (an entry is
    compared with every candidate sentence; it is made bare once)."""
    return letters_as_one(MARKS.sub("", text))


def told_word_for_word(documents: Documents, text: str) -> bool:
    """Whether the chronology tells `text` in its words (or `text` holds an entry whole), or
    a viewpoint says it (希望其他阿拉伯国家能效仿…). Words, not punctuation: 维斯特奇尔率领…代表团，
    访问台湾一周 is held whole by …率领代表团访问台湾一周."""
    bare = _bare(text)
    return any(pair_share(bare, entry) >= TOLD or pair_share(entry, bare) >= TOLD
               for entry in map(_bare, documents.told)) or \
        any(pair_share(MARKS.sub("", claim), bare) >= SAID for claim in documents.said)


def retold(documents: Documents, candidate: "Candidate", days_only: bool = False) -> bool:
    """Whether the chronology tells what the candidate tells: of the same month or day (of the
    same day only, `days_only`: the opener may tell the months the story grew from), or with the
    same figure; in other words, of the same day; or the story's own news (`backdrop.story_news`)."""
    return any(told_again(documents, candidate, when, entry, days_only)
               for when, entry in documents.told_at) or \
        any(day in {d[:10] for d in candidate.days} and
            pair_share(entry, candidate.text) >= TOLD_SAME_DAY for day, entry in documents.told_on) or \
        story_news(documents, candidate.sentence, candidate.text, candidate.days)


FIGURE = re.compile(r"(?<![\d.A-Za-z\-－])(?:\d{2,}(?:\.\d+)?|\d\.\d+)(?![\d.]*\s*[年月日号])")  # 300人, 3.8万: not a date, nor a model (F-16)


def told_again(documents: Documents, candidate: "Candidate", when: str, entry: str,
               days_only: bool = False) -> bool:
    """Whether a chronology entry of date `when` (YYYY, YYYY-MM or YYYY-MM-DD) is what the
    candidate tells: an entry with a figure the candidate names (拘捕300人 and 拘捕了约300名)
    and a few of its words, or an entry of a month or day the candidate names, with half its
    wording or a quarter of its words (麒麟控股8月25日宣布，已中止出售… and 麒麟控股…宣布放弃…交易)."""
    share = pair_share(entry, candidate.text)
    if share >= TOLD_FIGURE and set(FIGURE.findall(entry)) & set(FIGURE.findall(candidate.text)):
        return True
    if len(when) < 7 or not any(d.startswith(when) or when.startswith(d) for d in candidate.dates
                                if not days_only or len(d) >= 10 and len(when) >= 10):
        return False  # (`days_only`: a span of months, 自7、8月以来, is no day's news)
    words = {w for w in documents.segmenter.content_words(entry)  # not tickers: 2503.T
             if re.fullmatch(r"[\u4e00-\u9fff]{2,}", w)}
    common = {w for w in words if w in candidate.text}  # 达成协议 holds 达成 and 协议
    return share >= TOLD_SAME_MONTH or len(common) >= TOLD_WORDS * max(1, len(words))
