"""Events of the chronology and how reports of one event become one entry: reports of one
day that read alike, an act and its later announcement, a coarse mention inside a precise
event's span."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from briefgen.summarizers import cosine, pair_overlap, pair_share

EVENT_PRECISIONS = ("year", "half", "year_part", "quarter", "season", "month", "month_part", "week",
                    "day", "hour", "minute")
TITLE = re.compile(r"《[^》]{2,40}》")
SAME_DAY = 0.35  # two reports dated the same day are one event at this likeness
SAME_EVENT = 0.3
SAME_WORDING = 0.4  # bigram overlap of two phrasings of one event
SAME_KEYWORDS = 0.3  # share of a coarse entry's key words a precise one within its span tells
NEXT_DAY = 0.35  # reports a day apart are one event at this likeness (time zones)


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
    keywords: frozenset = frozenset()  # which of the topic's keywords it names (any form)
    lede: bool = False  # told in its article's first paragraph: the news itself
    told: str = ""  # the sentences that report it, whole
    actor: str = ""  # who acts: the word it opens on
    acts: frozenset = frozenset()  # its verbs (two characters or more)
    headline: int = 0  # words of its sentences that the selected stories' titles use
    sides: frozenset = frozenset()  # the countries its opening names (who acts)
    spanned: bool = False  # told only as where a span starts (自…以来): kept when nothing else tells its day


MEASURE = re.compile(r"\d+\.\d+|\d+(?:\.\d+)?%")  # 53.1, 11%: a figure a report gives


def _other_figures(a: str, b: str) -> bool:
    """Whether two texts give figures and none in common: two releases (财新…指数升至53.1,
    统计局…指数略降至51.0), not one event told in two time zones."""
    first, second = set(MEASURE.findall(a)), set(MEASURE.findall(b))
    return bool(first and second and not first & second)


def merge(events: list[Event]) -> list[Event]:
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
            if shown(b.precision) != shown(a.precision):
                continue  # (a day and an hour of it are one precision)
            if a.sides and b.sides and not a.sides & b.sides:
                continue  # two sides' acts (中国副外长约见捷克大使 / 捷克外长召见中国大使)
            likeness = cosine(a.vector, b.vector)
            wording = pair_overlap(a.text, b.text)
            if b.iso == a.iso and (titles[i] & titles[j] or likeness >= SAME_DAY or
                                   _same_act(a, b) or _retold(a, b) or
                                   wording >= SAME_WORDING / 2 or
                                   a.keywords & b.keywords and wording >= SAME_WORDING / 4
                                   and not (a.sides and b.sides and
                                            not a.sides & b.sides)  # 中国… / 捷克…
                                   and not _other_acts(a, b)):
                parent[root(j)] = root(i)
            elif a.precision in ("day", "hour", "minute") and not _other_figures(a.text, b.text) and \
                    abs((b.start - a.start).days) <= 1 and likeness >= NEXT_DAY and \
                    (wording >= SAME_WORDING / 4 or _same_act(a, b)):
                parent[root(j)] = root(i)  # one event told in two time zones
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
        acting = [p for p in inside if (_same_act(event, p) or _same_parties(event, p)) and
                  pair_share(event.text, p.told) >= TOLD_THERE]
        if len(acting) == 1:  # 外交官上周获准…交谈 is 8-27's 官员获准…探望
            acting[0].sources |= event.sources
            continue
        if best is not None and (cosine(event.vector, best.vector) >= SAME_EVENT or
                                 pair_overlap(event.text, best.text) >= SAME_WORDING or
                                 set(TITLE.findall(event.text)) & set(TITLE.findall(best.text))):
            best.sources |= event.sources
            continue
        told = max(inside, key=lambda p: (_told_by(event, p), -p.start.timestamp()),
                   default=None)
        if told is not None and _told_by(event, told) >= SAME_KEYWORDS:
            told.sources |= event.sources  # 2023年：美韩成立核咨商小组 is 2023-04-26's news
            continue
        counted = [p for p in inside if _same_count(event, p)]
        if len(counted) == 1:  # 6月 中国军队…打死了20名印度士兵 is 6-15's clash (有20名印度士兵丧生)
            counted[0].sources |= event.sources
            continue
        alike = [p for p in inside if event.text[:2] == p.text[:2] and
                 not (p.sides and event.sides and not p.sides & event.sides) and
                 re.search(r"[\u4e00-\u9fff]{2}$", event.text) and p.text.endswith(event.text[-2:])]
        if len(alike) == 1:  # 6月中旬中印士兵…爆发冲突 is 6-15's 中印军人…发生…冲突
            alike[0].sources |= event.sources
            continue
        kept.append(event)
    return _announced_acts(kept)


# An entry telling that an act was made known (中国官方公布，…截获…).
MADE_KNOWN = re.compile(r"^[^，,]{2,16}(?:公布|宣布|通报|公告|证实|披露)[，,:：]")
KNOWN_AFTER = 1  # days after an act within which making it known is only its report


def _announced_acts(events: list[Event]) -> list[Event]:
    """An act made known the day it happened or the next: one event, of the act's day, told by
    both sources. Made known days later (8-26 中国官方公布，…截获一艘快艇, of 8-23 广东省海警…截获
    一艘船只), the disclosure is news of its own: the day the story broke."""
    kept = []
    for event in events:
        acts = [e for e in events if e is not event and MADE_KNOWN.match(event.text) and
                e.precision in ("day", "hour", "minute") and e.start < event.start and
                (event.start - e.start).days <= KNOWN_AFTER and not MADE_KNOWN.match(e.text) and
                event.acts & e.acts and not _other_figures(event.text, e.text)]
        if len(acts) == 1:
            acts[0].sources |= event.sources
            continue
        kept.append(event)
    return kept


# Share of a coarse entry's character pairs that a precise event's reports hold, for one act
# to be one event (香港警方逮捕了…黎智英 is not 8-26's 警方…拘捕13名男子: 0.24).
TOLD_THERE = 0.25
RETOLD = 0.6  # share of an entry's character pairs another entry's sentence of its story holds


def _retold(a: Event, b: Event) -> bool:
    """One story telling one day's event twice, in its lead and in detail (示威前一天，法院推翻
    了政府禁令 / 柏林行政法院周五…做出决定，允许…，由此推翻了…禁令), or one actor's act of
    that day twice: one event."""
    return bool(a.sources & b.sources) and (
        max(pair_share(a.text, b.told), pair_share(b.text, a.told)) >= RETOLD or
        len(a.actor) >= 3 and a.actor == b.actor)  # (内蒙古教育厅传达…文件 / …发布了《…方案》)


# Verbs of one act that share no last character (警告 / 告诫 民众…风险; 扣留 / 拘捕).
KIN_VERBS = (frozenset({"警告", "告诫", "警示", "提醒"}),
             frozenset({"拘留", "拘捕", "扣留", "扣押", "逮捕", "羁押", "拘押"}))


def _alike(x: str, y: str) -> bool:
    """Whether two verbs tell one act: the same, alike in their last character (拘捕, 逮捕),
    or kin (警告, 告诫)."""
    return x == y or len(x) == len(y) == 2 and x[1] == y[1] or any(x in kin and y in kin for kin in KIN_VERBS)


def _other_acts(a: Event, b: Event) -> bool:
    """Whether two entries tell one actor's two different acts of a day (蓬佩奥抵达以色列 /
    蓬佩奥会晤了…拉布; 王毅…称…付出沉重代价 / 外交部…秦刚约见…大使): the same opening,
    verbs that have nothing in common (not a bare country: 捷克代表团抵达… / 捷克参议院主席…抵台
    访问). Sharing the topic's name is then no sign of one event."""
    return len(a.actor) >= 3 and a.actor == b.actor and bool(a.acts) and bool(b.acts) and \
        not any(_alike(x, y) for x in a.acts for y in b.acts)


# A count of people or things with what it counts (20名印度士兵, 4枚弹道导弹).
COUNT = re.compile(r"(?<!\d)\d++\s*+(?:名|人|艘|枚|架|辆|具)[\u4e00-\u9fff]{2}")


def _same_count(coarse: Event, precise: Event) -> bool:
    """Whether a coarse entry names a count of people or things (20名印度士兵) that a precise
    entry inside its span, or its sentence, names too: the same event told at two precisions."""
    return any(count in precise.text or count in precise.told for count in COUNT.findall(coarse.text))


def _same_parties(coarse: Event, precise: Event) -> bool:
    """A coarse entry and a precise one of one act between one pair (2019年秋 麒麟控股与蒙牛
    乳业…达成协议, 2019年11月 蒙牛乳业和雄狮…达成初步协议): the same verb, and the actor of
    one named at the other's opening."""
    return (any(act in precise.text for act in coarse.acts) or  # (segmented apart in one)
            any(act in coarse.text for act in precise.acts)) and len(coarse.actor) >= 2 and \
        len(precise.actor) >= 2 and (coarse.actor in precise.text[:12] or
                                      precise.actor in coarse.text[:12])


def _key_words(text: str) -> set[str]:
    """What a text says, as its character pairs (the titles it names whole)."""
    runs = re.findall(r"[\u4e00-\u9fff]+|[A-Za-z]{2,}", TITLE.sub(" ", text))
    return {run[i:i + 2] for run in runs for i in range(max(1, len(run) - 1))
            if len(run) >= 2} | set(TITLE.findall(text))


def _told_by(coarse: Event, precise: Event) -> float:
    """Share of a coarse entry's key words that a precise entry or its sentence has."""
    words = _key_words(coarse.text)
    told = precise.text + "\n" + precise.told + "\n" + " ".join(precise.vector)
    if not any(re.fullmatch(r"[\u4e00-\u9fff]{4}", coarse.text[i:i + 4]) and
               coarse.text[i:i + 4] in told for i in range(len(coarse.text) - 3)):
        return 0.0  # no name or term in common (核咨商小组): two things of one year
    return sum(w in told for w in words) / max(1, len(words))


# An act told as someone's post or statement relayed it (…发帖，指…被捕).
RELAYED = re.compile(r"^[^，,。]{2,20}?(?:发帖|发文|发推|发表声明|证实)[，,]\s*(?:指|称)")


def _same_act(a: Event, b: Event) -> bool:
    """One actor doing one thing (警方上门拘捕…, 警方就…拘捕…; 林卓廷…被逮捕 and 警方…拘捕…
    林卓廷): the same act, even told of different people it struck. Verbs alike in their
    last character (拘捕, 逮捕, 被捕) count as one; the actors are what the entries open on
    (sharing a character: 警方, 香港警察), or one country alone (五角大楼, 美国国防部), or a
    passive entry's subject the other names, or a passive entry and an active one of one
    verb that share a name (a place)."""
    verbs = [(x, y) for x in a.acts for y in b.acts if _alike(x, y)]
    if any(re.search(rf"被[^，,。]{{0,12}}?{x}", a.text) or re.search(rf"被[^，,。]{{0,12}}?{y}", b.text)
           for x, y in verbs) and _key_words(a.text) & _key_words(b.text) - {v for pair in verbs for v in pair}:
        return True  # 居民被…“白衣人”袭击 / …男子在元朗地铁站袭击了…: the act told from its other end
    if verbs and a.iso == b.iso and (RELAYED.match(a.text) or RELAYED.match(b.text)):
        return True  # 民主党面书专页发帖，指许、林两人清晨被捕: the arrest, as a post told it
    if not verbs or not a.actor or not b.actor:
        return False
    if set(a.text[:4]) & set(b.text[:4]) - set("的在于和与了") or \
            a.actor in b.text[:8] and b.actor in a.text[:8] or \
            len(a.sides) == 1 and a.sides == b.sides:  # 以色列与阿联酋, 阿联酋与以色列; one
        return True  # country's body under two names (五角大楼…发射导弹 / 美国国防部…试射…导弹)
    return any(f"被{x}" in a.text and a.actor in b.text or f"被{y}" in b.text and b.actor in a.text
               for x, y in verbs)


def _combine(group: list[Event]) -> Event:
    """One event from its reports: all their sources, the phrasing that names the topic
    and tells the act itself rather than who relayed it (then the shortest that still says
    something)."""
    def typical(event: Event) -> float:  # how much the others say what it says
        return sum(pair_overlap(event.text, other.text) for other in group if other is not event)

    def relayed(event: Event) -> bool:
        return bool(RELAYED.match(event.text) or event.text.startswith("据"))

    phrasing = min(group, key=lambda e: (-len(e.keywords), not e.lede, not e.names_topic, relayed(e),
                                         -round(typical(e), 1),
                                         len(e.text) < 10, len(e.text), e.text))
    titled = [e for e in group if TITLE.search(e.text) and len(e.text) <= len(phrasing.text) + 12
              and not relayed(e)]
    if titled and not TITLE.search(phrasing.text):  # naming the document says more
        phrasing = min(titled, key=lambda e: (len(e.text), e.text))
    sources = set().union(*(e.sources for e in group))
    return Event(phrasing.start, phrasing.end, phrasing.precision, phrasing.iso, phrasing.text,
                 phrasing.vector, sources, max(e.topical for e in group), phrasing.names_topic,
                 frozenset().union(*(e.keywords for e in group)), phrasing.lede,
                 "\n".join(sorted({e.told for e in group})), phrasing.actor, phrasing.acts,
                 0, phrasing.sides, all(e.spanned for e in group))


def last_day(event: Event) -> str | None:
    """The last day of an event told over several days (5月10-12日), or None."""
    return event.end.date().isoformat() if event.precision == "day" and event.end.date() > event.start.date() else None


def shown(precision: str) -> str:
    """Precision as the brief shows it: a period as what it is (2020年第三季度, 2020年夏,
    2020年9月上旬), a time of day as its day."""
    return {"hour": "day", "minute": "day"}.get(precision, precision)


# The times of a day in their order: two entries of one day are told as the day went.
TIMES_OF_DAY = (("凌晨", "清晨", "黎明"), ("早上", "早晨", "上午"), ("中午", "午间"),
                ("下午", "午后", "傍晚"), ("晚上", "晚间", "当晚", "入夜", "夜间", "深夜", "午夜"))
TIME_OF_DAY = re.compile("|".join(w for words in TIMES_OF_DAY for w in words))


def time_of_day(event: Event) -> int:
    """The rank of the time of day its first report gives (凌晨 0 … 深夜 4); 5 when none is
    given: a day's count or total (全天…拘捕了约300名) comes after what the day told in turn."""
    found = TIME_OF_DAY.search(event.told.split("\n", 1)[0])
    return next(n for n, words in enumerate(TIMES_OF_DAY) if found.group() in words) if found \
        else len(TIMES_OF_DAY)
