"""Undated ledes: a report often opens on its news with no day (英格兰足球超级联赛宣布，已立即
终止与中国版权合作商的…转播合同) and dates the same act only in a later sentence (英超联在周四
（9月3日）…表示：“英超联证实，已于今日终止了…转播合约。”). The lede's act takes that day.
So does an answer given at once to the act the sentence before dates (台湾总统蔡英文8月28日
宣布…。美国方面则立即正面响应，…彭斯…在推特发文表示欢迎。)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice
from typing import Iterable

from briefgen import timex
from briefgen.analysis import DISPATCH_DAY
from briefgen.timex.context import day_span, month_span
from briefgen.summarizers import Documents, Sentence, pair_share
from briefgen.summarizers.acts import as_event
from briefgen.summarizers.honours import laureates
from briefgen.summarizers.clauses import ANNOUNCING, LATIN_GLOSS, SAYS_OPENING, _unbalanced, in_title

SAME_ACT = 0.2  # share of what was announced a later sentence holds: it tells the same act
# The next sentence dating the lede's decision by pointing back to it (台湾政府限令…撤资。
# 台湾经济部投资审议委员会周一（8月24日）作出的这一裁决…).
DECISION_BACK = re.compile(r"作出的(?:这一|这项|该|此项|此一)(?:裁决|决定|判决|处罚|禁令|命令)")
# A scene the lede opens on before its news (在新冠疫情对各项体育赛事造成持续影响之下，).
SCENE = re.compile(r"^(?:在|随着|由于|面对)[^，,。]{2,40}(?:之下|下|中|之际|之后|后)[，,]")


def dated_ledes(documents: Documents) -> list[tuple[Sentence, timex.Timex, str]]:
    """The undated ledes of central reports, each with the time of the later sentence of its
    report that tells the same announced act (or of the next one, dating the lede's decision
    as 作出的这一裁决), of its dispatch, or else its report's month, and the entry's text:
    standing alone as every entry must (a lede leaning on what it lost is no entry)."""
    found = []
    for told in documents.analysis.by_article.values():
        lede = _lede(told)
        if lede is None or not documents.central(lede.article) or \
                any(not _dates_nothing(lede, t) for t in lede.times):
            continue
        topical = documents.names_topic(lede.text)
        day = _told_later(lede, told) if topical else None
        if day is None and not lede.speech:
            day = _dateline_day(documents, lede) if topical else None
            if day is None and topical:
                day = _headline_day(documents, lede)
            if day is None and documents.names_topic(lede.article.title or ""):
                day = _report_month(documents, lede)  # a story about the topic: its news
        if day is not None:
            text = LATIN_GLOSS.sub("", SCENE.sub("", lede.text)).rstrip("。")
            if day.precision == "month":  # …被改成了《一元钱》，有人感叹…: the act, not what
                text = REACTIONS.split(RECENTLY.sub("", text).lstrip("，, "))[0]  # it stirred
            whole, text = text, documents.analysis.standalone(lede, text)
            act = _done_act(whole)
            if text is None and act and act != whole:  # (…进行了调查，…了解他们的…: the act
                text = documents.analysis.standalone(lede, act)  # it opens on)
            if text and not _unbalanced(text):
                found.append((lede, day, text))
    return found


def _lede(told: list[Sentence]) -> Sentence | None:
    """The report's first sentence, or the second paragraph's when the first paragraph is a
    teaser quoting (潘振声女儿马莉表示，改成这样，唱起来不觉得拗口吗？), or the next sentence
    when the first asks the question the report answers (…那么当前的债市是否存在泡沫？)."""
    asked = False
    for sentence in told[:8]:
        if sentence.paragraph > 1 or sentence.index != 0 and not (asked and sentence.paragraph == 0):
            continue
        if sentence.paragraph == 0 and sentence.text.rstrip("”」").endswith(("？", "?")):
            asked = not sentence.speech and not SAYS_OPENING.match(sentence.text)  # (a quote goes on)
            continue
        return sentence
    return None


def _told_later(lede: Sentence, told: list[Sentence]) -> timex.Timex | None:
    """The day of the first later sentence that tells the lede's announced act."""
    announced = ANNOUNCING.search(lede.text)
    what = lede.text[announced.end():].strip("，,：: 。") if announced else ""
    for n, later in enumerate(told[lede.position + 1:]):
        days = [t for t in later.times if t.precision == "day"]  # the first: the frame's
        if days and (what and pair_share(what, later.text) >= SAME_ACT or  # (周四, not a
                     n == 0 and DECISION_BACK.search(later.text)):  # quote's 今日)
            return days[0]
    return None


def _dateline_day(documents: Documents, lede: Sentence) -> timex.Timex | None:
    """The day of a dispatch's dateline (（法新社纽奥良26日电）飓风萝拉…朝美国墨西哥湾沿岸前进，
    …居民…撤离涨潮区): an undated lede that tells what goes on, not what someone said, tells
    that day's news."""
    reference = documents.reference_times.get(lede.article.id)
    for credit in lede.article.credits:
        if DISPATCH_DAY.search(credit):
            days = [t for t in timex.parse(credit, reference) if t.precision == "day"]
            if days:
                return days[0]
    return None


HEADLINE_SHARE = 0.25  # of a lede's character pairs its title holds: the title tells its news
RETOLD = 0.15  # of them a sentence right after holds: it tells the same act, with its day
NOT_DONE = re.compile(r"将|將|可能|预计|如果|计划|拟|曾|一直|正在|期间|以来|[一两三四五六七八九十]周|[？?]|"  # a plan,
                      r"(?<![主需重只想必紧提纲])要(?![求点闻员素件务])|"  # (陈立群要退休了: about to)
                      r"(?<![目此日先当提面眼跟之以])(?:前|后)(?![往去来进途景])")  # a state, a past; 大选前: another's time


def _done_act(text: str) -> str | None:
    """A text's first clause when it tells an act done (…发布了《…报告》), not a plan, a state
    or another's time (将, 一直, 大选前); else None."""
    act = re.split(r"[，,；;]", text)[0]
    return act if DONE_ACT.search(act) and not NOT_DONE.search(act) else None


def _headline_day(documents: Documents, lede: Sentence) -> timex.Timex | None:
    """The day a report was published, for an undated lede telling an act done that its title
    tells again (美国巨型军舰抵达克里特岛 over 美国海军…远征海上基地船抵达希腊克里特岛): a report's
    headline news is of its own day."""
    reference = documents.reference_times.get(lede.article.id)
    act = _done_act(lede.text)  # (…发布了《…报告》，…增长率也将…: what it reports)
    if reference is None or not act or RECENTLY.match(act) or \
            pair_share(lede.article.title or "", act) < HEADLINE_SHARE:
        return None
    day = timex.news_day(reference)
    for later in documents.analysis.by_article[lede.article.id][lede.position + 1:]:
        if later.paragraph > lede.paragraph + 1:
            break
        past = [t for t in later.times if t.precision == "day" and t.start.date() < day]
        if past and pair_share(act, later.text) >= RETOLD:
            return past[0]  # (中国…发射了数枚中程导弹。周三的导弹发射…: the day told next)
    return timex.Timex(f"{day.month}月{day.day}日", *day_span(day), "day")


# A year that names an edition of an event (2019年篮球世界杯17-32名排位赛, 2020年东京奥运会): no
# date of what took place at it.
EDITION = re.compile(r"^\d{4}年(?![，,、的底初中末以前后来起至到间上下度内时里])[^，,。；;“”]{0,12}?"
                     r"(?:世界杯|奥运会|冬奥会|亚运会|运动会|锦标赛|联赛|公开赛|大奖赛|排位赛|资格赛|"
                     r"博览会|进博会|世博会|峰会|年会|论坛|大会)")
RECENTLY = re.compile(r"^(?:近日|日前|最近|近期)")
REACTIONS = re.compile(r"[，,；;](?:也|还)?有(?:人|网友|不少人|许多人|很多人)|[，,；;](?:网友|不少网友)(?:纷纷|表示|感叹|质疑|认为)")


def _dates_nothing(lede: Sentence, t: timex.Timex) -> bool:
    """Whether a year of the report's own in a lede dates none of its acts: it names an
    edition (2019年篮球世界杯…) or a title (《2019年贸易和发展报告》), or a forecast is for it
    (2019年全球经济增长率也将…)."""
    published = lede.article.published
    if t.precision != "year" or published is None or t.start.year != published.year:
        return False
    after = lede.text[t.offset:]
    return EDITION.match(after) is not None or in_title(lede.text, t) or \
        re.match(r"[^，,。；;]*?(?:将|預計|预计)", after) is not None


def _report_month(documents: Documents, lede: Sentence) -> timex.Timex | None:
    """The month of the report (precision month) for a lede that tells, with no day, the
    news it reports (近日，一张截图在朋友圈流传…; 中国男篮以77比73战胜韩国队): a report's news is
    of its own days, and the month says no more than that."""
    reference = documents.reference_times.get(lede.article.id)
    if reference is None or not (RECENTLY.match(lede.text) or lede.times or _done_act(lede.text)):
        return None  # (a scene, a state)
    day = timex.news_day(reference)
    start, end = month_span(day.year, day.month)
    return timex.Timex(f"{day.year}年{day.month}月", start, end, "month")


# Done at once after the act before it (美国方面则立即正面响应，…): not 没有立即置评, 要求印度立即撤军.
AT_ONCE = re.compile(r"^(?P<who>(?:(?!要求|敦促|呼吁|促请|希望|请求|没有)[^，,。“”「」]){2,20}?)(?:则|也|亦)?(?<!未)(?<!不)"
                     r"(?:立即|随即|当即|旋即)(?P<act>[^，,。]{2,40})")


def answered_at_once(documents: Documents) -> list[tuple[Sentence, timex.Timex, str]]:
    """Undated sentences of central reports that tell what was done at once after the act the
    sentence before it in its paragraph dates by one day, each with that day and its entry."""
    found = []
    for told in documents.analysis.by_article.values():
        for before, sentence in zip(told, told[1:]):
            if sentence.times or before.paragraph != sentence.paragraph or \
                    not documents.central(sentence.article):
                continue
            at_once = AT_ONCE.match(sentence.text)
            days = {t.iso: t for t in before.times if t.precision == "day"}
            if not at_once or len(days) != 1 or re.search(r"没有|未|不", at_once["act"][:3]):
                continue
            text = LATIN_GLOSS.sub("", at_once["who"] + sentence.text[at_once.start("act") - 2:].rstrip("。"))
            text = documents.analysis.standalone(sentence, text)
            if text and not _unbalanced(text):
                found.append((sentence, next(iter(days.values())), text))
    return found


# What a sentence going on with a story tells that is no step of its day: a state, a past, a
# plan, a saying, a feeling (曾, 一直, 将, 表示, 希望…).
NO_STEP = re.compile(r"曾|此前|之前|以前|一直|多年|历来|正在|将|(?<![协委商工学介议])会(?=[\u4e00-\u9fff])(?![上中议谈见晤面长员场期])|"
                     r"要|可能|预计|如果|表示|认为|称|说|希望|是|为|有(?![限关])|没有|未|不(?![同少久])|[？?“”「」]")
# (no will in a body's name, 推介会上, 工商协会分别; no having in 有限公司; no negation in 不同平台)
# An act told as done (抵达, 宣布了): a lede's news, not a state or a plan.
DONE_ACT = re.compile(r"[\u4e00-\u9fff]了|抵达|到达|宣布|签署|发射|逮捕|拘捕|释放|召开|公布|会见|会晤|批准|否决|驳回|"
                      r"判处|起诉|辞职|当选|坠毁|道歉|致歉")
DONE_STEP = re.compile(r"了|已经|立即|随即|当即|随后|旋即|赶到|赶往|找到|拉出|救出|抓获|带走")
NEXT_PARAGRAPHS = 2  # paragraphs after the lede's a story's next steps are told in


def next_steps(documents: Documents) -> list[tuple[Sentence, timex.Timex, str]]:
    """The steps a one-day story tells right after its dated lede, with no day of their own
    (今天…暴洪肆虐…。军方救难人员从…瓦砾堆中，拉出数十名受害人。): the opening sentences of
    the next paragraphs of a central report, telling an act done (了, 立即, 找到…), while no
    other day has been named; each with the lede's day."""
    found = []
    for told in _stories(documents):
        days = {t.iso: t for t in told[0].times if t.precision == "day"}
        if told[0].paragraph != 0 or len(days) != 1:
            continue
        day = next(iter(days.values()))
        for sentence in told[1:]:
            if sentence.paragraph > NEXT_PARAGRAPHS or \
                    any(t.iso != day.iso for t in sentence.times if t.precision in ("day", "hour", "minute")):
                break  # (another day told: what follows may be of it)
            text = _step(documents, sentence, DONE_STEP) \
                if sentence.paragraph and sentence.index == 0 else None
            if text:
                found.append((sentence, day, text))
    return found


def _stories(documents: Documents) -> list[list[Sentence]]:
    """The sentences of each central report whose title names the topic: its story's own."""
    return [told for told in documents.analysis.by_article.values()
            if told and documents.central(told[0].article) and documents.names_topic(told[0].article.title or "")]


def _step(documents: Documents, sentence: Sentence, done: re.Pattern) -> str | None:
    """A sentence with no time of its own that tells an act `done` says (or the words before
    its claim do: 随后…发文道歉称：“…”), opening on its actor, as an entry standing alone; None
    for a state, a plan, a saying (NO_STEP). Its 他 is whom the sentences before name."""
    said = _frame_act(sentence) if sentence.speech and not sentence.speech.continued else sentence.text
    if sentence.times or not said or NO_STEP.search(said) or not done.search(said):
        return None
    said = LATIN_GLOSS.sub("", SEQUENCE.sub("", said)).rstrip("。")  # (随后: the day tells it)
    text = as_event(documents, said)
    if text is not None:
        text = documents.analysis.standalone(sentence, text)
    elif (whole := documents.analysis.standalone(sentence, said)) and whole != said:
        text = as_event(documents, whole)  # (由于…，他得知…: 他 resolved first, and once)
    return text if text and not _unbalanced(text) else None


SEQUENCE = re.compile(r"^(?:随后|随即|接着|其后|之后|旋即)\s*[，,]?\s*")
# The cue a claim hangs on, at the end of the words before it (…发文道歉称：“…”).
FRAME_CUE = re.compile(r"(?:并|又|还)?(?:称|说|表示|指出|写道|说道|道)?\s*[：:，,]?\s*$")


def _frame_act(sentence: Sentence) -> str | None:
    """What the words before a claim tell done (随后董又霖在社交平台上发文道歉称：“…”: he posted
    an apology), or None: a cue alone says nothing done, nor an occasion (在…时表示)."""
    frame = FRAME_CUE.sub("", sentence.text[:sentence.speech.claim_start].rstrip("“「 "))
    if not frame or re.search(r"(?:时|上|中|后|之际)$", frame):
        return None
    return frame if DONE_ACT.search(frame.replace("了", "")) else None


ONE_DAY_STEPS = 3  # steps of a one-day story taken after its dated sentence, at most
LEARNED = re.compile(r"了解到|获悉|得知")  # 今（9）日，记者从…了解到: the report's day, no act of the story
DONE = re.compile(f"{DONE_ACT.pattern}|{DONE_STEP.pattern}")  # an act told as done, or a step taken


def named_days(times: Iterable[tuple[Sentence, timex.Timex]]) -> dict[str, tuple[Sentence, timex.Timex]]:
    """The days (to the hour or minute) among a report's times, by date, each with the sentence
    naming it: none to come, none the report's own (今（9）日，记者从…了解到)."""
    return {t.iso: (s, t) for s, t in times if t.precision in ("day", "hour", "minute") and not t.future and
            not LEARNED.search(s.text[t.offset:t.offset + 30])}


def one_day_steps(documents: Documents) -> list[tuple[Sentence, timex.Timex, str]]:
    """The steps a story of one day tells after the sentence that dates it, with no day of
    their own (…民警…了解情况后便立即赶往事发地进行查看): in a central report about the topic
    that names one day and no time outside it (the report's own 今日…了解到 aside), a sentence
    opening on its actor and telling an act done is that day's."""
    found = []
    for told in _stories(documents):
        times = [(s, t) for s in told for t in s.times if not LEARNED.search(s.text[t.offset:t.offset + 30])]
        days = named_days(times)
        if len(days) != 1:
            continue
        dated, day = days.popitem()[1]
        if any(not (t.start.date() <= day.start.date() <= t.end.date()) for _, t in times if t.iso != day.iso):
            continue  # (another time told: what follows may be of it)
        steps = ((s, day, text) for s in told[dated.position + 1:] if (text := _step(documents, s, DONE)))
        found += islice(steps, ONE_DAY_STEPS)  # (read no further than the steps taken)
    return found


# This occasion, named by what the story called it (本次Kcon V3, 此次论坛): its acts are its day's.
THIS_OCCASION = re.compile(r"(?:本次|此次|这次|本届|此届)(?P<name>[A-Za-z][A-Za-z0-9 .]{1,15}[A-Za-z0-9]|"
                           r"[\u4e00-\u9fff]{2,8}?)(?=上|中|期间|现场|另|的)")
# An occasion the report named before, opening a sentence as where it goes on (推介会上，…).
OCCASION_OPENING = re.compile(r"^(?:在)?(?P<name>[\u4e00-\u9fff]{2,8}?)(?:上|期间|现场)(?=[，,])")
# What an occasion's highlight was (…另外一个亮点是知道创宇发布了…): the act after it.
HIGHLIGHT = re.compile(r"^[^，,。]*(?:亮点|看点|焦点|重头戏)(?:之一)?是")


def occasion_steps(documents: Documents) -> list[tuple[Sentence, timex.Timex, str]]:
    """What a report tells done at the occasion it dated before, naming it as this one
    (2014年8月22日，…第三届知道安全论坛（Kcon V3）…举行。… 本次Kcon V3另外一个亮点是知道创宇
    发布了新版ZoomEye): the occasion's day, when one dated sentence before names it; the
    occasion named as the report named it there (第三届知道安全论坛)."""
    found = []
    for told in _stories(documents):
        for sentence in told:
            this = THIS_OCCASION.search(sentence.text) or OCCASION_OPENING.match(sentence.text)
            if not this or sentence.times or sentence.speech:
                continue  # (its claim's offsets are of its own text, not of the occasion's)
            days = {t.iso: (s, t) for s in told[:sentence.position] for t in s.times
                    if t.precision == "day" and not t.future and this["name"] in s.text}
            if len(days) != 1:
                continue
            dated, day = next(iter(days.values()))
            named = re.search(r"(?:[^，,。、的（(）)]|[（(][^（()）]{1,8}[)）]){0,24}" + re.escape(this["name"]),
                              dated.text)[0]
            named = re.split(r"举办了?|举行了?|召开了?|主办了?|^在", named)[-1]  # (并成功举办|中国（山西）－…推介会)
            full = named if this.re is THIS_OCCASION else \
                this[0][:this.start("name") - this.start()] + named + this[0][this.end("name") - this.start():]
            # (本次Kcon V3 → 第三届知道安全论坛; 推介会上，… → 中国（山西）－巴西…投资推介会上，…)
            text = LATIN_GLOSS.sub("", HIGHLIGHT.sub("", sentence.text.replace(this[0], full, 1))).rstrip("。")
            clauses = re.findall(r"[^，,；;]+[，,；;]?", text)
            done = next((n for n, clause in enumerate(clauses, 1) if DONE_ACT.search(clause)), 0)
            text = "".join(clauses[:done]).rstrip("，,；;")  # (…发布了新版ZoomEye，新版产品不但…: the act)
            step = _step(documents, replace(sentence, text=text), DONE_ACT)
            if step:
                found.append((sentence, day, step))
    return found


def undated_events(documents: Documents) -> list[tuple[Sentence, timex.Timex, str]]:
    """What the chronology dates by a sentence other than the act's own: undated ledes, answers
    given at once, a one-day story's next steps, and laureates listed with their years."""
    occasions = occasion_steps(documents)
    at_occasion = {id(sentence) for sentence, _, _ in occasions}  # (推介会上，…: told with the
    steps = [step for step in one_day_steps(documents) if id(step[0]) not in at_occasion]  # name)
    return dated_ledes(documents) + answered_at_once(documents) + next_steps(documents) + \
        steps + occasions + laureates(documents)
