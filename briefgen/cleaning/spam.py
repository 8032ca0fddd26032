"""SEO spam injected into scraped pages.

Spam sites stuff a copied article with pieces of its own title, chopped at
arbitrary characters ("韩美核作合声", "赖加"), and with business names
("某市某某机械运营部") to lure search engines. Both are found by what makes
them spam, not by list:

- a title fragment is a run of body words whose characters come, in order,
  from the title, but which cannot be rebuilt from title words (it cuts words
  apart), which holds a character cut loose from its word, and which recurs;
- an injected business name has the grammar of one (place, name, business
  suffix) and recurs or sits against a title fragment.

Legitimate reuse of title words ("安全", "核作战") rebuilds from whole title
words and is kept.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter

BUSINESS_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,6}?(?:省|市|县|区|镇)"
    r"[\u4e00-\u9fff]{0,14}?"
    r"(?:有限责任公司|股份有限公司|有限公司|运营部|经营部|营业部|销售部|门市部|服务部|"
    r"批发部|商贸行|商行|工作室|加工厂|制造厂|贸易公司|科技公司|经销处)")
CONTACT_SPAM = re.compile(r"(?:加?(?:微信|QQ|qq|VX|vx|电话|热线)[:：]?\s*[0-9A-Za-z_-]{5,})")
MIN_REPEATS = 2


@functools.cache
def _jieba():
    import jieba

    jieba.setLogLevel(60)
    return jieba


def _tokens(text: str) -> list[str]:
    return list(_jieba().cut(text, HMM=False))


def _is_subsequence(text: str, title: str) -> bool:
    position = 0
    for char in text:
        position = title.find(char, position)
        if position < 0:
            return False
        position += 1
    return True


def _rebuilds_from_words(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` is made of title words, in title order, gaps allowed."""

    @functools.cache
    def fits(i: int, j: int) -> bool:
        if i == len(text):
            return True
        return any(text.startswith(words[k], i) and fits(i + len(words[k]), k + 1)
                   for k in range(j, len(words)))

    return fits(0, 0)


def _title_words(title: str) -> tuple[str, ...]:
    """Title words in order, each followed by the dictionary words that begin or end it
    (联合 and 声明 of 联合声明, 威慑 of 核威慑; not 合声, which straddles them)."""
    units: list[str] = []
    for word in _tokens(title):
        units.append(word)
        units += [word[:n] for n in range(len(word) - 1, 1, -1) if word[:n] in _jieba().dt.FREQ]
        units += [word[n:] for n in range(1, len(word) - 1) if word[n:] in _jieba().dt.FREQ]
    return tuple(units)


class TitleFragments:
    """Finds chopped title fragments in a document's paragraphs."""

    def __init__(self, title: str) -> None:
        # Punctuation splits the title into segments; a run spanning two is not contiguous.
        self.segments = [seg for seg in re.split(r"[^\u3400-\u9fffA-Za-z0-9]+", title) if seg]
        self.title = "".join(self.segments)
        self.chars = set(self.title)
        self.words = tuple(unit for seg in self.segments for unit in _title_words(seg))
        self.boundaries = [{0, *itertools.accumulate(map(len, _tokens(seg)))}
                           for seg in self.segments]

    def _suspicious(self, text: str) -> bool:
        """Cheap test: a run of title characters that whole title words cannot explain."""
        run = ""
        for char in text + "\0":
            if char in self.chars:
                run += char
                continue
            if len(run) >= 2 and not _rebuilds_from_words(run, self.words):
                return True
            run = ""
        return False

    def _chopped(self, run: str, tokens: list[str]) -> bool:
        contiguous = False
        for segment, boundaries in zip(self.segments, self.boundaries):
            at = segment.find(run)
            while at >= 0:  # a piece of the title: chopped only if cut inside words at both ends
                if at in boundaries or at + len(run) in boundaries:
                    return False
                contiguous = True
                at = segment.find(run, at + 1)
        if contiguous:
            return True
        loose = any(len(token) == 1 and token not in self.words for token in tokens)
        return loose and not _rebuilds_from_words(run, self.words)

    def candidates(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, fragment) of every run that looks chopped from the title."""
        if len(self.title) < 4 or not self._suspicious(text):
            return []
        found = []
        tokens = _tokens(text)
        starts = [0]
        for token in tokens:
            starts.append(starts[-1] + len(token))
        i = 0
        while i < len(tokens):
            j, run = i, ""
            while j < len(tokens) and _is_subsequence(run + tokens[j], self.title):
                run += tokens[j]
                j += 1
            if j == i:
                i += 1
                continue
            if len(run) >= 2 and self._chopped(run, tokens[i:j]):
                found.append((starts[i], starts[j], run))
            i = j
        return found


def _cut(text: str, spans: list[tuple[int, int]]) -> tuple[str, set[int]]:
    """`text` without `spans`, and the positions in the result where cuts were made."""
    kept, points, position, length = [], set(), 0, 0
    for start, end in sorted(spans):
        if start >= position:
            kept.append(text[position:start])
            length += start - position
            points.add(length)
            position = end
    kept.append(text[position:])
    return "".join(kept), points


def _business_names(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in BUSINESS_NAME.finditer(text):
        start = match.start()
        for token in _tokens(match[0]):  # the regex may start early: "的鄂州市…"
            if len(token) > 1:
                break
            start += 1
        spans.append((start, match.end()))
    return spans


def remove_spam(paragraphs: list[str], title: str) -> tuple[list[str], list[str]]:
    """The paragraphs without injected spam, and the spam strings removed."""
    fragments = TitleFragments(title) if title else None
    found = [fragments.candidates(text) if fragments else [] for text in paragraphs]
    counts = Counter(run for spans in found for _, _, run in spans)
    spam = {run for run, count in counts.items() if count >= MIN_REPEATS}
    cut_texts, cut_points = [], []
    for text, spans in zip(paragraphs, found):
        text, points = _cut(text, [(a, b) for a, b, run in spans if run in spam])
        cut_texts.append(text)
        cut_points.append(points)
    names = [[(a, b) for a, b in _business_names(text)] for text in cut_texts]
    name_counts = Counter(text[a:b] for text, spans in zip(cut_texts, names) for a, b in spans)
    cleaned = []
    for text, spans, points in zip(cut_texts, names, cut_points):
        injected = [(a, b) for a, b in spans
                    if name_counts[text[a:b]] >= MIN_REPEATS or a in points or b in points]
        injected += [match.span() for match in CONTACT_SPAM.finditer(text)]
        spam.update(text[a:b] for a, b in injected)
        cleaned.append(_cut(text, injected)[0])
    return cleaned, sorted(spam)
