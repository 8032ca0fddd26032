"""What a brief's story is about, read off its selected articles: the words its titles use,
the people and countries its sentences naming the topic name, and whether a sentence of an
article about the topic tells a step of it though it names no term of the topic."""

from __future__ import annotations

import functools
import re

from briefgen.analysis import _tokens
from briefgen.analysis.roles import ROLE_WORD
from briefgen.summarizers import Documents, Sentence
from briefgen.summarizers.clauses import LATIN_GLOSS, judges


def pos_tags(documents: Documents, text: str) -> list[tuple[str, str]]:
    """Words and parts of speech as the analysis tags them (its segmenter and gazetteer)."""
    analysis = documents.analysis
    tokens = [(token.word, "v" if token.word in MEETING else token.pos, token.offset)
              for token in _tokens(analysis.segmenter, analysis.gazetteer, text)]
    for name in documents.glossed.finditer(text) if documents.glossed else ():
        inside = [n for n, (_, _, at) in enumerate(tokens) if name.start() <= at < name.end()]
        if inside and tokens[inside[0]][2] == name.start() and \
                sum(len(tokens[n][0]) for n in inside) == len(name[0]):
            tokens[inside[0]:inside[-1] + 1] = [(name[0], "nr", name.start())]  # a glossed name the
            # tagger splits (比|根): one person
    tags = [(word, pos) for word, pos, _ in tokens if word.strip()]
    return [(word, "v" if n and tags[n - 1][0] == "被" and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", word)
             else pos) for n, (word, pos) in enumerate(tags)]  # 平台被封: 封 is what was done


# Nouns of meeting the segmenter tags as nouns, that act as verbs (蔡英文与维斯特奇尔等人会面).
MEETING = {"会面", "会晤", "会见", "会谈", "通话", "通电话", "见面", "晤面"}


def named_actor(documents: Documents, text: str) -> bool:
    """Whether an entry opens on a named actor (a person, a country, a body): in a story about
    the topic, what they did that day is a step of it (比根星期二抵达莫斯科)."""
    frame = re.match(r"在[^，,。；;“”]{1,24}?(?:上|中|期间)[，,]\s*", text)  # (在Kcon V2上，Superhei…)
    tags = pos_tags(documents, text[frame.end():] if frame else text)
    return bool(tags) and (tags[0][1] in ("nr", "nrt", "nrfg", "ns", "nt") or
                           bool(documents.analysis.gazetteer.countries(tags[0][0])) or
                           tags[0][1] == "eng" and len(tags) > 1 and tags[1][0] in ("（", "("))
    # (Superhei（黑哥）分享了…: a name in Latin letters glossed with its Chinese one)


STORY_COUNTRY = 3  # sentences naming the topic that name a country: a country of the story


@functools.lru_cache(maxsize=4)  # once per brief
def story_countries(documents: Documents) -> frozenset[str]:
    """The countries the sentences naming the topic name, each in three at least."""
    counts: dict[str, int] = {}
    for sentence in documents.sentences:
        if documents.names_topic(sentence.text):
            for country in set(documents.analysis.gazetteer.countries(sentence.text)):
                counts[country] = counts.get(country, 0) + 1
    return frozenset(c for c, n in counts.items() if n >= STORY_COUNTRY)


HEADLINED = 3  # words of the stories' titles that put a sentence of a central story on it


@functools.lru_cache(maxsize=4)  # once per brief
def headline_words(documents: Documents) -> frozenset[str]:
    """The content words the brief's story is titled with: those of the spec's title, of
    the selected stories' titles that name the topic, and those two titles share (a title
    naming none of the topic, 捷克参议长率团访台, tells its own story, not the brief's)."""
    titled: dict[str, int] = {}
    words = set(documents.segmenter.content_words(documents.spec.title or ""))
    for choice in documents.selected:
        title = choice.article.title or ""
        own = set(documents.segmenter.content_words(title))
        if documents.names_topic(title):
            words |= own
        for w in own:
            titled[w] = titled.get(w, 0) + 1
    words |= {w for w, n in titled.items() if n >= 2}
    return frozenset(w for w in words if len(w) >= 2)


def paragraph_on_story(documents: Documents, sentence: Sentence) -> bool:
    """Whether a sentence's paragraph names the topic or whom the story is about (比根…抵达
    莫斯科。比根…会晤了卢卡申科…的挑战者), or the sentence opens on a country of the story (or,
    in a central story naming no country, any: 北京市气象台…): an act it tells is a step of it."""
    countries = documents.analysis.gazetteer.countries(sentence.text[:8])
    return sentence.paragraph in _story_paragraphs(documents).get(sentence.article.id, ()) or \
        bool(countries) and (set(countries) <= story_countries(documents) or  # (澳洲…牵头呼吁)
                             not story_countries(documents) and documents.central(sentence.article))


@functools.lru_cache(maxsize=4)  # once per brief
def _story_paragraphs(documents: Documents) -> dict[int, frozenset[int]]:
    """Each article's paragraphs that name the topic, or a person the story is about or the
    article's sentences naming the topic name (反对卢卡申科总统)."""
    found = {}
    for article_id, article in documents.analysis.by_article.items():
        people = set(protagonists(documents)).union(
            *(names(s) for s in article if documents.names_topic(s.text)))
        found[article_id] = frozenset(s.paragraph for s in article
                                      if documents.names_topic(s.text) or people & names(s))
    return found


def headlined(documents: Documents, sentence: Sentence) -> bool:
    """Whether a sentence tells what the stories' titles tell (中国海警…截获…香港…: the
    titles' 中国海警, 香港, 扣押) though it names none of the topic's terms."""
    return len(headline_words(documents) & set(sentence.words)) >= HEADLINED


def between_topical(documents: Documents, sentence: Sentence) -> bool:
    """Whether the sentences on both sides of it in its paragraph name the topic (在她的主持
    之下… 。六月初，朝鲜…炸毁了…联络办公室。金与正很快声称…): told as part of the story."""
    around = [s for s in documents.analysis.by_article.get(sentence.article.id, [])
              if s.paragraph == sentence.paragraph and abs(s.index - sentence.index) == 1]
    return len(around) == 2 and all(documents.names_topic(s.text) for s in around)


PROTAGONIST = 0.4  # share of the stories that name a person beside the topic: whom it is about


@functools.lru_cache(maxsize=4)  # once per brief
def protagonists(documents: Documents) -> frozenset[str]:
    """The people the story is about: named in sentences naming the topic in three stories
    and in two of five at least (维斯特奇尔 of the Czech visit to Taiwan). In a story about the topic, what they do
    is on topic though the sentence names only them (蔡英文与维斯特奇尔等人会面)."""
    stories: dict[str, set[int]] = {}
    for sentence in documents.sentences:
        if documents.names_topic(sentence.text):
            for name in names(sentence):
                stories.setdefault(name, set()).add(sentence.article.id)
    enough = max(3, PROTAGONIST * len(documents.selected))
    return frozenset(name for name, ids in stories.items() if len(ids) >= enough)


PROFILED = 5  # times a report names one person, in full or by surname and post: its subject


@functools.lru_cache(maxsize=4)  # once per brief
def profiled(documents: Documents) -> dict[str, str]:
    """The people reports are written about, each form they are named by (陈立群, 陈校长)
    with the full name: a person introduced with a post (杭州市学军中学校长陈立群) and then
    called by surname and post (陈校长) throughout is the report's subject."""
    found: dict[str, str] = {}
    for choice in documents.selected:
        state = documents.analysis.states.get(choice.article.id)
        text = "\n".join(choice.article.paragraphs)
        for name, role in sorted(state.roles.items()) if state else ():
            posts = ROLE_WORD.findall(role)
            if not posts or not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name):
                continue  # (a Chinese name: its surname first)
            short = name[0] + posts[-1]
            if text.count(name) + text.count(short) >= PROFILED:
                found.update({name: name, short: name})
    return found


def names(sentence: Sentence) -> set[str]:
    """The people a sentence names, as the segmenter tags them (a person's name, or a
    transliterated one of three characters or more)."""
    return {token.word for token in sentence.tokens
            if token.pos in ("nr", "nrt", "nrfg") and len(token.word) >= 2 or
            token.pos == "nz" and len(token.word) >= 3}


# A clause after an act that says why it was done or where it went (，就是因为中国监管机构没有
# 批准…; ，前往地中海东部的希腊卡斯特洛里佐岛外海): what links an act to the story.
LINK_CLAUSE = re.compile(r"^(?:就是|正是|但|但是)?(?:因为|由于)(?![此而])|^(?:前往|驶往|飞往|开往|赴)")


def link_clause(documents: Documents, sentence: str, text: str) -> str:
    """The clause that follows an entry in its sentence when it opens on a cause or a
    destination and names what the stories' titles name (a word of theirs or the topic),
    without an emphatic 就是; an empty string otherwise. An entry naming nothing of the story
    keeps the clause that ties it to the story (高通取消了…收购，因为中国监管机构没有批准…)."""
    tail = text[-6:]
    at = sentence.find(tail)
    if len(tail) < 4 or at < 0:
        return ""
    rest = sentence[at + len(tail):]
    after = re.match(r"[，,]\s*([^，,。；;]{4,40})(?=[，,。；;]|$)", rest)
    if not after or not LINK_CLAUSE.match(after[1]):
        return ""
    clause = re.sub(r"^(?:就是|正是)", "", after[1])
    if clause.startswith("但"):  # …拖累，但由于…关闭了墨西哥湾的生产，油价也受到提振: the
        result = re.match(r"[，,]\s*([^，,。；;]{2,30})(?=[。；;]|$)", rest[after.end(1):])  # other
        if not result:  # side, cause and what it brought
            return ""
        clause += "，" + re.sub(r"^([^，,]{1,8}?)也(?=[\u4e00-\u9fff])", r"\1", result[1])
    words = set(documents.segmenter.content_words(clause))
    clause = LATIN_GLOSS.sub("", clause)
    if judges(clause):
        return ""  # (没有批准: a judgement the entry cannot carry)
    return clause if words & headline_words(documents) or documents.names_topic(clause) else ""