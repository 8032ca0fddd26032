"""Which sayings are acts of their day: a statement on a public record (a press conference, an
official account, a statement issued), a piece a medium published, a lede's warning that tells
what goes on. Anything else said is a view, told by the viewpoints."""

from __future__ import annotations

import re

from briefgen.summarizers import Documents, Sentence
from briefgen.summarizers.acts import VERB_TAGS
from briefgen.summarizers.clauses import _clauses, goes_on
from briefgen.summarizers.story import headlined, pos_tags
from briefgen.summarizers.viewpoints import takes_stance

# Hearsay: what no one stands behind (据报道, 有消息称, 未经证实).
HEARSAY = re.compile(r"据(?:报道|报导|称|传)(?![^，,。]{0,6}(?:社|网|台|报|电视))|有(?:报道|消息)称|"
                     r"未经证实|尚未证实|无法(?:独立)?(?:核实|证实)|传言|传闻")
# A report of what an unnamed source told it (《南华早报》…引述接近中国军方的匿名信息来源称): the
# source's claim, told with who relays it.
UNNAMED_SOURCE = re.compile(r"(?:引述|援引|引用)[^，,。]*?(?:消息人士|知情人士|信息来源|消息来源|匿名)")


# Said on a public record of its own (在记者会上表示, 透过推特表示, 在官方账号上回应称, 发布声明称):
# the saying is an act of its day.
PUBLIC_SAYING = re.compile(r"记者会|发布会|记者招待会|推特|推文|官方账号|官方帐号|微博|对外宣称|"
                           r"(?:发布|发表|发出)了?(?:一份|一项)?(?:联合)?(?:声明|公告|通告|警告)")


# A piece a medium or body published (新华社发表了一位教授的评论，表示…; …刊发社论称): its
# publication is an act of that day when the stories' titles tell what it says.
PUBLISHED_PIECE = re.compile(r"(?:发表|刊登|刊发|刊出|发布)了?[^，,。“”]{0,12}(?:评论|社论|文章|评论员文章)[，,]?\s*$")


def published(documents: Documents, sentence: Sentence) -> bool:
    """Whether a sentence tells a piece published, with what it says, that the stories' titles
    tell (新华社发表了一位教授的评论，表示…字节跳动可能需要获得许可): the day's act."""
    speech = sentence.speech
    return bool(speech and speech.claim and
                PUBLISHED_PIECE.search(sentence.text[:speech.claim_start].rstrip("，,：: ")
                                       .removesuffix(speech.cue or "\0")) and
                headlined(documents, sentence))


def warned_fact(sentence: Sentence) -> bool:
    """Whether a story's lede is a warning that tells what is going on (美国政府周三警告，朝鲜
    黑客正在全球入侵银行…): the warning is the day's news; only its cue is a stance."""
    speech = sentence.speech
    return bool(speech and speech.speaker and speech.claim and WARNING_CUE.fullmatch(speech.cue or "")
                and not takes_stance(speech.claim.removeprefix(speech.cue)))


WARNING_CUE = re.compile(r"警告|警示|指责|指控|披露")


def public(sentence: Sentence) -> bool:
    """Whether a named speaker says it on a public record (吴谦在记者会上表示, 字节跳动…在
    官方账号上回应称): a statement of that day, not hearsay."""
    speech = sentence.speech
    frame = sentence.text[:speech.claim_start] if speech else ""
    return bool(speech and speech.speaker and PUBLIC_SAYING.search(frame) and not HEARSAY.search(frame))


# A report issued, with what it finds (一家非营利监管机构8日发布一份报告称，…): the report is
# an act of its day, whether or not its author is named.
REPORT_ISSUED = re.compile(r"^(?P<who>[^，,。“”「」]{2,24}?)(?P<verb>发布|发表|公布|发出)了?"
                           r"(?P<what>(?:一份|一项|最新的?|新的?)?[^，,。“”「」]{0,10}?报告)"
                           r"(?:称|指出|说|显示|指)[，,：:]?\s*$")
GLOSS = re.compile(r"[（(][^（）()]{1,12}[)）]")  # (或称临时工)
LONGEST_REPORT = 80  # characters: the author, the report and the first of its findings


def report_issued(documents: Documents, sentence: Sentence, clause: str, at: int) -> str | None:
    """A report's issue told as an event (一家非营利监管机构发布一份报告，称苹果公司…工厂…
    雇佣的派遣工人超过了工厂总劳动力的一半多): its author, and what it finds up to the first
    clause with a verb. `clause` is the date's clause without the date; `at` where it ends in
    the sentence. None when it is no report, its author leans on context or no finding is told."""
    issued = REPORT_ISSUED.match(clause.strip())
    if not issued or re.match(r"该|此|这|其|他|她|它|据", issued["who"]):
        return None
    parts: list[str] = []
    for _, part in _clauses(sentence.text[at:]):
        if parts and _told(documents, parts) and not goes_on(parts, part):
            break  # (…工厂，在8月份雇佣的派遣工人…超过了…: the predicate goes on)
        parts.append(part)
    finding = GLOSS.sub("", "".join(parts)).rstrip("，,；;：:、。 ")
    text = f"{issued['who']}{issued['verb']}{issued['what']}，称{finding}"
    if len(finding) < 6 or len(text) > LONGEST_REPORT or finding.count("“") != finding.count("”"):
        return None
    return documents.analysis.standalone(sentence, text)


def _told(documents: Documents, parts: list[str]) -> bool:
    """Whether the last clause tells an act: a verb that describes nothing (雇佣的派遣工人,
    手机制造工厂 are nouns described)."""
    tags = pos_tags(documents, parts[-1].rstrip("，,；;：:、 "))
    for n, (word, flag) in enumerate(tags):
        following = tags[n + 1] if n + 1 < len(tags) else ("", "")
        if flag not in VERB_TAGS or word in ("在", "于", "是") or following[0] == "的":
            continue  # (雇佣的派遣工人)
        last_noun = n + 2 == len(tags) and following[1].startswith("n")
        if n and tags[n - 1][1].startswith("n") and last_noun:
            continue  # (手机制造工厂: noun, verb, noun closing the clause)
        return True
    return False
