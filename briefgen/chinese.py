"""Chinese text: sentences that respect quotes, and words with a domain dictionary."""

from __future__ import annotations

import copy
import functools
import operator
import re
from importlib import resources

SENTENCE_END = "。！？!?…"
OPENERS = {"“": "”", "「": "」", "『": "』", "‘": "’", "（": "）", "(": ")", "《": "》"}
CLOSERS = {close: open_ for open_, close in OPENERS.items()}
TRAILING = "”」』’）)》\"'"
SAID_BEFORE = re.compile(r"(?:表示|说|称|指出|强调|写道|说道|透露|坦言|直言|补充|回应|宣布)[，,]?$")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")


def inside_quotes(text: str, offset: int) -> bool:
    """Whether `offset` stands inside a quotation (“…” or 「…」): someone's words, which a rewrite
    leaves as they were said."""
    before = text[:offset]
    return before.count("“") + before.count("「") > before.count("”") + before.count("」")


def letters_as_one(text: str) -> str:
    """Each Latin word as one mark (Neuralink → N), for comparing wordings by character pairs:
    a name spelled in letters would otherwise make two texts that share only it look alike."""
    return LATIN_WORD.sub(lambda word: word[0][0], text)


def _mark_before(text: str, at: int) -> str:
    """The last character before `at` that is not a space (。 of 。 ”)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text[at - 1] if at > 0 else ""


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph. An end mark inside quotes or brackets does not end the
    sentence: “…。”他说。 stays whole, so a quote keeps its speaker. A quote introduced
    by a colon or by a saying verb and a comma (他说：“…。”, 他表示，“…。”) is complete, and the
    sentence ends with it: what follows it is a sentence of its own. So does one right after
    a verb of saying (宣布“…。”), in straight quotes too."""
    found, start, depth = [], 0, []
    introduced = False  # the open quote at the top level follows a colon
    i = 0
    while i < len(text):
        char = text[i]
        if depth and (char == '"' == depth[-1] or char in CLOSERS and (  # straight quotes close
                depth[-1] == CLOSERS[char] or char in ")）" and depth[-1] in "(（")):  # by parity;
            depth.pop()  # （8月25日): a round bracket of either width
            if not depth and introduced and _mark_before(text, i) in SENTENCE_END:
                found.append(text[start:i + 1].strip())  # 宣布"…。" 8月26日，…: two
                start = i + 1
        elif char == '"' or char in OPENERS and not (char == "‘" and depth and depth[-1] == "“"):
            if not depth:
                introduced = text[max(start, i - 1):i] in ("：", ":") or \
                    bool(SAID_BEFORE.search(text[max(start, i - 12):i]))
            depth.append(char)
        elif char in SENTENCE_END and not depth:
            end = i + 1
            while end < len(text) and (text[end] in SENTENCE_END or text[end] in TRAILING):
                end += 1
            found.append(text[start:end].strip())
            start, i = end, end
            continue
        elif char in BULLETS and not depth:  # ★11月17日…；★11月25日…: items of a list
            if text[start:i].strip():
                found.append(text[start:i].strip())
            start = i + 1
        elif char == "." and not depth and text[i + 1:i + 2] == " " and \
                re.match(r"[A-Z\u4e00-\u9fff“]", text[i + 2:i + 3] or ""):
            found.append(text[start:i + 1].strip())
            start = i + 1
        i += 1
        if depth and len(depth) > 8:  # unbalanced marks in a long text: stop tracking
            depth.clear()
    rest = text[start:].strip()
    if rest:
        found.append(rest)
    return [piece for s in found if s for piece in _cut_long(s)]


BULLETS = "★☆▲△►▶●■◆◇※➨➤"  # marks that open a list's item: no part of any sentence
LONGEST_SENTENCE = 1000  # characters; what runs on past it (no end mark, a quote never closed) is cut
CLAUSE_END = re.compile(r".*[，,；;、：:\s]", re.S)


def _cut_long(sentence: str) -> list[str]:
    """A run-on "sentence" in pieces of at most LONGEST_SENTENCE characters, each ending on a
    clause mark where one is near: the analysis of a sentence is not linear in its length."""
    pieces = []
    while len(sentence) > LONGEST_SENTENCE:
        clause = CLAUSE_END.match(sentence, 0, LONGEST_SENTENCE)
        cut = clause.end() if clause and clause.end() > LONGEST_SENTENCE // 2 else LONGEST_SENTENCE
        pieces.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    return [piece for piece in [*pieces, sentence] if piece]


@functools.cache
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def convert(text: str, config: str) -> str:
    """`text` through OpenCC's `config` (t2s, s2tw …); a lone surrogate, which OpenCC's
    UTF-8 cannot carry, becomes U+FFFD rather than an error."""
    if LONE_SURROGATE.search(text):
        text = LONE_SURROGATE.sub("\ufffd", text)
    return _converter(config).convert(text)


NON_ASCII = re.compile(r"[^\x00-\x7f]")


def to_simplified(text: str) -> str:
    """Traditional characters and phrases in their Simplified form (OpenCC t2s), so that
    searching, matching and comparing treat 軍售 and 军售 alike; the stored text keeps
    the script it was written in."""
    if not NON_ASCII.search(text):
        return text
    return _fold_short(text) if len(text) <= 512 else convert(text, "t2s")


@functools.lru_cache(maxsize=8192)
def _fold_short(text: str) -> str:
    """Cleaning asks about one block under several kinds of pattern: convert it once."""
    return convert(text, "t2s")


CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")
CJK_RUNS = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
LATIN_RUNS = re.compile(r"[A-Za-z]+")


TRADITIONAL_SHARE = 0.05  # of Chinese characters t2s changes: Simplified text ≤ 1.2%, Traditional ≥ 18%


def language(text: str) -> str:
    """zh-Hans, zh-Hant or en, from the text itself: Latin letters outweighing Chinese
    characters make English; otherwise Traditional when OpenCC's t2s conversion changes
    more than 5% of the characters (it knows every character, not a short list). On the
    shared corpus and pages, Simplified texts measure at most 1.2%, Traditional at least 18%."""
    runs = CJK_RUNS.findall(text)  # counted by runs: one list item a run, not a character
    if sum(map(len, runs)) * 4 < sum(map(len, LATIN_RUNS.findall(text))):
        return "en"
    sample = "".join(runs)[:3000]  # a sample is enough to tell the script
    changed = sum(map(operator.ne, sample, to_simplified(sample)))  # pairs, as zip pairs them
    return "zh-Hant" if sample and changed > TRADITIONAL_SHARE * len(sample) else "zh-Hans"


@functools.cache
def _base_words() -> tuple[str, ...]:
    text = resources.files("briefgen").joinpath("data/dictionary.txt").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines()
                 if line.strip() and not line.startswith("#"))


def domain_words(extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The domain's names and terms: the built-in dictionary, then a spec's own words."""
    return (*_base_words(), *extra)


class Segmenter:
    """Word segmentation (jieba, dictionary only) that keeps the domain's names whole."""

    def __init__(self, words: tuple[str, ...] = ()) -> None:
        import jieba

        jieba.setLogLevel(60)
        self.tokenizer = jieba.Tokenizer()
        self.tokenizer.initialize()
        self.domain = domain_words(words)  # the words added to jieba's own
        self.people: frozenset[str] = frozenset()  # names the sources show speaking (`segmenter`)
        for word in self.domain:
            self.tokenizer.add_word(word, freq=max(1000, self.tokenizer.suggest_freq(word)))

    @functools.lru_cache(maxsize=65536)
    def words(self, text: str) -> tuple[str, ...]:
        return tuple(w for w in self.tokenizer.cut(text, HMM=False) if w.strip())

    def content_words(self, text: str) -> tuple[str, ...]:
        """Words that carry meaning: two characters or more, or Latin/numbers."""
        return tuple(w for w in self.words(text)
                     if len(w) >= 2 and re.search(r"[\u4e00-\u9fffA-Za-z0-9]", w))


def segmenter(words: tuple[str, ...] = (), people: tuple[str, ...] = ()) -> Segmenter:
    """The segmenter keeping `words` whole, and `people` whole and tagged as people (one of
    each per pair, kept for the process)."""
    return _with_people(words, people) if people else _plain(words)


@functools.cache
def _plain(words: tuple[str, ...]) -> Segmenter:
    return Segmenter(words)


@functools.cache
def _with_people(words: tuple[str, ...], people: tuple[str, ...]) -> Segmenter:
    base = _plain(words)  # a copy of its dictionary, not a second load (a second a build)
    found = Segmenter.__new__(Segmenter)
    found.tokenizer = copy.copy(base.tokenizer)
    found.tokenizer.FREQ = dict(base.tokenizer.FREQ)
    found.tokenizer.user_word_tag_tab = dict(base.tokenizer.user_word_tag_tab)
    found.domain, found.people = base.domain + people, frozenset(people)
    for word in people:
        found.tokenizer.add_word(word, freq=max(1000, found.tokenizer.suggest_freq(word)))
    return found
