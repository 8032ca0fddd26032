"""Analysis: every selected sentence is read once, for every section.

    analysis = analyse(selected, spec)          # once per build
    for sentence in analysis.sentences:          # AnalysedSentence (briefgen.model)
        sentence.tokens      # words with parts of speech (jieba, domain dictionary)
        sentence.times       # time expressions resolved against the article's date
        sentence.mentions    # people, places, organizations (with their camp when known)
        sentence.speech      # Speech: speaker, role, camp, cue, claim (and its span)
        sentence.leans_on    # Reliance: pronouns, 该/此/上述, 两国, connectives, relative dates
    analysis.standalone(sentence)        # the sentence rewritten to stand alone, or None
    analysis.standalone(sentence, text)  # the same for a part of it (a clause, a claim)
    analysis.polish(text)                # only script, punctuation and nested titles
    analysis.gazetteer.camp(speaker, role), analysis.camp_order(camps)

Only the selected articles are analysed; the costly parts (parts of speech, speech) are
cached by sentence text, so a second build of the same corpus reads nothing twice.
"""

from __future__ import annotations

import functools
import re
from collections import ChainMap
from dataclasses import replace
from datetime import datetime, timedelta

from briefgen import timex
from briefgen.analysis.gazetteer import NAME_GOES_ON, OTHER, Gazetteer, load_gazetteer
from briefgen.analysis.roles import BODY, GROUP, ORGANIZATION_END
from briefgen.analysis.script import in_script, script_of
from briefgen.analysis import interview
from briefgen.analysis.names import segmenter_for
from briefgen.analysis.speech import ROLE_WORD, TRANSLITERATION, ArticleState, SpeechReader
from briefgen.analysis.standalone import (BOTH_SIDES, PARTY, WHOLE, WHOLE_NAMED, drop_connective, opens_on_verb,
                                          punctuate, reliances, strip_frame, introduce_short_forms, own_reckoning,
                                          short_forms, written_out, written_span)
from briefgen.chinese import Segmenter, domain_words, inside_quotes, sentences
from briefgen.model import AnalysedSentence, Article, Mention, Reliance, Speech, Token

PERSON_TAGS = ("nr", "nrt", "nrfg")
SIMPLIFIED_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})
# A day written out beside the same day the source gave in brackets: 8月29日下午（8月29日）.
WRITTEN_TWICE = re.compile(r"((?:\d{4}年)?(\d{1,2}月\d{1,2}日))((?:上午|下午|中午|晚上|晚间|晚間|凌晨|早上|"
                           r"清晨|傍晚|夜间|夜間|深夜|晚|早)?)\s*[（(](?:\d{4}年)?\2[)）]")
TITLE = re.compile(r"《[^《》]+》")
EVENT_DETERMINERS = {"此次", "这次", "這次", "本次"}  # this time, not this one


def _person_topics(articles: list[Article], forms: tuple[str, ...]) -> tuple[str, ...]:
    """The topic's words the sources show as a person: one who speaks (陈同佳表示, 博尔特说,
    董又霖在社交平台上发文道歉称) or glossed with a personal name in Latin (梅西（Lionel
    Messi）), not a body (动物园说)."""
    text = "\n".join(p for article in articles for p in article.paragraphs)
    return tuple(form for form in forms if re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", form) and
                 not (BODY.search(form) or ORGANIZATION_END.search(form) or GROUP.search(form) or
                      re.search(r"[园馆所院局部会台社报厅处站司团队组委党军方国省市州县]$", form)) and
                 re.search(re.escape(form) + r"(?:\s*[（(][A-Z][a-z]+ [A-Z][A-Za-z]+[）)]|"
                           r"[^，,。：:“”「」]{0,12}?(?:说|表示|称|透露|坦言|写道)[，,：:])", text))


@functools.lru_cache(maxsize=4)
def _pos_tokenizer(segmenter_: Segmenter, gazetteer_: Gazetteer):
    """jieba's tagger over our segmenter (domain words kept whole), sharing the part-of-
    speech table jieba.posseg loads on import instead of reading it a second time; the
    gazetteer's people, countries and organizations are tagged nr, ns and nt."""
    import jieba.posseg

    table = jieba.posseg.dt.word_tag_tab
    # The domain's own words (the dictionary, a spec's terms: 纳瓦尔尼, 诺维乔克) are names
    # jieba has no tag for: nz, so a sentence opening on one has its subject.
    tags = {word: "nz" for word in segmenter_.domain if word not in table and len(word) >= 2}
    tags.update({name: "nr" for name in gazetteer_.members})
    tags.update({name: "nr" for name in segmenter_.people})
    tags.update({name: "ns" if entry.kind == "country" else "nt"
                 for name, entry in gazetteer_.entries.items() if len(name) >= 2})
    tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    tagger.tokenizer = segmenter_.tokenizer
    tagger.word_tag_tab = ChainMap(tags, table)
    return tagger


@functools.lru_cache(maxsize=200_000)
def _tokens(segmenter_: Segmenter, gazetteer_: Gazetteer, text: str) -> tuple[Token, ...]:
    tokens, at = [], 0
    for pair in _pos_tokenizer(segmenter_, gazetteer_).cut(text, HMM=False):
        tokens.append(Token(pair.word, pair.flag, at))
        at += len(pair.word)
    return tuple(tokens)


@functools.lru_cache(maxsize=65536)
def _times(paragraph: str, base: datetime) -> list:
    """Time expressions of a paragraph (remembered between builds)."""
    return timex.parse(paragraph, base)


def _coming_year(times: list, coming: dict[int, int]) -> list:
    """Days and months written without a year take the year the article gave the same month
    when it said it was to come (…将于11月17日正式开港 … 11月25日是前往…的旅程: this
    November, not last year's); `coming` keeps those months, article by article."""
    kept = []
    for t in times:
        if t.precision in ("month", "day") and not _absolute(t.text) and "年" not in t.text:
            if t.future:
                coming.setdefault(t.start.month, t.start.year)
            elif coming.get(t.start.month) == t.start.year + 1:
                t = replace(t, start=t.start.replace(year=t.start.year + 1),
                            end=t.end.replace(year=t.end.year + 1), future=True)
        kept.append(t)
    return kept


def _absolute(text: str) -> bool:
    """Whether a time expression names its year (so needs no reference time)."""
    return re.search(r"\d{4}\s*年|[〇零○一二三四五六七八九]{4}年|\d{4}-\d|世纪", text) is not None


# The day of a dispatch's dateline kept in the article's credits (（法新社洛杉矶25日电）,
# （中央社记者台北26日专电）, …二十六日讯).
DISPATCH_DAY = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*(?:专|專)?(?:电|電|讯|訊)")


def reference_time(article: Article) -> datetime | None:
    """What relative dates in an article count from: its publication time, or the day of its
    dispatch when the dateline gives one a day or two before (（法新社洛杉矶25日电）…今天 is
    the 25th in Los Angeles, though Paris published it on the 26th); for an undated article
    the latest day its captions state (photos show the news)."""
    if article.published:
        for credit in article.credits:
            day = DISPATCH_DAY.search(credit)
            if day:
                back = next((n for n in (1, 2) if
                             (article.published - timedelta(days=n)).day == timex.number(day[1])), 0)
                return article.published - timedelta(days=back)
        return article.published
    days = [t.start for caption in article.captions for t in timex.parse(caption, None)
            if t.precision in ("day", "hour", "minute") and _absolute(t.text)]
    return max(days) if days else None


# 这批 followed by who made or did it (这批由华大基因公司在中国生产的检测套装): the words after it
# say what it is, and 一批 reads alone.
DESCRIBED = re.compile(r"(?:这|這|该|該|此)(批|些|个|個|种|種|项|項|份|起|宗)?"
                       r"(?=由[^，,。；;“”]{2,30}?的[\u4e00-\u9fff])")


# A place told by its kind (这个国家级贫困县, 这座城市): the place of that kind the sentence named.
PLACE_KIND = re.compile(r"[^，,。的]{0,6}?(县|市|省|州|镇|村|区|岛)(?![长委])")

class Analysis:
    """The selected articles' sentences, each read once, and the rewrites items need."""

    def __init__(self, articles: list[Article], segmenter_: Segmenter, gazetteer_: Gazetteer,
                 dictionary: set[str], script: str | None, year: int | None,
                 topic_forms: tuple[str, ...] = ()) -> None:
        self.segmenter = segmenter_
        self.topic_forms = topic_forms
        self.person_topics = _person_topics(articles, topic_forms)
        self.gazetteer = gazetteer_
        self.script = script
        self.year = year  # the brief's year: dates in it need no year written out
        self.reader = SpeechReader(gazetteer_, dictionary,
                                   tags=lambda text: _tokens(segmenter_, gazetteer_, text),
                                   subjects=topic_forms)
        self.reference_times: dict[int, datetime | None] = {}
        self.sentences: list[AnalysedSentence] = []
        self.by_article: dict[int, list[AnalysedSentence]] = {}
        self.states: dict[int, ArticleState] = {}
        for article in articles:
            self.by_article[article.id] = self._article(article)
            self.sentences.extend(self.by_article[article.id])
        self._share_camps()

    # --- reading -------------------------------------------------------------------

    def _article(self, article: Article) -> list[AnalysedSentence]:
        base = reference_time(article)
        self.reference_times[article.id] = base
        state = self.reader.start(article.body)
        self.states[article.id] = state
        found: list[AnalysedSentence] = []
        coming: dict[int, int] = {}  # month → year of a month the article said is to come
        for p, paragraph in enumerate(article.paragraphs):
            times = _coming_year(_times(paragraph, base or datetime(2000, 1, 1)), coming)  # 当天 follows its date
            unanchored = [] if base else [t for t in times if not _absolute(t.text)]
            if base is None:
                times = [t for t in times if _absolute(t.text)]
            offset = 0
            for i, text in enumerate(sentences(paragraph)):
                offset = paragraph.find(text, offset)
                inside = [replace(t, offset=t.offset - offset)  # (keeps 两天来 a span)
                          for t in times if offset <= t.offset < offset + len(text)]
                sentence = AnalysedSentence(
                    text=text, article=article, paragraph=p, index=i,
                    words=self.segmenter.content_words(text), offset=offset,
                    position=len(found), tokens=_tokens(self.segmenter, self.gazetteer, text), times=inside)
                countries_before = len(state.countries)
                sentence.mentions = self._mentions(sentence, state)
                speech = self.reader.read(text, state, [m.text for m in sentence.mentions
                                                        if m.kind == "person"])
                leans_on = tuple(self._leans_on(sentence, state, countries_before))
                if speech is None and found and found[-1].speech and found[-1].paragraph == p \
                        and (_quoted(text) or _goes_on_unquoted(found[-1], sentence, leans_on)):
                    before = found[-1].speech  # a quote going on from the sentence before, or
                    speech = type(before)(before.speaker, before.role, before.camp, "",  # what
                                          text.strip("“”「」 "), 0, len(text), before.phrase,  # it
                                          continued=True)  # reported goes on with no subject
                    state.countries.extend(self.gazetteer.countries(text))
                sentence.speech = speech
                sentence.leans_on = leans_on + tuple(
                    Reliance("relative_date", t.text, t.offset - offset) for t in unanchored
                    if offset <= t.offset < offset + len(text))  # 星期四 of an undated article
                found.append(sentence)
                offset += len(text)
        asked = interview.answers(article.paragraphs)
        for sentence in found:  # an interview's answers: whom its heading names speaks
            if sentence.paragraph in asked and sentence.speech is None and \
                    not interview.elliptic(sentence.text, sentence.tokens):
                name, role = asked[sentence.paragraph]
                sentence.speech = Speech(name, role, self.gazetteer.camp(name, role), interview.ANSWERED,
                                         sentence.text, 0, len(sentence.text), name)
        return found

    def _share_camps(self) -> None:
        """A speaker whose camp one article leaves open (商务部长罗斯) takes the camp another
        article gives the same person (美国商务部部长罗斯), when they all agree."""
        known: dict[str, set[str]] = {}
        for sentence in self.sentences:
            speech = sentence.speech
            if speech and speech.camp != OTHER:
                known.setdefault(self._person_key(speech.speaker), set()).add(speech.camp)
        for sentence in self.sentences:
            speech = sentence.speech
            if speech and speech.camp == OTHER:
                camps = known.get(self._person_key(speech.speaker), set())
                if len(camps) == 1:
                    sentence.speech = replace(speech, camp=camps.pop())

    def _person_key(self, name: str) -> str:
        return re.split(r"[·‧・•]", self.gazetteer.canonical(name))[-1]

    def _mentions(self, sentence: AnalysedSentence, state: ArticleState) -> tuple[Mention, ...]:
        text, mentions = sentence.text, {}
        tokens = sentence.tokens
        for n, token in enumerate(tokens):  # 罗伯特 · 奥布莱恩: one person
            if token.pos in PERSON_TAGS and len(token.word) >= 2 and \
                    not ROLE_WORD.search(token.word):
                after = tokens[n + 1].word if n + 1 < len(tokens) else ""
                word = token.word + after if len(after) == 1 and NAME_GOES_ON.match(after) else token.word
                mentions.setdefault(token.offset, Mention(word, "person", token.offset))  # 马斯|克
            elif token.pos == "ns" and len(token.word) >= 2:
                mentions.setdefault(token.offset, Mention(token.word, "place", token.offset))
            elif token.pos == "nt":
                mentions.setdefault(token.offset, Mention(token.word, "organization", token.offset))
        for match in re.finditer(TRANSLITERATION, text):
            mentions[match.start()] = Mention(match[0], "person", match.start())
        for form in self.person_topics:  # 陈同佳, the brief's own subject, is a person
            for match in re.finditer(re.escape(form), text):
                if not NAME_GOES_ON.match(text, match.end()):
                    mentions[match.start()] = Mention(form, "person", match.start())
        for name in state.roles:
            for match in re.finditer(re.escape(name), text):
                if not NAME_GOES_ON.match(text, match.end()):  # (not 马斯 of 马斯克)
                    mentions[match.start()] = Mention(name, "person", match.start())
        for at, name, entry in self.gazetteer.find(text, "members"):
            mentions[at] = Mention(name, "person", at, entry.camp)
        for at, name, entry in self.gazetteer.find(text):
            kind = "place" if entry.kind == "country" and name in (entry.camp,) or \
                entry.kind == "country" and len(name) <= 3 and not name.endswith("方") \
                else "organization"
            mentions[at] = Mention(name, kind, at, entry.camp)
        # keep the longest mention at overlapping positions
        kept: list[Mention] = []
        for mention in sorted(mentions.values(), key=lambda m: (m.offset, -len(m.text))):
            if kept and mention.offset < kept[-1].offset + len(kept[-1].text):
                continue
            kept.append(mention)
        return tuple(kept)

    def _leans_on(self, sentence: AnalysedSentence, state: ArticleState,
                  countries_before: int) -> list[Reliance]:
        text = sentence.text
        people = [m.text for m in sentence.mentions if m.kind == "person"]
        return reliances(text, sentence.tokens, sentence.times, people, self.gazetteer.countries,
                         abbreviations="".join(self.gazetteer.abbr.values()))

    # --- rewriting ------------------------------------------------------------------

    def standalone(self, sentence: AnalysedSentence, text: str | None = None, *,
                   subject_given: bool = False) -> str | None:
        """`text` (default: the whole sentence) rewritten so it reads alone: dateline, byline
        and 据…报道 stripped, a leading connective dropped, relative dates written out,
        references resolved from the sentences before; in the brief's script with CJK
        punctuation. None when something it leans on cannot be resolved. `subject_given`:
        the item names who acts (a claim printed under its speaker), so a text that opens on
        its verb (谴责…) is whole."""
        whole = text is None
        text = strip_frame(sentence.text if whole else text)
        if any(r.kind == "relative_date" and r.text in text and
               not any(t.text == r.text for t in sentence.times) and
               not (subject_given and own_reckoning(r)) for r in sentence.leans_on):
            return None  # a relative date with nothing to count from
        text = drop_connective(text)
        if not text:
            return None
        tokens = _tokens(self.segmenter, self.gazetteer, text)
        times = [replace(t, offset=text.find(t.text)) for t in sentence.times if t.text in text]
        state = self.states.get(sentence.article.id)
        mentions = [m.text for m in sentence.mentions if m.kind == "person"]
        found = reliances(text, tokens, times, mentions, self.gazetteer.countries,
                          abbreviations="".join(self.gazetteer.abbr.values()))
        replacements: list[tuple[int, str, str]] = []  # (offset, old, new)
        for reliance in found:
            if subject_given and (reliance.kind in ("no_subject", "unstated") or own_reckoning(reliance)):
                continue
            if subject_given and reliance.kind == "pronoun":
                people = {re.split(r"[·‧・•]", name)[-1]  # 阿列克谢·纳瓦尔尼: 纳瓦尔尼
                          for name in set(mentions) | set(state.roles if state else ())}
                if reliance.text in ("他", "她") and len({m for m in people if m in
                                                         text[:reliance.offset]}) == 1:
                    continue  # 由于纳瓦尔尼…，对他…: the one person the claim names before
                return None  # 他 in a claim: the speaker, or someone the speaker named before
            described = DESCRIBED.match(text, reliance.offset) \
                if reliance.kind == "demonstrative" else None
            if described:  # 这批由华大基因公司在中国生产的检测套装: told by what follows
                replacements.append((reliance.offset, described[0],
                                     "一" + described[1] if described[1] else ""))
                continue
            new = self._resolve(reliance, sentence, times, state)
            if new is None:
                return None
            replacements.append((reliance.offset, reliance.text, new))
        for offset, old, new in sorted(replacements, reverse=True):
            if text[offset:offset + len(old)] == old:
                text = text[:offset] + new + text[offset + len(old):]
        text = re.sub(r"([^（(\s]{2,12}?[日月年])\s*[（(]\1[)）]", r"\1", text)  # 周三（26日）
        text = re.sub(r"(?:今|本日|当日)\s*[（(]((?:\d{4}年)?\d{1,2}月\d{1,2}日)[)）]", r"\1", text)  # 今（8月26日）
        text = re.sub(r"(\d{4}年)?(\d{1,2}月\d{1,2}日)\s*(?:\d{4}年)?\2", r"\1\2", text)  # 周二8月25日
        text = WRITTEN_TWICE.sub(r"\1\3", text)  # 周六下午(8月29日) → 8月29日下午（8月29日）
        text = SHORT_NAME.sub("", text)  # 《…的通知》（以下简称《通知》）: a name for what the item lost
        if state is not None:
            text = introduce_short_forms(text, short_forms(state.text))
        return self.polish(text)

    def _resolve(self, reliance: Reliance, sentence: AnalysedSentence, times,
                 state: ArticleState | None) -> str | None:
        """What a reference stands for, as text to put in its place; None when unknown."""
        if reliance.kind == "connective":
            return reliance.resolved  # "" for one that can be dropped, None otherwise
        if reliance.kind == "relative_date":
            if self.reference_times.get(sentence.article.id) is None:
                return None
            time = next((t for t in times if t.text == reliance.text), None)
            if time is None:
                return None
            if time.duration:
                return written_span(time, show_year=self.year is None or time.start.year != self.year)
            text_before = sentence.text[:max(0, sentence.text.find(reliance.text))]
            said = f"{time.start.year}年" in text_before  # 2019年7月6日与7月21日
            return written_out(time, show_year=not said and (
                self.year is None or time.start.year != self.year))
        if reliance.kind == "pronoun" and reliance.text in ("他", "她"):
            person = self._previous_person(sentence)
            return person
        if reliance.kind == "demonstrative":
            return self._previous_thing(sentence, reliance.text)
        if reliance.kind == "collective" and reliance.text in BOTH_SIDES:
            countries = [c for earlier in self._before(sentence, 3)
                         for c in self.gazetteer.countries(earlier.text)]
            countries += self.gazetteer.countries(sentence.text)
            joint = self.gazetteer.joint_camp(countries)
            if joint and len(set(countries)) == 2 and "、" not in joint:
                return joint + reliance.text  # 两国 → 美韩两国, when only two are named
        return None

    def paragraph(self, sentence: AnalysedSentence) -> list[AnalysedSentence]:
        """The sentences of its paragraph in order (`sentence.index` is its place among them),
        read off the article's list by position rather than searched for."""
        article = self.by_article.get(sentence.article.id, [])
        start = end = sentence.position - sentence.index
        while end < len(article) and article[end].paragraph == sentence.paragraph:
            end += 1
        return article[start:end]

    def paragraph_before(self, sentence: AnalysedSentence) -> list[AnalysedSentence]:
        """The sentences of the paragraph right before its own, or none."""
        start = sentence.position - sentence.index
        article = self.by_article.get(sentence.article.id, [])
        if start == 0 or article[start - 1].paragraph != sentence.paragraph - 1:
            return []
        return self.paragraph(article[start - 1])

    def _before(self, sentence: AnalysedSentence, back: int = 2) -> list[AnalysedSentence]:
        article = self.by_article.get(sentence.article.id, [])
        start = max(0, sentence.position - back)
        return [s for s in article[start:sentence.position] if s.paragraph >= sentence.paragraph - 1]

    def _named_last(self, sentence: AnalysedSentence, pattern: str | re.Pattern) -> str | None:
        """What `pattern` finds last in the nearest of the sentences before that has it."""
        for earlier in reversed(self._before(sentence, 3)):
            found = re.findall(pattern, earlier.text)
            if found:
                return found[-1]
        return None

    def _previous_person(self, sentence: AnalysedSentence) -> str | None:
        """The one person the sentence before names (or whose speech it reports), when that
        person is its subject: not 普京 after 纳瓦尔尼是…普京的批评者, whose subject is a
        name the tagger does not know as a person."""
        for earlier in reversed(self._before(sentence)):
            people = {m.text for m in earlier.mentions if m.kind == "person"}
            if earlier.speech and earlier.speech.role and len(people) <= 1:
                return earlier.speech.speaker
            if people:
                if len(people) != 1:
                    return None
                person = people.pop()
                subject = next((t for t in earlier.tokens if t.pos not in ("x", "w", "t", "m", "p")
                                and t.word.strip() and not re.fullmatch(r"[\W\d]+", t.word)), None)
                at = earlier.text.find(person)
                if subject is not None and subject.offset < at and subject.pos == "nz":
                    # another name opens the sentence: the topic's own name (纳瓦尔尼) is
                    # its subject; any other, who knows
                    return subject.word if subject.word in self.topic_forms else None
                return person
        return None

    def _coded(self, sentence: AnalysedSentence, noun: str) -> str | None:
        """The one thing of a kind that the sentence, or else the one before, names with its code
        (小行星2020 QG … 这颗小行星 → 小行星2020 QG); None when none is, or more than one."""
        if not noun:
            return None
        coded = re.compile(re.escape(noun) + r"\s?[A-Z0-9][A-Za-z0-9\-]*(?: [A-Z0-9][A-Za-z0-9\-]*)?")
        for text in [sentence.text] + [s.text for s in reversed(self._before(sentence, 1))]:
            named = {m[0].strip() for m in coded.finditer(text)}
            if named:
                return named.pop() if len(named) == 1 else None
        return None

    def _previous_thing(self, sentence: AnalysedSentence, reference: str) -> str | None:
        """这位大使, 该官员 → the person named before in that role; 该条约, 该威慑指引 → the
        《title》 named before whose name ends with the noun and has its other words; a
        reference to something its own words already name (该份新的核指导方针) loses its
        demonstrative."""
        determiner = re.match(r"(?:该|該|此|这|這|那|上述|本次)[一两兩二三几幾\d]*"
                              r"(?:位|名|个|個|些|项|項|份|次|种|種|条|條|起|批|群|伙|夥|类|類|支|家|"
                              r"颗|顆|只|隻|艘|架|枚|头|頭|座|辆|輛|块|塊)?", reference)
        noun = reference[determiner.end():] if determiner else reference
        if determiner and re.search(r"[颗顆只隻艘架枚头頭座辆輛块塊]$", determiner[0]):
            return self._coded(sentence, noun)  # 这颗小行星: the one thing named before, or unsure
        if not noun or determiner and re.search(r"[群批伙夥帮幫]$", determiner[0]):
            return None  # 这群极端示威者: a group the text before singled out, not every one
        if WHOLE.fullmatch(reference):  # 全校 → 台江民族中学全校: the one the text before named
            named = self._named_last(sentence, WHOLE_NAMED[reference[-1]])
            named = re.split(r"[在到于入的了是和与及、从向]", named or "")[-1]  # (留在|台江民族中学)
            return named + reference if len(named) >= 3 else None
        if PARTY.fullmatch(reference):  # 调研组一行 → 陈伊芬秘书长等一行八人, the party the
            return self._named_last(sentence, PARTY_COUNTED)  # text before counted
        state = self.states.get(sentence.article.id)
        if ROLE_WORD.fullmatch(noun):
            if state is None or determiner and determiner[0] in EVENT_DETERMINERS:
                return None  # 此次外长…: this time, whose minister (王毅, the one named last, or not)
            for earlier in reversed(self._before(sentence, 3)):
                if earlier.speech and (earlier.speech.role or "").endswith(noun):
                    return earlier.speech.speaker
                for mention in earlier.mentions:
                    if mention.kind == "person" and \
                            state.roles.get(mention.text, "").endswith(noun):
                        return mention.text
            return None
        article = self.by_article.get(sentence.article.id, [])  # a title names one thing
        titles = [t for earlier in article[:sentence.position] for t in TITLE.findall(earlier.text)]
        titles += TITLE.findall(sentence.text[:max(0, sentence.text.find(reference))])
        words = self.segmenter.content_words(noun)
        for title in reversed(titles):
            name = title[1:-1]
            if words and name.endswith(words[-1]) and all(w in name for w in words):
                return title
        first = _tokens(self.segmenter, self.gazetteer, noun)[:1]
        kind = PLACE_KIND.match(noun)
        if kind and determiner and any(
                m.kind == "place" and m.text.endswith(kind[1]) and m.offset < sentence.text.find(reference)
                for m in sentence.mentions):
            return reference  # 他来到…台江县，当这个国家级贫困县…的校长: the place just named
        if determiner and determiner[0] in EVENT_DETERMINERS:
            return None  # 这次检测试剂: of this round (Hong Kong's tests), which the text before told
        if len(noun) >= 4 and (any(form in noun for form in self.topic_forms) or
                               ("的" in noun and first and first[0].pos.startswith("a"))) or \
                len(noun) == 3 and any(form in noun and form != noun for form in self.topic_forms):
            return noun  # 该份新的核指导方针 → 新的核指导方针, 这些新厕所 → 新厕所 (not 该地区的美国军队)
        return None

    def camp_order(self, camps: list[str], counts: dict[str, int] | None = None) -> list[str]:
        """Camps in the order a brief prints them (the spec's `actors.order` first)."""
        return self.gazetteer.camp_order(camps, counts)

    def polish(self, text: str) -> str:
        """The brief's script, CJK punctuation and 〈〉 inside 《》: for any item text; a
        Simplified brief quotes with “” and ‘’ (「」 and 『』 are Traditional usage); no mark
        of bytes the source broke (U+FFFD), which tells a reader nothing."""
        text = punctuate(in_script(re.sub("\\s*\ufffd+\\s*", "", text), self.script))
        if self.script == "zh-Hans":  # (兹德涅克‧贺吉普: a name's dot as the mainland writes it)
            text = re.sub(r"(?<=[\u4e00-\u9fff])[‧・•](?=[\u4e00-\u9fff])", "·", text.translate(SIMPLIFIED_QUOTES))
            text = re.sub(r"‘([^‘’“”]*)’", lambda m: m[0] if inside_quotes(m.string, m.start())
                          else f"“{m[1]}”", text)  # ‘…’ in no quote: “…”
        return text


# A party counted where it is introduced (…协会陈伊芬秘书长等一行八人到…调研).
PARTY_COUNTED = re.compile(r"[^，,。；;、]{2,24}等一行[\d一二两三四五六七八九十]+人")
# The short name a text gives what it names, for the sentences after it.
SHORT_NAME = re.compile(r"\s*[（(](?:以下|下文|下称)?(?:简称|簡稱|称)[^（）()]{1,24}[)）]")


def _goes_on_unquoted(before: AnalysedSentence, sentence: AnalysedSentence,
                      leans_on: tuple[Reliance, ...]) -> bool:
    """Whether a sentence with no subject goes on with what the one before reported someone
    said, unquoted, to its end (刘明坦言，3000元要养活家里六口人，难。不得已才想离开…): the
    speaker is its subject."""
    speech = before.speech
    return speech is not None and bool(speech.cue or speech.continued) and \
        speech.claim[:1] not in "“「" and \
        speech.claim_end >= len(before.text.rstrip()) - 1 and \
        opens_on_verb(sentence.tokens) and not any(r.kind in ("connective", "pronoun", "collective") for r in leans_on)


def _quoted(text: str) -> bool:
    text = text.strip()
    return text[:1] in "“「" and text.rstrip("。")[-1:] in "”」" and text.count("“") <= 1


def analyse(selected: list, spec, segmenter_: Segmenter | None = None) -> Analysis:
    """The analysis of the selected articles (`Selected` or `Article`) under `spec`."""
    articles = [getattr(choice, "article", choice) for choice in selected]
    segmenter_ = segmenter_ or segmenter_for(articles, spec)
    masthead = getattr(spec, "masthead", None)
    if masthead is not None and getattr(masthead, "date", None):
        year = masthead.date.year
    else:
        years = [a.published.year for a in articles if a.published]
        year = max(years) if years else None
    topic_forms = tuple(form for keyword in spec.topic.keywords for form in keyword.forms)
    return Analysis(articles, segmenter_, load_gazetteer(getattr(spec, "actors", None)),
                    set(domain_words(tuple(spec.dictionary))), script_of(spec.locale), year,
                    topic_forms)


__all__ = ["Analysis", "analyse", "reference_time"]
