"""The SQLite corpus: migrations, idempotent ingest, updates, Chinese search, near-duplicates, export."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3

import pytest

from briefgen.corpus import Corpus, CorpusError, fts_query, index_terms
from briefgen.ingest import ingest
from conftest import EXAMPLES, SEEDS


@pytest.fixture
def seeds_db(fresh_db, tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    for path in SEEDS.glob("00*.txt"):
        shutil.copy(path, folder / path.name)
    report = ingest([folder], fresh_db, workers=1)
    assert report.added == 5
    return fresh_db, folder


def test_migrations_are_recorded_and_safe_to_rerun(tmp_path):
    path = tmp_path / "m.db"
    with Corpus(path) as corpus:
        names = [row[0] for row in corpus.db.execute("SELECT name FROM migrations")]
        assert names == ["initial schema", "digest issues",
                         "fold Traditional to Simplified in the index and signatures",
                         "digest runs and deliveries", "MinHash signatures of packed shingles",
                         "band keys without rowid"]
        assert corpus.migrate() == []
    with Corpus(path) as corpus:  # reopening applies nothing twice
        assert corpus.db.execute("SELECT count(*) FROM migrations").fetchone()[0] == 6


def test_an_older_database_gets_the_migrations_it_lacks(tmp_path):
    import sqlite3

    from briefgen.corpus import MIGRATIONS

    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript("CREATE TABLE migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                     "applied_at TEXT NOT NULL);" + MIGRATIONS[0][1] +
                     "INSERT INTO migrations VALUES (1, 'initial schema', '2024-01-01');")
    db.close()
    with Corpus(path) as corpus:
        assert corpus.db.execute("SELECT count(*) FROM digest_issues").fetchone()[0] == 0
        assert [r[0] for r in corpus.db.execute("SELECT name FROM migrations ORDER BY id")] == [
            "initial schema", "digest issues",
            "fold Traditional to Simplified in the index and signatures",
            "digest runs and deliveries", "MinHash signatures of packed shingles",
            "band keys without rowid"]


def test_band_keys_of_an_older_database_move_to_the_keyed_table(seeds_db):
    corpus, folder = seeds_db
    bands = sorted(corpus.db.execute("SELECT key, article_id FROM lsh_bands"))
    # As an older briefgen left it: a table with a rowid and an index on the key.
    corpus.db.executescript("""
        DROP TABLE lsh_bands;
        CREATE TABLE lsh_bands (key INTEGER NOT NULL,
                                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE);
        CREATE INDEX lsh_bands_key ON lsh_bands(key);
        CREATE INDEX lsh_bands_article ON lsh_bands(article_id);
        DELETE FROM migrations WHERE name = 'band keys without rowid';""")
    corpus.db.executemany("INSERT INTO lsh_bands VALUES (?, ?)", bands)
    assert corpus.migrate() == ["band keys without rowid"]
    assert sorted(corpus.db.execute("SELECT key, article_id FROM lsh_bands")) == bands != []
    (table,) = corpus.db.execute("SELECT sql FROM sqlite_master WHERE name = 'lsh_bands'").fetchone()
    assert "WITHOUT ROWID" in table
    # A copy of a stored story still finds it through the moved keys.
    path = folder / "003_a7dbfd5028d200ee.txt"
    (folder / "copy.txt").write_text(path.read_text("utf-8"), "utf-8")
    ingest([folder], corpus, workers=1)
    (copy,) = corpus.db.execute("SELECT duplicate_of FROM articles WHERE source_path LIKE ?",
                                ("%copy.txt",)).fetchone()
    assert copy is not None


def test_reingesting_the_same_files_adds_nothing(seeds_db):
    corpus, folder = seeds_db
    before = corpus.db.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    report = ingest([folder], corpus, workers=1)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 5)
    assert len(corpus) == 5
    assert corpus.db.execute("SELECT count(*) FROM paragraphs").fetchone()[0] == before


def test_a_changed_file_updates_its_article(seeds_db):
    corpus, folder = seeds_db
    path = folder / "003_a7dbfd5028d200ee.txt"
    path.write_text(path.read_text("utf-8").replace("时间终会给出答案", "历史终将作出回答"), "utf-8")
    report = ingest([folder], corpus, workers=1)
    assert (report.updated, report.unchanged) == (1, 4)
    assert len(corpus) == 5
    assert [hit.article.title for hit in corpus.search("历史终将作出回答")] == \
        ["“史无前例”！美韩新设“核咨商小组”，已双双违反“核不扩散”"]
    assert corpus.search("时间终会给出答案") == []


def test_a_feed_item_that_disappears_is_removed(fresh_db, tmp_path):
    feed = tmp_path / "feed.xml"
    text = (EXAMPLES / "feeds/voa-korea.rss.xml").read_text("utf-8")
    feed.write_text(text, "utf-8")
    ingest([feed], fresh_db, workers=1)
    assert len(fresh_db) == 3
    start = text.index("<item>", text.index("<item>") + 1)
    end = text.index("</item>", start) + len("</item>")
    feed.write_text(text[:start] + text[end:], "utf-8")
    report = ingest([feed], fresh_db, workers=1)
    assert report.updated == 1
    assert [a.title for a in fresh_db.articles()] == [
        "金与正抨击《华盛顿宣言》 称将促使朝鲜加强核威慑", "白宫：美韩核威慑指引强化一体化延伸威慑"]


def test_index_terms_are_bigrams_for_chinese():
    assert index_terms("尹锡悦访美") == "尹锡 锡悦 悦访 访美"
    assert index_terms("NCG会议") == "ncg 会议"
    assert fts_query("尹锡悦 -朝鲜") == '"尹锡 锡悦" NOT "朝鲜"'


@pytest.mark.parametrize("query, titles", [
    ("朝鲜", 5), ("核武", 5), ("尹锡悦", 5), ("金泰孝", 1), ("郑相昌", 1), ("国防省", 1),
    ("北约 核计划小组", 1), ("甲乙丙丁", 0),
])
def test_chinese_words_and_names_are_found(seeds_db, query, titles):
    corpus, _ = seeds_db
    hits = corpus.search(query)
    assert len(hits) == titles
    for hit in hits:
        words = query.split()
        assert all(w in hit.article.title + hit.article.body for w in words)


def test_ranking_puts_the_article_about_the_query_first(tmp_path):
    with Corpus(tmp_path / "ex.db") as corpus:
        ingest([EXAMPLES], corpus, workers=1)
        hits = corpus.search("戴维营")
        assert hits[0].article.title.startswith("美日韩首脑在戴维营会晤")
        hits = corpus.search("姜纯男")
        assert hits[0].article.title.startswith("朝鲜国防相警告")
        assert len(hits) == 3 and all("姜纯男" in h.article.body for h in hits)
        assert "姜纯男" in hits[0].snippet


def test_a_query_with_nothing_to_search_is_refused(seeds_db):
    corpus, _ = seeds_db
    with pytest.raises(CorpusError, match="nothing to search for"):
        corpus.search("-朝鲜")


def test_near_duplicates_are_linked_to_the_earliest_published_copy(tmp_path):
    with Corpus(tmp_path / "ex.db") as corpus:
        report = ingest([EXAMPLES], corpus, workers=1)
        assert report.skipped == [] and report.added == 20
        copies = {(a.title[:12], a.publisher): a.duplicate_of for a in corpus.articles()}
        by_id = {a.id: (a.title[:12], a.publisher) for a in corpus.articles()}
        assert by_id[copies[("美韩领导人批准核威慑指引", "搜狐网")]] == ("美韩领导人批准核威慑指引", "德国之声")
        assert copies[("美韩领导人批准核威慑指引", "德国之声")] is None
        assert by_id[copies[("美韩核咨商小组第三次会议", "联合早报")]][0] == "核咨商小组第三次会议在华"
        linked = [key for key, original in copies.items() if original]
        assert len(linked) == 2  # different stories on the same events stay apart


def test_removing_an_original_promotes_its_copy(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    for name in ("rss/2024-07-12-dw-guidelines.md", "html/2024-07-12-syndicated-guidelines.html"):
        shutil.copy(EXAMPLES / name, folder / name.split("/")[1])
    with Corpus(tmp_path / "d.db") as corpus:
        ingest([folder], corpus, workers=1)
        original = next(a for a in corpus.articles() if a.duplicate_of is None)
        (folder / "2024-07-12-dw-guidelines.md").write_text(
            (EXAMPLES / "rss/2023-04-27-voa-washington-declaration.md").read_text("utf-8"), "utf-8")
        ingest([folder], corpus, workers=1)
        assert all(a.duplicate_of is None for a in corpus.articles())
        assert original.id not in {a.id for a in corpus.articles()}


EXPORT_FIELDS = {"id", "title", "url", "publisher", "published", "authors", "language",
                 "paragraphs", "captions", "source_path", "duplicate_of"}


def test_export_has_the_documented_fields_and_round_trips(seeds_db, tmp_path):
    corpus, _ = seeds_db
    buffer = io.StringIO()
    assert corpus.export_jsonl(buffer) == 5
    lines = buffer.getvalue().splitlines()
    records = [json.loads(line) for line in lines]
    assert all(EXPORT_FIELDS <= set(record) for record in records)
    assert records[0]["published"] == "2024-07-12T10:32:45+00:00"
    export = tmp_path / "export.jsonl"
    export.write_text(buffer.getvalue(), "utf-8")
    with Corpus(tmp_path / "round.db") as again:
        ingest([export], again, workers=1)
        back = list(again.articles())
    assert [a.paragraphs for a in back] == [r["paragraphs"] for r in records]
    assert [a.captions for a in back] == [r["captions"] for r in records]
    assert [(a.title, a.published.isoformat() if a.published else None, a.authors) for a in back] \
        == [(r["title"], r["published"], r["authors"]) for r in records]


def test_the_database_is_a_plain_sqlite_file(seeds_db):
    corpus, _ = seeds_db
    with sqlite3.connect(corpus.path) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_signatures_of_an_older_database_are_recomputed_by_its_migration(seeds_db):
    from briefgen import neardup

    corpus, _ = seeds_db
    before = corpus.db.execute("SELECT id, duplicate_of FROM articles ORDER BY id").fetchall()
    bands = corpus.db.execute("SELECT count(*) FROM lsh_bands").fetchone()[0]
    corpus.db.execute("UPDATE articles SET minhash = zeroblob(512)")  # an older hash
    corpus.db.execute("DELETE FROM lsh_bands")
    corpus.db.execute("DELETE FROM migrations WHERE name = 'MinHash signatures of packed shingles'")
    corpus.migrate()
    for article in corpus.articles():
        (stored,) = corpus.db.execute("SELECT minhash FROM articles WHERE id = ?",
                                      (article.id,)).fetchone()
        assert stored == neardup.signature(article.body)
    assert corpus.db.execute("SELECT id, duplicate_of FROM articles ORDER BY id").fetchall() == before
    assert corpus.db.execute("SELECT count(*) FROM lsh_bands").fetchone()[0] == bands > 0
