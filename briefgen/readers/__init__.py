"""Readers turn raw files into `RawDocument`s, one reader per format.

The registry picks a reader by sniffing the decoded content (file names lie:
scrapers save HTML as .txt and feeds as .md).
"""

from __future__ import annotations

import functools
import os
import stat
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
        from briefgen.readers.text import why_not_prose
        raise UnreadableFile(why_not_prose(text))
    return reader


def load(path: str | Path) -> bytes:
    """A regular file's bytes; `UnreadableFile` if it cannot be read, is not a regular file,
    or is too large to be an article. Never blocks on a FIFO nor reads a device without end:
    opened non-blocking, checked on the open descriptor, read with a bound."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise UnreadableFile(f"cannot read: {error.strerror or error}") from error
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise UnreadableFile("not a regular file (a FIFO, device or socket); skipped")
        if status.st_size > MAX_FILE_BYTES:
            raise UnreadableFile(f"file is {status.st_size / 2**20:.1f} MiB, over the "
                                 f"{MAX_FILE_BYTES // 2**20} MiB limit for one article file")
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise UnreadableFile(f"file grew past the {MAX_FILE_BYTES // 2**20} MiB limit "
                                 f"for one article file while read")
        return data
    except OSError as error:
        raise UnreadableFile(f"cannot read: {error.strerror or error}") from error
    finally:
        os.close(descriptor)


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
