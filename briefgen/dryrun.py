"""`build --dry-run`: what a build would be made of, written nowhere. The selected articles
with their relevance (and whatever else selection reports about each), the articles that
match the topic but were left out with the reason, and the number of items per section."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from briefgen.corpus import Corpus
from briefgen.model import Article, Brief
from briefgen.selection import Decision, Selected, choose, topic_query
from briefgen.spec import BriefSpec
from briefgen.summarizers import summarize

SHOWN_ELSEWHERE = {"article", "copies", "score", "article_id", "title", "publisher",
                   "published", "used", "reason"}


@dataclass
class Row:
    article: Article
    details: dict[str, object]  # relevance first, then anything else selection reports
    copies: list[int] = field(default_factory=list)


@dataclass
class Dropped:
    article: Article
    reason: str


@dataclass
class Plan:
    selected: list[Row]
    dropped: list[Dropped]
    sections: list[tuple[str, str, int]]  # kind, heading, items
    sources: int
    window: tuple[date | None, date | None]


def _details(chosen: Selected, decision: Decision | None) -> dict[str, object]:
    """Relevance, and every other plain field selection reports about the story (hits in
    the title and the lead, mentions …): what selection adds shows up here by itself."""
    details: dict[str, object] = {"relevance": getattr(decision, "relevance", chosen.score)}
    for record in (chosen, decision):
        if record is None:
            continue
        for item in dataclasses.fields(record):
            value = getattr(record, item.name)
            if item.name not in SHOWN_ELSEWHERE | set(details) and \
                    isinstance(value, (str, int, float, bool)) and value is not None:
                details[item.name] = value
    return details


def _utc(day: date, end: bool) -> datetime:
    # the same generous edges as the selection: any time zone's day counts
    edge = datetime.combine(day, time.max if end else time.min,
                            timezone(timedelta(hours=-12 if end else 14)))
    return edge.astimezone(timezone.utc)


def why_dropped(article: Article, spec: BriefSpec, as_of: date) -> str | None:
    """Which of the spec's filters leaves a topic-matching article out, or None."""
    start, end = spec.dates.bounds(as_of)
    if spec.languages and article.language not in spec.languages:
        return f"language {article.language} is not in languages ({', '.join(spec.languages)})"
    if spec.sources_include and article.publisher not in spec.sources_include:
        return f"publisher {article.publisher or 'unknown'} is not in sources.include"
    if spec.sources_exclude and article.publisher in spec.sources_exclude:
        return f"publisher {article.publisher} is in sources.exclude"
    if article.published is not None:
        moment = article.published.astimezone(timezone.utc)
        if start and moment < _utc(start, False):
            return f"published {article.published.date()}, before the window ({start})"
        if end and moment > _utc(end, True):
            return f"published {article.published.date()}, after the window ({end})"
    return None


def plan(corpus: Corpus, spec: BriefSpec, as_of: date) -> Plan:
    """Select and summarize as a build would, and explain the selection."""
    selection = choose(corpus, spec, as_of)
    chosen = selection.selected
    decisions = {decision.article_id: decision for decision in selection.decisions}
    brief: Brief = summarize(chosen, spec)
    rows = [Row(c.article, _details(c, decisions.get(c.article.id)),
                [copy.id for copy in c.copies]) for c in chosen]
    kept = {row.article.id: row.article.id for row in rows}
    kept.update({copy: row.article.id for row in rows for copy in row.copies})
    dropped = [Dropped(corpus.get(d.article_id), d.reason or "not used")
               for d in selection.decisions if not d.used]
    kept.update({d.article_id: d.article_id for d in selection.decisions})
    matching = corpus.db.execute(
        "SELECT a.id, coalesce(a.duplicate_of, a.id) FROM articles_fts "
        "JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? "
        "ORDER BY bm25(articles_fts, 5.0, 1.0), a.id", (topic_query(spec),)).fetchall()
    stories_kept = {corpus.get(i).duplicate_of or i for i in kept}
    over_limit = set(selection.over_limit)  # left unread once max_articles was reached
    for article_id, story in matching:
        if article_id in kept:
            continue
        article = corpus.get(article_id)
        reason = why_dropped(article, spec, as_of)
        if reason is None and (article_id in over_limit or story in over_limit):
            reason = "over max_articles"
        elif reason is None and story in stories_kept:
            reason = "a copy of a story already listed"
        elif reason is None:
            reason = "not used"
        dropped.append(Dropped(article, reason))
    sections = [(section.kind, section.heading, len(section.items))
                for section in brief.sections]
    return Plan(rows, dropped, sections, len(brief.sources), spec.dates.bounds(as_of))


def plan_for(spec_path, corpus: Corpus, as_of: date | None = None) -> Plan:
    """The plan of the spec at `spec_path`, as `build` would select (same `as_of` rule)."""
    from briefgen.spec import load_spec

    spec = load_spec(spec_path)
    as_of = as_of or (spec.masthead.date if spec.masthead and spec.masthead.date
                      else date.today())
    return plan(corpus, spec, as_of)
