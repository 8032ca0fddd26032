"""Files of many items (feed items, JSONL lines): each item is read on its own, so one bad
item is reported and skipped while the others are kept."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from briefgen.model import RawDocument
from briefgen.readers.decoding import UnreadableFile

Item = TypeVar("Item")


@dataclass
class SkippedItem:
    item: str  # how a user finds it in the file: "item 3", "line 12"
    reason: str


class Documents(list):
    """A file's documents, and the items of it that could not be read (`skipped`)."""

    def __init__(self, documents: Iterable[RawDocument] = (),
                 skipped: Iterable[SkippedItem] = ()) -> None:
        super().__init__(documents)
        self.skipped = list(skipped)


def reason(error: BaseException) -> str:
    """What went wrong, in words a user can act on rather than an exception's text."""
    if isinstance(error, UnreadableFile):
        return str(error)
    if isinstance(error, UnicodeError):
        return "holds text that is not valid Unicode (a broken character or escape)"
    if isinstance(error, RecursionError):
        return "is nested too deeply to be read"
    if isinstance(error, MemoryError):
        return "is too large to be read"
    module = type(error).__module__ or ""
    if module.startswith("lxml"):
        return f"holds markup that cannot be parsed ({str(error).splitlines()[0][:120]})"
    return f"cannot be read ({type(error).__name__}: {str(error)[:120]})"


def read_items(items: Iterable[Item], make: Callable[[Item, int], RawDocument],
               label: Callable[[Item, int], str]) -> Documents:
    """`make` applied to every item, numbered from 1; an item that fails is skipped with its
    reason. A file whose every item fails is unreadable, with the first item's reason."""
    documents = Documents()
    for number, item in enumerate(items, start=1):
        try:
            documents.append(make(item, number))
        except Exception as error:  # one item's problem never costs the other items
            try:
                name = label(item, number)
            except Exception:
                name = f"item {number}"
            documents.skipped.append(SkippedItem(name, reason(error)))
    if not documents and documents.skipped:
        first = documents.skipped[0]
        more = len(documents.skipped) - 1
        raise UnreadableFile(f"{first.item}: {first.reason}" +
                             (f" (and {more} more items)" if more else ""))
    return documents
