"""The content model passed between pipeline stages.

Readers produce `RawDocument`s (what a file states, block by block); cleaning
turns each into an `Article` (what the corpus stores and briefs are built from).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

BlockKind = Literal["paragraph", "heading", "caption", "credit", "list_item", "image"]


@dataclass
class Block:
    """One unit of a raw document as its format marks it."""

    kind: BlockKind
    text: str


@dataclass
class RawDocument:
    """A document as read from a file, before any cleaning."""

    source_path: str
    format: str
    blocks: list[Block]
    item_key: str = ""  # tells apart several documents of one file (feed items, JSONL lines)
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: datetime | None = None  # as the format states it (feed date, meta tag)
    archived: datetime | None = None  # when an archive saved it; loses to a date in the page
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Article:
    """A cleaned article: body paragraphs with everything else kept apart."""

    title: str
    paragraphs: list[str]
    source_path: str
    format: str
    item_key: str = ""
    url: str | None = None
    publisher: str | None = None
    published: datetime | None = None
    authors: list[str] = field(default_factory=list)
    language: str = "zh-Hans"
    captions: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    id: int | None = None
    duplicate_of: int | None = None

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def content_hash(self) -> str:
        """Changes whenever anything a reader would see changes."""
        return hashlib.sha256(json.dumps(self.to_dict(with_ids=False), ensure_ascii=False,
                                         sort_keys=True).encode()).hexdigest()

    def to_dict(self, with_ids: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "title": self.title,
            "url": self.url,
            "publisher": self.publisher,
            "published": self.published.isoformat() if self.published else None,
            "authors": list(self.authors),
            "language": self.language,
            "paragraphs": list(self.paragraphs),
            "captions": list(self.captions),
            "headings": list(self.headings),
            "credits": list(self.credits),
            "extra": dict(self.extra),
            "format": self.format,
            "source_path": self.source_path,
            "item_key": self.item_key,
        }
        if with_ids:
            data = {"id": self.id, **data, "duplicate_of": self.duplicate_of}
        return data


@dataclass
class Source:
    """An article a brief cites, with the other outlets that ran the same story."""

    id: int
    title: str
    publisher: str | None
    url: str | None
    published: str | None
    also_in: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Item:
    """One background sentence, chronology entry or viewpoint, with the articles it came from."""

    text: str
    sources: list[int]
    date: str | None = None  # chronology: YYYY, YYYY-MM or YYYY-MM-DD
    precision: str | None = None
    until: str | None = None  # chronology: the last day (YYYY-MM-DD) of an event over several days
    actor: str | None = None  # viewpoints: camp, speaker, role
    speaker: str | None = None
    role: str | None = None
    html: str | None = None  # text sections: the analyst's Markdown as HTML

    def to_dict(self, kind: str) -> dict[str, Any]:
        if kind == "text":
            return {"text": self.text, "html": self.html, "sources": self.sources}
        if kind == "chronology":
            return {"date": self.date, "precision": self.precision, "until": self.until,
                    "text": self.text, "sources": self.sources}
        if kind == "viewpoints" or (kind == "topic" and self.actor):
            return {"actor": self.actor, "speaker": self.speaker, "role": self.role,
                    "text": self.text, "sources": self.sources}
        return {"text": self.text, "sources": self.sources}


@dataclass
class BriefSection:
    """background, chronology or viewpoints; in a digest also highlights (本周要闻) and
    topic (one topic's background sentences, then its viewpoints)."""

    kind: str
    heading: str
    items: list[Item]
    key: str = ""  # the section's name in the JSON form; the kind unless a kind repeats

    def __post_init__(self) -> None:
        self.key = self.key or self.kind


@dataclass
class Brief:
    """What the summarizers make of the selected articles and the writers render."""

    title: str
    lead: str | None
    masthead: dict[str, Any]
    author_line: str | None
    sections: list[BriefSection]
    sources: list[Source]
    spec: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "lead": self.lead,
            **self.masthead,
            "author_line": self.author_line,
            "sources": [source.__dict__ for source in self.sources],
            "sections": {section.key: {"kind": section.kind, "heading": section.heading,
                                       "items": [item.to_dict(section.kind)
                                                 for item in section.items]}
                         for section in self.sections},
            "settings": self.spec,
        }


# --- analysis: every selected sentence read once, for every section ---------------


@dataclass(frozen=True)
class Token:
    """A word and its part of speech (jieba's tags: n, v, nr person, ns place, nt organization,
    r pronoun, c conjunction, d adverb, t time …)."""

    word: str
    pos: str
    offset: int  # where it starts in the sentence


@dataclass(frozen=True)
class Mention:
    """A person, place or organization the sentence names."""

    text: str
    kind: Literal["person", "place", "organization"]
    offset: int
    camp: str | None = None  # the actor it belongs to, when the gazetteer or spec knows


@dataclass(frozen=True)
class Speech:
    """Who said what: the speaker as written, resolved to a name (and role), the cue verb and
    the claim, whose span is `claim_start`:`claim_end` of the sentence text. `continued` marks a
    sentence that goes on with the speech of the one before it, without a cue of its own."""

    speaker: str
    role: str | None
    camp: str
    cue: str
    claim: str
    claim_start: int
    claim_end: int
    phrase: str = ""  # the speaker as the sentence writes it (他, 该官员, 美国国务卿蓬佩奥)
    continued: bool = False


@dataclass(frozen=True)
class Reliance:
    """Something a sentence leans on outside itself: `kind` is pronoun (他, 其), demonstrative
    (该, 此, 上述, 这一), collective (两国, 双方), connective (此外, 但是 at the start),
    relative_date (26日, 星期四, 去年), or no_subject (a sentence that opens on its verb).
    `resolved` is what the reference stands for, when the sentence or the one before says it."""

    kind: str
    text: str
    offset: int
    resolved: str | None = None


@dataclass
class AnalysedSentence:
    """A selected sentence as the analysis reads it; every summarizer uses this one reading."""

    text: str
    article: Article
    paragraph: int
    index: int  # position within the paragraph
    words: tuple[str, ...]  # content words (two characters or more, Latin, numbers)
    offset: int = 0  # where it starts in its paragraph
    position: int = 0  # position among the article's sentences
    tokens: tuple[Token, ...] = ()
    times: list[Any] = field(default_factory=list)  # briefgen.timex.Timex, offsets in this text
    mentions: tuple[Mention, ...] = ()
    speech: Speech | None = None
    leans_on: tuple[Reliance, ...] = ()

    @property
    def order(self) -> tuple:
        published = self.article.published.isoformat() if self.article.published else "9999"
        return (published, self.article.id, self.paragraph, self.index)

    @property
    def stands_alone(self) -> bool:
        """Whether it can be read out of its article as written."""
        return not self.leans_on
