"""Chronology: one entry per event, dated by the event's own date (not the article's),
phrased compactly, merged when several sources report it, in date order."""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen import timex
from briefgen.analysis import _tokens
from briefgen.analysis.speech import ANSWERING, ATTRIBUTION as REPORTED_BY  # 针对…，; 据…报道，
from briefgen.analysis.standalone import TICKER, reliances
from briefgen.model import Item
from briefgen.spec import Section
from briefgen.timex.periods import sub_year
from briefgen.summarizers.background import LIST_INTRO, leans
from briefgen.summarizers import CUE, REPORTING, Documents, Sentence, pair_share
from briefgen.summarizers.history import on_story, spread_over_years
from briefgen.summarizers.ledes import EDITION, LEARNED, named_days, undated_events
from briefgen.summarizers.acts import (DATELINE, FRAME, bound, framed_act, then_act, article_speakers, PRONOUNS, SUBJECT_TAGS, VERB_TAGS, a_person, as_event,
                                       carried_subject, framed_actor, in_relative_clause, motion_only,
                                       name_and_act, noun_actor, own_actor, person_named, qualified_actor,
                                       relative_act, self_told, verbless)
from briefgen.summarizers.statements import HEARSAY, UNNAMED_SOURCE, public, published, report_issued, warned_fact
from briefgen.summarizers.story import (between_topical, headline_words, headlined, link_clause, named_actor, names,
                                        paragraph_on_story, pos_tags, protagonists, story_countries)
from briefgen.summarizers.events import EVENT_PRECISIONS, TITLE, Event, last_day, merge, shown, time_of_day
from briefgen.summarizers.viewpoints import noted_dropped, takes_stance
from briefgen.summarizers.clauses import (ANNOUNCING, ATTRIBUTION, CLUTTER, COMMENT, CONDITIONAL, announced_unquoted,
                                          COUNTED_REFERENCE, ENOUGH, FIGURE, INVITED, MAX_CHARS, NOTICE_FRAME,
                                          _clauses, _quoted_relative, around, clause_at, time_alone, _unbalanced, compact, judges, permitted,
                                          published_by, publication_year_only, UNNAMED_OBJECT, URGED,
                                          written_day, OCCASION, PAIRED_EXTRA, completed, goes_on, LATIN_GLOSS,
                                          APPOSED, in_title, short_name_kept, tidy)

# A date that anchors another (自1981年以来, 明年年中以前) is not when anything happened.
ANCHOR_BEFORE = re.compile(r"(?:自|自从|从|截至|截止|直到|直至|早于|晚于|针对|对于|关于|有关|涉及|涉嫌|就|"
                           r"(?:参与|参加|出席|报道|采访)了?|"
                           r"\d{4}\s*年?\s*(?:至|到|—|-|~))\s*$")  # …or the end of a range
# A date in a dateline is when the report was filed: 路透北京8月31日 - , （中央社首尔11日专电）
DATELINE_DATE = re.compile(r"^\s*[（(]?[\u4e00-\u9fff/]{2,12}$")
# (…前往雅典 goes there that day; …开始举行军演 begins that day: both are its events; a date
# or an event it names anchors as the event does: 1989年“六四”事件后)
ANCHOR_AFTER = re.compile(r"^\s*(?:[“「][^“”「」]{1,8}[”」])?(?:事件|运动|风波)?(?:以来|以前|之前|以后|之后|起|前(?![往去来进赴])|后|为止|开始(?=[，,的]))")
# What starts on a date (财新中国PMI于当年8月起正式发布): the start is the event of that date.
STARTED_ON = re.compile(r"起\s*(?:正式|开始|全面)?(?:发布|实施|生效|施行|启用|运行|上线|推出|开放|执行)")
DANGLING = re.compile(r"^(?:该|此|这|其|他|她|它|上述|同时|此外|并|且|而)")
FRAME_ONLY = re.compile(rf"(?:{REPORTING}|强调|认为|消息指|报导指|报道指|{LEARNED.pattern})$")  # (记者从…了解到: the report's)
SAID = re.compile(rf"^[“「]|{REPORTING}|强调|认为")  # a claim, not an event
# A finding: what tests, an inquiry or a report found (调查结果认为, 检测显示) is an event of
# the day it was made known, not a judgement.
FINDING = re.compile(r"(?:结果|检测|检验|化验|鉴定|尸检|报告|调查)(?:认为|显示|表明|证实|发现)")
# Told as having happened some time before the report: the report's day is not its day.
EARLIER = re.compile(r"日前|近日|此前|早前|先前|稍早|较早前")
# A day named by reference to another (当晚, 事发当天, 同日): only as good as that other day.
ANAPHORIC_DAY = re.compile(r"^(?:事发)?(?:当天|当日|当晚|当夜|当时|同日|同天|同晚|那天|那晚|翌日|次日)")
# A clock time alone (下午4点): past a story's lede, the day of the scene it tells, not of the report.
CLOCK_ALONE = re.compile(r"^(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|深夜|午夜)?\s*(?:近|约)?"
                         r"[\d零一二两三四五六七八九十]{1,3}\s*[点時时點]")
# Ends on a verb that wants what follows it (…何桂蓝批评, …表示, …发表谈话), or opens a list.
WANTS_OBJECT = re.compile(r"(?:批评|表示|指出|称|说|强调|透露|认为|呼吁|警告|谴责|指|(?<![访询慰顾学提疑])问|坦言|直言|"
                          r"要求|宣布|声称|质疑|反驳|回应|写道|重申|提到|提及|(?<![的出])保证|发出警告|"
                          r"[做作]出了?(?:决定|评论|回应|表态|裁决)|发表了?(?:谈话|声明)|"
                          r"发表了?[^，,]{0,12}(?:评论|社论|文章))[。.]?$")
# Told as heard, not as known (据报道 with no outlet, 据称, 未经证实): no event of the chronology.
# The date's clause only says who said it when (陈天柱周三说，…): the day of the saying.
SAYING = re.compile(rf"(?:{REPORTING}|强调|认为)\s*[，,:：]$")
# A pronoun opening what a body made known stands for that body (美国政府宣布，他们将…)
# A comment made, then what it said (王毅针对…一事做出评论，称…): a saying of that day.
COMMENTED = re.compile(r"(?:[做作]出了?|发表了?)[^，,]{0,12}(?:评论|回应|表态|讲话|谈话)[，,]\s*(?:称|表示|说|指)")
SAYER_AGAIN = re.compile(r"^([^，,。“”「」]{2,20}?(?:宣布|宣告|公布|表示|声明|称))[，,]\s*"
                         r"(?:他们|她们|它们|他們|她們|它們|他|她|它)(?=将|會|会|已|要|正)")
# "Also" after the actor (港警也上门拘捕…, 香港警方还逮捕了…): it leans on the report's other acts;
# the entry tells its own.
ALSO = re.compile(r"^([^，,。“”「」]{2,16}?)(?:也|还|亦)(?!许|就|是|有|原|要|没|未|不|在|将|会)(?=[\u4e00-\u9fff])")
# A time or a place that frames what follows, not an event: …会议上, …期间, …之后.
QUOTED_GLOSS = re.compile(r"(?<=[”」])[（(][^（）()]{1,30}[)）]")  # “Bainu”（蒙文“你好吗”）
FRAMING_END = re.compile(r"(?:上|(?<![砸击擊打射命选選猜看相考投])中|时|期间|之际|以来|之后|之前|后|前|方面|下)$")  # (砸中: hit)
# A stamp or a byline, never an event (2020-09-03 14:43:23, © 2020 BBC).
STAMP = re.compile(r"\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|©|版权所有|All rights reserved|"
                   r"[（(]\s*(?:记者|编辑|中央社)|专电|Permalink", re.I)
# A figure in what describes the thing the entry opens on (一颗重达13万吨的小行星): no measure of the period.
DESCRIBED_BY = re.compile(r"^一[颗个艘架枚辆座只头块名位家][^，,。；;的]{1,12}的(?=[\u4e00-\u9fff])")
# A sum paid, owed or fined in a month is an act of that month, not a state over it.
PAID = re.compile(r"支付|付款|缴付|缴纳|罚款|处以|赔偿|收购|买下|出售|捐赠|捐款|拨款")
# How many over a year (港澳居民移居台湾的人数创下近年新高): a year's figure, no act.
STATISTIC = re.compile(r"(?:人数|数量|总数|人次|比例|数字)[^，,。]{0,6}(?:创下?|达到?|超过|增至|降至)|"
                       r"有[\d一二三四五六七八九十百千万]+多?余?(?:件|起|次|宗)")
# A release of figures, then the month they measure (…公布，经季节性调整的8月中国制造业…指数).
RELEASED_PERIOD = re.compile(r"(?:公布|发布)[^。；]{0,16}?\d{1,2}月份?的?[^，,。]{0,20}(?:指数|数据|PMI|GDP|CPI)")
# An indicator's level in a period (财新制造业PMI曾大幅降至40.3): a figure of a data series.
INDICATOR = re.compile(r"(?:指数|PMI|CPI|GDP|失业率|增长率|通胀率)[^，,。]{0,8}?"
                       r"(?:升至|降至|跌至|增至|回升至|下滑至|达到)[\d.]+")
FORECASTING = r"预计|预料|预测|预期|预报"
# A forecast for the time that follows (中央气象台预计，25日08时至26日08时，…有小到中雪).
FORECAST_FOR = re.compile(rf"(?:{FORECASTING})[，,：:]?\s*$")
# A forecast said (国家飓风中心表示，萝拉预计抵达…海岸，恐会带来…): what may come, no act.
FORECAST = re.compile(rf"^[^，,。]{{0,12}}?(?:{FORECASTING}|恐将|恐会|可能会)")
# Figures a release of data shows (能源情报署公布数据显示，上周美国原油出口增加120万桶/日).
DATA_SHOW = re.compile(r"数据显示|统计显示|数字显示")
# What a thing holds (…提及的六大核心战略产业里，就涵盖了…): its contents, no act.
CONTENTS = re.compile(r"[，,](?:就|也|都)?(?:涵盖|包含)了?[^，,]*$")
NOW = re.compile(r"目前|如今|现时|眼下")
HEDGED = re.compile(r"貌似|似乎|疑似|好像|可能|或许|也许|据称|传出|传闻")  # what seems, not what was done
TOLD_CLAIM = 0.5  # share of a claim's character pairs an entry holds: the entry tells the claim


class ChronologySummarizer:
    def summarize(self, documents: Documents, section: Section) -> list[Item]:
        events: list[Event] = []
        for sentence in documents.sentences:
            events.extend(self._events(documents, sentence, documents.times(sentence)))
        for sentence, t, text in undated_events(documents):
            event = _event(documents, sentence, t, text, documents.vector(sentence.words))
            events += [event] if event.text else []  # (a lede its sentence cannot complete)
        merged = on_story(documents, merge(events))
        days = {e.iso for e in merged if not e.spanned}
        merged = [e for e in merged if not e.spanned or e.iso not in days]
        headlines = headline_words(documents)
        for event in merged:  # told in the stories' titles: what the story is about
            event.headline = sum(1 for w in set(event.vector) if w in headlines)
        chosen, length = [], 0
        for event in spread_over_years(merged, max(3, section.max_items // 2)):
            if len(chosen) >= section.max_items or length + len(event.text) > section.max_chars:
                continue
            chosen.append(event)
            length += len(event.text)
        chosen.sort(key=lambda e: (e.start, EVENT_PRECISIONS.index(e.precision), time_of_day(e), e.text))
        return [Item(text=e.text, sources=sorted(e.sources), date=sub_year(e.start.date(), e.precision) or e.iso,
                     precision=shown(e.precision), until=last_day(e)) for e in chosen]

    def _events(self, documents: Documents, sentence: Sentence,
                found: list[timex.Timex]) -> list[Event]:
        lede = sentence.paragraph == 0 and sentence.index == 0 and \
            documents.central(sentence.article) and \
            documents.names_topic((sentence.article.title or "") + "\n" +  # a story about
                                  sentence.article.paragraphs[0])  # the topic: its news
        if sentence.text.rstrip("”」").endswith(("？", "?")) or STAMP.search(sentence.text) or \
                HEARSAY.search(sentence.text):
            return []
        topical = lede or documents.on_topic(sentence) or \
            documents.central(sentence.article) and (bool(protagonists(documents) & names(sentence))
                                                     or headlined(documents, sentence) or
                                                     between_topical(documents, sentence) or
                                                     _opens_on_date(documents, sentence, found))
        if not topical and not documents.central(sentence.article):
            return []  # (in a story about the topic, what its named actors do is on topic)
        reference = documents.reference_times[sentence.article.id]
        events, seen = [], set()
        context = documents.vector(sentence.words)  # the whole sentence says which event it is
        for t in found:
            if t.precision not in EVENT_PRECISIONS or t.iso in seen and not own_actor(documents, sentence.text, t):
                continue  # (…南下，中央气象台25日继续发布寒潮蓝色预警: another actor's act that day)
            if (t.end - t.start).days > 366:  # a period, not an event
                continue
            if reference and publication_year_only(t, reference):
                continue  # 今年 alone: the year the article was written, not of the event
            if t.precision == "year" and (sentence.text.startswith("第", t.offset + len(t.text)) or
                                          EDITION.match(sentence.text[t.offset:])):
                continue  # 2020年第8号台风, 2019年篮球世界杯…排位赛: a year that numbers or names a thing
            if in_title(sentence.text, t):
                continue  # 《2019年贸易和发展报告》: a year that names a title
            if _bracketed(sentence.text, t, found):
                continue  # 王小云是继姚期智(2010年当选)之后…: the date of what the brackets tell
            if REPORTED_BY.fullmatch(clause_at(sentence.text, t).strip()):
                continue  # 据中新网9月9日报道: the report's day; the act it reports has its own mention
            if DATELINE_DATE.match(sentence.text[:t.offset]) and \
                    re.match(r"\s*(?:[-–—]|[电電]|专电)", sentence.text[t.offset + len(t.text):]):
                continue
            if ANCHOR_BEFORE.search(sentence.text[:t.offset]) or \
                    ANCHOR_AFTER.match(sentence.text[t.offset + len(t.text):]) and \
                    not STARTED_ON.match(sentence.text[t.offset + len(t.text):]):
                since = _since(documents, sentence, t)
                if since and (topical or documents.names_topic(since)):
                    events.append(replace(_event(documents, sentence, t, since, context), spanned=True))
                seen.add(t.iso)
                continue
            if any(permitted(sentence.text, t, o) for o in found if o.iso != t.iso):
                continue  # 周三…决定禁止周末…示威: the day of what was barred, not of the ban
            if _quoted_relative(sentence.text, t):
                continue  # “…今天…”: the quote's own today, not the article's
            if t.precision == "month" and RELEASED_PERIOD.search(sentence.text[:t.offset + len(t.text) + 24]):
                continue  # 财新/Markit周二联合公布，…8月中国制造业…指数升至53.1: the month measured
            if sentence.article.published and t.start.date() > timex.news_day(reference) or \
                    FORECAST_FOR.search(sentence.text[:t.offset]):
                continue  # a plan or a forecast when it was written, not an event (预计，25日…)
            if reference and t.start.date() == timex.news_day(reference) and \
                    EARLIER.search(around(sentence.text, t).replace(t.text + "稍早", "")):
                continue  # 日前宣布: some day before the report, not the report's day
            notice = _notice(sentence)
            if notice and t.offset < notice.end() and any(
                    o.offset >= notice.end() and o.precision in EVENT_PRECISIONS and
                    o.start < t.start and not _anchor(sentence.text, o) for o in found):
                seen.add(t.iso)  # the notice's own day: the act it tells has its day
                continue
            if SAYING.search(_saying_clause(sentence.text, t, found)) or COMMENTED.search(sentence.text[t.offset:t.offset + 60]) or \
                    sentence.speech and sentence.speech.claim and \
                    t.offset < sentence.speech.claim_start and \
                    compact(sentence.text, t, found) in sentence.speech.claim:
                seen.add(t.iso)  # what was said that day happened some other time; the
                news = lede or sentence.paragraph == 0 and sentence.index == 0 and \
                    documents.names_topic(sentence.text)  # the saying a story reports: news
                said = _statement(documents, sentence, t, found, news)
                if said and (OWN_ACT.match(sentence.speech.claim) or THREAT.search(said) or
                             sentence.speech.role and
                             RULING.search(sentence.speech.claim) or public(sentence) or
                             published(documents, sentence) or
                             not _stance_told(sentence, said) or  # a decision told is its act
                             news and ANSWER.search(said.split("，", 1)[0])):  # the answer a story reports
                    events.append(_event(documents, sentence, t, said, context))
                elif said and (occasion := OCCASION.match(said.split("，", 1)[0])):
                    occasion_text = occasion["who"] + occasion["what"]
                    events.append(_event(documents, sentence, t, occasion_text, context))
                elif not said and (clause := clause_at(sentence.text, t)) and \
                        (issued := report_issued(documents, sentence, clause.replace(t.text, "", 1),
                                                 sentence.text.find(clause) + len(clause))):
                    events.append(_event(documents, sentence, t, issued, context))
                elif not said and (told := _notice_told(documents, sentence, t)):
                    events.append(_event(documents, sentence, t, told, context))
                continue
            if (ANAPHORIC_DAY.match(t.text) or CLOCK_ALONE.match(t.text) and sentence.paragraph) and \
                    not _named_before(documents, sentence, t):
                day = _one_day_before(documents, sentence) if ANAPHORIC_DAY.match(t.text) and \
                    not sentence.text[:t.offset].strip() else None  # (opening the sentence: not 事发当晚)
                if day is None:
                    continue  # 当晚 with no day before it: the report's day only by default
                t = replace(t, start=day.start, end=day.end, precision="day")  # (当天下午 after the
                # one day the report named, 当地时间9月16日下午，…启动: that day)
            if in_relative_clause(documents, sentence.text, t):
                continue  # 朝鲜撕毁了两国在2018年达成的协议: 2018 is when it was signed
            seen.add(t.iso)
            if t.duration and (reference is None or t.end.date() <= timex.news_day(reference)):
                continue  # a period up to publication (一年以来, 过去五年, 两天来) is no event
            text = published_by(DATELINE.sub("", sentence.text), t) or \
                COMMENT.sub("", compact(sentence.text, t, found, lambda text: verbless(documents, text)))
            then = then_act(documents, sentence, t, found)  # …是在2018年，当时她前往…
            if then and clause_at(sentence.text, t).rstrip("，, ").endswith(t.text):
                text, then = then, None  # the clause names only when: what happened is then's
            for other in found:
                if other.iso != t.iso and other.text in text and permitted(sentence.text, other, t):
                    text = written_day(text, other)  # 允许民众本周六… → 允许民众8月29日…
                elif other.precision == "year" and other.start <= t.start and t.end <= other.end and \
                        t.precision != "year" and other.text in text:
                    text = text.replace(other.text, "", 1)  # 今天…大奖2019年获奖名单: the entry's year
            if any(o.iso != t.iso and o.text in text and not permitted(sentence.text, o, t) and
                   not (reference and o.start.date() > timex.news_day(reference)) and
                   not (o.precision == "year" and o.start <= t.start and t.end <= o.end) and
                   not (o.precision == "month" and o.text in _released_period(text)) for o in found):
                continue  # (周刊月初报导，安倍7月6日曾…: the act is of the other day; a time
                # after the report, 宣布自2021年起…, is what the act plans, not another act;
                # a year holding the day, 今天…2019年获奖名单…公布, is no other day, nor the
                # month a figure released that day measures, 昨日…公布的8月…指数略降至51.0)
            text = announced_unquoted(sentence.text, text)  # (宣布"…演练: what was announced)
            text = QUOTED_GLOSS.sub("", LATIN_GLOSS.sub("", DATELINE.sub("", text))).strip()
            text = _aside_cut(documents, text)
            text = re.sub(r"^超过?(?=[\d一二两三四五六七八九十百千万])", "逾", text)  # a count opens it
            text = _own(documents, person_named(documents, sentence, carried_subject(
                documents, sentence.text, self_told(sentence, text))))
            text = SAYER_AGAIN.sub(r"\1", text)  # 美国政府宣布，他们将…: 宣布将…
            text = re.sub(r"[，,](?:现任|现为|现在是)[^，,]*$", "", text)  # …学位，现任…教授: a post held now
            text = _own_country(documents, ALSO.sub(r"\1", text))  # 港警也上门拘捕…: 港警上门拘捕…
            link = "" if documents.names_topic(text) else link_clause(documents, sentence.text, text)
            if link and len(text) + len(link) < MAX_CHARS:
                text = f"{text}，{link}"  # (…取消了…收购，因为中国监管机构没有批准: why it bears on the story)
            if not topical and not documents.names_topic(text) and \
                    (not (named_actor(documents, text) or qualified_actor(documents, text)) or
                     not paragraph_on_story(documents, sentence)) and \
                    not (documents.names_topic(sentence.article.title or "") and (
                        noun_actor(documents, text) or text.startswith(tuple(article_speakers(documents, sentence, headed=True))))):
                continue  # (a court, producers, the authorities, one who speaks acting in an item the
                # topic heads are its own; a named actor may be another story's, 捷克代表团 in 王毅… news)
            framed = framed_act(documents, sentence, t, text)  # 在8月13日…签署协议后，…
            text = framed or text
            if FIGURE.search(DESCRIBED_BY.sub("", text)) and not PAID.search(text) and (
                    EVENT_PRECISIONS.index(t.precision) < EVENT_PRECISIONS.index("month_part") or
                    t.precision == "week" or DATA_SHOW.search(text)):
                continue  # how much over a half-year or a week, or what data show, is a state
            if NOW.search(text) or t.precision == "year" and STATISTIC.search(text) or \
                    t.precision in ("year", "month") and INDICATOR.search(text) or \
                    CONTENTS.search(text):
                continue  # 股市目前的交易价格是…: how things stand when written, no act of that day
            if _unfit(documents, text):
                first = re.split(r"[，,；;]", text)[0]  # (动物园…确认了胎儿的存在，并将照片
                if then and not _unfit(documents, then):
                    first = then  # (…达到鼎盛，当时他所在的自民党…大胜: what happened then)
                elif first == text or len(first) < ENOUGH and not _named_act(documents, first) or \
                        _unfit(documents, first):  # 发布在网上:
                    continue  # the first act stands where the second reads as a plan)
                text = first
            if motion_only(documents, text) and \
                    (went := completed(sentence.text, text, lambda text: motion_only(documents, text))) and \
                    len(went) < MAX_CHARS and not _unfit(documents, went):
                text = went  # (他来到…台江县，当这个…中学的校长: what one went there for)
            if WANTS_OBJECT.search(text) or LIST_INTRO.search(sentence.text) or \
                    _cut_mid(documents, text) or INVITED.search(text) or URGED.search(text) or \
                    re.search(r"(?:^|[，,：:])\s*[“「]", text) or \
                    motion_only(documents, text) or UNNAMED_OBJECT.search(text):
                continue  # cut before what was said or done
            text = as_event(documents, text)
            if text is not None:  # (an actor told with its description opens on a verb)
                whole, text = text, documents.analysis.standalone(
                    sentence, text, subject_given=qualified_actor(documents, text) or framed_actor(documents, text))
                first = re.split(r"[，,；;]", whole)[0]
                if text is None and len(first) >= ENOUGH and first != whole and \
                        as_event(documents, first):
                    text = documents.analysis.standalone(  # (…街头，抗议…本次选举: the act
                        sentence, first, subject_given=qualified_actor(documents, first) or framed_actor(documents, first))
            claim = _claimed(sentence, t) if text and not framed else None  # (a frame's act
            # is taken as known: 法新社说，自从…1月15日签署第一阶段协议以来，…)
            if text and notice and t.offset >= notice.end() and \
                    not _other_side(documents, notice["speaker"], text):
                text = _noticed(documents, sentence, text, notice)
            elif claim:  # what one side says happened: its claim, told as one
                text = _attributed(documents, sentence, text, claim)
            if not text or documents.written_after(sentence, text) or _unbalanced(text) or \
                    _stance_told(sentence, text) and not (lede and warned_fact(sentence)) or \
                    not lede and _aside(documents, sentence, text):
                continue
            events.append(_event(documents, sentence, t, text, context))
        events += _relative_events(documents, sentence, found, events, topical, context)
        return [event for event in events if event.text]  # (an entry its sentence cannot complete)


def _relative_events(documents: Documents, sentence: Sentence, found: list[timex.Timex],
                     events: list[Event], topical: bool, context: dict[str, float]) -> list[Event]:
    """The acts of dated relative clauses no entry holds yet (和2017年造成大洪水…的3级飓风
    哈维相比: 3级飓风哈维造成大洪水…, 2017): what a sentence recalls in passing is history."""
    reference = documents.reference_times[sentence.article.id]
    more: list[Event] = []
    for t in found:
        if t.precision not in EVENT_PRECISIONS or any(e.iso == t.iso for e in events + more) or \
                reference is None or t.start.date() > timex.news_day(reference) or \
                t.duration or _quoted_relative(sentence.text, t) or publication_year_only(t, reference):
            continue
        act = relative_act(documents, sentence.text, t.offset, len(t.text))
        if not act or not (topical or documents.names_topic(act)) or _unfit(documents, act):
            continue
        text = documents.analysis.standalone(sentence, act, subject_given=False)
        if text and not _unbalanced(text):
            more.append(_event(documents, sentence, t, text, context))
    return more


def _forecast_or_data(text: str) -> bool:
    """Whether an entry tells a forecast someone made (国家飓风中心表示，萝拉预计抵达…) or the
    figures a release of data shows (…公布数据显示，上周…出口增加120万桶/日): no act of its day."""
    said = re.match(rf"^[^，,。]{{2,24}}?(?:{REPORTING})[，,:：]\s*", text)
    return bool(said and FORECAST.match(text[said.end():]) or DATA_SHOW.search(text) and FIGURE.search(text))


def _opens_on_date(documents: Documents, sentence: Sentence, found: list[timex.Timex]) -> bool:
    """Whether a sentence opens on its date (2016年，韩国媒体…; 5月初，朝鲜官方发布了…) and names a
    country the story's sentences name (or they name none): one of the dated steps a story gives."""
    opening = len(sentence.text) - len(DATELINE.sub("", sentence.text))
    return any(t.offset <= opening + 2 and t.precision in EVENT_PRECISIONS and
               re.match(r"[^，,。]{0,6}[，,]", sentence.text[t.offset + len(t.text):]) for t in found) \
        and (bool(set(documents.analysis.gazetteer.countries(sentence.text)) & story_countries(documents)) or
             not story_countries(documents))  # (a story told by its regions: 24日，北京大风呼啸)


def _aside_cut(documents: Documents, text: str) -> str:
    """A text cut inside a bracketed aside ends before it when the act is told by then
    (童贝里小学最后一年结束（瑞典小学义务教育9年，: 结束); after a noun (…水域（21°54'00''N,)
    the act is still to come, and the text is left to be refused."""
    if text.count("（") <= text.count("）"):
        return text
    head = text[:text.rfind("（")].rstrip("，,、 ")
    tags = pos_tags(documents, head)
    return head if tags and tags[-1][1] in VERB_TAGS else text


def _bracketed(sentence: str, found: timex.Timex, times: list[timex.Timex]) -> bool:
    """Whether a time sits in brackets after a name (姚期智(2010年当选), 薛其坤(2016年)): it
    dates that name's act, not the sentence's. A time glossing a time (今天(9月7日)) does not."""
    opened = max(sentence.rfind("(", 0, found.offset), sentence.rfind("（", 0, found.offset))
    if opened < 0 or max(sentence.rfind(")", opened, found.offset), sentence.rfind("）", opened, found.offset)) >= 0:
        return False
    closed = min((at for at in (sentence.find(")", found.offset), sentence.find("）", found.offset)) if at >= 0),
                 default=-1)
    return closed >= 0 and not any(t.offset + len(t.text) == opened for t in times)


def _released_period(text: str) -> str:
    """The words naming a figure released for a month (公布的8月官方制造业采购经理人指数), or ""."""
    released = RELEASED_PERIOD.search(text)
    return released[0] if released else ""


def _cut_mid(documents: Documents, text: str) -> bool:
    """Whether a text ends on a preposition or a conjunction (…即为一国两制就, …与): cut
    before the phrase it opens."""
    tags = pos_tags(documents, text)
    return bool(tags) and (tags[-1][1] in ("p", "c") or tags[-1][0] in ("就", "才", "都", "也", "还", "又"))


def _event(documents: Documents, sentence: Sentence, t: timex.Timex, text: str,
           context: dict[str, float]) -> Event:
    text = completed(sentence.text, text) or ""  # (…发帖 → …发帖，谴责…)
    text = "" if _forecast_or_data(text) else text
    text = short_name_kept(sentence.text, sentence.article.paragraphs, text)  # (…论坛（Kcon V3）)
    text = _dated_adverbs(documents, tidy(text))  # （后 被保释）, 89人的的代表团: residue
    return Event(t.start, t.end, t.precision, t.iso, text, context, {sentence.article.id},
                 sum(1 for w in documents.topic_words if w in sentence.text),
                 any(w in text for w in documents.topic_words) or bool(TITLE.search(text)),
                 frozenset(n for n, keyword in enumerate(documents.spec.topic.keywords)
                           if any(form in text for form in keyword.forms)),
                 sentence.paragraph == 0, sentence.text, *_act(documents, text), 0,
                 _sides(documents, text))


def _dated_adverbs(documents: Documents, text: str) -> str:
    """An entry without the adverbs that placed its act in time from the writer's day (安倍曾在
    官邸吐血, 刚刚打破…纪录): the entry's date places it now."""
    for token in reversed(_tokens(documents.analysis.segmenter, documents.analysis.gazetteer, text)):
        if token.word in ("曾", "曾经", "刚刚") and token.pos.startswith("d") and token.offset:
            text = text[:token.offset] + text[token.offset + len(token.word):]
    return text


def _sides(documents: Documents, text: str) -> frozenset:
    """The countries whose act an entry tells: those its opening names, and the partner of
    a joint act (美国贸易代表…同中国副总理刘鹤…讨论: both sides)."""
    joint = re.match(r"[^，,。]{0,14}?(?:与|同|和|跟)(?=[^，,。]{0,6}[\u4e00-\u9fff])", text)
    return frozenset(documents.analysis.gazetteer.countries(text[:joint.end() + 8] if joint
                                                            else text[:8]))


# Verbs too general to tell two acts apart.
GENERAL_VERBS = {"进行", "表示", "发表", "举行", "展开", "开始", "成为", "认为", "宣布", "发布",
                 "举办", "参加", "出席", "说", "称", "指出", "提出", "包括", "有", "是", "前往"}


# What an act is about (针对维特奇访台一事称, 就…访台提出严正交涉): the matter, not the act.
MATTER = re.compile(r"(?:针对|关于|对于|就)(?![是在要会已])[^，,。；;]{2,30}?(?:一事|问题)?"
                    r"(?=提出|[做作]出|发表|表示|进行|称|说)")


TOLD_BY = re.compile(r"^据[^，,。]{2,30}?(?:报道|报导|公告|通报|宣布|证实)[，,]")


def _act(documents: Documents, text: str) -> tuple[str, frozenset]:
    """Who acts (the word the entry opens on, past a phrase framing the act) and the verbs that
    say what was done (not the matter it was done about)."""
    text = TOLD_BY.sub("", text)  # 据港媒《香港01》报道，港警上门拘捕…: the police act
    framed = FRAME.match(text)  # 示威者和警方…爆发大型冲突之际，一些…男子…袭击…: the men act
    text = text[framed.end():] if framed and len(text) - framed.end() >= 4 else text
    tags = pos_tags(documents, text)
    acted = pos_tags(documents, MATTER.sub("", text))
    actor = tags[0][0] if tags and tags[0][1] in SUBJECT_TAGS else ""
    return actor, frozenset(word for word, flag in acted[1:] if flag in VERB_TAGS and
                            len(word) >= 2 and word not in GENERAL_VERBS)


def _statement(documents: Documents, sentence: Sentence, found: timex.Timex,
               times: list[timex.Timex], lede: bool) -> str | None:
    """A statement issued on a day, as an event: who said it, and the first clause of what
    was said (佩恩在声明中表示，中国当局拘留了一名澳洲公民). Only the news a story
    reports (its lede) or an announcement (宣布, 证实); a claim that dates itself (今天将…),
    leans on context or is cut off is not told."""
    speech = sentence.speech
    own = OWN_ACT.match(speech.claim) if speech and speech.claim else None
    if speech is None or not speech.claim or \
            not (lede or own or ANNOUNCING.search(speech.cue or "") or public(sentence) or
                 published(documents, sentence) or
                 speech.role and RULING.search(speech.claim) or
                 THREAT.search(speech.claim) and headlined(documents, sentence)) or speech.continued or \
            any(speech.claim_start + len(speech.claim) - len(noted_dropped(speech.claim)) <= t.offset <
                speech.claim_end for t in times):
        return None  # (a date in what the speaker noticed, 已关注到…8月28日的联合公告，is no claim's)
    frame = sentence.text[:speech.claim_start]
    for t in times:
        if t.offset < speech.claim_start:  # (在七月份的讲话中: 在 stays with 讲话中)
            dated = r"[（(]?" + re.escape(t.text) + r"[)）]?"
            framing = re.search(dated + r"的(?=[^，,。的]{1,8}(?:上|中|时|期间))", frame)
            frame = re.sub(dated + "的" if framing else r"(?:于|在)?\s*" + dated, "", frame, count=1)
    frame = LATIN_GLOSS.sub("", DATELINE.sub("", frame))
    frame = ATTRIBUTION.sub("", CLUTTER.sub("", frame.strip())).rstrip("，,：: ")
    frame = re.sub(r"^(?:随后|其后|此后|然后|接着)[，,]\s*", "", frame)  # (随后在周六，…: its day gone)
    frame = re.sub(r"曾(?=表示|说|称|指出|宣布|宣称)", "", ALSO.sub(r"\1", frame))  # told on its own day: 表示
    claim = noted_dropped(speech.claim).strip().rstrip("。")
    if own and speech.cue and frame.endswith(speech.cue):  # 财长表示，他已向蒙牛表明，…
        text = frame[:-len(speech.cue)].rstrip("，, ") + claim[own.end():]
        if len(text) > MAX_CHARS + 20 or as_event(documents, text) is None or \
                _unbalanced(text) or leans(claim[own.end():]):
            return None
        text = documents.analysis.standalone(sentence, text)
        return None if not text or documents.written_after(sentence, text) else text
    if re.fullmatch(r"[“「][^“”「」]*[”」]", claim):  # quoted whole, not ending on a quote
        claim = claim[1:-1]
    claim = re.sub(r"^[他她](?![们們])(?:认为|相信)?", "", claim)  # 蓬佩奥表示，他希望…: the speaker
    if speech.speaker and "“" in sentence.text[max(0, speech.claim_start - 2):speech.claim_start + 1]:
        claim = re.sub(r"^(?:我们|我們|我)(?=[\u4e00-\u9fff])", "", claim)  # its own words: “我们调查了…”
    answered = ANSWERING.match(frame)  # 针对外媒…的报道，苹果公司表示: 苹果公司回应外媒…的报道，表示
    if answered and speech.speaker and frame.startswith(speech.speaker, answered.end()):
        what = re.sub(r"^(?:针对|对于|就|关于)", "", answered[0]).rstrip("，, ")
        frame = f"{speech.speaker}回应{what}，{frame[answered.end() + len(speech.speaker):]}"
    if speech.speaker:  # 伯克希尔…发布声明称，公司在…收购了…: the company is the speaker
        claim = re.sub(r"^该?公司(?=[在已将于正])", speech.speaker, claim)
    claim = TICKER.sub("", claim)  # (8001.T): no part of what was said
    claim = APPOSED.sub("", claim)  # 该视频应用的母公司——…字节跳动: the name the dash gives
    parts = []
    claim = re.sub(r"(?<=[\u4e00-\u9fff])(?:日前|近日)(?=[\u4e00-\u9fff])", "", claim)  # told on
    paired = False  # the claim goes on to the second half of a pair (不是…，而是…)
    for _, clause in _clauses(claim):  # the entry's day: 秦刚日前约见… is what it said then
        if parts and not parts[-1].endswith("——") and (  # (…机关——组织指导部: what it names)
                len("".join(parts)) >= ENOUGH and not clause.startswith("就") or
                COMMENT.match("，" + clause)) and not goes_on(parts, clause) and \
                not TIME_CLAUSE.search(parts[-1]):
            break  # (她在休学一年…运动后，如今已返回校园: the clause of time goes on to what it dates)
        paired = paired or goes_on(parts, clause)
        parts.append(clause)
    claim = "".join(parts).rstrip("，,；;：:、 ")
    threat = ([None] + list(THREAT.finditer(speech.claim)))[-1]  # (…坐视不管，一定要让其…代价)
    if threat and not own:
        said = next(c for at, c in _clauses(speech.claim) if at <= threat.start() < at + len(c))
        if said.rstrip("，,；;：:、。 ") not in claim:  # the threat is the act told
            claim = claim + "，" + said.rstrip("，,；;：:、。 ")
    frame = re.sub(r"[做作]出了?(?:评论|回应|表态)[，,]\s*(?=称|表示|说|指)", "", frame)  # …做出评论，称
    frame = re.sub(r"(?:稍晚|稍早|晚些时候|早些时候)(?:则)?|(?<=[\u4e00-\u9fff]{2})则(?=在|于|通过|透过)", "", frame)
    if len(claim) < 6 or as_event(documents, frame) is None or \
            not re.search(rf"{REPORTING}|{ANNOUNCING.pattern}|声明|称$", frame[-8:]):
        return None
    text = f"{frame}，{claim}"
    if speech.speaker and frame.startswith(speech.speaker) and claim.startswith(speech.speaker + "将"):
        text = f"{frame}，{claim[len(speech.speaker):]}"  # (字节跳动…回应称，将严格遵守…: named once)
    if len(text) > MAX_CHARS + (PAIRED_EXTRA if paired else 0) or leans(claim) or _pronoun(documents, claim) or _unbalanced(text) \
            or DANGLING.match(claim) or WANTS_OBJECT.search(claim) or CONDITIONAL.match(claim):
        return None
    text = documents.analysis.standalone(sentence, text)
    if not text or documents.written_after(sentence, text):
        return None
    return text


ANSWER = re.compile(r"回应|否认|驳斥|反驳")


# A clause of time in what was said (她在休学一年…运动后，): it dates what follows it.
TIME_CLAUSE = re.compile(r"(?:之后|以后|后|之时|时|期间|之际|之下)[，,]$")


# A claim telling the speaker's own act of telling a party (他已经向中国蒙牛乳业表明，…): an
# official's decision made known to those it binds, an event of the day, not a view.
OWN_ACT = re.compile(r"^(?:他|她)?(?:已经?|已|曾)?(?=向[^，,。“”]{2,20}(?:表明|通知|告知|转达|通报))")


# An official's ruling on what is lawful (国务卿表示，中国…的声索“完全不合法”): a state's act.
RULING = re.compile(r"(?:不合法|非法|无效|违法|违反国际法)[”」]?[。.]?$")


# A threat the stories' titles tell (…一定要让其…付出沉重代价): a state's act of its day.
THREAT = re.compile(r"付出[^，,。]{0,6}代价|后果自负|予以反制|采取反制|进行报复|予以报复|坐视不管")


# A sentence opening on who says what follows (印度周一称，…; 印度政府发表声明指，…); 据…报道
# is how the news tells what it learnt, not a claim of one side.
CLAIM_FRAME = re.compile(rf"^(?!据)(?P<speaker>[^，,。；;“”「」]{{2,30}}?)(?P<cue>{CUE}|发表声明(?:指|称|说)?|指|"
                         r"报道|报导)"
                         r"\s*[，,:：]")
CLAIM_CUES = ("指责", "指控", "否认", "承认", "证实", "宣布", "表示", "声称")


def _aside(documents: Documents, sentence: Sentence, text: str) -> bool:
    """Whether an entry comes from a clause set before the remark of whom the story is about,
    his words alone naming the topic (捷克参议院主席…30日率代表团抵台访问，正在德国访问的…
    王毅表示…: the occasion of the minister's words, an act of another story; but 包机…抵达
    鄂木斯克，随机医生认为纳瓦尔尼…: the doctors are no subject of the story)."""
    speech = sentence.speech
    if not speech or not speech.speaker or any(form in text for form in documents.topic_words):
        return False
    at = sentence.text.find(speech.speaker)
    before = sentence.text[:max(sentence.text.rfind("，", 0, at), sentence.text.rfind(",", 0, at), 0)]
    frame = sentence.text[len(before):max(speech.claim_start, at + len(speech.speaker))]
    return at > 0 and text[:4] in before and documents.names_topic(frame) and \
        not any(form in before for form in documents.topic_words)


def _claimed(sentence: Sentence, found: timex.Timex) -> str | None:
    """Who claims the act a date stands in (印度周一称，中国军队周末采取军事行动…): the
    speaker as written with its cue, when the date is inside what someone is reported to have
    said; such an act is that speaker's claim, not a fact of the chronology."""
    speech = sentence.speech
    if speech and speech.claim and speech.claim_start <= found.offset < speech.claim_end:
        return (speech.phrase or speech.speaker or "") + "\0" + (speech.cue or "")
    frame = CLAIM_FRAME.match(DATELINE.sub("", sentence.text))
    offset = len(sentence.text) - len(DATELINE.sub("", sentence.text))
    if frame and found.offset >= offset + frame.end():
        return frame["speaker"] + "\0" + frame["cue"]
    return None


def _notice(sentence: Sentence) -> re.Match | None:
    """The frame of a sentence opening on an official notice (…在微博上公告，), or None."""
    return NOTICE_FRAME.match(sentence.text, len(sentence.text) - len(DATELINE.sub("", sentence.text)))


def _anchor(text: str, found: timex.Timex) -> bool:
    """Whether a date anchors another (自8月29日以来) rather than dating an act."""
    return bool(ANCHOR_BEFORE.search(text[:found.offset]) or
                ANCHOR_AFTER.match(text[found.offset + len(found.text):]))


def _other_side(documents: Documents, speaker: str, text: str) -> bool:
    """Whether one country tells of another's act (印度政府…指，中国解放军…): its claim."""
    countries = documents.analysis.gazetteer.countries
    told, telling = set(countries(text[:8])), set(countries(speaker))
    return bool(told and telling and not told & telling)


def _noticed(documents: Documents, sentence: Sentence, text: str, notice: re.Match,
             earlier: bool = False) -> str | None:
    """An act a notice tells, told as the notice's (据某国海警通报，某省海警…截获…); the act
    alone when the body tells its own act; None when the body cannot be named on its own. An act
    done some days before (`earlier`: 近日，…) is told as the notice's day (公安部…通报，…停机)."""
    speaker = notice["speaker"]
    for t in sentence.times:
        speaker = speaker.replace(t.text, "")
    speaker = re.sub(r"[（(]\s*[)）]", "", LATIN_GLOSS.sub("", speaker))
    speaker = re.sub(r"(?:则|也|还|又|亦|再度|再次)?(?:(?:在|于|通过|透过)[^，,]{1,16})?$", "",
                     CLUTTER.sub("", speaker.strip())).strip("，,：: ")
    if len(speaker) < 2 or DANGLING.match(speaker) or _pronoun(documents, speaker) or \
            as_event(documents, speaker + "称，" + text) is None:
        return None
    actor = _act(documents, text)[0]
    if text.startswith(speaker) or len(actor) >= 2 and actor in speaker:
        return text  # the body telling its own act
    word = re.search(r"公告|通报|宣布|证实", notice["verb"])
    text = f"{'' if earlier else '据'}{speaker}{word.group() if word else '通报'}，{text}"
    return text if len(text) <= MAX_CHARS + 10 else None


# A medium (日本《Flash》周刊, 《纽约时报》, 韩联社): what it reported happened on the day it names,
# told 据…报道 (…周刊称 would date its report by the act).
MEDIUM = re.compile(r"《[^《》]+》|(?:周刊|杂志|日报|时报|晚报|通讯社|新闻社|电视台|媒体)$")


def _attributed(documents: Documents, sentence: Sentence, text: str, claim: str) -> str | None:
    """A claimed act told with who claims it (印度称，中国军队采取军事行动…), or None when
    the speaker cannot be named on its own (他, 该官员, one who speaks on in the next sentence)."""
    speaker, cue = claim.split("\0")
    for t in sentence.times:
        speaker = speaker.replace(t.text, "")
    speaker = re.sub(r"[（(]\s*[)）]", "", LATIN_GLOSS.sub("", speaker))
    speaker = re.sub(r"(?:则|也|还|又|亦|再度|再次)?(?:(?:在|于)[^，,]{1,16}?(?:上|中|时))?$", "",
                     CLUTTER.sub("", speaker.strip())).strip("，,：: ")
    if re.fullmatch(r"(?:该|这份|这项)?(?:声明|公报|报告|通报|文件|新闻稿|消息)", speaker) or \
            re.search(r"目击者$", speaker):
        return text  # the statement a story reports (声明称，…), what a witness saw: told as it is
    if len(speaker) < 2 or DANGLING.match(speaker) or _pronoun(documents, speaker) or \
            re.match(r"一些|有些|部分|有(?!关)|不少|许多|很多|外界|舆论", speaker) or \
            as_event(documents, speaker + "称，" + text) is None:
        return None  # (一些媒体分析称: no one in particular)
    cue = next((c for c in CLAIM_CUES if c in cue), "称")
    actor, unnamed = _act(documents, text)[0], UNNAMED_SOURCE.search(speaker)  # (《南华早报》…引述…
    if not unnamed and (text.startswith(speaker) or len(actor) >= 2 and actor in speaker):  # 消息人士称)
        return text  # the speaker telling its own act (五角大楼声明称，五角大楼已促请…)
    text = f"据{speaker}报道，{text}" if MEDIUM.search(speaker) and not unnamed else \
        re.sub(r"(?:亦|也|还|又)(?=引述|援引|引用)", "", speaker) + f"{cue}，{text}"
    return text if len(text) <= MAX_CHARS + 10 else None


def _stance_told(sentence: Sentence, text: str) -> bool:
    """Whether an entry tells the stance its sentence's speaker takes (埃尔多安表示，…“绝不
    让步”): a view, warning or demand is a viewpoint, told in that section; an announcement
    of a fact stays an event here, and the viewpoints leave it."""
    speech = sentence.speech
    if not (speech and speech.claim) or pair_share(speech.claim, text) < TOLD_CLAIM:
        return False
    told = text[text.index("，") + 1:] if "，" in text[:20] else text  # without 某某表示，
    return takes_stance(told, speech.cue or "")  # the part told: 约见…交涉 of a longer claim


def _own_country(documents: Documents, text: str) -> str:
    """该国 in an entry opening on one country's actor is that country (澳大利亚当局宣布阻断
    中国蒙牛集团收购该国一个…乳品生产商 → …收购澳大利亚一个…)."""
    at = text.find("该国")
    named = set(documents.analysis.gazetteer.countries(text[:min(at, 8)])) if at > 0 else set()
    return text.replace("该国", named.pop(), 1) if len(named) == 1 else text


def _pronoun(documents: Documents, text: str) -> bool:
    """Whether a text says 他, 其, 它们… with nothing before it in the text to stand for
    (土耳其 and 其他 are no pronouns; 土耳其…捍卫其权益 has its antecedent)."""
    tokens = _tokens(documents.analysis.segmenter, documents.analysis.gazetteer, text)
    return any(r.kind == "pronoun" for r in reliances(text, tokens, [], []))


def _own(documents: Documents, text: str) -> str:
    """In an entry opening on its actor, a possessive 其 before a noun is the actor's:
    林卓廷和许智峰在其住宅中被逮捕 → 在住宅中被逮捕 (nothing left to lean on)."""
    tokens = _tokens(documents.analysis.segmenter, documents.analysis.gazetteer, text)
    if not tokens or tokens[0].word in PRONOUNS or tokens[0].pos not in SUBJECT_TAGS:
        return text
    for token, following in reversed(list(zip(tokens[1:], tokens[2:]))):
        if token.word == "其" and following.pos.startswith("n"):
            text = text[:token.offset] + text[token.offset + 1:]
        elif token.word in ("他", "她") and (following.word == "的" or following.pos.startswith(
                "n")) and a_person(documents, tokens[0].word, tokens[0].pos):  # 蓬佩奥…开始了他中东之行
            end = token.offset + 1 + (following.word == "的")
            own = tokens[0].word if text[:token.offset].endswith(("对", "对于", "为", "向")) else ""
            text = text[:token.offset] + own + text[end:]  # (…引发了外界对安倍健康状况的担忧)
    return text


def _named_before(documents: Documents, sentence: Sentence, found: timex.Timex) -> bool:
    """Whether the day an anaphoric time (当晚, 同日) points back to is named before it in
    its paragraph, by a time of its own (not another 当天)."""
    earlier = [t for t in sentence.times if t.offset < found.offset]
    earlier += [t for other in documents.analysis.by_article[sentence.article.id]
                if other.paragraph == sentence.paragraph and other.index < sentence.index
                for t in documents.times(other)]
    return any(not ANAPHORIC_DAY.match(t.text) and t.start.date() == found.start.date()
               for t in earlier)


def _one_day_before(documents: Documents, sentence: Sentence) -> timex.Timex | None:
    """The one day a report names before a sentence (its report's own 今日…了解到 aside), or None."""
    days = named_days((other, t) for other in documents.analysis.by_article[sentence.article.id][:sentence.position]
                      for t in documents.times(other) if not ANAPHORIC_DAY.match(t.text))
    return next(iter(days.values()))[1] if len(days) == 1 else None


# Since an act (英超自1992年成立以来; 美国国防部自2000年开始每年都…; 自从习近平2012年成为
# 中共领导人以来): the act is an event of its date, though what follows spans the years after.
# Matched on either side of the date: 自 + who before it and the act + 以来 after it, or who
# + 自 before it and 开始/起 + the act after it.
SINCE_BEFORE = re.compile(r"自从?(?P<before>[^，,。；;自]{0,20}?)$")
SINCE_AFTER = re.compile(r"^(?P<act>[^，,。；;]{2,40}?)(?:以来|之后|以后)")
STARTED_BEFORE = re.compile(r"(?P<subject>[^，,。；;]{2,20}?)自从?$")
STARTED_AFTER = re.compile(r"^(?P<start>开始|起)[，,]?(?P<rest>[^，,。；;]{4,60})")


def _since(documents: Documents, sentence: Sentence, found: timex.Timex) -> str | None:
    """The act a 自…以来 / 自…开始 phrase dates, standing alone, or None (自2013年以来，…:
    a span from a date, no act of it)."""
    before, after = sentence.text[:found.offset], sentence.text[found.offset + len(found.text):]
    since, act = SINCE_BEFORE.search(before), SINCE_AFTER.match(after)
    started, rest = STARTED_BEFORE.search(before), STARTED_AFTER.match(after)
    if since and act:
        opened, told = before[:since.start()], act["act"]
        head = re.split(r"[，,。；;：:]", opened)[-1]  # 英超自1992年成立以来: 英超 acted
        tags = pos_tags(documents, head) if not since["before"].strip() else []
        subject = head if tags and all(tag in SUBJECT_TAGS for _, tag in tags) else since["before"]
        text = re.sub(r"^(?:今年|去年|本月|上月)", "", (subject + told).strip())
    elif started and rest:
        opened, told = before[:started.start()], rest["rest"]
        text = started["subject"].strip() + ("开始" if rest["start"] == "开始" else "") + told
    else:
        return None
    if opened.count("“") > opened.count("”"):
        return None  # (“这一变化也许是自2010年马政府提出的…以来…”: one's words)
    text = re.sub(r"\s*\d{4}\.[A-Z]{1,2}\.?\s*", "", LATIN_GLOSS.sub("", text))  # 壹传媒0282.HK.
    event = as_event(documents, text)
    if not re.search(r"[\u4e00-\u9fff]{2}", told) or event is None or judges(event) or \
            leans(bound(documents, event)):
        return None
    return documents.analysis.standalone(sentence, event)


def _notice_told(documents: Documents, sentence: Sentence, found: timex.Timex) -> str | None:
    """What a body's notice of that day told, told as its notice, when the day stands alone
    before it (9月6日，公安部治安管理局官微发布消息称，近日，四川江油一女民警…被…停机)."""
    rest = sentence.text[found.offset + len(found.text):]
    notice = NOTICE_FRAME.match(rest, len(rest) - len(rest.lstrip("，, ")))
    if notice is None or not time_alone(sentence.text, found):
        return None
    earlier = re.match(r"(?:近日|日前|最近)[，,]?", rest[notice.end():].strip())
    told = CLUTTER.sub("", rest[notice.end():].strip()[earlier.end() if earlier else 0:]).rstrip("。")
    told = re.sub(r"(?<=[\u4e00-\u9fff])(?:在|对)[^，,。]{2,24}(?:过程中|期间)[，,]", "", told)  # (…一女民警
    # 对辖区…进行核查过程中，平均日拨…: the act, without the work it was done in)
    told = documents.analysis.standalone(sentence, told) if as_event(documents, told) else None
    return _noticed(documents, sentence, told, notice, bool(earlier)) if told and not _unbalanced(told) else None


def _saying_clause(sentence: str, found: timex.Timex, times: list[timex.Timex]) -> str:
    """The clause of a time, or the next one when the time stands alone and what follows
    names no other (9月6日，公安部治安管理局官微发布消息称，近日，…): the clause that may say
    who made what known that day."""
    clause = clause_at(sentence, found)
    alone = time_alone(sentence, found) and not any(t.offset > found.offset for t in times)
    return around(sentence, found).replace(clause, "", 1) if alone else clause


def _named_act(documents: Documents, text: str) -> bool:
    """Whether a short clause is a named actor's act, whole and told as done (拉布在耶路撒冷与
    蓬佩奥会面, 柯佳洛突发心脏病猝死), where a fragment (他说, 执政约一年) or a guess (金与正貌似
    缺席了…, what a site 指出) is not."""
    return len(text) >= 8 and not HEDGED.search(text) and (
        name_and_act(documents, text) or named_actor(documents, text) and as_event(documents, text) is not None)


def _unfit(documents: Documents, text: str) -> bool:
    """Whether an entry's text is no act told whole: too short, dangling, a frame, a saying,
    a judgement or a plan, or leaning on what it lost."""
    judged = FINDING.sub("", text)  # what tests found is no one's opinion
    return len(text) < 6 and not name_and_act(documents, text) or not re.search(r"[\u4e00-\u9fff]{4}|^[A-Za-z]{3,}[\u4e00-\u9fff]{2}", text) or \
        bool(DANGLING.match(text) or FRAME_ONLY.search(text) or SAID.search(judged)) or \
        judges(judged) or bool(FRAMING_END.search(text)) or \
        leans(bound_text := bound(documents, text)) or _pronoun(documents, text) or \
        bool(COUNTED_REFERENCE.search(bound_text))
