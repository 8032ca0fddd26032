"""Bytes to text: UTF-8 first, then the Chinese legacy encodings, detected."""

from __future__ import annotations

import codecs

import charset_normalizer

# GB18030 is a superset of GBK and GB2312; Big5 covers Traditional Chinese.
LEGACY_ENCODINGS = ["gb18030", "big5"]
BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16")]


class UnreadableFile(Exception):
    """A file that cannot be made into an article; the message says why."""


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\0" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32 and byte != 27)
    return bool(sample) and controls / len(sample) > 0.05


def decode(data: bytes) -> str:
    if not data.strip():
        raise UnreadableFile("empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    if looks_binary(data):
        raise UnreadableFile("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:65536], cp_isolation=LEGACY_ENCODINGS).best()
    candidates = ([best.encoding] if best else []) + LEGACY_ENCODINGS
    for encoding in dict.fromkeys(candidates):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise UnreadableFile("undecodable bytes: not UTF-8, GB18030 or Big5")
