"""Ingest: files → readers → cleaning → corpus, incrementally, one bad file never stopping the rest.

Parsing runs in worker processes; the corpus is written by this process only,
in batches that each commit whole files, so an interrupted run leaves every
file either fully stored or not at all.
"""

from __future__ import annotations

import hashlib
import itertools
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.cleaning import Boilerplate, EmptyArticle, PublisherTable, clean
from briefgen.corpus import Corpus, Prepared, prepare
from briefgen.readers import UnreadableFile, load, read_bytes

WINDOW = 512  # files parsed ahead of the writer at most (a multiple of the chunk size)
BATCH = 256  # files per transaction
PARALLEL_FROM = 64  # fewer files than this are parsed in-process (no worker start-up)


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

    @property
    def files(self) -> int:
        return self.added + self.updated + self.unchanged + len(self.skipped)

    def summary(self) -> str:
        return (f"{self.files} files: {self.added} added, {self.updated} updated, "
                f"{self.unchanged} unchanged, {len(self.skipped)} skipped")


@dataclass
class _Parsed:
    path: str
    sha256: str = ""
    size: int = 0
    articles: list[Prepared] | None = None  # None: unchanged since last ingest
    error: str | None = None


def find_files(paths: Iterable[str | os.PathLike]) -> tuple[list[str], list[Skipped]]:
    """Every file under `paths`, sorted, hidden files and folders left out."""
    files, missing = [], []
    for path in map(Path, paths):
        if path.is_file():
            files.append(os.path.abspath(path))
        elif path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(os.path.abspath(os.path.join(root, name)) for name in sorted(names)
                             if not name.startswith("."))
        else:
            missing.append(Skipped(str(path), "no such file or folder"))
    return list(dict.fromkeys(files)), missing


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
    try:
        documents = read_bytes(data, path)
        articles, keys = [], set()
        for raw in documents:
            try:
                article = clean(raw, _publishers, _boilerplate)
            except EmptyArticle:
                continue
            while article.item_key in keys:  # feeds repeat guids; keep both items apart
                article.item_key += "+"
            keys.add(article.item_key)
            articles.append(prepare(article))
        if not articles:
            raise EmptyArticle("no article text left after removing boilerplate")
    except UnreadableFile as error:
        return _Parsed(path, sha, len(data), error=str(error))
    except Exception as error:  # a reader bug must not stop the run; report it with the file
        return _Parsed(path, sha, len(data), error=f"{type(error).__name__}: {error}")
    return _Parsed(path, sha, len(data), articles)


def _parsed(tasks: list[tuple[str, str | None]], workers: int,
            publishers: PublisherTable, boilerplate: Boilerplate | None = None
            ) -> Iterator[_Parsed]:
    if workers <= 1 or len(tasks) < PARALLEL_FROM:
        _use_publishers(publishers, boilerplate)
        yield from map(_parse, tasks)
        return
    # A sliding window: workers run at most WINDOW files ahead of the writer, never stalling
    # at a boundary, and parsed files never pile up in memory.
    slots = threading.BoundedSemaphore(WINDOW)

    def admitted() -> Iterator[tuple[str, str | None]]:
        for task in tasks:
            slots.acquire()
            yield task

    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with context.Pool(workers, _use_publishers, (publishers, boilerplate)) as pool:
        for parsed in pool.imap(_parse, admitted(), chunksize=8):
            slots.release()
            yield parsed


def ingest(paths: Iterable[str | os.PathLike], corpus: Corpus, *,
           publisher_files: list[str] | None = None, boilerplate_files: list[str] | None = None,
           workers: int | None = None,
           progress: Callable[[int, int, str], None] | None = None) -> IngestReport:
    """Ingest files and folders into `corpus`; bad files are skipped and reported."""
    publishers = PublisherTable(publisher_files or [])  # a bad file fails here, before any work
    boilerplate = Boilerplate(boilerplate_files) if boilerplate_files else None
    files, missing = find_files(paths)
    report = IngestReport(skipped=missing)
    known = corpus.file_hashes()
    tasks = [(path, known.get(path)) for path in files]
    workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    stream = _parsed(tasks, workers, publishers, boilerplate)
    done = 0
    while done < len(tasks):
        with corpus.transaction():  # whole files per commit; an interruption rolls back the batch
            for parsed in itertools.islice(stream, BATCH):
                _store(corpus, parsed, report)
                done += 1
                if progress:
                    progress(done, len(tasks), parsed.path)
    return report


def _store(corpus: Corpus, parsed: _Parsed, report: IngestReport) -> None:
    if parsed.error:
        report.skipped.append(Skipped(parsed.path, parsed.error))
        return
    if parsed.articles is None:
        report.unchanged += 1
        return
    corpus.db.execute("SAVEPOINT file")
    try:
        status = corpus.store_file(parsed.path, parsed.sha256, parsed.size, parsed.articles)
    except Exception as error:
        corpus.db.execute("ROLLBACK TO file")
        corpus.db.execute("RELEASE file")
        report.skipped.append(Skipped(parsed.path, f"cannot store: {error}"))
        return
    corpus.db.execute("RELEASE file")
    setattr(report, status, getattr(report, status) + 1)
