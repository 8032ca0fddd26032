"""Which of its events a chronology keeps and in what order they earn their places: history
that bears on the story (not a profile's or an explainer's past), the events more sources
report and the titles tell first, the best of each year before the rest."""

from __future__ import annotations

import re
from datetime import timedelta

from briefgen.summarizers import Documents, cosine
from briefgen.summarizers.events import EVENT_PRECISIONS, Event
from briefgen.summarizers.story import pos_tags, profiled

HISTORY = timedelta(days=31)  # before the first report by more than this: history
PROFILE = 4  # a source telling history of this many years tells a life or a background
HISTORY_OF_A_THING = 5  # years before the story a source names: it tells a thing's history
ANCHORED = 2  # words of the stories' titles a year's best names to be kept as its anchor
ON_STORY = 0.05  # likeness of a history entry to the stories' titles and leads that keeps it


def on_story(documents: Documents, events: list[Event]) -> list[Event]:
    """History stays when it bears on the story: told by two sources, or close in words to
    what the stories' titles and leads are about (the words of their topic aside). A source
    telling history of several years (a profile: a leader's career, his gifts to a
    neighbour, his illness) lends only the entries that bear on the story; so does one
    naming many past years (an explainer on a poison), but for what it tells of the story's
    subject. The steps of the person the topic describes are the story's (王小云是首位女性
    获奖者: her degree and election are why she is news)."""
    published = [c.article.published for c in documents.selected if c.article.published]
    if not published or len(documents.selected) == 1 and profiled(documents):
        return events  # (one report about one person: the life its writer chose to tell)
    start = min(p.replace(tzinfo=None) for p in published) - HISTORY
    core: dict[str, float] = {}
    for choice in documents.selected:
        lead = choice.article.paragraphs[0] if choice.article.paragraphs else ""
        words = documents.segmenter.content_words((choice.article.title or "") + "\n" + lead)
        for word, value in documents.vector(words).items():
            if word not in documents.topic_words:
                core[word] = core.get(word, 0.0) + value
    years: dict[int, set[int]] = {}  # the years of history each source tells of the topic
    actors: dict[int, list[str]] = {}  # …and who each of its entries opens on
    for event in events:
        if event.start < start and event.topical:  # (a dated step naming none of it tells
            # no profile: 2021年，美国国防部长奥斯汀提出“一体化威慑”概念)
            for i in event.sources:
                years.setdefault(i, set()).add(event.start.year)
                actors.setdefault(i, []).append(_opening_name(documents, event.text))
    named: dict[int, set[int]] = {}  # …and the past years it names (1987年…1995年…)
    for sentence in documents.sentences:
        for t in documents.times(sentence):
            if t.precision == "year" and t.start < start and not t.duration:
                named.setdefault(sentence.article.id, set()).add(t.start.year)
    things = {i for i, told in named.items() if len(told) >= HISTORY_OF_A_THING}
    subject = documents.spec.topic.keywords[0].forms if documents.spec.topic.keywords else ()
    described = _described(documents) + tuple(sorted(set(profiled(documents).values())))
    kept = []
    for event in events:
        if event.start < start and len(event.sources) < 2 and \
                not any(name in event.text for name in described):  # (…名单，王小云正式当选…)
            words = tuple(w for w in documents.segmenter.content_words(event.text)
                          if w not in documents.topic_words)
            likeness = cosine(documents.vector(words), core)
            profile = any(len(years.get(i, ())) >= PROFILE and _one_life(actors[i]) for i in event.sources) or \
                bool(event.sources & things) and not any(f in event.text for f in subject)
            if likeness < ON_STORY and profile:
                continue  # (1999年，美国…拆除了…诺维乔克…实验室: the poison's past, not the story's)
        kept.append(event)
    return kept


def _opening_name(documents: Documents, text: str) -> str:
    """The person an entry opens on (卢卡申科走访普京…), or ""."""
    tags = pos_tags(documents, text[:12])
    return tags[0][0] if tags and tags[0][1] in ("nr", "nrfg", "nrt") and len(tags[0][0]) >= 2 else ""


def _one_life(names: list[str]) -> bool:
    """Whether a source's history is one person's life: half its entries open on them, where a
    story's history (捷克与斯洛伐克分家, 泽曼当选, 柯佳洛猝死) has many actors."""
    top = max((names.count(n) for n in set(names) if n), default=0)
    return top * 2 >= len(names)


def _described(documents: Documents) -> tuple[str, ...]:
    """Who speaks in the stories and is said to be what the topic names (王小云是首位女性获奖者),
    not being a word of the topic itself (卢卡申科 of a brief on Belarus: an actor, his career
    no step of the story)."""
    speakers = {s.speech.speaker for s in documents.sentences if s.speech and s.speech.speaker and
                len(s.speech.speaker) >= 2 and s.speech.speaker not in documents.topic_words}
    described = []
    for name in sorted(speakers):
        said_to_be = re.compile(re.escape(name) + r"(?:正式)?(?:是|成为)[^，,。；;]{1,24}")
        if any(any(word in found[0] for word in documents.topic_words)
               for s in documents.sentences for found in said_to_be.finditer(s.text)):
            described.append(name)
    return tuple(described)


def _importance(event: Event) -> tuple:
    """Reported by more sources, told in the stories' titles, naming the topic's terms."""
    return (-len(event.sources), -min(event.headline, 3), -event.topical,
            -EVENT_PRECISIONS.index(event.precision), event.start, event.text)


def spread_over_years(events: list[Event], years: int) -> list[Event]:
    """Events in the order they earn a place: the best of each year first (at most `years`
    of them, the most important), so a timeline keeps its historical anchors (1953, 1954)
    beside the busy recent months without history crowding out the story; then the rest."""
    ranked = sorted(events, key=_importance)
    firsts, seen = [], set()
    for event in ranked:
        if event.start.year not in seen and len(firsts) < years and \
                (len(event.sources) >= 2 or event.headline >= ANCHORED):
            seen.add(event.start.year)
            firsts.append(event)
    return firsts + [event for event in ranked if event not in firsts]