"""Chronology: one entry per event, dated by the event's own date (not the article's),
phrased compactly, merged when several sources report it, in date order."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from briefgen import timex
from briefgen.model import Item
from briefgen.spec import Section
from briefgen.summarizers import REPORTING, Documents, Sentence, _absolute, cosine

EVENT_PRECISIONS = ("year", "half", "year_part", "quarter", "season", "month", "month_part", "week",
                    "day", "hour", "minute")
CLAUSE = re.compile(r"[^，,；;：:]+[，,；;：:]?")
ATTRIBUTION = re.compile(
    r"^(?:据[^，,。]{1,30}?(?:报道|报导|消息|通报|介绍|了解)|[^，,。]{0,12}(?:报道|报导)(?:说|称|指)?)\s*[，,:：]?")
CLUTTER = re.compile(r"当地时间|北京时间|日前|近日|[（(]\s*[)）]|^[，,、\s]+|[，,、\s]+$|"
                     r"^(?:凌晨|早上|上午|中午|下午|晚上|晚间)")
# A date that anchors another (自1981年以来, 明年年中以前) is not when anything happened.
ANCHOR_BEFORE = re.compile(r"(?:自|自从|从|截至|截止|直到|直至|早于|晚于)\s*$")
ANCHOR_AFTER = re.compile(r"^\s*(?:以来|以前|之前|以后|之后|起|前|后|为止|开始)")
FRAME = re.compile(rf"(?:{REPORTING}|报道|报导|消息|宣布)[，,:：]$")
CONDITIONAL = re.compile(r"^(?:如果|若|假如|虽然|尽管|因为|为了)")
LEADING = re.compile(r"^(?:于|在|是|自|从|到|至|截至|直到|早在|就在|即|的|后|前|以来|起)+")
ANAPHOR = re.compile(r"^(该|此|这一?|上述)(?=[\u4e00-\u9fff])")
DANGLING = re.compile(r"^(?:该|此|这|其|他|她|它|上述|同时|此外|并|且|而)")
TITLE = re.compile(r"《[^》]{2,40}》")
FRAME_ONLY = re.compile(rf"(?:{REPORTING}|强调|认为|消息指|报导指|报道指)$")
SAID = re.compile(rf"^[“「]|{REPORTING}|强调|认为")  # a claim, not an event
MAX_CHARS = 60
ENOUGH = 16  # characters of a clause that already tell what happened
SAME_DAY = 0.2  # two reports dated the same day are one event at this likeness
SAME_EVENT = 0.3  # a coarse mention naming the same document joins a precise event


@dataclass
class Event:
    start: datetime
    end: datetime
    precision: str
    iso: str
    text: str
    vector: dict[str, float]
    sources: set[int] = field(default_factory=set)
    topical: int = 0  # topic words in the sentence it came from
    names_topic: bool = False  # whether its own phrasing names the topic


def _clauses(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in CLAUSE.finditer(text)]


def _resolve_anaphor(text: str, sentence: str, before: int) -> str:
    """该条约 → 《美韩共同防御条约》 when the sentence named it before."""
    match = ANAPHOR.match(text)
    if not match:
        return text
    rest = text[match.end(1):]
    titles = re.findall(r"《[^》]+》", sentence[:before])
    for size in range(4, 0, -1):
        noun = rest[:size]
        for title in reversed(titles):
            if len(noun) >= 2 and title.rstrip("》").endswith(noun):
                return title + rest[size:]
    return text


def compact(sentence: str, found: timex.Timex, others: list[timex.Timex]) -> str:
    """The clause or clauses that tell what happened at `found`, without clutter."""
    clauses = _clauses(sentence)
    index = next((i for i, (at, text) in enumerate(clauses)
                  if at <= found.offset < at + len(text)), 0)
    starts = {t.offset for t in others if t.offset != found.offset and t.iso != found.iso}
    parts = []
    for at, text in clauses[index:]:
        if parts and any(at <= s < at + len(text) for s in starts):
            break  # the next clause belongs to another date
        parts.append(text)
        if len("".join(parts).replace(found.text, "")) >= ENOUGH or text.endswith(("；", ";")):
            break
    if len(clauses) > index + len(parts) and (FRAME.search(parts[-1]) or
                                               CONDITIONAL.match(parts[-1])):
        parts.append(clauses[index + len(parts)][1])  # what was reported; the rest of an if
    if len(parts) > 1:  # a reporting frame is not the event when what it reports follows
        parts = [part for part in parts[:-1] if not FRAME.search(part)] + parts[-1:]
    event = "".join(parts)
    for other in [found] + [o for o in others if o.iso == found.iso]:
        event = re.sub(r"的?(?:于|在)?\s*[（(]?" + re.escape(other.text) + r"[)）]?(?:的)?", "",
                       event, count=1)
    event = re.sub(r"——\s*(?=[，,])|——$", "", event)
    event = re.sub(r"[（(]\s*[)）]", "", event)
    event = ATTRIBUTION.sub("", CLUTTER.sub("", event).strip())
    event = CLUTTER.sub("", LEADING.sub("", event.strip())).strip()
    event = _resolve_anaphor(event, sentence, clauses[index][0])
    event = event.rstrip("，,；;：:、。 ")
    if len(event) > MAX_CHARS:
        cut = max(event.rfind(mark, 0, MAX_CHARS) for mark in "，,；;")
        event = event[:cut] if cut > 10 else event[:MAX_CHARS]
    return event


class ChronologySummarizer:
    def summarize(self, documents: Documents, section: Section) -> list[Item]:
        events: list[Event] = []
        found: dict[tuple[int, int], list[timex.Timex]] = {}
        for sentence in documents.sentences:
            key = (sentence.article.id, sentence.paragraph)
            if key not in found:  # a whole paragraph at once: 当天 follows the date before it
                found[key] = self._times(documents, sentence.article,
                                         sentence.article.paragraphs[sentence.paragraph])
            inside = [replace(t, offset=t.offset - sentence.offset) for t in found[key]
                      if sentence.offset <= t.offset < sentence.offset + len(sentence.text)]
            events.extend(self._events(documents, sentence, inside))
        merged = self._merge(events)
        chosen, length = [], 0
        for event in _spread_over_years(merged):
            if len(chosen) >= section.max_items or length + len(event.text) > section.max_chars:
                continue
            chosen.append(event)
            length += len(event.text)
        chosen.sort(key=lambda e: (e.start, EVENT_PRECISIONS.index(e.precision), e.text))
        return [Item(text=e.text, sources=sorted(e.sources), date=e.iso,
                     precision=_shown(e.precision)) for e in chosen]

    def _times(self, documents: Documents, article, paragraph: str) -> list[timex.Timex]:
        base = documents.reference_times[article.id]
        found = timex.parse(paragraph, base or datetime(2000, 1, 1))
        if base is None:  # an undated article: only dates that name their year count
            found = [t for t in found if _absolute(t.text)]
        return found

    def _events(self, documents: Documents, sentence: Sentence,
                found: list[timex.Timex]) -> list[Event]:
        if sentence.text.rstrip("”」").endswith(("？", "?")):
            return []
        events, seen = [], set()
        context = documents.vector(sentence.words)  # the whole sentence says which event it is
        for t in found:
            if t.precision not in EVENT_PRECISIONS or t.iso in seen:
                continue
            if (t.end - t.start).days > 366:  # a period, not an event
                continue
            if ANCHOR_BEFORE.search(sentence.text[:t.offset]) or \
                    ANCHOR_AFTER.match(sentence.text[t.offset + len(t.text):]):
                continue
            seen.add(t.iso)
            if t.duration:  # a period up to publication (一年以来, 过去五年) is no event
                continue
            text = compact(sentence.text, t, found)
            if len(text) < 6 or not re.search(r"[\u4e00-\u9fff]{4}", text) or \
                    DANGLING.match(text) or FRAME_ONLY.search(text) or SAID.search(text):
                continue
            events.append(Event(t.start, t.end, t.precision, t.iso, text, context,
                                {sentence.article.id},
                                sum(1 for w in documents.topic_words if w in sentence.text),
                                any(w in text for w in documents.topic_words) or
                                bool(TITLE.search(text))))
        return events

    def _merge(self, events: list[Event]) -> list[Event]:
        """Reports of one day that read alike or name the same document: one event (linked
        transitively). A coarse mention inside a precise event's span (去年 … 《华盛顿宣言》
        and 2023-04-26) then joins the precise event it most resembles."""
        events = sorted(events, key=lambda e: (e.start, -EVENT_PRECISIONS.index(e.precision),
                                               min(e.sources), e.text))
        parent = list(range(len(events)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        titles = [set(TITLE.findall(e.text)) for e in events]
        for i, a in enumerate(events):
            for j in range(i + 1, len(events)):
                b = events[j]
                if b.iso != a.iso:
                    continue
                if titles[i] & titles[j] or cosine(a.vector, b.vector) >= SAME_DAY:
                    parent[root(j)] = root(i)
        groups: dict[int, list[Event]] = {}
        for i, event in enumerate(events):
            groups.setdefault(root(i), []).append(event)
        merged = [_combine(group) for group in groups.values()]
        precise = [e for e in merged if e.precision in ("day", "hour", "minute", "month")]
        kept = []
        for event in merged:
            inside = [p for p in precise if p is not event and p.start >= event.start and
                      p.end <= event.end and EVENT_PRECISIONS.index(p.precision) >
                      EVENT_PRECISIONS.index(event.precision)]
            best = max(inside, key=lambda p: (cosine(event.vector, p.vector), -p.start.timestamp()),
                       default=None)
            if best is not None and (cosine(event.vector, best.vector) >= SAME_EVENT and
                                     set(TITLE.findall(event.text)) & set(TITLE.findall(best.text))):
                best.sources |= event.sources
                continue
            kept.append(event)
        return kept


def _combine(group: list[Event]) -> Event:
    """One event from its reports: all their sources, the phrasing that names the topic
    (then the shortest that still says something)."""
    phrasing = min(group, key=lambda e: (not e.names_topic, len(e.text) < 10, len(e.text), e.text))
    titled = [e for e in group if TITLE.search(e.text) and len(e.text) <= len(phrasing.text) + 12]
    if titled and not TITLE.search(phrasing.text):  # naming the document says more
        phrasing = min(titled, key=lambda e: (len(e.text), e.text))
    sources = set().union(*(e.sources for e in group))
    return Event(phrasing.start, phrasing.end, phrasing.precision, phrasing.iso, phrasing.text,
                 phrasing.vector, sources, max(e.topical for e in group), phrasing.names_topic)


def _importance(event: Event) -> tuple:
    return (-len(event.sources), -event.topical, -EVENT_PRECISIONS.index(event.precision),
            event.start, event.text)


def _spread_over_years(events: list[Event]) -> list[Event]:
    """Events in the order they earn a place: the best of each year first, so a timeline
    keeps its historical anchors (1953, 1954) beside the busy recent months; then the rest."""
    ranked = sorted(events, key=_importance)
    firsts, seen = [], set()
    for event in ranked:
        if event.start.year not in seen:
            seen.add(event.start.year)
            firsts.append(event)
    return firsts + [event for event in ranked if event not in firsts]


def _shown(precision: str) -> str:
    """Precision as the brief shows it: a period as what it is (2020年第三季度, 2020年夏,
    2020年9月上旬), a time of day as its day."""
    return {"hour": "day", "minute": "day"}.get(precision, precision)
