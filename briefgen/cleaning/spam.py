"""SEO spam injected into scraped pages.

Spam sites stuff a copied article with pieces of its own title, chopped at
arbitrary characters ("韩美核作合声", "赖加"), and with business names
("某市某某机械运营部") to lure search engines. Both are found by what makes
them spam, not by list:

- a title fragment is a stretch of body words whose characters come, in order,
  from the title, that cuts title words apart (it skips characters of the
  title and is not made of whole title words, or it is a piece of the title
  cut inside words at both ends), and that recurs: the injector repeats its
  pieces, so where a fragment ends is decided by what repeats;
- an injected business name has the grammar of one (place, name, business
  suffix) and recurs or sits against a title fragment.

Both are removed only from a document that shows the signature (three or more
different recurring pieces, two if one is longer than two characters, or an
injected name): a clean article that repeats a title word or two (中澳两国,
香港人, 他要, 这是) is never touched.

Legitimate reuse of title words ("安全", "核作战") rebuilds from whole title
words and is kept. Beyond reach, because they read as text: a fragment that is
a word itself (史前 from 史无前例), a piece cut on one side only (已双 of 已双双,
shaped like the legitimate 对朝鲜), and a last character that fuses with the
next word (…应 + 该… read as 应该).
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

    def runs(self, text: str) -> list[list[tuple[int, int, str]]]:
        """Maximal runs of body tokens drawn in order from the title, as (start, end, token)."""
        if len(self.title) < 4 or not self._suspicious(text):
            return []
        runs, run, offset = [], [], 0
        for token in _tokens(text):
            if run and _is_subsequence("".join(t for _, _, t in run) + token, self.title):
                run.append((offset, offset + len(token), token))
            else:
                if len("".join(t for _, _, t in run)) >= 2:
                    runs.append(run)
                run = [(offset, offset + len(token), token)] if _is_subsequence(token, self.title) \
                    else []
            offset += len(token)
        if len("".join(t for _, _, t in run)) >= 2:
            runs.append(run)
        return runs

    def pieces(self, run: list[tuple[int, int, str]]) -> dict[tuple[int, int], str]:
        """Every chopped stretch of a run: (start, end) → text."""
        found = {}
        for i in range(len(run)):
            for j in range(i + 1, len(run) + 1):
                text = "".join(token for _, _, token in run[i:j])
                if len(text) >= 2 and self._chopped(text, [t for _, _, t in run[i:j]]):
                    found[(run[i][0], run[j - 1][1])] = text
        return found


def _pick(pieces: dict[tuple[int, int], str], counts: Counter) -> list[tuple[int, int]]:
    """The repeated pieces to cut from one run, most repeated (then longest) first."""
    chosen: list[tuple[int, int]] = []
    ranked = sorted(pieces, key=lambda span: (-counts[pieces[span]], -len(pieces[span]), span))
    for start, end in ranked:
        if counts[pieces[(start, end)]] < MIN_REPEATS:
            break
        if all(end <= a or start >= b for a, b in chosen):
            chosen.append((start, end))
    return chosen


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


def _signature(pieces: set[str]) -> bool:
    """Whether recurring title pieces look like an injector's work rather than chance: three
    or more different ones, or two when one is longer than a pair of common characters
    (他要, 这是 recur in any article whose title holds 他…要 and 这…是)."""
    return len(pieces) >= 3 or (len(pieces) == 2 and max(map(len, pieces)) >= 3)


def _shares_bigram(text: str, title: str) -> bool:
    return any(text[i:i + 2] in title for i in range(len(text) - 1))


def remove_spam(paragraphs: list[str], title: str) -> tuple[list[str], list[str]]:
    """The paragraphs without injected spam, and the spam strings removed.

    Precision first: a document is touched only when it shows the injector's signature:
    chopped title pieces that recur (see `_signature`), or a business name that recurs or
    sits against such a piece. A piece or two recurring is how a clean article reuses
    title words (中澳, 香港人, 贸易, 他要), and is left as written."""
    fragments = TitleFragments(title) if title else None
    runs = [[fragments.pieces(run) for run in fragments.runs(text)] if fragments else []
            for text in paragraphs]
    # How many runs hold each piece: the injector repeats its pieces, text does not.
    counts = Counter(piece for per_text in runs for pieces in per_text
                     for piece in set(pieces.values()))
    spam: set[str] = set()
    cut_texts, cut_points = [], []
    for text, per_text in zip(paragraphs, runs):
        spans = [span for pieces in per_text for span in _pick(pieces, counts)]
        spam.update(text[a:b] for a, b in spans)
        text, points = _cut(text, spans)
        cut_texts.append(text)
        cut_points.append(points)
    names = [_business_names(text) for text in cut_texts]
    name_counts = Counter(text[a:b] for text, spans in zip(cut_texts, names) for a, b in spans)
    injected_names: list[list[tuple[int, int]]] = []
    for text, spans, points in zip(cut_texts, names, cut_points):
        # A company the article is about is named in its title; an injected one is not.
        injected_names.append([(a, b) for a, b in spans if a in points or b in points or (
            name_counts[text[a:b]] >= MIN_REPEATS and not _shares_bigram(text[a:b], title))])
    if not _signature(spam) and not any(injected_names):
        return list(paragraphs), []
    cleaned = []
    for text, injected in zip(cut_texts, injected_names):
        injected = injected + [match.span() for match in CONTACT_SPAM.finditer(text)]
        spam.update(text[a:b] for a, b in injected)
        cleaned.append(_cut(text, injected)[0])
    return cleaned, sorted(spam)
