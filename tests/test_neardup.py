"""Near-duplicate signatures: computed in one batch, the same values as datasketch's MinHash."""

from __future__ import annotations

import numpy as np
from datasketch import MinHash

from briefgen import neardup
from briefgen.chinese import to_simplified
from conftest import ROOT


def datasketch_signature(text: str) -> bytes:
    text = neardup.TEXT_ONLY.sub("", to_simplified(text)).lower()
    shingles = {text[i:i + neardup.SHINGLE].encode("utf-8")
                for i in range(max(1, len(text) - neardup.SHINGLE + 1))}
    minhash = MinHash(num_perm=neardup.NUM_PERM, seed=neardup.SEED)
    minhash.update_batch(sorted(shingles))
    return minhash.hashvalues.astype(np.uint64).tobytes()


def test_signatures_are_datasketch_minhash_values():
    texts = ["", "a", "美韩", "軍售案。", "The SAME text, in English."]
    texts += [path.read_text("utf-8", errors="replace")
              for path in sorted((ROOT / "tests" / "data" / "rss").glob("*"))[:20] if path.is_file()]
    assert len(texts) > 10
    for text in texts:
        assert neardup.signature(text) == datasketch_signature(text), text[:40]
