"""Summarizers turn the selected articles into a `Brief`: background, chronology, viewpoints.

One class per section with one call signature, as in sumy: `summarize(doc, section)`.
Every item lists the ids of the articles it came from.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from datetime import datetime

from briefgen.analysis import Analysis, _tokens, analyse
from briefgen.analysis.speech import CUE, REPORTING  # re-exported for the summarizers
from briefgen.analysis.names import segmenter_for
from briefgen.chinese import Segmenter, to_simplified
from briefgen import locales
from briefgen.timex import news_day
from briefgen.model import AnalysedSentence, Brief, BriefSection, Item, Source
from briefgen.selection import Selected
from briefgen.spec import BriefSpec

MARGINAL = 4.0  # relevance (selection) under which an article only touches the topic
ON_TOPIC = 0.1  # likeness to the topic's sentences that keeps a sentence without its terms

Sentence = AnalysedSentence  # what every summarizer reads: one analysis per sentence


class Documents:
    """The selected articles as analysed sentences, with what every summarizer needs of them."""

    def __init__(self, selected: list[Selected], spec: BriefSpec) -> None:
        self.selected = selected
        self.spec = spec
        self.segmenter: Segmenter = segmenter_for([choice.article for choice in selected], spec)
        self.topic_words = {form for keyword in spec.topic.keywords for form in keyword.forms}
        self.relevance = {choice.article.id: choice.score for choice in selected}
        self.analysis: Analysis = analyse(selected, spec, self.segmenter)
        self.sentences: list[Sentence] = self.analysis.sentences
        document_frequency = Counter(w for s in self.sentences for w in set(s.words))
        total = max(1, len(self.sentences))
        self.idf = {w: math.log((1 + total) / (1 + n)) + 1 for w, n in document_frequency.items()}
        glossed = {name for state in self.analysis.states.values() for name in state.glossed}
        glossed |= {name for state in self.analysis.states.values() for name in state.roles  # 校长陈立群:
                    if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) and  # a Chinese name the tagger
                    len(_tokens(self.analysis.segmenter, self.analysis.gazetteer, name)) > 1}  # splits
        glossed = sorted(glossed, key=lambda name: (-len(name), name))  # 比根(Stephen Biegun): a person
        self.glossed = re.compile("|".join(map(re.escape, glossed))) if glossed else None
        self.told: list[str] = []  # what the chronology tells, so the background need not
        self.told_on: list[tuple[str, str]] = []  # …with the day of each entry (YYYY-MM-DD)
        self.told_at: list[tuple[str, str]] = []  # …with each entry's date at its precision
        self.said: list[str] = []  # what the viewpoints tell (claims), so the background need not

    def vector(self, words: tuple[str, ...]) -> dict[str, float]:
        counts = Counter(words)
        return {w: n * self.idf.get(w, 1.0) for w, n in counts.items()}

    def names_topic(self, text: str) -> bool:
        """Whether a text names the topic: any of its terms, or with `match: all` the first
        keyword (the subject; the others narrow it: 捷克 and 台湾) or two keywords."""
        keywords = self.spec.topic.keywords
        if self.spec.topic.match != "all" or len(keywords) < 2:
            return any(form in text for form in self.topic_words)
        named = [any(form in text for form in keyword.forms) for keyword in keywords]
        return named[0] or sum(named) >= 2

    @functools.cached_property
    def topic_vector(self) -> dict[str, float]:
        """What the sentences naming the topic talk about, summed: the yardstick of
        whether a sentence that does not name it is still on topic."""
        total: dict[str, float] = {}
        for sentence in self.sentences:
            if self.names_topic(sentence.text):
                for word, value in self.vector(sentence.words).items():
                    total[word] = total.get(word, 0.0) + value
        return total

    def on_topic(self, sentence: Sentence) -> bool:
        """A sentence is on topic when it names it, or says much of what those naming it say
        (a remark about another summit in the same press conference does not)."""
        return self.names_topic(sentence.text) or self.central(sentence.article) and \
            cosine(self.vector(sentence.words), self.topic_vector) >= ON_TOPIC

    def on_story(self, sentence: Sentence) -> bool:
        """On topic for the background: on topic, or of a central story's lead paragraph that
        names the topic under a title naming it, or (with `match: all`, whose sentences of
        context name one term and not the other) a sentence of a central story naming one of
        the topic's terms and a place, body or person the central stories' titles name too
        (台湾空军…将现有142架F-16战机升级… under 蔡英文 + 国防, in a story titled …台湾主权…)."""
        if self.on_topic(sentence):
            return True
        article = sentence.article
        if sentence.paragraph == 0 and self.central(article) and article.paragraphs and \
                self.names_topic(article.title or "") and self.names_topic(article.paragraphs[0]):
            return True  # (a lead naming the topic: …增长率也将…降至2.3%。一些大型新兴经济体已经陷入衰退…)
        if not self.central(article) or not any(form in sentence.text for form in self.topic_words):
            return False
        return any(len(m.text) >= 2 and to_simplified(m.text) in self.central_titles
                   for m in sentence.mentions if m.kind in ("place", "organization", "person"))

    @functools.cached_property
    def central_titles(self) -> str:
        """The titles of the central stories, folded to Simplified, one a line."""
        return "\n".join(to_simplified(choice.article.title or "") for choice in self.selected
                         if self.central(choice.article))

    def central(self, article) -> bool:
        """Whether an article is about the topic rather than touching it: an article of
        marginal relevance lends only the sentences that name the topic themselves."""
        return self.relevance.get(article.id, MARGINAL) >= MARGINAL

    def written_after(self, sentence: Sentence, text: str) -> bool:
        """Whether `text` names a day after its article was published: a relative date
        written out wrongly (周三 after a dateline read as the next Wednesday). A day the
        source itself writes (从9月3日起禁止…) is what it says, not a rewriting."""
        published = sentence.article.published
        if not published:
            return False
        for found in re.finditer(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", text):
            year, month, day = found.groups()
            if found[0] in sentence.text:
                continue
            try:
                if datetime(int(year or published.year), int(month), int(day)).date() > \
                        max(published.date(), news_day(published)):  # (its day in UTC+8 too)
                    return True
            except ValueError:
                return True
        return False

    def times(self, sentence: Sentence) -> list:
        """The time expressions of a sentence (offsets within it), as the analysis found them."""
        return sentence.times

    @property
    def reference_times(self) -> dict[int, datetime | None]:
        """What relative dates in each article count from (see `analysis.reference_time`)."""
        return self.analysis.reference_times


def _absolute(text: str) -> bool:
    """Whether a time expression names its year (so needs no reference time)."""
    import re

    return re.search(r"\d{4}\s*年|[〇零○一二三四五六七八九]{4}年|\d{4}-\d|世纪", text) is not None


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(value * b.get(word, 0.0) for word, value in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def pair_overlap(a: str, b: str) -> float:
    """Share of character pairs two texts have in common (Jaccard): alike in wording."""
    pairs_a, pairs_b = _pairs(a), _pairs(b)
    return len(pairs_a & pairs_b) / max(1, len(pairs_a | pairs_b))


def pair_share(text: str, other: str) -> float:
    """Share of a text's character pairs that another text holds too: told by it."""
    pairs = _pairs(text)
    return len(pairs & _pairs(other)) / max(1, len(pairs))


def cited_sources(sections: list[BriefSection], selected: list[Selected]) -> list[Source]:
    """The articles the sections cite, in id order, each with the copies of its story."""
    cited = sorted({i for section in sections for item in section.items for i in item.sources})
    by_id = {choice.article.id: choice for choice in selected}
    return [Source(
        id=i, title=by_id[i].article.title, publisher=by_id[i].article.publisher,
        url=by_id[i].article.url,
        published=by_id[i].article.published.isoformat() if by_id[i].article.published else None,
        also_in=[{"id": c.id, "publisher": c.publisher, "url": c.url} for c in by_id[i].copies],
    ) for i in cited]


def text_items(markdown: str) -> list[Item]:
    """What the analyst wrote, one item a block (paragraph, list, heading), each with its
    Markdown and the HTML it makes. Raw HTML in the file is shown as text and links other
    than web and mail addresses are refused (markdown-it's defaults), so a section of text
    cannot inject markup or scripts into the brief."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": False})
    blocks = [block.strip() for block in re.split(r"\n\s*\n", markdown.replace("\r\n", "\n"))]
    return [Item(text=block, sources=[], html=parser.render(block).strip())
            for block in blocks if block]


def generated_lead(spec: BriefSpec, selected: list[Selected], sources: list[Source]) -> str:
    """A lead when the spec gives none: what the brief is about (its title), over what time
    (one day, or a span whose second date drops the year it shares), from how many reports
    and outlets."""
    subject = spec.title or (spec.topic.keywords[0].term if spec.topic.keywords else "")
    days = sorted(s.published[:10] for s in sources if s.published)
    outlets = {s.publisher for s in sources if s.publisher}
    if spec.locale.startswith("zh"):
        span = ""
        if days:
            first, last = (locales.format_day(day, "day", spec.locale) for day in (days[0], days[-1]))
            if first == last:
                span = first
            else:
                if days[0][:4] == days[-1][:4]:
                    last = re.sub(r"^\d{4}\s*年", "", last)
                span = f"{first}至{last}间"
        subject = subject.replace("“", "‘").replace("”", "’")  # quotes inside the quotes
        who = f"{len(outlets)}家媒体" if outlets else ""
        return (f"本期围绕“{subject}”，依据{who}{span}的{len(sources)}篇报道，"
                f"梳理其背景、主要节点与各方观点。")
    span = f" from {days[0]} to {days[-1]}" if len(set(days)) > 1 else f" of {days[0]}" if days else ""
    return (f"This issue follows {subject} through {len(sources)} reports{span} "
            f"by {len(outlets) or len(sources)} sources: background, key events and views.")


def summarize(selected: list[Selected], spec: BriefSpec) -> Brief:
    """The brief of a spec from its selected articles."""
    from briefgen.summarizers.background import BackgroundSummarizer
    from briefgen.summarizers.chronology import ChronologySummarizer
    from briefgen.summarizers.viewpoints import ViewpointsSummarizer

    summarizers = {"background": BackgroundSummarizer(), "chronology": ChronologySummarizer(),
                   "viewpoints": ViewpointsSummarizer()}
    from briefgen.locales import label
    from briefgen.spec import DEFAULT_HEADINGS

    documents = Documents(selected, spec)
    # The chronology first, then the viewpoints: the background then leaves out the events
    # and the views they already tell.
    rank = {"chronology": 0, "viewpoints": 1}
    order = sorted(range(len(spec.sections)), key=lambda n: rank.get(spec.sections[n].kind, 2))
    built: dict[int, BriefSection] = {}
    for n in order:
        section = spec.sections[n]
        if section.kind == "text":
            built[n] = BriefSection("text", section.heading, text_items(section.text or ""),
                                    key=f"text-{n + 1}")
            continue
        items = summarizers[section.kind].summarize(documents, section)
        if section.kind == "chronology":
            documents.told.extend(item.text for item in items)
            documents.told_on.extend((item.date[:10], item.text) for item in items
                                     if item.date and len(item.date) >= 10)
            documents.told_at.extend((item.date, item.text) for item in items if item.date)
        if section.kind == "viewpoints":
            documents.said.extend(item.text for item in items)
        built[n] = BriefSection(section.kind, section.heading or
                                label(DEFAULT_HEADINGS[section.kind], spec.locale), items)
    sections = [built[n] for n in range(len(spec.sections))]
    sources = cited_sources(sections, selected)
    masthead = spec.masthead.to_dict() if spec.masthead else {}
    lead = spec.lead if spec.lead is not None else generated_lead(spec, selected, sources)
    return Brief(title=spec.title, lead=lead, masthead=masthead,
                 author_line=spec.author_line, sections=sections, sources=sources,
                 spec={"theme": spec.theme, "locale": spec.locale, "formats": list(spec.formats)})


__all__ = ["CUE", "REPORTING", "Documents", "Sentence", "cited_sources", "cosine", "pair_overlap",
           "pair_share", "summarize"]
