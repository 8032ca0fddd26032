"""Every bad input of issue 14, run as a user runs it: one line naming the file, key or flag
and the fix, the documented exit code, no hang, nothing lost."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.corpus import MIGRATIONS, Corpus
from conftest import CANONICAL, ROOT, SEEDS

runner = CliRunner()
GOOD = "title: 延伸威慑\ntopic:\n  keywords: [延伸威慑, 朝鲜]\n"
BODY = ("朝鲜国防省发言人13日发表谈话，批评美韩举行联合军事演习，称此举严重威胁地区和平与稳定。"
        "韩国国防部随后回应称，演习是防御性的，不针对任何国家。")


def one_line_errors(result, code: int = 2) -> list[str]:
    """The error lines of a run that must fail with `code`: every line of its output an
    `error:` line, no traceback."""
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    lines = result.output.strip().splitlines()
    assert lines and all(line.startswith("error: ") for line in lines), result.output
    assert "Traceback" not in result.output
    return lines


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def spec(tmp_path: Path, text: str, name: str = "s.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


# --- specs ------------------------------------------------------------------------


@pytest.mark.parametrize("extra, key, expected", [
    ("dates: {last: 5000y}\n", "dates.last", "at most 200y but received 5000y"),
    ("dates: {last: 99999999999y}\n", "dates.last", "at most 200y"),
    ("dates: {to: 9999-12-31}\n", "dates.to", "between 1800-01-01 and 2999-12-31"),
    ("masthead: {series: 报告, date: 0001-01-05}\ndates: {last: 30d}\n", "masthead.date",
     "between 1800-01-01 and 2999-12-31 but received 0001-01-05"),
    ("formats: []\n", "formats", "at least 1 item but received 0; leave formats out"),
    ("sections: []\n", "sections", "at least 1 item but received 0; leave sections out"),
    ("{a: 1}: 2\n", "spec", "expected a key such as 'title' but received a mapping"),
])
def test_spec_values_out_of_range_are_one_line(tmp_path, seeds_db, extra, key, expected):
    path = spec(tmp_path, GOOD + extra)
    [line] = one_line_errors(run("build", path, "--db", seeds_db, "--out", tmp_path / "o"))
    assert line.startswith(f"error: {path}:") and f": {key}: " in line and expected in line
    assert "MappingNode" not in line
    assert not (tmp_path / "o").exists()


def test_a_one_character_keyword_says_why_it_cannot_be_found(tmp_path, seeds_db):
    path = spec(tmp_path, "title: t\ntopic:\n  keywords: [核]\n")
    [line] = one_line_errors(run("build", path, "--db", seeds_db))
    assert f"{path}:3:14: topic.keywords[0]: '核' holds a Chinese word of one character" in line


def test_a_binary_dictionary_file_and_deep_nesting(tmp_path, seeds_db):
    (tmp_path / "words.bin").write_bytes(bytes(range(256)) * 8)
    path = spec(tmp_path, GOOD + "dictionary_file: words.bin\n")
    [line] = one_line_errors(run("build", path, "--db", seeds_db))
    assert "dictionary_file: " in line and "not UTF-8 text (byte 0x80); save it as UTF-8" in line
    deep = spec(tmp_path, "title: t\ntopic:\n  keywords: " + "[" * 5000 + "]" * 5000 + "\n")
    [line] = one_line_errors(run("build", deep, "--db", seeds_db))
    assert line.startswith(f"error: {deep}:3:") and "nest" in line


def test_control_characters_are_named_with_line_and_column(tmp_path, seeds_db):
    path = spec(tmp_path, GOOD + "lead: 前言\x01后文\n")
    [line] = one_line_errors(run("build", path, "--db", seeds_db))
    assert line == f"error: {path}:4:9: not valid YAML: the character U+0001 is not allowed; " \
                   f"remove it"


def test_fifty_thousand_bad_sections_and_a_ten_megabyte_spec_do_not_hang(tmp_path, seeds_db):
    many = spec(tmp_path, GOOD + "sections: [" + ",".join(["{kind: x}"] * 50_000) + "]\n")
    started = time.monotonic()
    lines = one_line_errors(run("build", many, "--db", seeds_db))
    assert time.monotonic() - started < 30
    assert "KiB is too large; at most 256 KiB" in lines[0]
    within = spec(tmp_path, GOOD + "sections: [" + ",".join(["{kind: x}"] * 5_000) + "]\n")
    started = time.monotonic()
    lines = one_line_errors(run("build", within, "--db", seeds_db))
    assert time.monotonic() - started < 30
    assert len(lines) == 101 and "sections[0].kind: expected one of" in lines[0]
    assert lines[-1].endswith("4900 more problems like these; fix the first ones and try again")
    huge = spec(tmp_path, GOOD + "lead: " + "长" * (10 * 2**20 // 3) + "\n")
    started = time.monotonic()
    [line] = one_line_errors(run("build", huge, "--db", seeds_db))
    assert time.monotonic() - started < 5 and "too large" in line


def test_exclude_of_one_character_leaves_out_what_holds_it(tmp_path, seeds_db):
    from datetime import date

    from briefgen.selection import select
    from briefgen.spec import load_spec

    with Corpus(seeds_db) as corpus:
        chosen = select(corpus, load_spec(spec(tmp_path, GOOD)), date(2024, 7, 20))
        assert chosen
        excluded = select(corpus, load_spec(spec(tmp_path, GOOD + "  exclude: [的]\n")),
                          date(2024, 7, 20))
        assert chosen and excluded == []


# --- flags --------------------------------------------------------------------------


def test_bad_flags_of_build_are_one_line(tmp_path, seeds_db):
    [line] = one_line_errors(run("build", CANONICAL, "--db", seeds_db, "--locale", "xx"))
    assert line.startswith("error: --locale: ")
    [line] = one_line_errors(run("build", CANONICAL, "--db", seeds_db, "--theme", "nope"))
    assert line.startswith("error: --theme: expected one of")
    [line] = one_line_errors(run("build", CANONICAL, "--db", seeds_db, "--as-of", "0001-01-03"))
    assert line == "error: --as-of: expected a date between 1800-01-01 and 2999-12-31 but " \
                   "received 0001-01-03"
    afile = tmp_path / "afile"
    afile.write_text("x")
    for out in (afile, afile / "under"):
        [line] = one_line_errors(run("build", CANONICAL, "--db", seeds_db, "--out", out,
                                     "--format", "json"))
        assert line == f"error: --out {out}: {afile} is a file, not a folder; choose another path"
    missing_parent = tmp_path / "new" / "deeper"
    result = run("build", CANONICAL, "--db", seeds_db, "--out", missing_parent, "--format", "json")
    assert result.exit_code == 0 and (missing_parent / "extended-deterrence.json").is_file()


def test_bad_flags_of_digest_are_one_line(tmp_path, seeds_db):
    weekly = ROOT / "briefs" / "weekly.yaml"
    for flag, value in (("--week", "9999-W52"), ("--week", "0001-W01"), ("--as-of", "0001-01-03")):
        result = run("digest", weekly, "--db", seeds_db, "--out", tmp_path, flag, value)
        assert result.exit_code == 2 and "Traceback" not in result.output
        [line] = result.output.strip().splitlines()  # a digest logs it, with the time
        assert f"{flag}" in line and "between 1800-01-01 and 2999-12-31" in line


def test_bad_flags_of_corpus_are_one_line(tmp_path, seeds_db):
    huge = run("corpus", "show", "99999999999999999999999", "--db", seeds_db)
    assert huge.exit_code == 2 and "Traceback" not in huge.output and "ID" in huge.output
    for limit in ("1e20", str(10**20), "0"):
        result = run("corpus", "list", "--db", seeds_db, "--limit", limit)
        assert result.exit_code == 2 and "--limit" in result.output
        assert "Traceback" not in result.output
    [line] = one_line_errors(run("corpus", "export", "--db", seeds_db, "-o",
                                 "/nonexistent/x.jsonl"))
    assert line.startswith("error: --output /nonexistent/x.jsonl: cannot use ")
    assert "No such file or directory; check the path" in line


def test_unexpected_errors_are_one_line_too(tmp_path):
    """The error layer's last resort: a database that is not one is named, never a trace."""
    notdb = tmp_path / "x.db"
    notdb.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    lines = one_line_errors(run("corpus", "list", "--db", notdb))
    assert "cannot open the corpus database" in lines[0] or "corpus database" in lines[0]


# --- the database under concurrent use ------------------------------------------------


def _open(path: str, start: multiprocessing.synchronize.Barrier) -> None:
    start.wait()
    Corpus(path).close()


def test_eight_processes_opening_a_new_database_at_once(tmp_path):
    context = multiprocessing.get_context("fork")
    for round_ in range(12):
        path = str(tmp_path / f"new{round_}.db")
        start = context.Barrier(8)
        processes = [context.Process(target=_open, args=(path, start)) for _ in range(8)]
        for process in processes:
            process.start()
        for process in processes:
            process.join(60)
        assert [p.exitcode for p in processes] == [0] * 8
        with Corpus(path) as corpus:
            names = [row[0] for row in corpus.db.execute("SELECT name FROM migrations")]
            assert names == [name for name, _ in MIGRATIONS]


def test_ingest_takes_the_write_lock_only_to_write(tmp_path):
    """While an ingest parses, another process can write: the lock is held for short
    batches, never for the whole run (a concurrent ingest or digest waited > 60 s)."""
    folder = tmp_path / "big"
    folder.mkdir()
    for n in range(3):  # each takes a second or more to clean, milliseconds to write
        (folder / f"{n}.txt").write_text(
            "\n\n".join(f"第{n}篇第{i}段。{BODY}" for i in range(700)), "utf-8")
    db = tmp_path / "lock.db"
    Corpus(db).close()
    waits: list[float] = []
    done = threading.Event()

    def probe() -> None:
        connection = sqlite3.connect(db, isolation_level=None, timeout=120)
        while not done.is_set():
            started = time.monotonic()
            connection.execute("BEGIN IMMEDIATE")
            waits.append(time.monotonic() - started)
            connection.execute("COMMIT")
            time.sleep(0.02)
        connection.close()

    started = time.monotonic()
    ingesting = subprocess.Popen([sys.executable, "-m", "briefgen", "ingest", str(folder),
                                  "--db", str(db), "--workers", "1", "-q"], cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    thread = threading.Thread(target=probe)
    thread.start()
    out, err = ingesting.communicate(timeout=300)
    took = time.monotonic() - started
    done.set()
    thread.join()
    assert ingesting.returncode == 0, err
    assert "3 added" in out
    assert len(waits) > 10
    assert max(waits) < took / 2, (max(waits), took)


def test_a_database_another_writer_holds_gives_exit_code_3(tmp_path, monkeypatch):
    db = tmp_path / "held.db"
    Corpus(db).close()
    (tmp_path / "a.txt").write_text(BODY * 2, "utf-8")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    monkeypatch.setenv("BRIEFGEN_BUSY_TIMEOUT", "0.5")
    try:
        [line] = one_line_errors(run("ingest", tmp_path / "a.txt", "--db", db), code=3)
        listed = run("corpus", "list", "--db", db)  # reading needs no lock
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "locked by another briefgen run" in line
    assert listed.exit_code == 0, listed.output


# --- files and items ---------------------------------------------------------------------

ITEM = ("<item><title>标题{n}</title><link>{link}</link><description>&lt;p&gt;第{n}条。" + BODY +
        "&lt;/p&gt;</description><pubDate>Mon, 15 Jul 2024 10:00:00 +0800</pubDate></item>")


def feed(*items: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
            + "".join(items) + "</channel></rss>")


def good_item(n: int) -> str:
    return ITEM.format(n=n, link=f"http://example.com/{n}")


def test_one_bad_item_of_a_feed_costs_only_itself(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "link.xml").write_text(feed(good_item(1), ITEM.format(n=2, link="http://[bad"),
                                          good_item(3)))
    (folder / "control.xml").write_text(feed(good_item(4), good_item(5).replace("标题5", "标&#x1;题5"),
                                             good_item(6)))
    (folder / "surrogate.xml").write_text(feed(good_item(7), good_item(8).replace(
        "标题8", "标&#xD800;题8"), good_item(9)))
    (folder / "deep.xml").write_text(feed(good_item(10), good_item(11).replace(
        "&lt;p&gt;", "&lt;div&gt;" * 3000, 1), good_item(12)))
    db = tmp_path / "c.db"
    result = run("ingest", folder, "--db", db, "--workers", "1")
    assert result.exit_code == 1, result.output  # partial: one item was left out, and said so
    with Corpus(db) as corpus:
        titles = sorted(a.title for a in corpus.articles())
    assert titles == sorted(["标题1", "标题2", "标题3", "标题4", "标题5", "标题6", "标题7",
                             "标\ufffd题8", "标题9", "标题10", "标题12"])
    assert "4 added" in result.output and "1 item skipped" in result.output
    assert f"skipped {folder / 'deep.xml'} (item 2 (标题11)): HTML nested over 2,048 levels " \
           f"deep" in result.output
    assert "Error:" not in result.output and "Traceback" not in result.output


def test_one_bad_line_of_a_jsonl_file_costs_only_itself(tmp_path):
    def line(n: int) -> str:
        return json.dumps({"title": f"标题{n}", "paragraphs": [f"第{n}行。{BODY}"]},
                          ensure_ascii=False)

    path = tmp_path / "export.jsonl"
    path.write_text("\n".join([line(1), '{"title": "x", "paragraphs": [null]}', line(3),
                               "{broken", line(5), '{"paragraphs": ["\\ud800' + BODY + '"]}'])
                    + "\n", "utf-8")
    db = tmp_path / "c.db"
    result = run("ingest", path, "--db", db)
    assert result.exit_code == 1
    assert f"skipped {path} (line 2): paragraphs: expected a list of strings" in result.output
    assert f"skipped {path} (line 4): not JSON" in result.output
    with Corpus(db) as corpus:
        assert len(corpus) == 4
        assert any(a.paragraphs[0].startswith("\ufffd朝鲜") for a in corpus.articles())


def test_files_that_raised_are_skipped_with_a_reason_in_words(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bom.txt").write_bytes(b"\xff\xfeA")
    (folder / "doctype.html").write_text("<!DOCTYPE html")
    name = os.fsdecode(b"\xff\xfe-name.txt")
    (folder / name).write_text(BODY * 2, "utf-8")
    db = tmp_path / "c.db"
    result = run("ingest", folder, "--db", db)
    assert result.exit_code == 1
    assert "bom.txt: undecodable bytes: starts with the byte-order mark of UTF-16" in result.output
    assert "doctype.html: no article text" in result.output
    assert "Error" not in result.output
    with Corpus(db) as corpus:
        [article] = corpus.articles()
    assert article.source_path.endswith("\\xff\\xfe-name.txt")
    again = run("ingest", folder, "--db", db)
    assert "1 unchanged" in again.output


def test_deep_html_keeps_its_text(tmp_path):
    page = tmp_path / "deep.html"
    page.write_text("<html><body><article><p>浅层。" + BODY + "</p>" + "<div>" * 400 + "<p>深层。"
                    + BODY + "</p>" + "</div>" * 400 + "</article></body></html>", "utf-8")
    db = tmp_path / "c.db"
    assert run("ingest", page, "--db", db).exit_code == 0
    with Corpus(db) as corpus:
        [article] = corpus.articles()
    assert "深层。" in article.body  # the text below 254 levels is read
    deeper = tmp_path / "deeper.html"
    deeper.write_text("<div>" * 3000 + "<p>" + BODY + "</p>", "utf-8")
    result = run("ingest", deeper, "--db", db)
    assert result.exit_code == 1
    assert "deeper.html: HTML nested over 2,048 levels deep" in result.output


def _ingest_as_nobody(folder: str, db: str, results) -> None:
    """Root reads every folder: the kernel refuses `nobody`, as it refuses a user."""
    if os.geteuid() == 0:
        # One ingest as root first, so that every module the pipeline loads lazily is loaded
        # while the interpreter's own folders are still readable.
        warm = Path(db).with_name("warm")
        warm.mkdir()
        shutil.copy(Path(folder) / "open.txt", warm / "open.txt")
        runner.invoke(app, ["ingest", str(warm), "--db", str(warm / "w.db"), "--workers", "1",
                            "--timeout", "0"])
        os.setgid(65534)
        os.setuid(65534)
    # --timeout 0 reads in this process: a worker started as `nobody` could not even load
    # Python from root's folders
    result = runner.invoke(app, ["ingest", folder, "--db", db, "--workers", "1", "--timeout", "0"])
    results.put((result.exit_code, result.output))


def test_a_folder_that_cannot_be_read_is_reported():
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="briefgen-closed-"))
    try:
        base.chmod(0o777)
        folder = base / "in"
        (folder / "closed").mkdir(parents=True)
        folder.chmod(0o755)
        shutil.copy(SEEDS / "000_9d926d1b420b7705.txt", folder / "open.txt")
        shutil.copy(SEEDS / "001_4ee630de35260f69.txt", folder / "closed" / "a.txt")
        (folder / "open.txt").chmod(0o644)
        (folder / "closed").chmod(0)
        context = multiprocessing.get_context("fork")
        results = context.Queue()
        child = context.Process(target=_ingest_as_nobody,
                                args=(str(folder), str(base / "c.db"), results))
        child.start()
        code, output = results.get(timeout=120)
        child.join(10)
    finally:
        (folder / "closed").chmod(0o755)
        shutil.rmtree(base)
    assert code == 1, output
    assert f"skipped {folder / 'closed'}: cannot read folder: Permission denied" in output
    assert "1 added" in output


# --- outputs -------------------------------------------------------------------------------


def test_markdown_carries_no_html_and_no_image(tmp_path, seeds_db):
    path = spec(tmp_path, GOOD.replace("title: 延伸威慑", 'title: 延伸威慑<img src="http://127.0.0.1:9/t.png">')
                + "lead: '![x](http://127.0.0.1:9/l.png) <script>alert(1)</script>'\n"
                + "formats: [md]\n")
    result = run("build", path, "--db", seeds_db, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    markdown = (tmp_path / "out" / "s.md").read_text("utf-8")
    html = MarkdownIt("commonmark").use(footnote_plugin).render(markdown)
    assert "<img" not in html and "<script" not in html  # a viewer fetches and runs nothing
    assert "alert(1)" in html and "127.0.0.1:9/t.png" in html  # the text itself is kept
    assert 'class="footnote-ref"' in html  # citations still footnotes
