"""Bytes to text: UTF-8 first, then the Chinese legacy encodings, detected."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

# GB18030 is a superset of GBK and GB2312; Big5 covers Traditional Chinese.
LEGACY_ENCODINGS = ["gb18030", "big5"]
BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16")]


# What XML, lxml and SQLite refuse in text: C0 controls but tab and line breaks, DEL,
# lone surrogates (from a broken escape), the non-characters U+FFFE and U+FFFF.
NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# The same written as numeric character references in markup (&#1; &#xD800;).
CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def sanitize(text: str) -> str:
    """Text as every later stage accepts it: controls dropped, broken characters replaced
    by U+FFFD (so a byte gone wrong never costs the text around it)."""
    return NOT_TEXT.sub(lambda m: "\ufffd" if "\ud800" <= m[0] <= "\udfff" else "", text)


def sanitize_markup(text: str) -> str:
    """`sanitize`, and numeric character references to what it would drop or replace
    resolved the same way (lxml refuses them, or stops the text there)."""
    def resolve(match: re.Match) -> str:
        code = int(match[1], 16) if match[1] else int(match[2])
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return "\ufffd"
        return "" if NOT_TEXT.fullmatch(chr(code)) else match[0]
    return CHAR_REF.sub(resolve, sanitize(text))


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
    return sanitize(_decode(data))


def _decode(data: bytes) -> str:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise UnreadableFile(f"undecodable bytes: starts with the byte-order mark of "
                                     f"{encoding.upper()} but is not {encoding.upper()}"
                                     ) from None
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
