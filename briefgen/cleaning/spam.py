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

Segmenting is most of the cost, and most documents show no signature: a piece
recurs, so before any segmenting the stretches of title characters that could
be pieces are counted by their characters alone (`TitleFragments.recurring`),
and only the stretches of text holding one that recurs are segmented. The
count is a bound the segmented count never exceeds, so the result is the same.

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
from collections.abc import Iterator

from briefgen.workers import unbudgeted

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
    # Most documents never need the segmenter; the first one that does loads its dictionary
    # (a second or more) on time no file's budget pays.
    unbudgeted(jieba.initialize)
    return jieba


def _tokens(text: str) -> list[str]:
    return list(_jieba().cut(text, HMM=False))


# The stretches jieba segments apart from each other: its blocks of Han characters, letters and
# digits, widened by every character a title piece can hold. Outside them jieba yields one
# character at a time, so segmenting one of them alone gives the tokens it has within the text.
SEGMENTED_STRETCH = re.compile(r"[\u3400-\u9fffa-zA-Z0-9+#&._%\-]+")


def _tokens_at(text: str, wanted: set[str]) -> Iterator[tuple[int, list[str]]]:
    """(offset, tokens) of each stretch of `text` that holds one of `wanted`."""
    for match in SEGMENTED_STRETCH.finditer(text):
        if any(piece in match[0] for piece in wanted):
            yield match.start(), _tokens(match[0])


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
        self.stretch = re.compile("[" + re.escape("".join(sorted(self.chars))) + "]{2,}") \
            if self.chars else None
        self._rebuilt: dict[str, bool] = {}  # a recurring run is asked about again and again

    def _rebuilds(self, text: str) -> bool:
        """`_rebuilds_from_words` with this title's words, remembered."""
        known = self._rebuilt.get(text)
        if known is None:
            known = self._rebuilt[text] = _rebuilds_from_words(text, self.words)
        return known

    @functools.cached_property
    def _segment_tokens(self) -> list[list[str]]:
        return [_tokens(seg) for seg in self.segments]

    @functools.cached_property
    def words(self) -> tuple[str, ...]:
        return tuple(unit for seg in self.segments for unit in _title_words(seg))

    @functools.cached_property
    def boundaries(self) -> list[set[int]]:
        return [{0, *itertools.accumulate(map(len, tokens))} for tokens in self._segment_tokens]

    def recurring(self, paragraphs: list[str]) -> set[str]:
        """Every stretch that may be a recurring piece, found without segmenting.

        A piece is a stretch of title characters, drawn in order from the title, that recurs;
        counting each such stretch wherever it occurs (whole tokens or not) counts at least
        the runs that hold it, so no piece is missed."""
        if len(self.title) < 4 or self.stretch is None:
            return set()
        title, counts = self.title, Counter()
        for text in paragraphs:
            for match in self.stretch.finditer(text):
                run = match[0]
                for i in range(len(run) - 1):
                    position = title.find(run[i])
                    for j in range(i + 1, len(run)):
                        position = title.find(run[j], position + 1)
                        if position < 0:
                            break
                        counts[run[i:j + 1]] += 1
        return {piece for piece, count in counts.items() if count >= MIN_REPEATS}

    def may_be_chopped(self, piece: str) -> bool:
        """`_chopped` without the body's tokens: what no segmentation can make chopped."""
        contiguous = False
        for segment, boundaries in zip(self.segments, self.boundaries):
            at = segment.find(piece)
            while at >= 0:
                if at in boundaries or at + len(piece) in boundaries:
                    return False
                contiguous = True
                at = segment.find(piece, at + 1)
        return contiguous or not self._rebuilds(piece)

    def _suspicious(self, text: str) -> bool:
        """Cheap test: a run of title characters that whole title words cannot explain."""
        return self.stretch is not None and any(
            not self._rebuilds(match[0]) for match in self.stretch.finditer(text))

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
        return loose and not self._rebuilds(run)

    def runs(self, text: str, wanted: set[str]) -> list[list[tuple[int, int, str]]]:
        """Maximal runs of body tokens drawn in order from the title, as (start, end, token),
        in the stretches of `text` that hold one of `wanted` (see `recurring`)."""
        if len(self.title) < 4 or not any(piece in text for piece in wanted) or \
                not self._suspicious(text):
            return []
        runs = []
        for offset, tokens in _tokens_at(text, wanted):
            run: list[tuple[int, int, str]] = []
            for token in tokens:
                if run and _is_subsequence("".join(t for _, _, t in run) + token, self.title):
                    run.append((offset, offset + len(token), token))
                else:
                    if len("".join(t for _, _, t in run)) >= 2:
                        runs.append(run)
                    run = [(offset, offset + len(token), token)] \
                        if _is_subsequence(token, self.title) else []
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


BUSINESS_PLACE = "省市县区镇"
BUSINESS_END = "司部行室厂处"  # the last characters of BUSINESS_NAME's suffixes


def _may_name_business(text: str) -> bool:
    """Whether `text`, or what is left of it once pieces are cut out, may hold a business
    name: a place character before the last character of a business suffix."""
    first = min((at for at in map(text.find, BUSINESS_PLACE) if at >= 0), default=-1)
    return first >= 0 and any(text.rfind(char) > first for char in BUSINESS_END)


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
    wanted = fragments.recurring(paragraphs) if fragments else set()
    # Without the signature in what recurs, only an injected business name changes anything.
    names = any(map(_may_name_business, paragraphs))
    if not names and not _signature(wanted):
        return list(paragraphs), []
    wanted = {piece for piece in wanted if fragments.may_be_chopped(piece)}
    if not names and not _signature(wanted):
        return list(paragraphs), []
    runs = [[fragments.pieces(run) for run in fragments.runs(text, wanted)] if wanted else []
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
