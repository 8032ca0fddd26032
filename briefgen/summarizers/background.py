"""Background: an account of what the issue is and where it comes from, in two or three
paragraphs of one theme each: what the topic's key term means and where it comes from,
what happened (in the order it happened, not the order it was reported), and how it is
judged (commentary, attributed). Sentences are chosen by centrality and topic, never twice
(not even nearly, across sources), never leaning on context they lost."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from briefgen.model import Item
from briefgen.spec import Section
from briefgen.summarizers import CUE, Documents, Sentence, cosine

# Sentences that open on these need the sentence before them.
DANGLING = re.compile(r"^(?:他|她|它|他们|她们|其|该|此|这|那|这些|这一|这种|此外|同时|另外|另一方面|"
                      r"而且|但|但是|不过|然而|而|因此|所以|于是|对此|为此|此前|此后|随后|其中|"
                      r"与此同时|上述|同样|也|还|并|且|又|两者|二者|双方|两人)")
# …and these lean on it wherever they stand: a thing named before (该指引, 上述, 这一),
# a day counted from another (同一天, 当天, 次日), a second mention (两者, 此举), or a
# subject that adds to what came before (美韩领导人还宣布).
LEANING = re.compile(r"(?<![应活])该(?![死])[\u4e00-\u9fff]|上述|这一|此次|此举|此事|对此|同一天|"
                     r"当天|当日|次日|翌日|前一天|两者|二者|这些|这两|这股|这场|这次|这项|这之|"
                     r"该国|其中|另有|另一|(?<![其吉利])[他她](?![国人乡])|(?:^|[，,；;])[^，,。；;]{1,60}?也(?![许门])|"
                     r"^[^，,。]{1,12}?(?:还|亦|又|也将|同样)(?=[\u4e00-\u9fff])")
SPEECH = re.compile(rf"{CUE}|补充|解释|批评|回应|援引|报道|报导|据悉|据了解")  # said, or reported
# A byline or time stamp left inside the text (RICHARD PÉREZ-PEÑA 2020-09-03 14:43:23).
STAMP = re.compile(r"\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|[A-Z]{3,}[A-Z .\-ÀÉÍÓÚÑ]*\s+\d{4}|"
                   r"[（(]\s*(?:记者|編輯|编辑|中央社)|专电|電）|电）")
CLOCK = re.compile(r"\d{1,2}\s*[时点](?:半|\d|[零一二三四五六七八九十]|$|[^钟])|[零一二三四五六七八九十]{1,3}[时点]半?(?!候|钟|期)")  # detail
COUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:家|名|人|枚|艘|架|项|个|亿|万)")
QUESTION = re.compile(r"[？?]\s*[”」]?$")
COMMENTARY = re.compile(r"意味着|或将|恐将|势必|显然|无疑|不排除|凸显|折射|表明|说明了|反映出|"
                        r"可能会|将会|越来越|必将|难以|不可避免|我们|笔者|我国|理应|应当|应该")
ATTRIBUTION = re.compile(r"^(?:据[^，,。]{1,24}?(?:报道|报导|消息)|[^，,。]{2,12}(?:报道|报导)指?)[，,:：]")
NEAR_REPEAT = 0.3  # cosine similarity (TF-IDF) above which two sentences say the same
SAME_THING = 0.15  # …or above which two sentences naming the same document do
PREFIX = re.compile(r"^(?:问|答|Q|A)\s*[：:]\s*")
TITLE = re.compile(r"《[^》]{2,40}》")
LIST_INTRO = re.compile(r"如下|(?:下面|以下)(?:是|为|列出)|(?:名单|清单|列表)[：:]|[：:]$")  # a list follows
SAME_TIME_WORDING = 0.12  # bigram overlap at which two accounts of one moment tell one fact
MIN_CHARS, MAX_CHARS = 20, 160
HISTORY_DAYS = 180  # what happened this long before the earliest source is the story's history


@dataclass
class Candidate:
    sentence: Sentence
    text: str  # as it will read
    vector: dict[str, float]
    when: datetime | None  # when what it describes happened
    days: frozenset  # the days it names
    theme: int  # 0 what the term means and where it comes from, 1 what happened, 2 judgements
    score: float = 0.0


def definition_pattern(terms: set[str]) -> re.Pattern | None:
    """所谓延伸威慑是指…, 延伸威慑，是指…, “核咨商小组”指的是…: a source defining a term."""
    if not terms:
        return None
    names = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?:所谓\s*[“「\"]?(?:{names})[”」\"]?\s*[，,]?\s*(?:是指|指的是|就是|是)|"
                      rf"^[“「\"]?(?:{names})[”」\"]?\s*[，,]?\s*(?:是指|指的是))")


def leans(text: str) -> bool:
    """Whether a sentence needs what came before it to be understood."""
    return bool(DANGLING.match(text) or LEANING.search(text))


def unanchored(text: str) -> bool:
    """A time the reader cannot place: a date without its year (26日, 4月9日, 星期四, 去年)."""
    return bool(re.search(r"今晨|今早|昨晚|今晚|昨日|今日|明日|[本上下这]周|[本上下]星期|[本上下]月|[今去明前]年|[昨今明]天|星期[一二三四五六日天]|周[一二三四五六日]|"
                       r"(?<![年月\d])\d{1,2}日|(?<![年\d])\d{1,2}月|(?<![年〇零一二三四五六七八九十])"
                       r"[一二三四五六七八九十]{1,2}月", text))


def described_time(documents: Documents,
                   sentence: Sentence) -> tuple[datetime | None, str | None]:
    """When what a sentence tells happened: the first date it names, else its article's;
    and the day when the sentence names one."""
    for t in documents.times(sentence):
        if t.precision in ("year", "half", "season", "month", "day", "hour", "minute") and \
                (t.end - t.start).days <= 366:
            return t.start, (t.iso if t.precision in ("day", "hour", "minute") else None)
    published = sentence.article.published
    return (published.replace(tzinfo=None) if published else None), None


def attribute(documents: Documents, sentence: Sentence, text: str) -> str:
    """Commentary said by whom: 美国之音评论认为，… or 有分析认为，…"""
    publisher = sentence.article.publisher
    who = f"{publisher}刊文" if publisher else "有分析"
    return f"{who}认为，{text}"


def cleaned(text: str) -> str:
    return ATTRIBUTION.sub("", PREFIX.sub("", text)).strip()


class BackgroundSummarizer:
    def summarize(self, documents: Documents, section: Section) -> list[Item]:
        defines = definition_pattern(documents.topic_words)
        candidates: list[Candidate] = []
        for sentence in documents.sentences:
            text = cleaned(sentence.text)
            if not (MIN_CHARS <= len(text) <= MAX_CHARS) or len(sentence.words) < 4:
                continue
            defining = bool(defines and defines.search(text))
            if not defining and (SPEECH.search(text) or QUESTION.search(text) or
                                 text.startswith(("“", "「"))):
                continue
            if STAMP.search(text) or CLOCK.search(text) or LIST_INTRO.search(text) or \
                    not documents.on_topic(sentence):
                continue
            text = documents.analysis.standalone(sentence, text)  # references resolved, dates written out
            if not text or leans(text) or unanchored(text) or \
                    documents.written_after(sentence, text):
                continue
            theme = 0 if defining else 2 if COMMENTARY.search(text) else 1
            when, _ = described_time(documents, sentence)
            days = frozenset(t.iso for t in documents.times(sentence)
                             if t.precision in ("day", "hour", "minute"))
            candidates.append(Candidate(sentence, text, documents.vector(sentence.words),
                                        when, days, theme))
        if not candidates:
            return []
        centroid: dict[str, float] = {}
        for candidate in candidates:
            for word, value in candidate.vector.items():
                centroid[word] = centroid.get(word, 0.0) + value
        for candidate in candidates:
            topical = sum(1 for form in documents.topic_words if form in candidate.text)
            early = 1.0 / (1 + candidate.sentence.paragraph)
            candidate.score = (cosine(candidate.vector, centroid) + 0.15 * min(topical, 2) +
                               0.1 * early + (1.0 if candidate.theme == 0 else 0.0) -
                               (0.1 if candidate.theme == 2 else 0.0))
        ranked = sorted(candidates, key=lambda c: (-c.score, c.sentence.order))
        chosen: list[Candidate] = []
        length = 0
        for candidate in ranked:
            if len(chosen) >= section.max_items:
                break
            if candidate.theme == 0 and any(c.theme == 0 for c in chosen):
                continue  # one definition is enough
            if length + len(candidate.text) > section.max_chars:
                continue
            if any(self._same(candidate, other) for other in chosen):
                continue
            chosen.append(candidate)
            length += len(candidate.text)
        return self._paragraphs(documents, chosen)

    @staticmethod
    def _same(a: Candidate, b: Candidate) -> bool:
        """Whether two sentences say the same thing: alike in words, or alike enough while
        naming the same document or the same day."""
        likeness = cosine(a.vector, b.vector)
        if likeness >= NEAR_REPEAT or a.text == b.text:
            return True
        shared_title = set(TITLE.findall(a.text)) & set(TITLE.findall(b.text))
        same_day = bool(a.days & b.days)
        same_count = set(COUNT.findall(a.text)) & set(COUNT.findall(b.text))  # 24家公司
        if same_count and likeness >= 0.1:
            return True
        if a.when is not None and a.when == b.when and _overlap(a.text, b.text) >= SAME_TIME_WORDING:
            return True  # 2018年 … 布拉格市长 … 台北, told by two sources
        return likeness >= SAME_THING and bool(shared_title) or likeness >= 0.06 and same_day

    @staticmethod
    def _paragraphs(documents: Documents, chosen: list[Candidate]) -> list[Item]:
        """One paragraph a theme, its sentences in the order of what they tell; the history
        before the sources' own time joins the definition's paragraph."""
        dated = [c.sentence.article.published for c in chosen if c.sentence.article.published]
        earliest = min(dated).replace(tzinfo=None) if dated else None
        for candidate in chosen:
            if candidate.theme == 1 and earliest and candidate.when and \
                    (earliest - candidate.when).days > HISTORY_DAYS:
                candidate.theme = 0  # the story's history
        items = []
        for theme in (0, 1, 2):
            members = sorted((c for c in chosen if c.theme == theme), key=lambda c: (
                c.when is None, c.when or datetime.min, c.sentence.order))
            if theme == 0:  # the definition first, then the history
                members.sort(key=lambda c: not (documents.topic_words and
                                                definition_pattern(documents.topic_words)
                                                .search(c.text)))
            if not members:
                continue
            texts = [attribute(documents, c.sentence, c.text) if theme == 2 else c.text
                     for c in members]
            items.append(Item(text="".join(_ended(t) for t in texts),
                              sources=sorted({c.sentence.article.id for c in members})))
        return items


def _ended(text: str) -> str:
    return text if text.endswith(("。", "！", "？", "”", "」", "…")) else text + "。"


def _overlap(a: str, b: str) -> float:
    """Share of character pairs two texts have in common (Jaccard)."""
    pairs_a = {a[i:i + 2] for i in range(len(a) - 1)}
    pairs_b = {b[i:i + 2] for i in range(len(b) - 1)}
    return len(pairs_a & pairs_b) / max(1, len(pairs_a | pairs_b))
