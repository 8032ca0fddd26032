"""Hostile files never hang ingest: each is read or skipped within the time budget while the
rest of the folder is stored. Every pattern a reader runs stays linear on hostile text."""

from __future__ import annotations

import os
import time

import pytest

from briefgen.ingest import ingest
from briefgen.readers import UnreadableFile, load
from briefgen.readers.feed import FeedReader
from briefgen.readers.markdown import inline_text
from conftest import ROOT

PAGE = ROOT / "tests" / "data" / "pages" / "mingridapan_1.html"
BUDGET = 5.0  # seconds per file in these tests (the default is 10); loaded CI machines are slow


@pytest.fixture
def hostile_folder(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "article.html").write_bytes(PAGE.read_bytes())
    (folder / "comments.html").write_text("<!-- -->" * 100, "utf-8")
    (folder / "nested.html").write_text(
        "<html><body>" + "<div>" * 10_000 + "美韩成立核咨商小组。" * 20 + "</div>" * 10_000
        + "</body></html>", "utf-8")
    (folder / "long-line.html").write_text("<p>" + "美韩成立核咨商小组，" * 350_000 + "</p>", "utf-8")
    os.mkfifo(folder / "fifo.html")
    os.symlink("/dev/zero", folder / "zero.html")
    return folder


def test_hostile_files_are_read_or_skipped_within_the_budget(hostile_folder, fresh_db):
    assert (hostile_folder / "long-line.html").stat().st_size >= 10 * 10**6
    start = time.monotonic()
    report = ingest([hostile_folder], fresh_db, workers=1, timeout=BUDGET)
    elapsed = time.monotonic() - start
    reasons = {os.path.basename(s.path): s.reason for s in report.skipped}
    stored = {os.path.basename(a.source_path) for a in fresh_db.articles()}
    assert "article.html" in stored  # the rest of the folder is ingested
    assert reasons["fifo.html"] == "not a regular file (a FIFO); skipped"
    assert reasons["zero.html"] == "not a regular file (a character device); skipped"
    for name in ("comments.html", "nested.html", "long-line.html"):
        assert (name in stored) != (name in reasons), name  # each either stored or skipped
    assert report.files == 6
    # five files can each use the budget at most, plus start-up on a busy machine: bounded
    assert elapsed < 5 * BUDGET + 90


def test_a_file_over_budget_is_skipped_with_the_reason(hostile_folder, fresh_db):
    report = ingest([hostile_folder / "long-line.html", hostile_folder / "article.html"],
                    fresh_db, workers=1, timeout=0.05)
    reasons = {os.path.basename(s.path): s.reason for s in report.skipped}
    assert reasons["long-line.html"].startswith("took over 0.05 s to read and clean")
    assert report.files == 2


def test_load_never_blocks_on_what_is_not_a_regular_file(hostile_folder):
    for name in ("fifo.html", "zero.html"):
        with pytest.raises(UnreadableFile, match="not a regular file"):
            load(hostile_folder / name)


@pytest.mark.parametrize("text", [
    "<!-- -->" * 5000,  # adjacent comments before a feed's root
    "<!--" + "-" * 50_000,
    "<?xml version='1.0'?>" + "<!-- a -->\n" * 5000 + "<rss>",
])
def test_feed_sniffing_is_linear(text):
    start = time.monotonic()
    FeedReader().sniff(text, "x.xml")
    assert time.monotonic() - start < 0.5


@pytest.mark.parametrize("text", ["![" * 50_000, "[a](" * 50_000, "_a " * 50_000,
                                  "**a " * 50_000, "*" * 50_000])
def test_markdown_inline_patterns_are_linear(text):
    start = time.monotonic()
    inline_text(text)
    assert time.monotonic() - start < 1.0


@pytest.mark.parametrize("text", ["2019-" * 100_000, "2019年9月" * 50_000, " " * 200_000 + "2019",
                                  "var ct = " * 50_000, "发布时间：" * 50_000])
def test_page_date_patterns_are_linear(text):
    from briefgen.readers.pagedate import labelled_date, parse_stated, script_values
    from lxml import html

    start = time.monotonic()
    parse_stated(text)
    labelled_date(text)
    script_values(html.fromstring(f"<div><script>{text}</script></div>"))
    assert time.monotonic() - start < 1.0


WAITING_PARENT = """
import os, sys, time
sys.path.insert(0, {root!r})
from briefgen.workers import run_with_budget

def record(task):
    with open({pid_file!r}, "w") as out:
        out.write(str(os.getpid()))
    return task

def tasks():
    yield 1
    time.sleep(120)  # the parent waits for its next task while the worker idles
    yield 2

for result in run_with_budget(record, tasks(), workers=1, timeout=30,
                              on_timeout=lambda t: None, on_crash=lambda t: None):
    pass
"""


def _killed_parent_leaves_no_worker(tmp_path, script: str, settle: float) -> None:
    """Run `script` (a parent whose one worker writes its pid to worker.pid), SIGKILL the
    parent `settle` seconds after the pid appears, and assert the worker is gone soon after."""
    import signal
    import subprocess
    import sys

    pid_file = tmp_path / "worker.pid"
    parent = subprocess.Popen([sys.executable, "-c", script.format(root=str(ROOT), pid_file=str(pid_file))])
    try:
        deadline = time.monotonic() + 60
        while not (pid_file.exists() and pid_file.read_text()) and time.monotonic() < deadline:
            time.sleep(0.02)
        worker = int(pid_file.read_text())
        time.sleep(settle)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 10
        while os.path.exists(f"/proc/{worker}") and time.monotonic() < deadline:
            time.sleep(0.1)
        alive = os.path.exists(f"/proc/{worker}")
        if alive:
            os.kill(worker, signal.SIGKILL)
        assert not alive, "the worker outlived its killed parent"
    finally:
        if parent.poll() is None:
            parent.kill()


def test_a_worker_outlives_no_killed_parent(tmp_path):
    """A run killed while its worker waits for work (SIGKILL, as a scheduler's timeout
    does) leaves no worker behind: the forked worker holds its own copy of the parent's end
    of the pipe, so it must notice the parent is gone rather than wait for end of file."""
    _killed_parent_leaves_no_worker(tmp_path, WAITING_PARENT, settle=0.3)  # back waiting


STARTING_PARENT = """
import os, sys, time
sys.path.insert(0, {root!r})
from briefgen.workers import run_with_budget

def start():
    with open({pid_file!r}, "w") as out:
        out.write(str(os.getpid()))
    time.sleep(1.0)  # loading what it needs: the parent is killed meanwhile

for result in run_with_budget(lambda task: task, iter([1]), workers=1, timeout=30,
                              on_timeout=lambda t: None, on_crash=lambda t: None,
                              initializer=start):
    pass
"""


def test_a_worker_still_starting_outlives_no_killed_parent(tmp_path):
    """A run killed while its worker is still loading (a digest killed at once) leaves no
    worker behind either: by the time the worker is ready its parent is gone, and the worker
    must not take the adopting process for its parent."""
    _killed_parent_leaves_no_worker(tmp_path, STARTING_PARENT, settle=0.0)
