"""Selection: the articles a brief is made from, ranked by relevance to its topic."""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from briefgen.chinese import to_simplified
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


@dataclass
class Decision:
    """What selection made of one matched story: its relevance, and why it was left out."""

    article_id: int
    title: str
    publisher: str | None
    published: str | None
    relevance: float
    title_hits: int
    lead_hits: int
    mentions: int
    used: bool
    reason: str | None = None  # off topic, over the limit of articles

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Selection:
    """The chosen stories and the decision about every story the topic matched."""

    selected: list[Selected]
    decisions: list[Decision]  # every story read: used, or dropped with its reason
    over_limit: list[int] = field(default_factory=list)  # stories left unread past max_articles

    def report(self, script: str | None = None) -> dict[str, int]:
        """Counts the build reports: matched, used, off topic, undated, converted."""
        used = [s.article for s in self.selected]
        return {
            "matched": len(self.decisions) + len(self.over_limit),
            "used": len(used),
            "off_topic": sum(d.reason in (OFF_TOPIC, OFF_STORY, OFF_DIGEST, OFF_SUBJECT)
                             for d in self.decisions),
            "over_limit": len(self.over_limit),
            "undated": sum(a.published is None for a in used),
            "converted": sum(1 for a in used if script and converts(a, script)),
        }


def converts(article: Article, script: str) -> bool:
    """Whether a brief in `script` converts any of the article's text: a zh-Hant article in a
    zh-Hans brief, and a Simplified one whose body carries Traditional forms (許智峯, 其後)."""
    from briefgen.analysis.script import in_script

    if not article.language.startswith("zh"):
        return False
    if article.language != script:
        return True
    text = (article.title or "") + "\n" + article.body
    return in_script(text, script) != text


OFF_TOPIC = "off topic: the topic's terms are not in its title or lead and only in passing"
OFF_STORY = ("off topic: it shares the topic's terms, but little of what the other stories "
             "say, and its title and lead do not make up for it")
OFF_DIGEST = "off topic: a digest of several stories, most of them on other topics"
OFF_SUBJECT = ("off topic: it names none of the words of the brief's title that every central "
               "story names: another story of the topic's actors")
LEAD_CHARS = 240  # how much of the body counts as the lead
DIGEST_PARAGRAPHS = 4  # an article this long naming the topic in one paragraph is about more
MIN_RELEVANCE = 2.0  # a term in the title or lead, or repeated mentions through the body
SHORT_REPORT = 800  # characters: a wire report; its topic named twice is a topic of its own
SHORT_REPORT_RELEVANCE = 4.0  # …and it is central to the brief (summarizers.MARGINAL)
REPORT_THRESHOLD = 3  # fewer on-topic sources than this earns a warning
STRONG_RELEVANCE = 9.0  # the terms in title and lead: about the topic whatever else it says
OFF_STORY_RATIO = 0.6  # likeness to the other stories, against the median story's, below which
# an article of weaker relevance tells another story that uses the same words (经贸协议 of a
# foreign minister's visit in a brief on the US–China trade deal; a multi-story newsletter).
# On the development clusters the off-story articles measure 0.49–0.56, the on-story 0.63 and up.


# A paragraph that opens on a story's own headline: a bullet (• 印度宣布封禁118个中国应用。…), or
# a short heading and a colon (中国外长出访欧洲五国：…) that is no one speaking (王毅表示：).
HEADLINE_OPENING = re.compile(
    r"\s*(?:[•●■▪◆]|(?P<heading>[^，,。！？!?：:“”「」《》\n]{4,24})[：:](?=\S))")
SPEAKING = re.compile(r"(?:表示|说|称|指出|强调|认为|问|答|道|写|提到|透露|宣布)$")
DIGEST_SHARE = 0.75  # of its paragraphs opening on distinct headlines: a digest of stories


def digest(paragraphs: list[str]) -> bool:
    """Whether an article is a digest of several stories, one a paragraph, each under its own
    headline (七张图看一周大事, 简报：…；…): DIGEST_PARAGRAPHS paragraphs or more, most of them
    opening on a distinct headline."""
    if len(paragraphs) < DIGEST_PARAGRAPHS:
        return False
    headings: set[str] = set()
    opening = 0
    for paragraph in paragraphs:
        match = HEADLINE_OPENING.match(paragraph)
        if not match or SPEAKING.search(match.group("heading") or ""):
            continue
        opening += 1
        headings.add(match.group("heading") or paragraph[:12])
    return opening >= DIGEST_SHARE * len(paragraphs) and len(headings) >= DIGEST_SHARE * opening


def fold(text: str) -> str:
    """Text in Simplified script, for matching terms whatever script an article uses."""
    return to_simplified(text)


def topic_forms(spec: BriefSpec) -> list[list[str]]:
    """The topic's terms in groups that must each be present: one group per keyword for
    `match: all`, else one group of every form."""
    groups = [[fold(form) for form in keyword.forms] for keyword in spec.topic.keywords]
    if spec.topic.match != "all":
        groups = [[form for group in groups for form in group]]
    return [sorted(set(group), key=lambda form: (-len(form), form)) for group in groups]


TITLED_RELEVANCE = 4.0  # a story whose title names the term and whose body tells it is about it


def count_terms(text: str, forms: list[str]) -> int:
    """Occurrences of the topic's terms, longest form first, none counted twice."""
    count = 0
    for form in forms:  # longest first: 延伸核威慑 is not also a 延伸威慑
        found = text.count(form)
        if found:
            count += found
            text = text.replace(form, "\x00")
    return count


def relevance(article: Article, groups: list[list[str]]) -> tuple[float, int, int, int]:
    """How much an article is about the topic: terms in its title (most), in its lead, and
    how densely the body repeats them; one passing mention deep in the body scores low.
    With several groups (match: all) the least present group decides.
    Returns (relevance, title hits, lead hits, mentions)."""
    title = fold(article.title or "")
    body = fold(article.body)
    lead = body[:LEAD_CHARS]
    paragraphs = [fold(p) for p in article.paragraphs]
    titled = any(count_terms(title, forms) for forms in groups)  # its title names the topic
    several = digest(paragraphs)
    scored = []
    for forms in groups:
        title_hits, lead_hits, mentions = (count_terms(title, forms), count_terms(lead, forms),
                                           count_terms(body, forms))
        density = 1000 * mentions / max(len(body), 200)  # mentions per thousand characters
        score = (3.0 * min(title_hits, 1) + 2.0 * min(lead_hits, 2) + 0.5 * min(mentions, 6)
                 + min(density, 4.0) * 0.5)
        if title_hits and mentions:
            score = max(score, TITLED_RELEVANCE)  # its title and its body name it: about it
        if not title_hits and not lead_hits and _short_report_on(paragraphs, forms, density):
            score = max(score, SHORT_REPORT_RELEVANCE)  # about the topic as a whole
        elif not title_hits and not lead_hits and (mentions < 5 or density < 2.0):
            score = min(score, MIN_RELEVANCE - 0.5)  # mentioned in passing: never enough
        if not titled and not lead_hits and len(paragraphs) >= DIGEST_PARAGRAPHS and \
                sum(1 for p in paragraphs if count_terms(p, forms)) <= 1:
            # a digest of several stories (七张图看一周大事) naming the topic, however often,
            # in one of them after its lead: in passing too
            score = min(score, MIN_RELEVANCE - 0.5)
        if several and sum(1 for p in paragraphs if count_terms(p, forms)) < len(paragraphs) / 2:
            # a digest of stories is about the topic only when most of them are (a Belarus
            # briefing), not when one is, first or in its title (七张图看一周大事 opening on a tour)
            score = min(score, MIN_RELEVANCE - 0.5)
        scored.append((round(score, 3), title_hits, lead_hits, mentions))
    return min(scored)


def _short_report_on(paragraphs: list[str], forms: list[str], density: float) -> bool:
    """A short report whose lead tells the topic's story in other words (澳洲监管部门未批准一家
    中国企业收购澳企的交易) and names it in two paragraphs of its first half (蒙牛乳业撤回…,
    蒙牛乳业事件之后): about it, not passing by. Short: under SHORT_REPORT characters, so the
    mentions are dense."""
    if sum(map(len, paragraphs)) > SHORT_REPORT or density < 2.0:
        return False
    naming = [n for n, p in enumerate(paragraphs) if count_terms(p, forms)]
    return len(naming) >= 2 and naming[0] < len(paragraphs) / 2


def choose(corpus: Corpus, spec: BriefSpec, as_of: date,
           between: tuple[datetime, datetime] | None = None) -> Selection:
    """The spec's stories, most relevant first, and the decision about each one matched.
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
    forms = topic_forms(spec)
    selected: list[Selected] = []
    decisions: list[Decision] = []
    over_limit: list[int] = []
    examined = 0
    for story, members in ranked:
        ids = [article_id for article_id, _ in members]
        # The story's original stands for it when it passed the filters, else its best copy.
        lead_id = story if story in ids else ids[0]
        if len(selected) >= spec.max_articles or examined >= 4 * spec.max_articles:
            over_limit.append(lead_id)  # not read: the limit was reached before it
            continue
        examined += 1
        article = _latest_version(corpus.get(lead_id), [corpus.get(i) for i in ids if i != lead_id])
        lead_id = article.id
        score, in_title, in_lead, mentions = relevance(article, forms)
        on_topic = score >= MIN_RELEVANCE
        decisions.append(Decision(
            lead_id, article.title, article.publisher,
            article.published.isoformat() if article.published else None, score, in_title,
            in_lead, mentions, on_topic,
            None if on_topic else OFF_DIGEST if digest(article.paragraphs) else OFF_TOPIC))
        if on_topic:
            copies = [corpus.get(i) for i in sorted(ids) if i != lead_id]
            selected.append(Selected(article, score, copies))
    selected = _on_story(_on_subject(selected, decisions, spec), decisions)
    # Most relevant first; the full-text rank breaks ties.
    order = {choice.article.id: n for n, choice in enumerate(selected)}
    selected.sort(key=lambda choice: (-choice.score, order[choice.article.id]))
    return Selection(selected, decisions, over_limit)


def title_words(spec: BriefSpec) -> list[str]:
    """The words of the brief's title, the topic's terms kept whole (美国防部报告评估中国军力 →
    国防部报告, 中国军力, 评估): what the analyst says the story is, beyond whose it is."""
    from briefgen.chinese import segmenter

    title = fold(spec.title or "")
    words = []
    for form in sorted({f for group in topic_forms(spec) for f in group}, key=lambda f: (-len(f), f)):
        if form in title:  # longest first, as count_terms reads them
            words.append(form)
            title = title.replace(form, "\n")
    rest = [word for piece in title.split("\n") for word in segmenter().content_words(piece)]
    return list(dict.fromkeys(words + rest))


def _on_subject(selected: list[Selected], decisions: list[Decision],
                spec: BriefSpec) -> list[Selected]:
    """Drop the weakly relevant articles that name none of the title's words that every central
    story (the topic in its title and lead) names: the Pentagon confirming a missile test of the
    解放军 names neither 报告 nor 中国军力 in a brief on its report on China's military. Needs two
    central stories to agree."""
    central = [choice.article for choice in selected if choice.score >= STRONG_RELEVANCE]
    if len(central) < 2:
        return selected
    texts = {choice.article.id: fold((choice.article.title or "") + "\n" + choice.article.body)
             for choice in selected}
    shared = [word for word in title_words(spec)
              if all(word in texts[article.id] for article in central)]
    if not shared:
        return selected
    by_id = {d.article_id: d for d in decisions}
    kept = []
    for choice in selected:
        if choice.score < STRONG_RELEVANCE and not any(w in texts[choice.article.id] for w in shared):
            decision = by_id[choice.article.id]
            decision.used, decision.reason = False, OFF_SUBJECT
            continue
        kept.append(choice)
    return kept


def _bigrams(article: Article) -> Counter:
    text = fold((article.title or "") + "。" + article.body)
    pairs: Counter = Counter()
    for run in CJK_RUN.findall(text):
        pairs.update(run[i:i + 2] for i in range(len(run) - 1))
    return pairs


def _on_story(selected: list[Selected], decisions: list[Decision]) -> list[Selected]:
    """Drop the weakly relevant articles whose words are far from the others' (the story the
    topic's terms name): what each article says (its character pairs), against all the other
    articles together, compared with the median article's likeness. Needs four articles to
    tell a story from an outlier."""
    if len(selected) < 4:
        return selected
    vectors = [_bigrams(choice.article) for choice in selected]
    total: Counter = Counter()
    for vector in vectors:
        total.update(vector)
    likeness = []
    for vector in vectors:
        others = total.copy()
        others.subtract(vector)
        dot = sum(others[pair] for pair in vector)
        norm = math.sqrt(len(vector)) * math.sqrt(sum(n * n for n in others.values() if n > 0))
        likeness.append(dot / norm if norm else 0.0)
    median = statistics.median(likeness)
    by_id = {d.article_id: d for d in decisions}
    kept = []
    for choice, like in zip(selected, likeness):
        if choice.score < STRONG_RELEVANCE and median and like < OFF_STORY_RATIO * median:
            decision = by_id[choice.article.id]
            decision.used, decision.reason = False, OFF_STORY
            continue
        kept.append(choice)
    return kept


def select(corpus: Corpus, spec: BriefSpec, as_of: date,
           between: tuple[datetime, datetime] | None = None) -> list[Selected]:
    """The spec's articles, most relevant first; copies of one story collapsed into one."""
    return choose(corpus, spec, as_of, between).selected


def _latest_version(original: Article, copies: list[Article]) -> Article:
    """A later copy that holds the original whole and adds to it (a page updated with the day's
    news: 捷克召见中国大使抗议 on top of 捷克代表团抵达台湾) stands for the story."""
    def pairs(article: Article) -> set[str]:
        text = "\n".join(article.paragraphs)
        return {text[i:i + 2] for i in range(len(text) - 1)}

    own = pairs(original)
    size = sum(map(len, original.paragraphs))
    updates = [copy for copy in copies if copy.published and original.published and
               copy.published > original.published and
               sum(map(len, copy.paragraphs)) >= 1.2 * size and
               len(own & pairs(copy)) >= 0.95 * len(own)]
    return max(updates, key=lambda c: (sum(map(len, c.paragraphs)), -c.id), default=original)
