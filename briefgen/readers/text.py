"""Scraped plain-text pages: a title line, then one paragraph a line."""

from __future__ import annotations

import re

from briefgen.model import Block, RawDocument

CJK = re.compile(r"[\u3400-\u9fff]")
CODE = re.compile(r"[{}()\[\]=<>;$\\|_#*/]")
LETTERS = re.compile(r"[A-Za-z]")


def reads_as_prose(text: str) -> bool:
    """Chinese or English prose, not code, data or markup that no other reader took."""
    sample = "".join(text[:20000].split())
    if not sample:
        return False
    if len(CJK.findall(sample)) / len(sample) >= 0.3:
        return True
    return len(LETTERS.findall(sample)) / len(sample) >= 0.7 and \
        len(CODE.findall(sample)) / len(sample) < 0.02


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
        if len(title) > 120:  # no title line: the first line is already body
            title, body = "", lines
        return [RawDocument(source_path=path, format=self.name, title=title or None,
                            blocks=[Block("paragraph", line) for line in body])]
