"""Files a user may drop into a corpus folder by mistake or that arrive broken: each is read
when it holds an article, or skipped with a reason that says what is wrong with it."""

from __future__ import annotations

import time

import pytest

from briefgen.readers import UnreadableFile, read_bytes

SENTENCE = "外交部发言人表示，中方坚决反对美方的错误做法。"


def read(data: bytes, path: str = "inbox/item.txt"):
    started = time.perf_counter()
    try:
        return read_bytes(data, path), time.perf_counter() - started
    except UnreadableFile as error:
        return str(error), time.perf_counter() - started


@pytest.mark.parametrize("data, path", [
    (b"1" * 10_000_000, "digits.txt"),
    ("“".encode() * 1000 + "「".encode() * 1000 + b'"' * 1000, "quotes.txt"),
    (b"<!-- -->" * 100, "comments.html"),
])
def test_text_without_words_says_so(data, path):
    reason, seconds = read(data, path)
    assert reason == "no words to read: only digits, punctuation, symbols or markup"
    assert seconds < 5


@pytest.mark.parametrize("data", [
    ("他说：" + "“" * 1000 + "美国支持以色列。\n" + SENTENCE).encode(),  # quotes never closed
    b"\n" * 20_000 + ("标题\n" + SENTENCE).encode(),  # the words come after 20,000 line breaks
    "\u3000".encode() * 30_000 + ("标题\n" + SENTENCE).encode(),
])
def test_prose_behind_runs_of_quotes_or_blank_lines_is_read(data):
    documents, seconds = read(data)
    assert not isinstance(documents, str), documents
    assert SENTENCE in [block.text for block in documents[0].blocks]
    assert seconds < 5


def test_a_one_line_file_is_its_own_body_when_it_is_a_sentence():
    documents, _ = read(SENTENCE.encode())
    assert [block.text for block in documents[0].blocks] == [SENTENCE]
    reason, _ = read("美韩核磋商小组首次会议".encode())
    assert reason.startswith("one line only, and it reads as a title")


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\xef\xbb\xbf \n\t\n", "\ufeff\u3000".encode()])
def test_a_file_of_only_a_byte_order_mark_is_empty(data):
    reason, _ = read(data, "bom.html")
    assert reason == "empty file: nothing but a byte-order mark and spaces"


def test_a_file_of_lines_in_different_encodings_is_read_line_by_line():
    data = ("美韩举行核磋商。\n" + SENTENCE + "\n").encode() + "美国国务院发表声明，表示支持。".encode("gbk")
    documents, _ = read(data)
    texts = [block.text for block in documents[0].blocks]
    assert texts == [SENTENCE, "美国国务院发表声明，表示支持。"]


def test_undecodable_bytes_are_named():
    reason, _ = read(("标题\n" + SENTENCE + "\n").encode() + b"\xff" * 200)
    assert reason == "mostly undecodable bytes: not UTF-8, GB18030 or Big5 text"
    reason, _ = read(SENTENCE.encode() + b"\xff\xfe" + SENTENCE.encode("gbk") * 3)
    assert reason == "undecodable bytes on line 1: not UTF-8, GB18030 or Big5"


def test_markdown_front_matter_is_not_the_article():
    page = f"---\ntitle: 美韩核磋商\ndate: 2023-07-18\n---\n\n{SENTENCE}\n"
    documents, _ = read(page.encode(), "post.md")
    assert documents[0].title == "美韩核磋商"
    assert [block.text for block in documents[0].blocks] == [SENTENCE]
    reason, _ = read(b"---\ntitle: x\ndate: 2020-01-01\n---\n", "post.md")
    assert reason == "only front matter (between the --- lines): no article text below it"
    documents, seconds = read(("---\n" + "[" * 10_000 + "\n---\n" + SENTENCE).encode(), "deep.md")
    assert documents[0].title is None and documents[0].blocks[0].text == SENTENCE
    assert seconds < 5


def test_a_folder_of_hostile_files_is_ingested_file_by_file(tmp_path):
    """Run as a user runs it: every bad file one `skipped FILE: reason` line, the good ones
    stored, exit code 1 (partly done), no traceback."""
    from typer.testing import CliRunner

    from briefgen.cli import app
    from briefgen.corpus import Corpus

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    files = {
        "good.txt": ("标题\n" + SENTENCE).encode(),
        "quotes.txt": ("他说：" + "“" * 1000 + "美国支持以色列。\n" + SENTENCE).encode(),
        "digits.txt": b"1" * 1_000_000,
        "nul.txt": ("标题\n" + SENTENCE + "\x00" * 3 + SENTENCE).encode(),
        "bom.html": b"\xef\xbb\xbf",
        "empty.md": b"",
        "front.md": b"---\ntitle: x\n---\n",
        "fake.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 20,
        "comment.html": b"<html><body><!--" + b"x" * 1_000_000 + b"--><p>" + SENTENCE.encode()
                        + b"</p></body></html>",
    }
    for name, data in files.items():
        (inbox / name).write_bytes(data)
    (inbox / "folder.html").mkdir()  # a directory with an article's name: walked, holds nothing
    result = CliRunner().invoke(app, ["ingest", str(inbox), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    skipped = {line.split(": ", 1)[0].rsplit("/", 1)[-1]: line.split(": ", 1)[1]
               for line in result.output.splitlines() if line.startswith("skipped ")}
    assert set(skipped) == {"digits.txt", "bom.html", "empty.md", "front.md", "fake.pdf"}
    assert all(reason and "\n" not in reason for reason in skipped.values())
    with Corpus(tmp_path / "c.db") as corpus:
        stored = {a.source_path.rsplit("/", 1)[-1]: a for a in corpus.articles()}
    assert set(stored) == {"good.txt", "quotes.txt", "nul.txt", "comment.html"}
    assert stored["good.txt"].paragraphs == [SENTENCE]
