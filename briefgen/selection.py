"""Selection: the articles a brief is made from, ranked by relevance to its topic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from briefgen.corpus import CJK_RUN, Corpus, phrase
from briefgen.model import Article
from briefgen.spec import BriefSpec


@dataclass
class Selected:
    article: Article
    score: float
    copies: list[Article]  # near-duplicates of it in the corpus: where else the story ran


def topic_query(spec: BriefSpec) -> str:
    """The FTS expression of a spec's topic: synonyms ORed, keywords joined by match."""
    groups = ["(" + " OR ".join(phrase(form) for form in keyword.forms) + ")"
              for keyword in spec.topic.keywords]
    expression = (" AND " if spec.topic.match == "all" else " OR ").join(groups)
    for word in spec.topic.exclude:
        if not _one_character(word):
            expression = f"({expression}) NOT {phrase(word)}"
    return expression


def _one_character(word: str) -> bool:
    """Whether `word` holds a Chinese word of one character, which the bigram index
    cannot find (exclusions of it are looked for in the text instead)."""
    return any(len(run) == 1 and not run.isascii() for run in CJK_RUN.findall(word))


def _window_sql(spec: BriefSpec, as_of: date,
                between: tuple[datetime, datetime] | None = None) -> tuple[str, list]:
    start, end = spec.dates.bounds(as_of)
    conditions, params = [], []
    if between:  # an exact span (a digest's week): only articles dated inside it
        conditions.append("a.published_utc >= ? AND a.published_utc < ?")
        params += [moment.astimezone(timezone.utc).isoformat() for moment in between]
        start = end = None
    # Undated articles cannot be placed outside a window of days, so they stay in.
    if start:
        conditions.append("(a.published_utc IS NULL OR a.published_utc >= ?)")
        params.append(datetime.combine(start, time.min, timezone(timedelta(hours=14)))
                      .astimezone(timezone.utc).isoformat())
    if end:
        conditions.append("(a.published_utc IS NULL OR a.published_utc <= ?)")
        params.append(datetime.combine(end, time.max, timezone(timedelta(hours=-12)))
                      .astimezone(timezone.utc).isoformat())
    for word in filter(_one_character, spec.topic.exclude):
        conditions.append("instr(a.title, ?) = 0 AND NOT EXISTS (SELECT 1 FROM paragraphs p "
                          "WHERE p.article_id = a.id AND instr(p.text, ?) > 0)")
        params += [word, word]
    if spec.languages:
        conditions.append(f"a.language IN ({','.join('?' * len(spec.languages))})")
        params += list(spec.languages)
    if spec.sources_include:
        conditions.append(f"a.publisher IN ({','.join('?' * len(spec.sources_include))})")
        params += list(spec.sources_include)
    if spec.sources_exclude:
        conditions.append(f"(a.publisher IS NULL OR a.publisher NOT IN "
                          f"({','.join('?' * len(spec.sources_exclude))}))")
        params += list(spec.sources_exclude)
    return (" AND ".join(conditions) or "1"), params


def select(corpus: Corpus, spec: BriefSpec, as_of: date,
           between: tuple[datetime, datetime] | None = None) -> list[Selected]:
    """The spec's articles, most relevant first; copies of one story collapsed into one.
    `between` (start inclusive, end exclusive) replaces the spec's date window."""
    where, params = _window_sql(spec, as_of, between)
    rows = corpus.db.execute(
        "SELECT a.id, coalesce(a.duplicate_of, a.id), bm25(articles_fts, 5.0, 1.0) AS score "
        "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
        f"WHERE articles_fts MATCH ? AND {where} ORDER BY score, a.id",
        (topic_query(spec), *params)).fetchall()
    stories: dict[int, list[tuple[int, float]]] = {}  # rows come best first
    for article_id, story, score in rows:
        stories.setdefault(story, []).append((article_id, -score))
    ranked = sorted(stories.items(), key=lambda s: (-s[1][0][1], s[0]))
    selected = []
    for story, members in ranked[:spec.max_articles]:
        # The story's original stands for it when it passed the filters, else its best copy.
        ids = [article_id for article_id, _ in members]
        lead = story if story in ids else ids[0]
        copies = [corpus.get(i) for i in sorted(ids) if i != lead]
        selected.append(Selected(corpus.get(lead), members[0][1], copies))
    return selected
