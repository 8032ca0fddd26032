"""Which sayings are acts of their day: a statement on a public record (a press conference, an
official account, a statement issued), a piece a medium published, a lede's warning that tells
what goes on. Anything else said is a view, told by the viewpoints."""

from __future__ import annotations

import re

from briefgen.summarizers import Documents, Sentence
from briefgen.summarizers.story import headlined
from briefgen.summarizers.viewpoints import takes_stance

# Hearsay: what no one stands behind (据报道, 有消息称, 未经证实).
HEARSAY = re.compile(r"据(?:报道|报导|称|传)(?![^，,。]{0,6}(?:社|网|台|报|电视))|有(?:报道|消息)称|"
                     r"未经证实|尚未证实|无法(?:独立)?(?:核实|证实)|传言|传闻")


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
