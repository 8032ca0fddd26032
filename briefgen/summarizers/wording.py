"""How an item is worded for a reader who has not read its article: the role of a person a
background sentence opens on (德国联邦总统施泰因迈尔), the year of a month or day that names
none, the question an interview's answer replies to, a speech cut to what stands alone."""

from __future__ import annotations

import re

from briefgen.analysis.interview import ANSWERED, question_before
from briefgen.analysis.speech import ROLE_WORD
from briefgen.summarizers import Documents, Sentence

# What may stand before a name as its role: a run of words ending on a role (德国联邦总统), with no
# verb or preposition in it (会见了德国总统 is an act, not a role).
ROLE_BEFORE = re.compile(rf"([^，,。；;：:“”「」（）()、\s了是的说与和向对在被将把据由]{{0,10}}?{ROLE_WORD.pattern})$")


def introduced(documents: Documents, sentence: Sentence, text: str) -> str:
    """`text` with the role its article gave the person it opens on, when it names none:
    施泰因迈尔8月31日在总统府接见… after 德国联邦总统施泰因迈尔发表讲话 → 德国联邦总统施泰因迈尔
    8月31日…; a name the reader meets with no role is a name with no one behind it."""
    start = re.match(r"(?:[\d年月日]+\s*[，,]\s*)?", text).end()
    earlier = [s.text for s in documents.analysis.by_article.get(sentence.article.id, [])
               if s.position < sentence.position]
    for length in range(8, 1, -1):
        name = text[start:start + length]
        if len(name) < length or not re.fullmatch(r"[\u4e00-\u9fff·‧]+", name) or \
                ROLE_WORD.search(name) or any(t in name or name in t for t in documents.topic_words):
            continue
        for before in earlier:
            for at in (m.start() for m in re.finditer(re.escape(name), before)):
                role = ROLE_BEFORE.search(before[:at])
                if role:
                    return text[:start] + role[1] + text[start:]
    return text


def with_years(documents: Documents, sentence: Sentence, text: str) -> str:
    """`text` with the year written before each month and day that names none (7月1日 →
    2020年7月1日), as the analysis dated it; for a background whose sentences span years."""
    dated = {(t.start.month, t.start.day): t.start.year for t in documents.times(sentence)
             if t.precision in ("day", "hour", "minute")}

    def year_of(match: re.Match) -> str:
        year = dated.get((int(match[1]), int(match[2])))
        return f"{year}年{match[0]}" if year else match[0]

    return re.sub(r"(?<![年\d])(\d{1,2})月(\d{1,2})日", year_of, text)


def month_with_year(documents: Documents, sentence: Sentence, text: str) -> str:
    """`text` with the year written before a month that names no day and no year (已在2月获得…
    批准 → 已在2020年2月获得…): a month alone reads as any year's, a day beside it does not."""
    dated = {t.start.month: t.start.year for t in documents.times(sentence)
             if t.precision == "month"}

    def year_of(match: re.Match) -> str:
        year = dated.get(int(match[1]))
        return f"{year}年{match[0]}" if year else match[0]

    return re.sub(r"(?<![年\d、至到])(\d{1,2})月(?![\d份]|[至到、]|底|初|中|末)", year_of, text)


ASKED_BEFORE = re.compile(r"^（问：[^（）]*）")  # the question an answer in a brief is printed with


def with_question(cue: str, paragraphs: list[str], index: int, claim: str) -> str:
    """An interview's answer printed with the question it answers: （问：…）…"""
    asked = question_before(paragraphs, index) if cue == ANSWERED else None
    return f"（问：{asked}）{claim}" if asked else claim


# A speaker answering what the writer says was asked (在被问及周三的导弹发射时，他强调…).
ASKED_ABOUT = re.compile(r"(?:^|[，,；;])(?:另|在|当|而)?被问及(?P<asked>[^，,。；;“”]{2,40}?)(?:的问题)?时[，,]")


def with_asked(documents: Documents, sentence: Sentence, claim: str) -> str:
    """A claim printed with what it answers when the writer says so before the speaker's
    words (在被问及周三的导弹发射时，他强调美国不会被吓倒 → （被问及8月26日的导弹发射）美国
    不会被吓倒): without it the answer leans on a question the reader never saw."""
    asked = ASKED_ABOUT.search(sentence.text)
    speech = sentence.speech
    if asked is None or speech is None or asked.end() > speech.claim_start or claim.startswith("（"):
        return claim
    what = documents.analysis.standalone(sentence, asked["asked"], subject_given=True)
    return f"（被问及{what}）{claim}" if what else claim


def asked_once(claim: str, text: str) -> str:
    """A claim to join to `text` without the question `text` already prints."""
    asked = ASKED_BEFORE.match(claim)
    return claim[asked.end():] if asked and asked[0] in text else claim


def asked_on_topic(documents: Documents, claim: str) -> bool:
    """Whether a claim answers a question naming every term of the brief's topic (（问：债券市场
    存在泡沫吗？）…, not …国债收益率可能变为负值吗？): of one speaker's answers, the one the
    reader came for."""
    asked = ASKED_BEFORE.match(claim)
    return bool(asked) and all(any(form in asked[0] for form in keyword.forms)
                               for keyword in documents.spec.topic.keywords)


# A report a lede says was released (联合国贸发会议发布了《2019年贸易和发展报告》).
RELEASED_REPORT = re.compile(r"(?P<who>[^，,。；;“”《》]{2,16}?)(?:发布|公布|发表)了?《[^《》]{2,30}(?:报告|白皮书|蓝皮书|展望)》")


def reported_finding(documents: Documents, sentence: Sentence, text: str) -> str:
    """A later sentence of a lede that releases a report, naming none of the topic itself,
    tells the report's finding: said with whose (联合国贸发会议报告指出，…)."""
    article = sentence.article
    released = RELEASED_REPORT.search(article.paragraphs[0]) if article.paragraphs else None
    if sentence.paragraph != 0 or sentence.index == 0 or released is None or \
            documents.names_topic(sentence.text):
        return text
    return f"{released['who']}报告指出，{text}"  # (its title once would read as one item twice)


# A question and nothing else (如果…会是什么情况？): it asks, the answer was the view.
QUESTION_ONLY = re.compile(r"^[^。！!]*[？?]$")
GLOSSED = re.compile(r"(?:这|此|這)\s*[（(]([^（()）]{2,20})[)）]")  # 这(王毅的代价说): the writer's gloss
# 维特奇议长的这趟行程, 王毅的这番言论: whose it is names it; the demonstrative adds nothing
POSSESSED = re.compile(r"(?<=[\u4e00-\u9fff]{2}的)(?:这|這|那|此)(?:趟|次|个|個|项|項|份|场|場|番|种|種)?"
                       r"(?=[\u4e00-\u9fff]{2})")


def readable(documents: Documents, sentence: Sentence, claim: str) -> str | None:
    """A claim as it reads alone, a reference the writer glossed in brackets written as the
    gloss (但我认为，这(王毅的代价说)已经过头了 → …王毅的代价说已经过头了) and one whose
    owner is named without its demonstrative (维特奇议长的这趟行程 → 维特奇议长的行程); a speech of several
    sentences whose later ones lean on something left behind (看这些活动的发展…) is its
    longest run of first sentences that stands, when that run is more than a question; a last
    sentence whose closing question leans (…诬蔑成被告，你们不感到这个执法行动可耻吗？) keeps
    what it said before the question."""
    claim = POSSESSED.sub("", GLOSSED.sub(r"\1", claim))
    whole = documents.analysis.standalone(sentence, claim, subject_given=True)
    ends = [m.end() for m in re.finditer(r"[。！？!?]+", claim)]
    if whole is not None or len(ends) < 2:
        return whole
    asked = re.search(r"[，,][^，,。！？!?]+[？?][”」]?$", claim)  # …诬蔑成被告，你们不感到…吗？
    tried = [claim[:asked.start()] + "。"] if asked and asked.start() > ends[-2] else []
    for head in tried + [claim[:end] for end in reversed(ends[:-1])]:  # 我参与暴动？721暴动？…荒谬！
        if head.count("“") != head.count("”") or QUESTION_ONLY.match(head) or \
                re.fullmatch(r"(?:[^。！？!?]*[？?])+", head):
            continue
        kept = documents.analysis.standalone(sentence, head, subject_given=True)
        if kept is not None:
            return kept
    return None
