"""Readers turn raw files into `RawDocument`s, one reader per format.

The registry picks a reader by sniffing the decoded content (file names lie:
scrapers save HTML as .txt and feeds as .md).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Protocol

from briefgen.model import RawDocument
from briefgen.readers.decoding import UnreadableFile, decode

MAX_FILE_BYTES = 16 * 1024 * 1024


class Reader(Protocol):
    name: str

    def sniff(self, text: str, path: str) -> int:
        """How sure this reader is that it can read `text` (0 = not at all)."""

    def read(self, text: str, path: str) -> list[RawDocument]:
        """The documents the file holds."""


@functools.cache
def readers() -> list[Reader]:
    """Every reader, most specific first (ties go to the earlier one)."""
    from briefgen.readers import feed, html, jsonl, markdown, report, rss_item, text

    return [jsonl.JsonlReader(), feed.FeedReader(), rss_item.RssItemReader(),
            report.ReportReader(), html.HtmlReader(), markdown.MarkdownReader(),
            text.TextReader()]


def pick_reader(text: str, path: str) -> Reader:
    scores = [(reader.sniff(text, path), -i, reader) for i, reader in enumerate(readers())]
    score, _, reader = max(scores, key=lambda s: (s[0], s[1]))
    if score <= 0:
        raise UnreadableFile("no reader recognises this content")
    return reader


def load(path: str | Path) -> bytes:
    """A file's bytes; `UnreadableFile` if it cannot be read or is too large to be an article."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(f"file is {size / 2**20:.1f} MiB, over the "
                                 f"{MAX_FILE_BYTES // 2**20} MiB limit for one article file")
        return Path(path).read_bytes()
    except OSError as error:
        raise UnreadableFile(f"cannot read: {error.strerror or error}") from error


def read_bytes(data: bytes, path: str) -> list[RawDocument]:
    """Decode and read one file's bytes; raise `UnreadableFile` with the reason."""
    text = decode(data)
    documents = pick_reader(text, path).read(text, path)
    if not documents:
        raise UnreadableFile("no article text found")
    return documents


def read_path(path: str | Path) -> list[RawDocument]:
    return read_bytes(load(path), str(path))


__all__ = ["readers", "Reader", "UnreadableFile", "load", "pick_reader", "read_bytes", "read_path"]
