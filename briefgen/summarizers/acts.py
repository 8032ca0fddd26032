"""Who did what: whether a clause opens on its actor and tells an act, the reading every
dated entry and every statement turned into an event goes through."""
from __future__ import annotations

import re

from briefgen import timex
from briefgen.analysis import PERSON_TAGS, PLACE_KIND, _tokens
from briefgen.analysis.speech import TRANSLITERATION
from briefgen.summarizers import Documents, Sentence
from briefgen.summarizers.events import TITLE
from briefgen.summarizers.clauses import HOW_IT_CAME, INVITED, ORGANIZED_BY, ORGANIZERS, clause_at
from briefgen.summarizers.story import pos_tags, profiled

# A dateline or an agency tag opening the text: （法新社香港26日电）, 路透华盛顿 - .
DATELINE = re.compile(r"^\s*[（(][^）)]{2,24}[电電][）)]\s*|^[\u4e00-\u9fff/]{2,12}\s+[-–—]\s+")

SUBJECT_TAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "eng", "x", "m", "r")
VERB_TAGS = ("v", "vd", "vn", "vi", "vg", "vq")
MOTION = ("到", "去", "往", "赴", "前往", "来到")  # 警方到林卓廷寓所: went there to do what?

# A phrase that frames the act, opening the text (在中国举行军演期间，北京…; 大选中，卢卡申科…;
# 因健康状况不佳，首相安倍晋三…): the actor follows it.
FRAME = re.compile(r"^(?:(?:在|于|当)?[^，,。；;“”「」]{1,24}?(?:中|上|期间|时|之际|背景下)|"
                   r"(?:因|由于)[^，,。；;“”「」]{2,24})[，,]\s*")
# Told earlier than the report, where the entry gives its date (早前，70名…政客发表联署).
EARLIER_OPENING = re.compile(r"^(?:早前|稍早|较早前)[，,]?\s*")
# Someone unnamed brought in by 有 (有网友爆料，…): they are the actor.
SOMEONE = re.compile(r"^有(?=网友|媒体|民众|消息人士)")
# One of a kind of people (手持棍棒和金属棒的男子, 身穿白衣的恶汉): an actor, though unnamed.
PERSON = re.compile(r"(?:人|者|男子|女子|士兵|军人|官员|警察|警员|议员|学生|民众|居民|"
                    r"(?:科学|专|作|画|艺术|音乐|企业|政治|经济|评论|银行)家)$")
# A count opening the subject (超过百名白衣人, 逾20万抗议者, 近百名).
COUNT_OPENING = r"^(?:超过?|逾|近|约)(?=[\d一二两三四五六七八九十百千万数])"

# What came some time after the dated act (…之后不到十天就…): another act, of another day.
AFTER_IT = re.compile(r"(?:之后|以后)(?:不到|不足|仅仅?|才)?[^，,。]{0,6}(?:就|便|才)")

# Adverbs of how often the segmenter tags as numbers (首次, 再次, 第一次).
ONCE = {"首次", "再次", "第一次", "首度", "再度", "一度", "多次", "两度", "两次"}

# How many, as an idiom (成千上万的示威人士): the subject is the noun it counts.
MANY = r"(?:成千上万|成千上百|成百上千|数以[十百千万]+计|大批|大量|众多|许多)的?"


def as_event(documents: Documents, text: str) -> str | None:
    """The text as an event that says who did what, or None: it opens on its actor (a name,
    a noun, a number), not on a verb (重申双方…) or a pronoun left without its antecedent,
    and has a verb. A phrase naming a thing (美国向韩国作出的新安全承诺) is told as the
    act (美国向韩国作出新安全承诺). A phrase framing the act may open it (在冲突中，数百名士兵…)."""
    text = SOMEONE.sub("", EARLIER_OPENING.sub("", text))
    if AFTER_IT.search(text):
        return None  # 中美签署协议之后不到十天就爆出疫情: the act is of another day
    organizer = ORGANIZED_BY.match(text)
    if organizer:  # 由知道创宇主办的第三届知道安全论坛在鸟巢举行: the thing held is the actor
        rest = text[organizer.end():]
        return text if _opens_on_actor(documents, rest) == rest else None
    told = _opens_on_actor(documents, text)
    frame = FRAME.match(text)
    if told is None and frame and not FRAME.match(text, frame.end()):
        rest = text[frame.end():]
        return text if _opens_on_actor(documents, rest) == rest else None
    return told


def _opens_on_actor(documents: Documents, text: str) -> str | None:
    if documents.analysis.gazetteer.pair_opens(text):  # 中美签署了…: two countries act together
        tags = [(text[:2], "ns")] + pos_tags(documents, text[2:])
    else:
        tags = pos_tags(documents, re.sub(r"^[“「《(（]|" + COUNT_OPENING + "|^" + MANY, "", text))
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
    """Whether a text opening on a verb opens on a description of its actor (…的 + a name,
    a role or a kind of people, then its act in the same clause): 担任欧盟轮值主席国的德国外长
    海科前往雅典, 手持棍棒的男子在元朗地铁站袭击了…"""
    clause = re.split(r"[，,；;：:]", text)[0]
    if re.match(r"[也还又并与和同跟向对]", clause):
        return False  # 也与正在罗马的加拿大外交部长…会晤: with whom, not who
    head = re.match(r"([^的]{2,20})的(.+)", clause)
    if not head:
        return False
    rest = pos_tags(documents, head[2] + text[len(clause):])
    nouns = 0
    for n, (word, flag) in enumerate(rest):
        if flag in ("n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "x", "eng") or re.fullmatch(r"[（）()]", word):
            nouns += 1
            continue
        if nouns and (flag == "d" or word in ONCE):
            continue  # 动物园的科学家首次检测到…: an adverb between the actor and its act
        acts = flag in VERB_TAGS or word in MOTION or word in ("在", "于") and any(
            f in VERB_TAGS for _, f in rest[n + 1:])  # (…议长维斯特奇尔在台“立法院”，喊出了…)
        acts = acts and word not in ("有", "是", "共有", "为")  # (来台湾的港人共有两批: a count)
        return nouns > 0 and acts and \
            (any(f in ("nr", "nrt", "nrfg", "nz", "x", "eng") for _, f in rest[:nouns]) or  # a person acts
             bool(PERSON.search(rest[nouns - 1][0])))
    return False


def framed_actor(documents: Documents, text: str) -> bool:
    """Whether a text opens on a phrase framing its act and then names its actor (大选中，卢卡申科
    成为…): its subject is given, though its first word is no noun."""
    frame = FRAME.match(text)
    rest = text[frame.end():] if frame else ""
    tags = pos_tags(documents, rest)
    return bool(tags) and tags[0][1] in SUBJECT_TAGS and tags[0][1] not in ("m", "r") and \
        _opens_on_actor(documents, rest) == rest


def a_person(documents: Documents, word: str, tag: str) -> bool:
    """Whether a word tagged `tag` names a person: a name, or the brief's own subject (梅西,
    博尔特: the spec's words are tagged as the domain's, nz)."""
    return tag in PERSON_TAGS or tag == "nz" and word in documents.topic_words


# Adverbs a clause going on from its subject opens on (去年已经提出申请…).
GOES_ON = ("已经", "已", "曾", "曾经", "早已", "随后", "后来", "先后", "首次", "首度", "率先")
SUBJECT_NAME_TAGS = ("nz", "nt", "eng", "nrt", "nr", "nrf")  # a name a description opens on
DESCRIBED_AS = re.compile(r"\s*(?:是|为|為)(?:一|一家|一间|一間|一个|一個|一所|一位|一名)")


def carried_subject(documents: Documents, sentence: str, text: str) -> str:
    """A later clause of a sentence that goes on from the person it opens on (梅西…13岁进入…
    青训体系，2004年开始代表巴塞隆纳出赛) opens on its act: that person is its actor
    (梅西开始代表巴塞隆纳出赛). Only when every clause between goes on without a subject."""
    at = sentence.find(text[:4])
    tags = pos_tags(documents, text)
    if at <= 0 or not tags or tags[0][1] not in VERB_TAGS + ("p",) and tags[0][0] not in GOES_ON:
        return text  # (次年以…为由，…辞职: a preposition opens it as a verb would)
    clauses = [c for c in re.split(r"[，,]", sentence[:at]) if c.strip()]
    head = pos_tags(documents, clauses[0]) if clauses else []
    if head and head[0][0] in ("他", "她") and len(clauses) > 1:
        return head[0][0] + text  # (他因患…，2009年5月14日在南京逝世: 他在南京逝世, named later)
    if not head or len(head[0][0]) < 2 or not (
            a_person(documents, *head[0]) or head[0][1] in SUBJECT_NAME_TAGS and
            DESCRIBED_AS.match(clauses[0], len(head[0][0]))):
        return text  # (Neuralink是一家…公司，去年已经提出申请…: the thing described acts)
    for clause in clauses[1:]:
        opening = pos_tags(documents, clause)[:1]
        if not opening or opening[0][1] not in VERB_TAGS + ("d", "m", "p", "t") and \
                not re.match(r"\d", clause.strip()):  # (2004年，: a time opening it)
            return text  # (another subject between: the clause may be its act)
    return head[0][0] + text


PRONOUNS = ("他", "她", "它", "其", "他们", "她们", "它们", "他們", "她們", "它們")
OUR_REPORTER = re.compile(r"(?:本台|本报|本社|本网|笔者|记者)")  # the outlet's own reporters


# A speaker telling an act of their own (博尔特说他是在周六接受检测): 他 is the speaker.
SELF_TOLD = re.compile(r"^(?P<who>[^，,。“”「」]{2,16}?)(?:说|表示|称|透露)[，,：:]?\s*[他她](?![们們])"
                       r"(?:自己)?(?:是|已经|已|曾)?(?P<rest>[^，,。]{4,}.*)$")


def self_told(sentence: Sentence, text: str) -> str:
    """The act a person says they did, told as theirs (博尔特说他是…接受检测 → 博尔特接受检测):
    the claim goes to its speaker, who is its actor."""
    told = SELF_TOLD.match(text)
    speech = sentence.speech
    if not told or speech is None or not speech.speaker or speech.speaker not in told["who"]:
        return text
    return speech.speaker + told["rest"]


def name_and_act(documents: Documents, text: str) -> bool:
    """Whether a short text is a person's name and one act (潘振声退休): whole, however short."""
    tags = pos_tags(documents, text)
    return len(tags) == 2 and tags[0][1] in ("nr", "nrfg") and len(tags[0][0]) >= 2 and \
        tags[1][1] == "v" and len(tags[1][0]) == 2


def noun_actor(documents: Documents, text: str) -> bool:
    """Whether a text opens on a common noun that acts (石油生产商疏散了…, 一家法庭判处…)."""
    if OUR_REPORTER.match(text):
        return False  # 本台记者多次致电…: the outlet's own reporting, no step of the story
    tags = pos_tags(documents, re.sub(r"^一(?:家|名|位|个)", "", text)) + [("", ""), ("", "")]
    nouns = 0  # (石油生产商: a compound)
    while nouns < 3 and tags[nouns][1] in ("n", "nt", "j", "nz") and tags[nouns][0] not in PRONOUNS:
        nouns += 1
    after, then = tags[nouns][1], tags[nouns + 1][1]
    return nouns > 0 and (after in VERB_TAGS or after == "p" or after == "d" and then in VERB_TAGS + ("p",))


def motion_only(documents: Documents, text: str) -> bool:
    """Whether the last clause only goes somewhere (警方到林卓廷寓所): the act is cut off."""
    tags = pos_tags(documents, re.split(r"[，,；;]", text)[-1])
    verbs = [word for word, flag in tags if flag in VERB_TAGS or word in MOTION]
    return bool(verbs) and all(word in MOTION for word in verbs)


PROFILE_SOURCE = re.compile(r"^(?:(?:据)?[^，,。“”]{0,16}?(?:介绍|资料显示)|(?:根据|据)(?:公开)?资料)[，,]\s*")


def person_named(documents: Documents, sentence: Sentence, text: str) -> str:
    """An entry opening on 他/她 (8月20日，他在…途中病倒) names whom the sentences before
    open on (纳瓦尔尼是…的批评者。): a Chinese pronoun subject goes on from the subject
    before it. Left as it is (and refused later) when no person opens them."""
    if re.match(r"[他她](?![们們])", text):
        name = subject_before(documents, sentence)
        return name + text[1:] if name else text
    called = next(((form, name) for form, name in profiled(documents).items() if text.startswith(form)), None)
    if called:
        return called[1] + text[len(called[0]):]  # 陈校长在…创办了… → 陈立群在…
    if _dated_only(sentence, text) and _opens_on_verb(documents, text):
        name = subject_before(documents, sentence, profile=True)  # 1993年获…学位: a profile's
        return name + text if name else text  # next step, its subject the one before
    return text


def _dated_only(sentence: Sentence, text: str) -> bool:
    """Whether a sentence opens on its date and goes straight on to `text` (2017年当选…)."""
    opening = DATELINE.sub("", sentence.text)
    at = opening.find(text[:4])
    before = opening[:at].strip("，, ")
    return at > 0 and any(before in (t.text, t.text + "在", t.text + "于") for t in sentence.times)


def _opens_on_verb(documents: Documents, text: str) -> bool:
    """Whether a text opens on its verb (获…, 已当选…): its subject is left out."""
    tags = pos_tags(documents, text)
    while tags and tags[0][1] == "d":
        tags = tags[1:]
    return bool(tags) and tags[0][1] in VERB_TAGS and tags[0][0] not in ("是", "有", "在")


def article_speakers(documents: Documents, sentence: Sentence, headed: bool = False) -> list[str]:
    """Who speaks in a sentence's article, longest name first; `headed`: only those its title
    or lead names (the one a profile is of)."""
    article = sentence.article
    head = (article.title or "") + "\n" + (article.paragraphs[0] if article.paragraphs else "")
    return sorted({s.speech.speaker for s in documents.analysis.by_article.get(article.id, [])
                   if s.speech and s.speech.speaker and len(s.speech.speaker) >= 2 and
                   (not headed or s.speech.speaker in head)}, key=lambda name: (-len(name), name))


SUBJECT_REACH = 6  # sentences back a chain of 他/她 may run to whom it opened on


def subject_before(documents: Documents, sentence: Sentence, profile: bool = False) -> str | None:
    """The person the sentences before open on, going back through those opening on 他/她
    (in the paragraph, or the last sentence of the one before); in a `profile`, also through
    those opening on a verb (兼任…), and past its source (清华大学官网介绍，)."""
    before = [s for s in documents.analysis.by_article.get(sentence.article.id, [])
              if s.position < sentence.position]
    speakers = article_speakers(documents, sentence) if profile else []
    reach = sentence.paragraph  # a paragraph opening on 他 reaches one paragraph further back
    for earlier in reversed(before[-SUBJECT_REACH:]):
        if earlier.paragraph < reach - 1:
            return None
        text = DATELINE.sub("", earlier.text)
        text = re.sub(r"^[^，,。]{0,12}[，,]", "", text) if re.match(
            r"^[^，,。]*\d+[日月年]", text) else text  # 8月20日，他…: past the date
        if re.match(r"[他她](?![们們])", text) or profile and _opens_on_verb(  # (兼任…: the same
                documents, re.sub(r"^[^，,。]{0,10}?\d+[年月日]", "", DATELINE.sub("", earlier.text))):
            reach = earlier.paragraph
            continue  # subject)
        text = PROFILE_SOURCE.sub("", text)  # 清华大学官网介绍，王小云生于…; 根据公开资料，成蕾…
        if profile:
            speaking = next((name for name in speakers if text.startswith(name)), None)
            if speaking:
                return speaking  # (one who speaks in the article, though the tagger splits the name)
        people = {m.text for m in earlier.mentions if m.kind == "person"}
        described = True  # (65岁的安倍晋三: an age or a quality before the name)
        for word, flag in pos_tags(documents, text):  # the subject: 日本首相安倍晋三宣布
            if len(word) >= 2 and (word in people or word in documents.topic_words or
                                   re.fullmatch(TRANSLITERATION, word)):
                return word
            if flag == "uj" and described:
                continue
            described = described and (flag in ("m", "q", "mq", "a") or word.isdigit())
            if flag in VERB_TAGS or flag in ("p", "c", "d", "x", "uj"):
                return None  # (its role and country before it, nothing else)
        return None
    return None


# Words of a noun phrase a relative clause qualifies (3级飓风哈维, 两国的和平协议, 女儿Olympia).
HEAD_TAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "eng", "m", "q", "x", "ng", "nrf")
# A name among them: the head names one thing, not a kind (协议 alone, 标志性事件, 时候).
NAMED_TAGS = ("nr", "ns", "nt", "nrt", "nrfg", "eng", "nrf")
# A relative clause that tells when or where, not what was done (…直播时遭殴打的, 在位于边境的).
NOT_AN_ACT = re.compile(r"时|之际|期间|了|过|最")


def relative_act(documents: Documents, sentence: str, offset: int, length: int) -> str | None:
    """The act a dated relative clause tells of the noun it qualifies, told as an act
    (和2017年造成大洪水、夺走68条人命的3级飓风哈维相比 → 3级飓风哈维造成大洪水、夺走68条人命;
    2018年8月中国政府发表的《…》白皮书 → 中国政府发表《…》白皮书): the date is that act's,
    not the sentence's. None when the time opens no relative clause, or the noun names nothing."""
    after = re.split(r"[，,。；;：:“”「」—]", sentence[offset + length:])[0]
    de = after.find("的")
    if de < 3 or de > 24 or "的" in after[de + 1:de + 3] or NOT_AN_ACT.search(after[:de]):
        return None
    clause, rest = after[:de], after[de + 1:]
    told = pos_tags(documents, clause)
    verb = next((n for n, (_, tag) in enumerate(told) if tag in ("v", "vd", "vi", "i", "l")), None)
    if verb is None or told[0][1] in ("p", "c"):
        return None  # 2017年中国的GDP, 周六反防疫示威的发起者: the time of a noun; 在位于边境的: of a place
    own_subject = verb > 0 and all(tag in SUBJECT_TAGS for _, tag in told[:verb])
    noun = _head(documents, rest)
    if noun is None:
        return None
    if own_subject:  # 中国政府发表的《…》: the noun is what its subject acted on
        return f"{clause}{noun}"
    start = max(sentence.rfind(mark, 0, offset) for mark in "，,。；;：:“”「」") + 1
    before = sentence[start:offset]
    placed = re.search(r"(?:在|于|於)$", before)  # 蔡英文在今年5月就职演说当中提及的…
    tags = pos_tags(documents, before[:placed.start()] if placed else before)
    last = max((n for n, (_, tag) in enumerate(tags) if tag in VERB_TAGS + ("p", "c", "d")),
               default=-1)
    subject = tags[last + 1:]
    while subject and subject[0][1].startswith("u"):
        subject = subject[1:]  # 撕毁了朝韩两国: after the verb's particle
    opens = all(tag in SUBJECT_TAGS + ("c",) for _, tag in tags)  # (商务部和科技部周五…发布的)
    if subject and (not all(tag in SUBJECT_TAGS for _, tag in subject) or opens and not placed):
        return None  # 澳大利亚外交官上周获准…: the clause's subject and time, the sentence's act
    words = "".join(w for w, _ in subject)
    return f"{words}{clause}{noun}" if words else f"{noun}{clause}"


def _head(documents: Documents, rest: str) -> str | None:
    """The named thing a relative clause qualifies, from the text after its 的: a name, a
    title, a name glossed in Latin letters; None when the noun names a kind (文章, 事件)."""
    glossed = re.match(r"([^（(]{2,16})\s*[（(][A-Za-z][A-Za-z .,'’\-]*[)）]", rest)
    if glossed:  # 3级飓风哈维（Hurricane Harvey）: the name ends where its gloss begins
        return glossed[1]
    title = TITLE.match(rest)
    if title:  # 《中国的民族政策与各民族共同繁荣发展》白皮书
        kind = pos_tags(documents, rest[title.end():])[:1]
        return title[0] + (kind[0][0] if kind and kind[0][1].startswith("n") else "")
    head: list[tuple[str, str]] = []
    for word, tag in pos_tags(documents, rest):
        if tag not in HEAD_TAGS or word in "（）()":
            break
        head.append((word, tag))
    noun = "".join(w for w, _ in head)
    if len(noun) < 2 or head[-1][1] not in NAMED_TAGS or 0 < len(rest.strip()) - len(noun) <= 2:
        return None  # (台湾六大核心战略产业: a kind, whatever name qualifies it; 全体柏林|警察:
        # a noun the tagger read as a verb, left over at the end)
    return noun


def in_relative_clause(documents: Documents, sentence: str, found: timex.Timex) -> bool:
    """Whether a date sits in a clause that qualifies a noun after a main verb:
    撕毁了[两国在2018年达成的]协议. The date then belongs to the noun, not to the event."""
    start = max(sentence.rfind(mark, 0, found.offset) for mark in "，,。；;：:") + 1
    before = sentence[start:found.offset]
    after = re.split(r"[，,。；;：:]", sentence[found.offset + len(found.text):])[0]
    if re.search(r"(?:因|因为|由于)$", before) and "而" in after:
        return True  # 因去年7月6日…的抗议活动而遭起诉: the date of the cause
    if "的" not in after[:12]:
        return False
    if re.search(r"(?:将|把)$", before):
        return True  # 同意将去年9月1日生效的…税率削减一半: the date of what is acted on
    tags = pos_tags(documents, before) if before else []
    return any(flag in VERB_TAGS and word not in ("在", "于") for word, flag in tags) and \
        bool(re.search(r"了|过|已|将", before))


def own_actor(documents: Documents, sentence: str, found: timex.Timex) -> bool:
    """Whether the clause of a time opens on a named actor of its own (中央气象台25日…)."""
    before = re.split(r"[，,。；;：:]", sentence[:found.offset])[-1]
    tags = pos_tags(documents, before)
    return bool(tags) and all(tag in SUBJECT_TAGS for _, tag in tags) and \
        any(tag in ("nt", "ns", "nr", "nrt", "nz") for _, tag in tags)



# A clause telling what happened at the time the clause before names (金与正首次进入国际社会
# 视线是在2018年，当时她前往韩国…; …在2018年对他下毒，当时他在一次庭审后病倒).
THEN = re.compile(r"[^，,；;。]*[，,]\s*当时[，,]?(?P<act>[^，,；;。]{4,}(?:[，,][^，,；;。“”「」]+)?)")


def then_act(documents: Documents, sentence: Sentence, found: timex.Timex,
             others: list[timex.Timex]) -> str | None:
    """The act a 当时 clause right after the clause of `found` tells, with no time of its own;
    its 他/她 is the person the sentence names before it, or whom the sentences before open
    on when the sentence opens on 他/她 (他的政治权力…，当时他所在的自民党…)."""
    text = sentence.text
    then = THEN.match(text, found.offset + len(found.text))
    if then is None or any(then.start("act") <= o.offset < then.end("act") for o in others):
        return None
    act = then["act"]
    if not re.match(r"[他她](?![们們])", act):
        return act
    if re.match(r"[他她](?![们們])", text):
        name = subject_before(documents, sentence)
    else:
        named = next((word for word, tag in pos_tags(documents, text[:found.offset])
                      if a_person(documents, word, tag)), None)
        name = re.match(re.escape(named) + r"(?:[·・‧•][\u4e00-\u9fff]+)*", text[text.find(named):])[0] \
            if named else None  # (彼得·威尔茨罗夫, not 彼得)
    return name + act[1:] if name else act


PRESS_MEETING = re.compile(r"见记者|会见(?:媒体)?记者|记者会|发布会|受访")
FRAMED_ACT = re.compile(r"(?:就在|当|继|在|自从?)?(?P<act>[^，,；;]{6,}?)(?:之后|以后|后|之时|时|以前|之前|以来)")


def framed_act(documents: Documents, sentence: Sentence, found: timex.Timex, text: str) -> str | None:
    """The act of a clause that frames the sentence's time (2018年，贺吉普当选布拉格市长后，…;
    八月中，蓬佩奥出访捷克时，…): done on the clause's date. Not when the clause's subject
    stands before the date and another follows it (捷克斯洛伐克在1949年10月中华人民共和国
    政权刚刚成立时，就…断交: the subject's act is the main clause's)."""
    framed = FRAMED_ACT.fullmatch(text)
    if not framed:
        return None
    clause = clause_at(sentence.text, found)
    at = clause.find(found.text)
    before = re.sub(r"^(?:就在|当|继|在|自从?)", "", clause[:at].strip("（( "))
    if re.search(r"[\u4e00-\u9fff]{2}(?:在|于)$", before):
        after = pos_tags(documents, clause[at + len(found.text):])
        if not after or after[0][1] not in (*VERB_TAGS, "d", "p"):
            return None
    if PRESS_MEETING.search(framed["act"]) or EVENT_NAMED.search(framed["act"]):
        return None  # 处长…见记者时，表示…: the occasion; what was said there is the news;
        # 元朗袭击事件后，…: an event named, no actor and act told
    return framed["act"] if as_event(documents, framed["act"]) else None


# The name of an event (元朗袭击事件, 721事件, 修例风波): what happened, named not told.
EVENT_NAMED = re.compile(r"(?:事件|事故|案件?|风波|危机|惨案|骚乱)$")


def verbless(documents: Documents, text: str) -> bool:
    """Whether a text names its actor and where, but no act (率团访台的捷克议长维斯特奇尔
    在台“立法院”): its act is in the next clause. A verb inside a description (…的) or
    the preposition 在 is no act."""
    if INVITED.search(text):
        return True  # (蔡英文应…研究所邀请，发表视频演说: the act follows the invitation)
    organizer = ORGANIZED_BY.match(text)
    if organizer and not text[organizer.end():].strip("，, ") or \
            re.fullmatch(ORGANIZERS, text.rstrip("，, ")):
        return True  # (由…主办，…承办的: the thing held, and its act, follow)
    text = text[organizer.end():] if organizer else text
    first, *rest = re.split(r"[，,]", text)
    main = re.split(r"的(?=[^的]*$)", first)[-1] + "，" + "，".join(rest)
    tags = pos_tags(documents, main)
    return not any(flag in VERB_TAGS and word not in ("在", "于", "是") and
                   not (n + 1 < len(tags) and BODY_WORD.match(tags[n + 1][0]))  # 促进局局长: a body's name
                   for n, (word, flag) in enumerate(tags))


# A word that ends a body's name, after a verb the tagger reads in it (经济和科技促进|局局长).
BODY_WORD = re.compile(r"(?:局|部|委|会|办|厅|署|院|所|处|科|站|队|司|组|中心)")


def bound(documents: Documents, text: str) -> str:
    """The text with each 他/她 that a person named before it in the text stands for
    blanked (蓬佩奥抵达以色列，开始了他中东之行), and the 当时 of how the act came about,
    the time the entry is dated by: what is left may still lean elsewhere."""
    tokens = _tokens(documents.analysis.segmenter, documents.analysis.gazetteer, text)
    for n, token in enumerate(tokens):
        if token.word in ("他", "她") and any(len(t.word) >= 2 and (
                t.pos in ("nr", "nrt", "nrfg") or t.word in documents.topic_words and
                a_person(documents, t.word, t.pos)) for t in tokens[:n]):  # (纳瓦尔尼…，当时他…)
            text = text[:token.offset] + "□" + text[token.offset + 1:]
        elif len(token.word) >= 2 and (token.pos in ("nr", "nrt", "nrfg") or token.word in documents.topic_words):
            text = text[:token.offset] + "□" * len(token.word) + text[token.offset + len(token.word):]
    for this in re.finditer(r"(?:这个|这座|该)(?=" + PLACE_KIND.pattern + ")", text):
        kind = PLACE_KIND.match(text, this.end())[1]
        if any(t.pos == "ns" and t.word.endswith(kind) and t.offset < this.start() for t in tokens):
            text = text[:this.start()] + "□" * len(this[0]) + text[this.end():]  # 这个国家级贫困县
    text = re.sub(rf"(?<=[，,]){HOW_IT_CAME}", "□□", text)  # (…化学灼伤，当时他被…袭击: the entry's own date)
    return text  # (a name's characters, 董又霖, lean on nothing; the place just named)
