"""Background: a short multi-source extractive summary of what the issue is and where it
comes from. Sentences are chosen by centrality and topic, never twice (not even nearly,
across sources), never leaning on an antecedent that is left out, then put back in order."""

from __future__ import annotations

import re

from briefgen.model import Item
from briefgen.spec import Section
from briefgen.summarizers import CUE, Documents, Sentence, cosine

# Sentences that open on these need the sentence before them.
DANGLING = re.compile(r"^(?:他|她|它|他们|她们|其|该|此|这|这些|这一|这种|此外|同时|另外|另一方面|"
                      r"而且|但|但是|不过|然而|而|因此|所以|于是|对此|为此|此前|此后|随后|其中|"
                      r"与此同时|上述|同样|也|还|并|且)")
SPEECH = re.compile(rf"{CUE}|补充|解释|批评|回应|援引|报道|报导|据悉|据了解")  # said, or reported
QUESTION = re.compile(r"[？?]\s*[”」]?$")
NEAR_REPEAT = 0.35  # cosine similarity (TF-IDF) above which two sentences say the same
PREFIX = re.compile(r"^(?:问|答|Q|A)\s*[：:]\s*")


def usable(sentence: Sentence) -> bool:
    text = PREFIX.sub("", sentence.text)
    return (20 <= len(text) <= 160 and not DANGLING.match(text) and not SPEECH.search(text)
            and not QUESTION.search(text) and "“" not in text[:2] and len(sentence.words) >= 4)


class BackgroundSummarizer:
    def summarize(self, documents: Documents, section: Section) -> list[Item]:
        candidates = [s for s in documents.sentences if usable(s)]
        if not candidates:
            return []
        vectors = [documents.vector(s.words) for s in candidates]
        centroid: dict[str, float] = {}
        for vector in vectors:
            for word, value in vector.items():
                centroid[word] = centroid.get(word, 0.0) + value
        scores = []
        for sentence, vector in zip(candidates, vectors):
            topical = sum(1 for form in documents.topic_words if form in sentence.text)
            early = 1.0 / (1 + sentence.paragraph)
            scores.append(cosine(vector, centroid) + 0.15 * min(topical, 2) + 0.1 * early)
        ranked = sorted(range(len(candidates)), key=lambda i: (-scores[i], candidates[i].order))
        chosen: list[int] = []
        length = 0
        for i in ranked:
            if len(chosen) >= section.max_items:
                break
            if length + len(candidates[i].text) > section.max_chars:
                continue
            if any(cosine(vectors[i], vectors[j]) >= NEAR_REPEAT or
                   candidates[i].text == candidates[j].text for j in chosen):
                continue
            chosen.append(i)
            length += len(candidates[i].text)
        chosen.sort(key=lambda i: candidates[i].order)
        return [Item(text=PREFIX.sub("", candidates[i].text), sources=[candidates[i].article.id])
                for i in chosen]
