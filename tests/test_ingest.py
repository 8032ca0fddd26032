"""Bad input is reported and skipped; the rest is ingested; the database is never half-written."""

from __future__ import annotations

import os
import shutil

import pytest

from briefgen.corpus import Corpus
from briefgen.ingest import BATCH, ingest
from conftest import EXAMPLES, SEEDS

GOOD = (SEEDS / "000_9d926d1b420b7705.txt").read_bytes()


@pytest.fixture
def mixed_folder(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.md").write_bytes(GOOD)
    (folder / "image.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + os.urandom(4000))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\n \t\n")
    (folder / "garbled.txt").write_bytes("韩美峰会".encode() + b"\xff\xfe\xfa" * 40)
    (folder / "cut.html").write_bytes("<html><body><p>美韩成立核咨商小组。</p><p>朝鲜对此表示".encode())
    with open(folder / "huge.txt", "wb") as handle:
        handle.truncate(50 * 2**20)
    os.symlink(folder / "gone.txt", folder / "broken-link.txt")
    (folder / ".hidden.txt").write_bytes(GOOD)
    return folder


def test_each_bad_file_is_skipped_with_its_reason(mixed_folder, fresh_db):
    report = ingest([mixed_folder, mixed_folder / "missing.txt"], fresh_db, workers=1)
    reasons = {os.path.basename(s.path): s.reason for s in report.skipped}
    assert reasons == {
        "image.jpg": "binary file, not text",
        "empty.txt": "empty file",
        "blank.txt": "empty file",
        "garbled.txt": "undecodable bytes on line 1: not UTF-8, GB18030 or Big5",
        "huge.txt": "file is 50.0 MiB, over the 16 MiB limit for one article file",
        "broken-link.txt": "cannot read: No such file or directory",
        "missing.txt": "no such file or folder",
    }
    assert report.added == 2  # good.md, and what the truncated page holds
    cut = next(a for a in fresh_db.articles() if a.source_path.endswith("cut.html"))
    assert cut.paragraphs == ["美韩成立核咨商小组。", "朝鲜对此表示"]


def test_thousands_of_files_in_parallel(tmp_path):
    folder = tmp_path / "many"
    sources = sorted(p for p in EXAMPLES.rglob("*") if p.is_file())
    for n in range(2000):
        source = sources[n % len(sources)]
        sub = folder / f"d{n % 20:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        data = source.read_bytes()
        if n % 100 == 7:
            data = b"\x00\x01binary"
        (sub / f"{n:05d}-{source.name}").write_bytes(data)
    with Corpus(tmp_path / "many.db") as corpus:
        report = ingest([folder], corpus, workers=2)
        assert report.files == 2000
        assert len(report.skipped) == 20
        assert all(s.reason == "binary file, not text" for s in report.skipped)
        assert report.added == 1980
        stored = corpus.db.execute("SELECT count(*) FROM files").fetchone()[0]
        assert stored == 1980
        again = ingest([folder], corpus, workers=2)
        assert (again.added, again.unchanged, len(again.skipped)) == (0, 1980, 20)


def test_an_interrupted_run_leaves_whole_files_only(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    sources = sorted(p for p in EXAMPLES.rglob("*.md"))
    for n in range(BATCH + 40):
        shutil.copyfile(sources[n % len(sources)], folder / f"{n:04d}.md")

    def stop_after(done: int, total: int, path: str) -> None:
        if done == BATCH + 20:
            raise KeyboardInterrupt

    with Corpus(tmp_path / "cut.db") as corpus:
        with pytest.raises(KeyboardInterrupt):
            ingest([folder], corpus, workers=1, progress=stop_after)
        db = corpus.db
        # Batches end at BATCH files or BATCH_SECONDS: what was committed is whole batches.
        stored = db.execute("SELECT count(*) FROM files").fetchone()[0]
        assert 0 < stored < BATCH + 20
        assert db.execute("SELECT count(DISTINCT source_path) FROM articles").fetchone()[0] \
            == stored
        orphans = db.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                             "(SELECT 1 FROM paragraphs p WHERE p.article_id = a.id)").fetchone()[0]
        assert orphans == 0
        indexed = db.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        assert indexed == len(corpus)
        report = ingest([folder], corpus, workers=1)
        assert (report.added, report.unchanged) == (BATCH + 40 - stored, stored)


def test_a_bad_publishers_file_stops_before_any_work(tmp_path, fresh_db):
    bad = tmp_path / "publishers.yaml"
    bad.write_text("example.org: {name: x, timezone: Nowhere/City}\n", "utf-8")
    from briefgen.cleaning.metadata import PublisherError
    with pytest.raises(PublisherError, match="unknown timezone"):
        ingest([SEEDS], fresh_db, publisher_files=[bad])
    assert len(fresh_db) == 0
