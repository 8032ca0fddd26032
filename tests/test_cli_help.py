"""The command line as its ecosystem has it: -h, --version, defaults and an example in every
command's help; a --db that does not exist is refused outside ingest."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from briefgen import __version__
from briefgen.cli import app
from conftest import CANONICAL

runner = CliRunner(env={"COLUMNS": "200", "TERM": "dumb"})
COMMANDS = [["ingest"], ["build"], ["preview"], ["digest"], ["digest", "build"],
            ["digest", "list"], ["digest", "send"], ["digest", "status"], ["schema"], ["doctor"],
            ["version"], ["corpus", "list"], ["corpus", "show"], ["corpus", "search"],
            ["corpus", "export"], ["templates", "list"], ["templates", "init"]]


def plain(text: str) -> str:
    """Help text without the box drawing, one space between words."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", text).split())


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_h_and_an_example(command):
    result = runner.invoke(app, [*command, "-h"])
    assert result.exit_code == 0, result.output
    assert f"Example: briefgen {command[0]}" in plain(result.output)


def test_defaults_are_shown():
    text = plain(runner.invoke(app, ["build", "--help"]).output)
    assert "Corpus database (made by ingest). [default: ($BRIEFGEN_DB, else ./briefgen.db)]" \
        in text
    assert "[default: out]" in text
    assert "[default: (the spec's formats)]" in text
    assert "Corpus database ." not in text
    preview = plain(runner.invoke(app, ["preview", "--help"]).output)
    assert "[default: 8000]" in preview


def test_version_flag():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"briefgen {__version__}"
    module = subprocess.run([sys.executable, "-m", "briefgen", "--version"],
                            capture_output=True, text=True, timeout=60)
    assert module.returncode == 0 and __version__ in module.stdout


@pytest.mark.parametrize("command", [
    ["corpus", "list"], ["corpus", "show", "1"], ["corpus", "search", "朝鲜"],
    ["corpus", "export"], ["build", str(CANONICAL)], ["build", str(CANONICAL), "--dry-run"],
    ["preview", str(CANONICAL)]], ids=" ".join)
def test_a_missing_database_is_refused_and_not_created(tmp_path, command):
    db = tmp_path / "typo.db"
    result = runner.invoke(app, [*command, "--db", str(db)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"error: no corpus database at {db}")
    assert not db.exists()


def test_ingest_still_creates_a_database(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("朝鲜半岛局势。" * 20, "utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "new.db")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "new.db").exists()
