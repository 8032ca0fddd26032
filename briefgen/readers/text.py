"""Scraped plain-text pages: a title line, then one paragraph a line."""

from __future__ import annotations

from briefgen.model import Block, RawDocument


class TextReader:
    name = "text"

    def sniff(self, text: str, path: str) -> int:
        return 10  # anything decoded is text; every other reader outbids this one

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
