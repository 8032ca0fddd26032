"""Viewpoints: who said what. The analysis reads the speech of every sentence (speaker,
role, camp, claim); here claims that stand alone are kept, the same speaker saying the same
thing in several sources becomes one viewpoint, and the viewpoints are chosen camp by camp
and printed grouped by camp, in the spec's order of camps (or the most heard first)."""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.analysis.script import to_simplified
from briefgen.analysis.speech import split_speaker
from briefgen.model import Item
from briefgen.spec import Section
from briefgen.summarizers import Documents, Sentence, cosine

SAME_CLAIM = 0.45


def on_topic(documents: Documents, sentence: Sentence) -> bool:
    """Whether a claim is about the brief's topic: its own paragraph names the topic, or the
    article is about the topic alone (its title names it and is one headline, not a round-up
    of several: 简报：A；B；C). A paragraph near a passing mention is not enough."""
    article = sentence.article
    title = to_simplified(article.title or "")
    round_up = "；" in title or ";" in title
    if not round_up and any(form in title for form in documents.topic_words):
        return True
    paragraph = to_simplified(article.paragraphs[sentence.paragraph])
    return any(form in paragraph for form in documents.topic_words)


@dataclass
class Viewpoint:
    speaker: str
    role: str | None
    actor: str
    claim: str
    sentence: Sentence
    sources: set[int]


class ViewpointsSummarizer:
    def summarize(self, documents: Documents, section: Section) -> list[Item]:
        found: list[Viewpoint] = []
        for sentence in documents.sentences:
            speech = sentence.speech
            if speech is None or not on_topic(documents, sentence):
                continue
            claim = documents.analysis.standalone(sentence, speech.claim, subject_given=True)
            if claim is None or len(claim) < 6:
                continue
            found.append(Viewpoint(speech.speaker, speech.role, speech.camp, claim, sentence,
                                   {sentence.article.id}))
        merged = self._merge(documents, found)
        ordered = self._round_robin(documents, merged, section)
        return [Item(text=v.claim, sources=sorted(v.sources), actor=v.actor,
                     speaker=documents.analysis.polish(v.speaker),
                     role=documents.analysis.polish(v.role) if v.role else None)
                for v in ordered]

    def _merge(self, documents: Documents, views: list[Viewpoint]) -> list[Viewpoint]:
        """The same speaker saying the same thing in several sources: one viewpoint."""
        merged: list[Viewpoint] = []
        vectors = {}
        for view in views:
            vector = documents.vector(documents.segmenter.content_words(view.claim))
            home = next((m for m in merged if m.speaker == view.speaker and
                         cosine(vectors[id(m)], vector) >= SAME_CLAIM), None)
            if home:
                home.sources |= view.sources
                home.role = home.role or view.role
                continue
            merged.append(view)
            vectors[id(view)] = vector
        return merged

    @staticmethod
    def _round_robin(documents: Documents, views: list[Viewpoint],
                     section: Section) -> list[Viewpoint]:
        """Up to the limits, camp by camp in turn so every side is heard, and within a camp
        speaker by speaker (named people with roles first) so no one voice fills it."""
        counts: dict[str, int] = {}
        for view in views:
            counts[view.actor] = counts.get(view.actor, 0) + len(view.sources)
        order = documents.analysis.camp_order(sorted(counts), counts)
        queues: dict[str, list[Viewpoint]] = {}
        for name in order:
            speakers: dict[str, list[Viewpoint]] = {}
            for view in sorted((v for v in views if v.actor == name),
                               key=lambda v: (-len(v.sources), v.sentence.order)):
                speakers.setdefault(view.speaker, []).append(view)
            ranked = sorted(speakers.values(), key=lambda vs: (
                -max(len(v.sources) for v in vs), vs[0].role is None, vs[0].sentence.order))
            queue = []
            while any(ranked):
                queue += [vs.pop(0) for vs in ranked if vs]
            queues[name] = queue
        chosen, length = [], 0
        while any(queues.values()) and len(chosen) < section.max_items:
            for name in order:
                if queues[name] and len(chosen) < section.max_items:
                    view = queues[name].pop(0)
                    if length + len(view.claim) <= section.max_chars:
                        chosen.append(view)
                        length += len(view.claim)
        return sorted(chosen, key=lambda v: (order.index(v.actor), v.sentence.order))


__all__ = ["ViewpointsSummarizer", "Viewpoint", "split_speaker"]
