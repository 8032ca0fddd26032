"""Scraped plain-text pages: a title line, then one paragraph a line."""

from __future__ import annotations

import re

from briefgen.model import Block, RawDocument
from briefgen.readers.decoding import UnreadableFile

CJK = re.compile(r"[\u3400-\u9fff]")
CODE = re.compile(r"[{}()\[\]=<>;$\\|_#*/]")
LETTERS = re.compile(r"[A-Za-z]")
SENTENCE_END = re.compile(r"[。！？!?…][”’」』）)]*$|[a-z][.!?][\"')]*$")


# Chinese quotes, brackets and sentence marks: as many as a text likes (““““…), they say
# nothing about whether it is prose or code (ASCII commas and colons may be data).
PUNCTUATION = re.compile("[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2010-\u2027\u00b7]")
WORD = re.compile(r"[\u3400-\u9fffA-Za-z]")


def _sample(text: str) -> str:
    """Up to 20,000 characters of what the text says: no spaces, no punctuation (a page of
    20,000 line breaks before the first sentence still shows its sentence)."""
    sample = "".join(text[:20000].split())
    if len(sample) < 2000 and len(text) > 20000:
        sample = "".join(text.split())[:20000]
    return PUNCTUATION.sub("", sample)


def reads_as_prose(text: str) -> bool:
    """Chinese or English prose, not code, data or markup that no other reader took."""
    sample = _sample(text)
    if not sample:
        return False
    if len(CJK.findall(sample)) / len(sample) >= 0.3:
        return True
    return len(LETTERS.findall(sample)) / len(sample) >= 0.7 and \
        len(CODE.findall(sample)) / len(sample) < 0.02


def why_not_prose(text: str) -> str:
    """Why no reader took this text, in words."""
    sample = _sample(text)
    if sample.count("\ufffd") * 2 > len(sample):
        return "mostly undecodable bytes: not UTF-8, GB18030 or Big5 text"
    if not WORD.search(sample):
        return "no words to read: only digits, punctuation, symbols or markup"
    return ("not an article: neither HTML, a feed, JSON lines, Markdown nor prose "
            "(mostly digits, symbols or code)")


class TextReader:
    name = "text"

    def sniff(self, text: str, path: str) -> int:
        return 10 if reads_as_prose(text) else 0  # the fallback: every other reader outbids it

    def read(self, text: str, path: str) -> list[RawDocument]:
        lines = [line.strip() for line in text.splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            return []
        title, body = lines[0], lines[1:]
        if len(title) > 120 or not body and SENTENCE_END.search(title):
            title, body = "", lines  # no title line: the first line is already body
        if not body:
            raise UnreadableFile("one line only, and it reads as a title (no sentence end): "
                                 "no article text below it")
        return [RawDocument(source_path=path, format=self.name, title=title or None,
                            blocks=[Block("paragraph", line) for line in body])]
