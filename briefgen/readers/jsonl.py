"""briefgen's own JSONL export, read back (one article a line; a bad line is skipped alone)."""

from __future__ import annotations

import json
from datetime import datetime

from briefgen import limits
from briefgen.model import Block, RawDocument
from briefgen.readers.decoding import UnreadableFile, sanitize
from briefgen.readers.items import Documents, read_items


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def _texts(record: dict, key: str) -> list[str]:
    """A list of strings of the record, or UnreadableFile naming the key."""
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(text, str) for text in value):
        raise UnreadableFile(f"{key}: expected a list of strings")
    return [sanitize(text) for text in value]


def _text(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise UnreadableFile(f"{key}: expected a string")
    return sanitize(value)


class JsonlReader:
    name = "jsonl"

    def sniff(self, text: str, path: str) -> int:
        line = _first_line(text)
        if not line.startswith("{"):
            return 0
        try:
            record = json.loads(line)
        except ValueError:
            return 0
        return 100 if isinstance(record, dict) and "paragraphs" in record else 0

    def read(self, text: str, path: str) -> Documents:
        lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1)
                 if line.strip()]
        return read_items(lines, lambda entry, _: self._line(entry, path),
                          lambda entry, _: f"line {entry[0]}")

    def _line(self, entry: tuple[int, str], path: str) -> RawDocument:
        number, line = entry
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as error:
            raise UnreadableFile(f"not JSON ({str(error)[:80]})") from None
        if not isinstance(record, dict) or "paragraphs" not in record:
            raise UnreadableFile("not an exported article (an object with paragraphs)")
        return self._document(record, path, number)

    def _document(self, record: dict, path: str, number: int) -> RawDocument:
        blocks = [Block("paragraph", text) for text in _texts(record, "paragraphs")]
        blocks += [Block("caption", text) for text in _texts(record, "captions")]
        blocks += [Block("heading", text) for text in _texts(record, "headings")]
        blocks += [Block("credit", text) for text in _texts(record, "credits")]
        published = _text(record, "published")
        try:
            published_at = datetime.fromisoformat(published) if published else None
        except ValueError:
            published_at = None
        if published and (published_at is None or limits.day_problem(published_at.date())):
            raise UnreadableFile(f"published: expected an ISO 8601 time between "
                                 f"{limits.EARLIEST.year} and {limits.LATEST.year} but "
                                 f"received {published[:40]!r}")
        extra = record.get("extra") or {}
        if not isinstance(extra, dict):
            raise UnreadableFile("extra: expected an object")
        key = _text(record, "item_key") or ""
        origin = _text(record, "source_path") or ""
        return RawDocument(
            source_path=path, format=self.name,
            item_key=f"{origin}#{key}" if origin or key else f"line-{number}",
            blocks=blocks, title=_text(record, "title"), url=_text(record, "url"),
            publisher=_text(record, "publisher"), published=published_at,
            authors=_texts(record, "authors"), language=_text(record, "language"),
            extra=json.loads(sanitize(json.dumps(extra, ensure_ascii=False))),
        )
