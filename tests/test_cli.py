"""The command line, run as a user runs it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from conftest import EXAMPLES, ROOT, SEEDS

runner = CliRunner()


@pytest.fixture
def example_db(tmp_path):
    db = tmp_path / "ex.db"
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


def test_ingest_reports_a_summary(example_db):
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(example_db)])
    assert result.exit_code == 0
    assert "20 files: 0 added, 0 updated, 20 unchanged, 0 skipped" in result.output
    assert "corpus: 24 articles" in result.output


def test_skipped_files_give_exit_code_1_and_reasons(tmp_path):
    (tmp_path / "bad.bin").write_bytes(b"\x00\x01\x02")
    result = runner.invoke(app, ["ingest", str(SEEDS), str(tmp_path / "bad.bin"),
                                 "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "5 added" in result.output
    assert "bad.bin: binary file, not text" in result.output


def test_list_show_search(example_db):
    listing = runner.invoke(app, ["corpus", "list", "--db", str(example_db), "--limit", "3"])
    assert listing.exit_code == 0
    assert "3 of 24 articles" in listing.output
    first_id = re.search(r"^\s*(\d+)\s+2024-07-14", listing.output, re.M).group(1)
    shown = runner.invoke(app, ["corpus", "show", first_id, "--db", str(example_db)])
    assert "朝鲜国防省发言人13日发表谈话" in shown.output
    found = runner.invoke(app, ["corpus", "search", "戴维营", "--db", str(example_db)])
    assert found.exit_code == 0 and "美日韩首脑在戴维营会晤" in found.output


def test_errors_are_one_line(example_db, tmp_path):
    missing = runner.invoke(app, ["corpus", "show", "999", "--db", str(example_db)])
    assert missing.exit_code == 2
    assert "error: no article with id 999" in missing.output
    assert "Traceback" not in missing.output
    notdb = tmp_path / "not.db"
    notdb.write_text("this is not a database")
    broken = runner.invoke(app, ["corpus", "list", "--db", str(notdb)])
    assert broken.exit_code == 2 and "cannot open the corpus database" in broken.output
    bad_format = runner.invoke(app, ["corpus", "export", "--format", "csv", "--db", str(example_db)])
    assert "--format: expected jsonl but received 'csv'" in bad_format.output


def test_messages_with_brackets_are_printed_whole(tmp_path, example_db):
    spec = tmp_path / "brackets.yaml"
    spec.write_text("title: t\ntopic:\n  keywords:\n    - a\n    - [1]\n", "utf-8")
    result = runner.invoke(app, ["build", str(spec), "--db", str(example_db)])
    assert result.exit_code == 2
    assert "topic.keywords[1]: expected a string or a mapping but received a list" in result.output


def test_export_to_a_file(example_db, tmp_path):
    target = tmp_path / "corpus.jsonl"
    result = runner.invoke(app, ["corpus", "export", "--format", "jsonl", "--db", str(example_db),
                                 "-o", str(target)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in target.read_text("utf-8").splitlines()]
    assert len(records) == 24
    assert not list(tmp_path.glob("*.partial"))


def test_database_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_DB", str(tmp_path / "env.db"))
    result = runner.invoke(app, ["ingest", str(SEEDS / "000_9d926d1b420b7705.txt")])
    assert result.exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_python_dash_m_and_console_script_run():
    script = Path(sys.executable).with_name("briefgen")  # installed beside the interpreter
    for command in ([sys.executable, "-m", "briefgen", "version"], [str(script), "version"]):
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        assert re.fullmatch(r"\d+\.\d+\.\d+\n", result.stdout)


def commands(typer_app, prefix=""):
    group = typer_app.registered_groups
    names = [prefix + (c.name or c.callback.__name__).replace("_", "-")
             for c in typer_app.registered_commands]
    for sub in group:
        names += commands(sub.typer_instance, prefix + sub.name + " ")
    return names


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text("utf-8")
    undocumented = [name for name in commands(app) if f"briefgen {name}" not in readme]
    assert undocumented == []


@pytest.mark.parametrize("args, expected", [
    (["corpus", "show", "abc"], "briefgen corpus show: Invalid value for 'ID'"),
    (["corpus", "list", "--limit", "x"], "briefgen corpus list: Invalid value for '--limit'"),
    (["buildx"], "briefgen: No such command 'buildx'"),
    (["build"], "briefgen build: Missing argument"),
    (["corpus", "list", "--bogus"], "briefgen corpus list: No such option: --bogus"),
])
def test_mistyped_commands_are_one_line(args, expected, tmp_path):
    """A wrong command, option or value, run as a user runs it: one error line, exit 2."""
    run = subprocess.run([sys.executable, "-m", "briefgen", *args, "--db", str(tmp_path / "x.db")]
                         if args[0] == "corpus" else [sys.executable, "-m", "briefgen", *args],
                         capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0], run.stderr
    assert "Traceback" not in run.stderr and "─" not in run.stderr
