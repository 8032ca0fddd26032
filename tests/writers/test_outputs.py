"""Markdown and JSON beside the HTML and PDF; the same inputs give the same bytes;
`briefgen build` and `briefgen doctor` from the command line."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from briefgen import doctor
from briefgen.build import build
from briefgen.cli import app
from briefgen.corpus import Corpus
from conftest import CANONICAL


def test_markdown_has_the_sections_and_every_citation_has_its_footnote(canonical):
    text = canonical["md"].read_text("utf-8")
    brief = json.loads(canonical["json"].read_text("utf-8"))
    assert text.startswith(f"**{brief['series']}** {brief['issue']} {brief['issue_total']}")
    assert f"\n# {brief['title']}\n" in text
    for heading in ("## 一、背景", "## 二、大事记", "## 三、各方观点", "## 参考来源"):
        assert f"\n{heading}\n" in text
    used = {int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", text)}
    defined = {int(n) for n in re.findall(r"^\[\^(\d+)\]:", text, re.M)}
    assert used == defined == set(range(1, len(brief["sources"]) + 1))
    assert "1. **1953年8月8日**：" in text
    assert "### （一）美国" in text


def test_the_same_corpus_and_spec_give_the_same_bytes(seeds_db, canonical, tmp_path):
    with Corpus(seeds_db) as corpus:
        again = build(CANONICAL, corpus, tmp_path, ["html", "pdf", "md", "json"])
    for path in again:
        assert path.read_bytes() == canonical[path.suffix[1:]].read_bytes(), path.name


def test_build_writes_the_formats_asked_for(seeds_db, tmp_path):
    result = CliRunner().invoke(app, ["build", str(CANONICAL), "--db", str(seeds_db),
                                      "--out", str(tmp_path), "--format", "md,pdf"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "extended-deterrence.md", "extended-deterrence.pdf"]
    assert (tmp_path / "extended-deterrence.pdf").read_bytes().startswith(b"%PDF-")
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind
    bad = CliRunner().invoke(app, ["build", str(CANONICAL), "--db", str(seeds_db),
                                   "--out", str(tmp_path / "x"), "--format", "docx"])
    assert bad.exit_code == 2 and "no writer for docx" in bad.output
    assert not (tmp_path / "x").exists()


def test_doctor_passes_here_and_names_the_fix_for_what_is_missing(monkeypatch):
    result = CliRunner().invoke(app, ["doctor"])
    assert result.exit_code == 0, result.output
    for name in ("Noto Serif CJK SC", "AR PL UKai CN", "WeasyPrint", "Pango",
                 "HarfBuzz subsetter", "test render"):
        assert name in result.output
    monkeypatch.setattr(doctor, "FONTS", (("Noto Serif CJK XX", "Song face", "fonts-xx"),))
    result = CliRunner().invoke(app, ["doctor"])
    assert result.exit_code == 1
    assert "missing font Noto Serif CJK XX" in result.output
    assert "fix: apt-get install fonts-xx" in result.output
