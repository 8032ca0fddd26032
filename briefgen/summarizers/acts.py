"""Who did what: whether a clause opens on its actor and tells an act, the reading every
dated entry and every statement turned into an event goes through."""
from __future__ import annotations

import re

from briefgen.summarizers import Documents
from briefgen.summarizers.events import TITLE
from briefgen.summarizers.story import pos_tags

SUBJECT_TAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "eng", "x", "m", "r")
VERB_TAGS = ("v", "vd", "vn", "vi", "vg", "vq")
MOTION = ("到", "去", "往", "赴", "前往", "来到")  # 警方到林卓廷寓所: went there to do what?

# How many, as an idiom (成千上万的示威人士): the subject is the noun it counts.
MANY = r"(?:成千上万|成千上百|成百上千|数以[十百千万]+计|大批|大量|众多|许多)的?"


def as_event(documents: Documents, text: str) -> str | None:
    """The text as an event that says who did what, or None: it opens on its actor (a name,
    a noun, a number), not on a verb (重申双方…) or a pronoun left without its antecedent,
    and has a verb. A phrase naming a thing (美国向韩国作出的新安全承诺) is told as the
    act (美国向韩国作出新安全承诺)."""
    tags = pos_tags(documents, re.sub(r"^[“「《(（]|^(?:超过?|逾|近|约)(?=\d)|^" + MANY, "", text))
    if not tags:
        return None
    first_word, first = tags[0]
    if first in (*VERB_TAGS, "d") and qualified_actor(documents, text):
        return text  # 担任欧盟轮值主席国的德国外长海科前往…: an actor with its description
    if first not in SUBJECT_TAGS or first_word in ("他", "她", "它", "他们", "其", "该", "此", "这"):
        return None
    if first == "m" and len(tags) > 1 and tags[1][1] in (*VERB_TAGS, "d"):
        return None  # 多次指控…: how often, but not who
    if not any(flag in VERB_TAGS for _, flag in tags[1:]):
        return None
    last_clause = re.split(r"[，,；;]", text)[-1]
    head = last_clause.rsplit("的", 1)
    tail = pos_tags(documents, head[1]) if len(head) == 2 else []
    if tail and len(head[1]) <= 16 and re.fullmatch(
            r"《[^》]+》|[\u4e00-\u9fff“”\"0-9]{1,12}", head[1]) and \
            not any(flag in VERB_TAGS for _, flag in tail[:-1]) and \
            (pos_tags(documents, head[0]) or [("", "")])[-1][1] in VERB_TAGS and \
            (sum(flag in VERB_TAGS for _, flag in pos_tags(documents, head[0])) == 1 or
             TITLE.fullmatch(head[1])):  # …会谈上发表的《华盛顿宣言》: the title is what was done
        before = text[:len(text) - len(last_clause)]
        return before + head[0] + head[1]  # the act, not the thing it made
    return text


def qualified_actor(documents: Documents, text: str) -> bool:
    """Whether a text opening on a verb opens on a description of its actor (…的 + a name
    or a role, then its act in the same clause): 担任欧盟轮值主席国的德国外长海科前往雅典."""
    clause = re.split(r"[，,；;：:]", text)[0]
    head = re.match(r"([^的]{2,20})的(.+)", clause)
    if not head:
        return False
    rest = pos_tags(documents, head[2] + text[len(clause):])
    nouns = 0
    for n, (word, flag) in enumerate(rest):
        if flag in ("n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "x", "eng") or re.fullmatch(r"[（）()]", word):
            nouns += 1
            continue
        acts = flag in VERB_TAGS or word in MOTION or word in ("在", "于") and any(
            f in VERB_TAGS for _, f in rest[n + 1:])  # (…议长维斯特奇尔在台“立法院”，喊出了…)
        return nouns > 0 and acts and \
            any(f in ("nr", "nrt", "nrfg", "nz", "x") for _, f in rest[:nouns])  # a person acts
    return False
