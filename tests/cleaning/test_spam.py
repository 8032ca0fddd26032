"""SEO spam: removed without damage, on the real seed and on injections the method never saw."""

from __future__ import annotations

import random
import re

import pytest

from briefgen.cleaning.spam import _rebuilds_from_words, _title_words, _tokens, remove_spam
from conftest import EXAMPLES, read_one


def test_seed_spam_is_removed_and_sentences_survive(seed_articles):
    article = seed_articles["002_08c8e59a0b082066.txt"]
    assert article.paragraphs[0].startswith(
        "近日,韩国总统尹锡悦与美国总统拜登在华盛顿在北约峰会期间举行双边会谈,两国领导人签署了"
        "韩美《关于朝鲜半岛核威慑与核作战指南》的联合声明,声明指出,若朝鲜对韩国发起任何核打击")
    assert set(article.extra["spam_removed"]) >= {"韩美核作合声", "战联", "明发美依", "布韩", "上对深",
                                                  "赖加", "鄂州市某某通用机械运营部"}


def test_clean_articles_lose_nothing(seed_articles):
    for name, article in seed_articles.items():
        if not name.startswith("002"):
            assert "spam_removed" not in article.extra, name


def cuts_words(piece: str, title: str) -> bool:
    """What the injectors make and the method claims to find: a piece that is no word of its
    own, and that either skips characters of the title or is cut inside words at both ends."""
    if len(_tokens(piece)) == 1:
        return False  # a piece that reads as a word (史前, 安全) is text to any reader
    segments = [seg for seg in re.split(r"[^\u4e00-\u9fff]+", title) if seg]
    for segment in segments:
        bounds = {0}
        for word in _tokens(segment):
            bounds.add(max(bounds) + len(word))
        at = segment.find(piece)
        if at >= 0:
            return at not in bounds and at + len(piece) not in bounds
    return not _rebuilds_from_words(piece, _title_words(title))


def chop(title: str, rng: random.Random) -> list[str]:
    """Cut a title into pieces at arbitrary characters, as spam injectors do."""
    chars = [c for c in title if "\u4e00" <= c <= "\u9fff"]
    pieces, i = [], 0
    while i < len(chars) - 1:
        size = rng.choice([2, 3, 4])
        picked = chars[i:i + size + 1]
        if len(picked) > 2:  # drop one inner character so the piece straddles words
            del picked[rng.randrange(1, len(picked) - 1)]
        piece = "".join(picked)
        if len(piece) >= 2 and cuts_words(piece, title):
            pieces.append(piece)
        i += size + 1
    return pieces


def inject(paragraphs: list[str], pieces: list[str], rng: random.Random) -> list[str]:
    """Put each piece twice after commas and full stops, like the seed's injector, where the
    piece does not fuse with the next word (应 + 该 → 应该 is beyond any segmenter)."""
    spammed = list(paragraphs)
    for piece in pieces + pieces:
        slots = [(n, i + 1) for n, p in enumerate(spammed) for i, c in enumerate(p)
                 if c in "，。" and i + 1 < len(p) and "\u4e00" <= p[i + 1] <= "\u9fff"
                 and _tokens(piece[-1] + p[i + 1:i + 4])[0] == piece[-1]]
        n, at = rng.choice(slots)
        spammed[n] = spammed[n][:at] + piece + spammed[n][at:]
    return spammed


@pytest.mark.parametrize("name", ["000_9d926d1b420b7705.txt", "001_4ee630de35260f69.txt",
                                  "003_a7dbfd5028d200ee.txt"])
def test_injected_fragments_of_other_titles_are_removed_exactly(name, seed_articles):
    article = seed_articles[name]
    for seed in range(30):
        rng = random.Random(seed)
        pieces = chop(article.title, rng) + ["杭州市某某电子科技有限公司"]
        cleaned, removed = remove_spam(inject(article.paragraphs, pieces, rng), article.title)
        assert cleaned == article.paragraphs, (seed, pieces)
        assert set(pieces) <= set(removed)


def test_spam_in_the_example_scrape_is_removed(publishers):
    article = read_one(EXAMPLES / "text/2023-07-20-scraped-ssbn-spam.txt", publishers)
    for spam in ("美国核停引朝导", "武汉市某某五金建材经营部", "艇停靠釜", "韩施"):
        assert spam not in article.body
    assert "当地时间18日,美国海军“肯塔基”号战略核潜艇驶入韩国釜山作战基地" in article.body
    assert "朝鲜的任何挑衅都将遭到坚决应对" in article.body


def test_a_business_name_mentioned_once_in_news_is_kept():
    paragraphs = ["据报道，武汉市某某五金建材经营部负责人表示，订单有所增加。"]
    cleaned, removed = remove_spam(paragraphs, "武汉五金市场回暖")
    assert cleaned == paragraphs and removed == []


def test_title_words_reused_in_the_body_are_kept():
    title = "美韩签署联合核威慑指引应对朝鲜威胁"
    paragraphs = ["美韩联合核威慑对朝鲜核威胁作出回应。", "朝鲜核威胁上升，美韩签署指引。"]
    assert remove_spam(paragraphs, title) == (paragraphs, [])
