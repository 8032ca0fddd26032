"""Near-duplicate detection: MinHash signatures of character shingles, banded for lookup.

Syndicated and lightly rewritten copies of a story share most of their
character 3-grams whatever their markup, spam or footers; MinHash estimates
that overlap (Jaccard similarity) from a fixed-size signature, and LSH bands
let the corpus find candidates with an indexed lookup instead of comparing
every pair.
"""

from __future__ import annotations

import functools
import hashlib
import re

import numpy as np

from briefgen.chinese import to_simplified

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 similarity meet in some band
ROWS = NUM_PERM // BANDS
SHINGLE = 3
THRESHOLD = 0.5  # estimated Jaccard similarity at which two articles are the same story
SEED = 1  # fixed: signatures must be comparable across runs and machines
TEXT_ONLY = re.compile(r"[\W_]+", re.UNICODE)


def signature(text: str) -> bytes:
    """The MinHash signature of an article body, as bytes to store."""
    return signature_of_simplified(to_simplified(text))  # a Traditional copy is a copy


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """NUM_PERM affine permutations of 64-bit hashes, h -> a * h + b modulo 2**64 (an odd
    `a` makes each one a bijection), the same on every machine."""
    generator = np.random.RandomState(SEED)
    a = generator.randint(0, 1 << 63, NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    b = generator.randint(0, 1 << 63, NUM_PERM, dtype=np.uint64)
    return a, b


def _fmix64(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finalizer: spreads the shingles' codes over all 64 bits."""
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xFF51AFD7ED558CCD)
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xC4CEB9FE1A85EC53)
    return values ^ (values >> np.uint64(33))


CHUNK = 4096  # shingles permuted at once: a bounded matrix whatever the text's length


def signature_of_simplified(text: str) -> bytes:
    """`signature` of a text already folded to Simplified.

    A shingle is its three code points packed into one 63-bit number (21 bits each: every
    character fits), so the whole text is hashed and permuted in numpy with no Python step
    per shingle (SHA-1 per shingle was a quarter of the time to read and clean a file)."""
    text = TEXT_ONLY.sub("", text).lower()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.uint64)
    if len(codes) < SHINGLE:  # a text shorter than a shingle is its one shingle
        codes = np.concatenate([codes, np.zeros(SHINGLE - len(codes), dtype=np.uint64)])
    shingles = np.zeros(len(codes) - SHINGLE + 1, dtype=np.uint64)
    for offset in range(SHINGLE):
        shingles = (shingles << np.uint64(21)) | codes[offset:len(codes) - SHINGLE + 1 + offset]
    hashes = _fmix64(shingles).reshape(-1, 1)  # a repeated shingle changes no minimum
    a, b = _permutations()
    values = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    with np.errstate(over="ignore"):  # uint64 arithmetic wraps: modulo 2**64
        for start in range(0, len(hashes), CHUNK):
            values = np.minimum(values, (hashes[start:start + CHUNK] * a + b).min(axis=0))
    return values.tobytes()


def band_keys(sig: bytes) -> list[int]:
    """One lookup key per band; two signatures that agree on a whole band share its key."""
    values = np.frombuffer(sig, dtype=np.uint64)
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(values[band * ROWS:(band + 1) * ROWS].tobytes(), digest_size=8,
                                 person=band.to_bytes(2, "little")).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarities(signature: bytes, others: list[bytes]) -> np.ndarray:
    """Estimated Jaccard similarity of the shingle sets behind `signature` and each of `others`."""
    matrix = np.frombuffer(b"".join(others), dtype=np.uint64).reshape(len(others), NUM_PERM)
    return (matrix == np.frombuffer(signature, dtype=np.uint64)).mean(axis=1)
