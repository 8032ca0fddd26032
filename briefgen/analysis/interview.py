"""Interviews: an article that prints whom it asks as a heading (AMUNDI副首席投资官：Vincent
Mortier), then questions and their answers. No cue says who answers; the heading does, until
the next heading, or until the first question is asked again with none (someone the page no
longer names)."""

from __future__ import annotations

import re

from briefgen.analysis.roles import LATIN_NAME, ROLE_WORD, TRANSLITERATION

# 贝莱德固定收益业务全球首席投资官：Rick Rieder债券市场存在泡沫吗？ — a role, a name, maybe the
# first question run on.
HEADING = re.compile(r"^(?P<role>[^：:，,。？?“”「」]{2,30}?)[：:]\s*"
                     rf"(?P<name>{LATIN_NAME}|{TRANSLITERATION})"
                     r"(?P<rest>[^：:]*)$")
ASKED = re.compile(r"[？?]\s*$")
ANSWERED = "答"  # the cue of an answer: no verb of saying, the interview's form says it
QUESTIONS = 2  # questions an article asks at least, to be an interview
ELLIPTIC = 8  # an answer shorter than this (不。 非常不可能的。) says nothing without its question


# An answer that adds to what it said before (日本还应通过…扩大其量化宽松): "also" of what?
ADDS_TO = re.compile(r"^[^，,。“”]{1,8}?(?:还|也|亦|又)(?:应|要|会|将|可|能|需|得|必须)")


def elliptic(text: str, tokens) -> bool:
    """Whether an answer needs its question, or the answer before it, to be understood: short,
    a noun phrase with no verb after its last 的 (负收益率的长期债券。 answers which areas are
    riskiest), or adding to what it said before (日本还应…)."""
    last_de = max((n for n, t in enumerate(tokens) if t.word == "的"), default=-1)
    return len(re.sub(r"[\W_]", "", text)) < ELLIPTIC or ADDS_TO.match(text) is not None or \
        not any(t.pos.startswith("v") for t in tokens[last_de + 1:])


def _heading(paragraph: str) -> re.Match | None:
    found = HEADING.match(paragraph.strip())
    if found is None or not (ROLE_WORD.search(found["role"]) or found["role"].endswith("官")):
        return None
    rest = found["rest"].strip()
    return found if not rest or ASKED.search(rest) else None


def answers(paragraphs: list[str]) -> dict[int, tuple[str, str]]:
    """Paragraph index → (name, role) of who answers there, for an article in the form of an
    interview; empty for any other article."""
    headings = [_heading(p) for p in paragraphs]
    if sum(1 for p in paragraphs if ASKED.search(p.strip())) < QUESTIONS or not any(headings):
        return {}
    found: dict[int, tuple[str, str]] = {}
    who: tuple[str, str] | None = None
    first_question = None
    headed = False  # the paragraph before was a heading
    for n, (paragraph, heading) in enumerate(zip(paragraphs, headings)):
        if heading is not None:
            who = (heading["name"], heading["role"].strip())
            question = heading["rest"].strip()
            first_question = first_question or question or None
            headed = not question
            continue
        text = paragraph.strip()
        if ASKED.search(text):
            if first_question is None and who is not None:
                first_question = text
            elif text == first_question and not headed:
                who = None  # the first question again with no heading: someone unnamed
        elif who is not None:
            found[n] = who
        headed = False
    return found


def question_before(paragraphs: list[str], index: int) -> str | None:
    """The question the answer in paragraph `index` replies to: the nearest paragraph before
    it that asks one (or the question run on after a heading), a few paragraphs back at most.
    An answer read without it says nothing (收益率可能低至1.25% answers which yield?)."""
    for n in range(index - 1, max(-1, index - 4), -1):
        text = paragraphs[n].strip()
        heading = _heading(text)
        if heading is not None:
            return heading["rest"].strip() or None
        if ASKED.search(text):
            return text
    return None

