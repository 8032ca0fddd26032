"""The corpus: articles in SQLite, a full-text index that works for Chinese, near-duplicates linked.

Chinese has no spaces between words, so the index holds overlapping character
bigrams (the CJK bigram method of search engines): any word or name of two or
more characters (朝鲜, 尹锡悦) is found as a phrase of its bigrams, with no
dictionary to fall behind the news.
"""

from __future__ import annotations

import json
import operator
import os
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone

from briefgen import neardup
from briefgen.chinese import to_simplified
from briefgen.model import Article

DEFAULT_DB = "briefgen.db"
BUSY_TIMEOUT = 60.0  # seconds to wait for another process's write lock

MIGRATIONS: list[tuple[str, str]] = [
    ("initial schema", """
        CREATE TABLE files (
            path TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            source_path TEXT NOT NULL,
            item_key TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            format TEXT NOT NULL,
            title TEXT NOT NULL,
            url TEXT,
            publisher TEXT,
            published TEXT,
            published_utc TEXT,
            authors TEXT NOT NULL DEFAULT '[]',
            language TEXT NOT NULL,
            captions TEXT NOT NULL DEFAULT '[]',
            headings TEXT NOT NULL DEFAULT '[]',
            credits TEXT NOT NULL DEFAULT '[]',
            extra TEXT NOT NULL DEFAULT '{}',
            minhash BLOB NOT NULL,
            duplicate_of INTEGER REFERENCES articles(id),
            UNIQUE (source_path, item_key)
        );
        CREATE INDEX articles_published_utc ON articles(published_utc);
        CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
        CREATE TABLE paragraphs (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article_id, position)
        ) WITHOUT ROWID;
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize = 'unicode61');
        CREATE TABLE lsh_bands (
            key INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        );
        CREATE INDEX lsh_bands_key ON lsh_bands(key);
        CREATE INDEX lsh_bands_article ON lsh_bands(article_id);
    """),
    ("digest issues", """
        CREATE TABLE digest_issues (
            series TEXT NOT NULL,           -- the digest's folder name under --out
            week TEXT NOT NULL,             -- ISO week, 2024-W28
            year INTEGER NOT NULL,          -- the year of 年第N期 (the week's ISO year)
            number INTEGER NOT NULL,        -- N of 年第N期, restarting each year
            total INTEGER NOT NULL,         -- N of 总第N期, running on
            title TEXT NOT NULL,
            published TEXT NOT NULL,        -- the issue's date, the Monday after its week
            content_hash TEXT NOT NULL,
            updated TEXT NOT NULL,          -- when its content last changed (UTC)
            files TEXT NOT NULL,            -- JSON list of file names in its folder
            summary TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (series, week),
            UNIQUE (series, year, number),
            UNIQUE (series, total)
        );
    """),
    # Index terms and signatures now see Traditional folded to Simplified: recomputed.
    # ("python:NAME": a Corpus method, run inside the migration's transaction.)
    ("fold Traditional to Simplified in the index and signatures", "python:_refold_index"),
    ("digest runs and deliveries", """
        ALTER TABLE digest_issues ADD COLUMN built TEXT;  -- when it was last built (UTC)
        CREATE TABLE digest_deliveries (
            series TEXT NOT NULL,
            week TEXT NOT NULL,
            state TEXT NOT NULL,            -- pending, sent, failed, held (built with --no-send)
            message BLOB NOT NULL,          -- the mail without addresses (never a password)
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT,                     -- why the last attempt failed
            sent TEXT,                      -- when it was last sent (UTC)
            recipients TEXT,                -- JSON list of addresses it was last sent to
            PRIMARY KEY (series, week)
        );
        CREATE TABLE digest_runs (
            id INTEGER PRIMARY KEY,
            series TEXT NOT NULL,
            started TEXT NOT NULL,          -- UTC
            finished TEXT,
            pid INTEGER NOT NULL,
            status TEXT NOT NULL,           -- running, built, empty, failed
            summary TEXT NOT NULL DEFAULT '{}'  -- the run's --json summary
        );
        CREATE INDEX digest_runs_series ON digest_runs(series, id);
    """),
    # Signatures hash shingles in numpy now, not with SHA-1 one at a time: recomputed.
    ("MinHash signatures of packed shingles", "python:_resign"),
    # Band keys in one B-tree ordered by key (the lookup), not a table and an index beside
    # it: a new article's 16 keys are written to two B-trees, not three.
    ("band keys without rowid", """
        CREATE TABLE lsh_bands_by_key (
            key INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (key, article_id)
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO lsh_bands_by_key SELECT key, article_id FROM lsh_bands;
        DROP TABLE lsh_bands;
        ALTER TABLE lsh_bands_by_key RENAME TO lsh_bands;
        CREATE INDEX lsh_bands_article ON lsh_bands(article_id);
    """),
]

CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[A-Za-z0-9]+")


class CorpusError(Exception):
    """A corpus problem worth one line to the user (missing article, bad query)."""


def index_terms(text: str) -> str:
    """Text as index tokens: CJK runs as overlapping bigrams, other words whole. Traditional
    characters are folded to Simplified first (documents and queries alike), so 军售 finds
    軍售."""
    return _terms(to_simplified(text))


def _terms(simplified: str) -> str:
    terms = []
    for match in CJK_RUN.finditer(simplified):
        run = match[0]
        if run.isascii():
            terms.append(run.lower())
        elif len(run) == 1:
            terms.append(run)
        else:
            terms.extend(map(operator.add, run, run[1:]))  # overlapping bigrams
    return " ".join(terms)


def phrase(text: str) -> str:
    """One word or name as an FTS5 phrase of its index terms."""
    return '"' + index_terms(text) + '"'


def fts_query(query: str) -> str:
    """A user's query as an FTS5 expression: words ANDed, OR kept, -word excluded."""
    parts = []
    for word in query.split():
        if word == "OR":
            parts.append("OR")
            continue
        negate = word.startswith("-") and len(word) > 1
        word = word[1:] if negate else word
        phrases = []
        for match in CJK_RUN.finditer(word):
            run = match[0]
            if not run.isascii() and len(run) == 1:
                phrases.append(f'"{run}"*')  # one character: every bigram it starts
            else:
                phrases.append(phrase(run))
        if phrases:
            expression = " ".join(phrases) if len(phrases) == 1 else "(" + " AND ".join(phrases) + ")"
            parts.append(("NOT " if negate else "") + expression)
    if not parts or all(p.startswith("NOT ") or p == "OR" for p in parts):
        raise CorpusError(f"nothing to search for in {query!r}")
    expression = ""
    for part in parts:
        if not expression:
            expression = part
        elif part == "OR" or expression.endswith(" OR"):
            expression += " " + part
        else:
            expression += (" " if part.startswith("NOT ") else " AND ") + part
    return expression


@dataclass
class Prepared:
    """An article in the form the corpus stores, computed where parsing happens (in parallel)."""

    article: Article
    signature: bytes
    content_hash: str
    title_terms: str
    body_terms: str
    band_keys: list[int]


def prepare(article: Article) -> Prepared:
    body = to_simplified(article.body)  # folded once for the signature and the index
    signature = neardup.signature_of_simplified(body)
    return Prepared(article, signature, article.content_hash, index_terms(article.title),
                    _terms(body), neardup.band_keys(signature))


@dataclass
class SearchHit:
    article: Article
    score: float
    snippet: str


def _published_utc(value: datetime | None) -> str | None:
    return value.astimezone(timezone.utc).isoformat() if value else None


class Corpus:
    """One SQLite database of articles. Use as a context manager, or call close()."""

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        self.path = resolve_db(path)
        # Another process may be writing (a digest run, an ingest): wait for it. Writers
        # hold the lock for seconds at most (ingest commits in small batches), so a wait
        # this long means a stuck run: the CLI then says the database is locked (exit 3).
        timeout = float(os.environ.get("BRIEFGEN_BUSY_TIMEOUT") or BUSY_TIMEOUT)
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=timeout)
        self.db.execute("PRAGMA foreign_keys = ON")
        self._use_wal(timeout)
        self.db.execute("PRAGMA synchronous = NORMAL")
        # Band keys and index terms land on random pages: a bounded cache keeps them warm.
        self.db.execute("PRAGMA cache_size = -65536")
        # Index rows of the articles stored in the running transaction, written at its
        # commit: FTS5 writes a new segment of its index at every savepoint (ingest takes one
        # per file), so rows written one by one made one small segment per file and a merge
        # of them all later; written together they make one segment per transaction.
        self._to_index: list[tuple[int, str, str]] = []
        self.migrate()

    def _use_wal(self, timeout: float) -> None:
        """Switch to WAL. Switching a new database needs it to itself, and SQLite answers
        "locked" at once rather than waiting while another process creates it: retry."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # --- schema ---------------------------------------------------------------

    def _migrated(self) -> bool:
        try:
            done = {row[0] for row in self.db.execute("SELECT id FROM migrations")}
        except sqlite3.OperationalError:  # no such table: a new database
            return False
        return done >= set(range(1, len(MIGRATIONS) + 1))

    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded, all under one write lock taken before
        looking at what ran: processes opening a new database at once wait for each other,
        and the later ones find the work done. A database already up to date is only read
        (no lock: a reader never waits for a writer)."""
        if self._migrated():
            return []
        with self.transaction():
            self.db.execute("CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, "
                            "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            done = {row[0] for row in self.db.execute("SELECT id FROM migrations")}
            applied = []
            for number, (name, sql) in enumerate(MIGRATIONS, start=1):
                if number in done:
                    continue
                if sql.startswith("python:"):
                    getattr(self, sql.removeprefix("python:"))()
                else:
                    for statement in _statements(sql):
                        self.db.execute(statement)
                now = datetime.now(timezone.utc).isoformat(timespec="seconds")
                self.db.execute("INSERT INTO migrations VALUES (?, ?, ?)", (number, name, now))
                applied.append(name)
        return applied

    def _refold_index(self) -> None:
        """Re-index every article with Traditional folded to Simplified; an original whose
        signature changed (it has Traditional text) is linked to the story it now matches."""
        for article in list(self.articles()):
            self.db.execute("DELETE FROM articles_fts WHERE rowid = ?", (article.id,))
            self.db.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                            (article.id, index_terms(article.title), index_terms(article.body)))
            if to_simplified(article.body) == article.body:
                continue
            signature = neardup.signature(article.body)
            keys = neardup.band_keys(signature)
            self.db.execute("UPDATE articles SET minhash = ? WHERE id = ?", (signature, article.id))
            self.db.execute("DELETE FROM lsh_bands WHERE article_id = ?", (article.id,))
            original = None if article.duplicate_of else \
                self._original_of(article.id, signature, keys)
            linked = None if original is None else \
                self._link(article.id, _published_utc(article.published), original)
            if article.duplicate_of is None and linked is None:
                self.db.executemany("INSERT OR IGNORE INTO lsh_bands VALUES (?, ?)",
                                    [(k, article.id) for k in keys])

    def _resign(self) -> None:
        """Recompute every signature and the band keys of every original; the stories
        already linked stay as they were linked."""
        self.db.execute("DELETE FROM lsh_bands")
        for article_id, duplicate_of in self.db.execute(
                "SELECT id, duplicate_of FROM articles ORDER BY id").fetchall():
            body = "\n".join(row[0] for row in self.db.execute(
                "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY position", (article_id,)))
            signature = neardup.signature(body)
            self.db.execute("UPDATE articles SET minhash = ? WHERE id = ?", (signature, article_id))
            if duplicate_of is None:
                self.db.executemany("INSERT OR IGNORE INTO lsh_bands VALUES (?, ?)",
                                    [(key, article_id) for key in neardup.band_keys(signature)])

    # --- writing --------------------------------------------------------------

    def transaction(self) -> _Transaction:
        return _Transaction(self.db, self._write_index)

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A savepoint inside a transaction: an error rolls back what was written since
        (the rows waiting for the index included), and the transaction goes on."""
        waiting = len(self._to_index)
        self.db.execute("SAVEPOINT part")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK TO part")
            self.db.execute("RELEASE part")
            del self._to_index[waiting:]
            raise
        self.db.execute("RELEASE part")

    def _write_index(self, commit: bool) -> None:
        """Index the articles stored in the transaction (before its commit), or forget them
        (before a rollback)."""
        rows, self._to_index = self._to_index, []
        if commit and rows:
            self.db.executemany("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                                rows)

    def file_hashes(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT path, sha256 FROM files"))

    def store_file(self, path: str, sha256: str, size: int, articles: list[Prepared]) -> str:
        """Record one file's articles (inside a transaction); 'added', 'updated' or 'unchanged'."""
        existing = {row[1]: (row[0], row[2]) for row in self.db.execute(
            "SELECT id, item_key, content_hash FROM articles WHERE source_path = ?", (path,))}
        changed = False
        keep = set()
        for prepared in articles:
            article = prepared.article
            article.source_path = path
            old = existing.get(article.item_key)
            if old and old[1] == prepared.content_hash:
                keep.add(old[0])
                continue
            if old:
                self._delete_article(old[0])
            article.id = self._insert_article(prepared)
            keep.add(article.id)
            changed = True
        for article_id, _ in existing.values():
            if article_id not in keep:
                self._delete_article(article_id)
                changed = True
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.db.execute("INSERT INTO files VALUES (?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET "
                        "sha256 = excluded.sha256, size = excluded.size, "
                        "ingested_at = excluded.ingested_at", (path, sha256, size, now))
        if not self.db.in_transaction:  # each statement committed on its own: index now
            self._write_index(commit=True)
        if not existing:
            return "added"
        return "updated" if changed else "unchanged"

    def _insert_article(self, prepared: Prepared) -> int:
        article, signature = prepared.article, prepared.signature
        cursor = self.db.execute(
            "INSERT INTO articles (source_path, item_key, content_hash, format, title, url, "
            "publisher, published, published_utc, authors, language, captions, headings, "
            "credits, extra, minhash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.source_path, article.item_key, prepared.content_hash, article.format,
             article.title, article.url, article.publisher,
             article.published.isoformat() if article.published else None,
             _published_utc(article.published), _json(article.authors), article.language,
             _json(article.captions), _json(article.headings), _json(article.credits),
             _json(article.extra), signature))
        article_id = cursor.lastrowid
        self.db.executemany("INSERT INTO paragraphs VALUES (?, ?, ?)",
                            [(article_id, n, text) for n, text in enumerate(article.paragraphs)])
        self._to_index.append((article_id, prepared.title_terms, prepared.body_terms))
        keys = prepared.band_keys
        original = self._original_of(article_id, signature, keys)
        article.duplicate_of = None if original is None else \
            self._link(article_id, _published_utc(article.published), original)
        if article.duplicate_of is None:
            # Only originals are candidates: a new copy meets its story through the original,
            # and band lists stay short however often a story is syndicated. (An original
            # that a new, earlier copy replaces stays indexed and still leads to its story.)
            self.db.executemany("INSERT OR IGNORE INTO lsh_bands VALUES (?, ?)",
                                [(k, article_id) for k in keys])
        return article_id

    def _original_of(self, article_id: int, signature: bytes, keys: list[int]) -> int | None:
        """The original of the first stored article this one nearly duplicates."""
        marks = ",".join("?" * len(keys))
        rows = self.db.execute(
            f"SELECT DISTINCT a.id, a.minhash, a.duplicate_of FROM lsh_bands b "
            f"JOIN articles a ON a.id = b.article_id WHERE b.key IN ({marks}) AND a.id != ? "
            f"ORDER BY a.id", (*keys, article_id)).fetchall()
        if not rows:
            return None
        similar = neardup.similarities(signature, [row[1] for row in rows]) >= neardup.THRESHOLD
        for (other_id, _, other_original), match in zip(rows, similar):
            if match:
                return other_original or other_id
        return None

    def _link(self, article_id: int, published_utc: str | None, original: int) -> int | None:
        """Join a new article to a story, whose original is its earliest published copy;
        what the new article is a copy of (None when it becomes the original)."""
        (old_time,) = self.db.execute("SELECT published_utc FROM articles WHERE id = ?",
                                      (original,)).fetchone()
        if published_utc and (not old_time or published_utc < old_time):
            self.db.execute("UPDATE articles SET duplicate_of = ? WHERE id = ? OR duplicate_of = ?",
                            (article_id, original, original))
            return None
        self.db.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", (original, article_id))
        return original

    def _delete_article(self, article_id: int) -> None:
        # Copies always point at an original; the earliest copy of a removed one takes its place.
        copies = [row[0] for row in self.db.execute(
            "SELECT id FROM articles WHERE duplicate_of = ? ORDER BY id", (article_id,))]
        if copies:
            heir = copies[0]
            self.db.execute("UPDATE articles SET duplicate_of = NULL WHERE id = ?", (heir,))
            self.db.execute("UPDATE articles SET duplicate_of = ? WHERE duplicate_of = ?",
                            (heir, article_id))
            signature = self.db.execute("SELECT minhash FROM articles WHERE id = ?",
                                        (heir,)).fetchone()[0]
            self.db.execute("DELETE FROM lsh_bands WHERE article_id = ?", (heir,))
            self.db.executemany("INSERT OR IGNORE INTO lsh_bands VALUES (?, ?)",
                                [(k, heir) for k in neardup.band_keys(signature)])
        waiting = [row for row in self._to_index if row[0] == article_id]
        if waiting:  # stored in this transaction: not in the index yet
            self._to_index.remove(waiting[0])
        else:
            self.db.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
        self.db.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    # --- reading --------------------------------------------------------------

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def get(self, article_id: int) -> Article:
        row = self.db.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?",
                              (article_id,)).fetchone()
        if row is None:
            raise CorpusError(f"no article with id {article_id} in {self.path}")
        return self._article(row)

    def articles(self, where: str = "", params: tuple = ()) -> Iterator[Article]:
        """Every article, in id order (optionally filtered by a SQL condition)."""
        sql = f"SELECT {ARTICLE_COLUMNS} FROM articles {('WHERE ' + where) if where else ''} ORDER BY id"
        for row in self.db.execute(sql, params).fetchall():
            yield self._article(row)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Articles matching `query`, most relevant first (BM25, title weighted)."""
        expression = fts_query(query)
        try:
            rows = self.db.execute(
                "SELECT rowid, bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts "
                "WHERE articles_fts MATCH ? ORDER BY score, rowid LIMIT ?",
                (expression, limit)).fetchall()
        except sqlite3.OperationalError as error:
            raise CorpusError(f"cannot search for {query!r}: {error}") from error
        words = [w.lstrip("-") for w in query.split() if w != "OR" and not w.startswith("-")]
        hits = []
        for rowid, score in rows:
            article = self.get(rowid)
            hits.append(SearchHit(article, -score, _snippet(article, words)))
        return hits

    def _article(self, row: tuple) -> Article:
        (article_id, source_path, item_key, fmt, title, url, publisher, published, authors,
         language, captions, headings, credits, extra, duplicate_of) = row
        paragraphs = [r[0] for r in self.db.execute(
            "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY position", (article_id,))]
        return Article(
            id=article_id, title=title, paragraphs=paragraphs, source_path=source_path,
            format=fmt, item_key=item_key, url=url, publisher=publisher,
            published=datetime.fromisoformat(published) if published else None,
            authors=json.loads(authors), language=language, captions=json.loads(captions),
            headings=json.loads(headings), credits=json.loads(credits), extra=json.loads(extra),
            duplicate_of=duplicate_of)

    def export_jsonl(self, out) -> int:
        """Write every article as one JSON line; the count written."""
        count = 0
        for article in self.articles():
            out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            count += 1
        return count


ARTICLE_COLUMNS = ("id, source_path, item_key, format, title, url, publisher, published, "
                   "authors, language, captions, headings, credits, extra, duplicate_of")


def _statements(script: str) -> Iterator[str]:
    """The statements of a SQL script, one by one (executescript would commit the
    transaction they must run in)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            yield statement
            statement = ""
    if statement.strip():
        yield statement


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _snippet(article: Article, words: list[str], width: int = 60) -> str:
    for paragraph in article.paragraphs:
        for word in words:
            at = paragraph.lower().find(word.lower())
            if at >= 0:
                start = max(0, at - width // 3)
                text = paragraph[start:start + width]
                return ("…" if start else "") + text + ("…" if start + width < len(paragraph) else "")
    first = article.paragraphs[0] if article.paragraphs else ""
    return first[:width] + ("…" if len(first) > width else "")


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error: the database is never half-written."""

    def __init__(self, db: sqlite3.Connection, before_end=None) -> None:
        self.db = db
        self.before_end = before_end  # called with commit=True/False before COMMIT/ROLLBACK

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None and self.before_end:
            try:
                self.before_end(True)
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        elif self.before_end:
            self.before_end(False)
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")


def resolve_db(path: str | os.PathLike | None) -> str:
    """--db, else BRIEFGEN_DB, else briefgen.db in the current folder."""
    return str(path or os.environ.get("BRIEFGEN_DB") or DEFAULT_DB)
