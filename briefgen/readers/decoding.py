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


BROKEN = re.compile("\ufffd+")


class UnreadableFile(Exception):
    """A file that cannot be made into an article; the message says why."""


CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b < 32 and b != 27)


def looks_binary(data: bytes) -> bool:
    """Whether control bytes (NUL included) are more than 5% of the start: a stray NUL in a
    text file does not make it binary (it is dropped with the other controls)."""
    sample = data[:8192]
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    return bool(sample) and controls / len(sample) > 0.05


def decode(data: bytes) -> str:
    if not data.strip():
        raise UnreadableFile("empty file")
    text = sanitize(_decode(data))
    if not text.replace("\ufeff", "").strip():
        raise UnreadableFile("empty file: nothing but a byte-order mark and spaces")
    return text


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
    # UTF-8 but for a few broken sequences (a cut character, a bad escape): keep the text,
    # each broken sequence as U+FFFD. In GB18030 or Big5 text almost no character is
    # valid UTF-8, so nine valid characters beyond ASCII for each broken one tell them apart.
    text = data.decode("utf-8", "replace")
    broken = len(BROKEN.findall(text))
    valid = sum(1 for char in text if char > "\x7f") - text.count("\ufffd")
    if broken * 9 <= valid:
        return text
    best = charset_normalizer.from_bytes(data[:65536], cp_isolation=LEGACY_ENCODINGS).best()
    candidates = ([best.encoding] if best else []) + LEGACY_ENCODINGS
    for encoding in dict.fromkeys(candidates):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return _decode_by_line(data)


def _decode_by_line(data: bytes) -> str:
    """A file pasted together from parts in different encodings, each line in its own: read
    when nearly every line decodes; otherwise the first line that does not is named."""
    lines, bad = [], []
    for number, line in enumerate(data.split(b"\n"), 1):
        for encoding in ("utf-8", *LEGACY_ENCODINGS):
            try:
                lines.append(line.decode(encoding))
                break
            except UnicodeDecodeError:
                continue
        else:
            bad.append(number)
            lines.append(line.decode("utf-8", "replace"))
    text = "\n".join(lines)
    if not bad or text.count("\ufffd") * 20 <= len(text):
        return text
    raise UnreadableFile(f"undecodable bytes on line {bad[0]}: not UTF-8, GB18030 or Big5")
