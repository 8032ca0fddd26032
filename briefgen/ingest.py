"""Ingest: files → readers → cleaning → corpus, incrementally, one bad file never stopping the rest.

Parsing runs in worker processes; the corpus is written by this process only,
in batches that each commit whole files, so an interrupted run leaves every
file either fully stored or not at all.
"""

from __future__ import annotations

import hashlib
import os
import queue
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.cleaning import Boilerplate, EmptyArticle, PublisherTable, clean
from briefgen.corpus import Corpus, Prepared, prepare
from briefgen.model import Block, RawDocument
from briefgen.readers import UnreadableFile, load, read_bytes
from briefgen.readers.items import SkippedItem, reason
from briefgen.workers import run_with_budget, unbudgeted

WINDOW = 512  # files parsed ahead of the writer at most (a multiple of the chunk size)
BATCH = 256  # files per transaction at most
BATCH_BYTES = 16 * 1024 * 1024  # bytes of source files per transaction at most
BATCH_SECONDS = 1.0  # parsing time gathered into one transaction at most
PARALLEL_FROM = 64  # files per worker started, at least (small runs need no pool)
DEFAULT_TIMEOUT = 10.0  # seconds to read and clean one file


@dataclass
class Skipped:
    path: str
    reason: str


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    skipped_items: list[Skipped] = field(default_factory=list)  # of files otherwise stored

    @property
    def files(self) -> int:
        return self.added + self.updated + self.unchanged + len(self.skipped)

    def summary(self) -> str:
        items = len(self.skipped_items)
        return (f"{self.files} files: {self.added} added, {self.updated} updated, "
                f"{self.unchanged} unchanged, {len(self.skipped)} skipped" +
                (f"; {items} item{'s' if items > 1 else ''} skipped" if items else ""))


@dataclass
class _Parsed:
    path: str
    sha256: str = ""
    size: int = 0
    articles: list[Prepared] | None = None  # None: unchanged since last ingest
    error: str | None = None
    skipped_items: list[SkippedItem] = field(default_factory=list)


def find_files(paths: Iterable[str | os.PathLike]) -> tuple[list[str], list[Skipped]]:
    """Every regular file under `paths`, sorted, hidden files and folders left out; what is
    not a regular file (a FIFO, a device, a link to one) is skipped with the reason."""
    files, skipped = [], []

    def consider(path: str) -> None:
        kind = _not_regular(path)
        if kind:
            skipped.append(Skipped(path, kind))
        else:
            files.append(path)

    for path in map(Path, paths):
        if path.is_dir():
            def unreadable(error: OSError) -> None:  # a folder os.walk cannot list
                skipped.append(Skipped(error.filename or str(path),
                                       f"cannot read folder: {error.strerror or error}"))

            for root, dirs, names in os.walk(path, onerror=unreadable):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if not name.startswith("."):
                        consider(os.path.abspath(os.path.join(root, name)))
        elif os.path.lexists(path):
            consider(os.path.abspath(path))
        else:
            skipped.append(Skipped(str(path), "no such file or folder"))
    return list(dict.fromkeys(files)), skipped


def _not_regular(path: str) -> str | None:
    """Why a path is not a regular file to read, or None when it is one."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        return f"cannot read: {error.strerror or error}"
    if stat.S_ISREG(mode):
        return None
    kinds = [(stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISDIR, "a folder")]
    kind = next((name for test, name in kinds if test(mode)), "not a regular file")
    return f"not a regular file ({kind}); skipped"


_publishers: PublisherTable | None = None
_boilerplate: Boilerplate | None = None


def _use_publishers(table: PublisherTable, boilerplate: Boilerplate | None = None) -> None:
    global _publishers, _boilerplate
    _publishers, _boilerplate = table, boilerplate


def _parse(task: tuple[str, str | None]) -> _Parsed:
    path, known_sha = task
    try:
        data = load(path)
    except UnreadableFile as error:
        return _Parsed(path, error=str(error))
    sha = hashlib.sha256(data).hexdigest()
    if sha == known_sha:
        return _Parsed(path, sha, len(data))
    if not _warmed and _publishers is not None:
        unbudgeted(lambda: _warm_up(_publishers))
    try:
        documents = read_bytes(data, stored_path(path))
        skipped = list(getattr(documents, "skipped", []))
        articles, keys = [], set()
        for number, raw in enumerate(documents, start=1):
            try:  # each document on its own: one that fails costs only itself
                article = clean(raw, _publishers, _boilerplate)
                while article.item_key in keys:  # feeds repeat guids; keep both items apart
                    article.item_key += "+"
                articles.append(prepare(article))
            except EmptyArticle:
                continue
            except Exception as error:
                skipped.append(SkippedItem(f"item {number}" if len(documents) > 1
                                           else "article", reason(error)))
                continue
            keys.add(article.item_key)
        if not articles and skipped and len(documents) <= 1:
            raise UnreadableFile(skipped[0].reason)
        if not articles:
            raise EmptyArticle("no article text left after removing boilerplate")
    except Exception as error:  # a reader bug must not stop the run; report it with the file
        return _Parsed(path, sha, len(data), error=reason(error))
    return _Parsed(path, sha, len(data), articles, skipped_items=skipped)


def _over_budget(timeout: float) -> Callable[[tuple[str, str | None]], _Parsed]:
    def verdict(task: tuple[str, str | None]) -> _Parsed:
        return _Parsed(task[0], error=f"took over {timeout:g} s to read and clean (the time "
                                      f"budget, --timeout); skipped")
    return verdict


def _crashed(task: tuple[str, str | None]) -> _Parsed:
    return _Parsed(task[0], error="the worker reading it died; skipped")


_warmed = False


def _warm_up(publishers: PublisherTable) -> None:
    global _warmed
    _warmed = True
    try:
        prepare(clean(RawDocument(source_path="", format="text", title="预热",
                                  blocks=[Block("paragraph", "这是一段用于预热的中文文字。第二句。")]),
                      publishers))
    except Exception:  # warming up is an optimisation; a failure shows on real files
        pass


def _parsed(tasks: list[tuple[str, str | None]], workers: int,
            publishers: PublisherTable, boilerplate: Boilerplate | None = None,
            timeout: float | None = DEFAULT_TIMEOUT) -> Iterator[_Parsed]:
    if not timeout:  # no budget: parse in this process
        _use_publishers(publishers, boilerplate)
        yield from map(_parse, tasks)
        return
    # Worker processes the parent can kill: a file over budget is skipped, its worker
    # replaced. A sliding window keeps parsed files from piling up in memory. A worker loads
    # cleaning's dictionaries when its first new or changed file needs them, on time that
    # no file's budget pays (a run over unchanged files never loads them).
    yield from _received_ahead(run_with_budget(
        _parse, tasks, workers=max(1, min(workers, -(-len(tasks) // PARALLEL_FROM))),
        timeout=timeout, on_timeout=_over_budget(timeout), on_crash=_crashed, window=WINDOW,
        initializer=_use_publishers, initargs=(publishers, boilerplate)))


_END = object()


def _received_ahead(stream: Iterator[_Parsed], ahead: int = WINDOW) -> Iterator[_Parsed]:
    """`stream`, consumed by a thread of its own: the workers are fed and their results
    received while this thread writes to the database (SQLite lets other threads run), so
    they never wait for a batch to be written. At most `ahead` parsed files wait here."""
    waiting: queue.Queue = queue.Queue(maxsize=ahead)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                waiting.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def receive() -> None:
        try:
            for parsed in stream:
                if not put(parsed):
                    break
            else:
                put(_END)
        except BaseException as error:  # the workers' loop failed: the writer raises it
            put(error)
        finally:
            stream.close()  # stops the workers

    receiver = threading.Thread(target=receive, name="briefgen-receive", daemon=True)
    receiver.start()
    try:
        while True:
            item = waiting.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        receiver.join(timeout=2.0)  # a worker mid-file is stopped by the thread, later


def ingest(paths: Iterable[str | os.PathLike], corpus: Corpus, *,
           publisher_files: list[str] | None = None, boilerplate_files: list[str] | None = None,
           workers: int | None = None, timeout: float | None = DEFAULT_TIMEOUT,
           progress: Callable[[int, int, str], None] | None = None) -> IngestReport:
    """Ingest files and folders into `corpus`; bad files are skipped and reported.

    Each file is read and cleaned within `timeout` seconds or skipped (None or 0: no budget).
    """
    publishers = PublisherTable(publisher_files or [])  # a bad file fails here, before any work
    boilerplate = Boilerplate(boilerplate_files) if boilerplate_files else None
    files, missing = find_files(paths)
    report = IngestReport(skipped=missing)
    known = corpus.file_hashes()
    tasks = [(path, known.get(stored_path(path))) for path in files]
    workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    stream = _parsed(tasks, workers, publishers, boilerplate, timeout)
    done = 0
    while done < len(tasks):
        batch = _batch(stream)
        if not batch:
            break
        # The write lock is taken only to write what was parsed, never while parsing: a
        # concurrent ingest or digest waits seconds at most. Whole files per commit; an
        # interruption rolls back only the batch being written.
        with corpus.transaction():
            for parsed in batch:
                _store(corpus, parsed, report)
                done += 1
                if progress:
                    progress(done, len(tasks), parsed.path)
    return report


def _batch(stream: Iterator[_Parsed]) -> list[_Parsed]:
    """The next parsed files to write together: up to BATCH files, BATCH_BYTES of them, or
    what arrived within BATCH_SECONDS."""
    batch, size, started = [], 0, time.monotonic()
    for parsed in stream:
        batch.append(parsed)
        size += parsed.size if parsed.articles else 0
        if len(batch) >= BATCH or size >= BATCH_BYTES or \
                time.monotonic() - started >= BATCH_SECONDS:
            break
    return batch


def _store(corpus: Corpus, parsed: _Parsed, report: IngestReport) -> None:
    if parsed.error:
        report.skipped.append(Skipped(parsed.path, parsed.error))
        return
    if parsed.articles is None:
        report.unchanged += 1
        return
    try:
        with corpus.savepoint():
            status = corpus.store_file(stored_path(parsed.path), parsed.sha256, parsed.size,
                                       parsed.articles)
    except sqlite3.OperationalError:
        raise  # the database itself (locked, full): the batch fails, nothing half-written
    except Exception as error:
        report.skipped.append(Skipped(parsed.path, f"cannot store: {reason(error)}"))
        return
    setattr(report, status, getattr(report, status) + 1)
    report.skipped_items += [Skipped(f"{parsed.path} ({item.item})", item.reason)
                             for item in parsed.skipped_items]


def stored_path(path: str) -> str:
    """A path as the corpus stores it: bytes of a name that is not UTF-8 written as \\xff
    (SQLite holds only valid Unicode), the same on every run."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
