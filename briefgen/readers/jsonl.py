"""briefgen's own JSONL export, read back (one article a line)."""

from __future__ import annotations

import json
from datetime import datetime

from briefgen.model import Block, RawDocument
from briefgen.readers.decoding import UnreadableFile


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


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

    def read(self, text: str, path: str) -> list[RawDocument]:
        documents = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                documents.append(self._document(record, path, number))
            except (ValueError, TypeError, KeyError, AttributeError) as error:
                raise UnreadableFile(f"line {number}: not an exported article ({error})") from error
        return documents

    def _document(self, record: dict, path: str, number: int) -> RawDocument:
        blocks = [Block("paragraph", text) for text in record["paragraphs"]]
        blocks += [Block("caption", text) for text in record.get("captions") or []]
        blocks += [Block("heading", text) for text in record.get("headings") or []]
        blocks += [Block("credit", text) for text in record.get("credits") or []]
        published = record.get("published")
        key = record.get("item_key") or ""
        origin = record.get("source_path") or ""
        return RawDocument(
            source_path=path, format=self.name,
            item_key=f"{origin}#{key}" if origin or key else f"line-{number}",
            blocks=blocks, title=record.get("title"), url=record.get("url"),
            publisher=record.get("publisher"),
            published=datetime.fromisoformat(published) if published else None,
            authors=list(record.get("authors") or []), language=record.get("language"),
            extra=dict(record.get("extra") or {}),
        )
