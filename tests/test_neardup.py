"""Near-duplicate signatures: estimates of the shingles' Jaccard similarity, bounded in memory."""

from __future__ import annotations

import random

import numpy as np

from briefgen import neardup
from briefgen.chinese import to_simplified
from conftest import ROOT


def shingles(text: str) -> set[str]:
    text = neardup.TEXT_ONLY.sub("", to_simplified(text)).lower()
    return {text[i:i + neardup.SHINGLE] for i in range(max(1, len(text) - neardup.SHINGLE + 1))}


def test_similarity_estimates_the_jaccard_similarity_of_real_texts():
    texts = [path.read_text("utf-8") for path in sorted((ROOT / "tests" / "data" / "rss").glob("*.md"))]
    assert len(texts) >= 5
    rng = random.Random(7)
    errors = []
    for _ in range(200):
        first, other = rng.sample(texts, 2)
        cut = rng.random()
        second = first[:int(len(first) * cut)] + other[:int(len(first) * (1 - cut))]
        a, b = shingles(first), shingles(second)
        exact = len(a & b) / len(a | b)
        estimate = neardup.similarities(neardup.signature(first), [neardup.signature(second)])[0]
        errors.append(estimate - exact)
    assert abs(sum(errors) / len(errors)) < 0.02  # unbiased
    assert max(map(abs, errors)) < 0.25  # within four standard deviations of 64 permutations


def test_a_traditional_copy_and_short_texts_sign_alike():
    assert neardup.signature("美國對臺軍售案獲批。") == neardup.signature("美国对台军售案获批。")
    assert neardup.signature("") == neardup.signature("，。")
    assert neardup.signature("ab") != neardup.signature("ac")
    assert len(neardup.signature("a")) == 8 * neardup.NUM_PERM


def test_a_long_text_is_signed_in_bounded_chunks():
    """A signature is the minimum over shingles: a text's is the element-wise minimum of
    its two halves' (overlapping by two characters, so no shingle is lost)."""
    text = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(50_000))
    half = 20_000
    assert len(text) > 4 * neardup.CHUNK
    first, second = (np.frombuffer(neardup.signature(part), dtype=np.uint64)
                     for part in (text[:half + 2], text[half:]))
    assert neardup.signature(text) == np.minimum(first, second).tobytes()
