"""Warnings on every build, errors under --strict: CSS WeasyPrint ignores, an unclosed
brace, a font that is not installed, a block no template defines, an unknown variable;
and the minimal override `templates init` writes."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from briefgen.build import StrictError, build
from briefgen.cli import app
from briefgen.corpus import Corpus
from briefgen.writers import Renderer, themes
from conftest import CANONICAL

runner = CliRunner()


@pytest.mark.parametrize("theme", ["shandong", "modern"])
def test_the_built_in_themes_have_nothing_to_warn_about(theme):
    assert Renderer(theme=theme).check() == []


@pytest.mark.parametrize("css,line,col,words", [
    (".title { colr: red; }\n", 1, 10, "unknown property"),
    ("p {\n  color: #12;\n}\n", 2, 3, "invalid value"),
    ("p { color: red; }\n.lead { color: blue;\n", 2, 7, "never closed"),
    ("body {\n  font-family: \"No Such Font Sans\", serif;\n}\n", 2, 16, "not installed"),
])
def test_css_mistakes_name_their_file_line_and_column(tmp_path, css, line, col, words):
    folder = tmp_path / "look"
    folder.mkdir()
    (folder / "extra.css").write_text(css, "utf-8")
    problems = Renderer(templates=str(folder)).check()
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{folder / 'extra.css'}:{line}:{col}: ")
    assert words in problems[0]


def test_a_block_no_template_defines(tmp_path):
    folder = tmp_path / "look"
    folder.mkdir()
    (folder / "brief.html").write_text(
        '{% extends "!theme/brief.html" %}\n{% block lead %}{{ super() }}{% endblock %}\n'
        '{% block notice %}内部参考{% endblock %}\n', "utf-8")
    problems = Renderer(templates=str(folder)).check()
    assert len(problems) == 1
    assert problems[0].startswith(f"{folder / 'brief.html'}:3: block 'notice' is not defined")


def _cli_build(seeds_db, folder, out, *flags):
    return runner.invoke(app, ["build", str(CANONICAL), "--db", str(seeds_db), "--out",
                               str(out), "--templates", str(folder), "--format", "html,md",
                               *flags])


def test_warnings_print_on_every_build_and_stop_it_under_strict(seeds_db, tmp_path):
    folder = tmp_path / "look"
    folder.mkdir()
    (folder / "extra.css").write_text(".title { colr: red; }\n", "utf-8")
    (folder / "brief.html").write_text(
        '{% extends "!theme/brief.html" %}\n{% block notice %}x{% endblock %}\n'
        '{% block title %}<h1>{{ brief.subtitle }}</h1>{% endblock %}\n', "utf-8")
    loose = _cli_build(seeds_db, folder, tmp_path / "loose")
    assert loose.exit_code == 0, loose.output
    warnings = [line for line in loose.output.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 3, loose.output
    assert (tmp_path / "loose" / "extended-deterrence.html").exists()
    strict = _cli_build(seeds_db, folder, tmp_path / "strict", "--strict")
    assert strict.exit_code == 2
    errors = [line for line in strict.output.splitlines() if line.startswith("error: ")]
    assert any(re.search(r"extra\.css:1:10: Ignored `colr: red`", e) for e in errors)
    assert any("brief.html:2: block 'notice'" in e for e in errors)
    assert any("brief.html:3: unknown variable" in e and "subtitle" in e for e in errors)
    assert "Traceback" not in strict.output
    assert not (tmp_path / "strict").exists()


def test_a_clean_override_passes_strict(seeds_db, tmp_path):
    folder = tmp_path / "look"
    assert runner.invoke(app, ["templates", "init", str(folder)]).exit_code == 0
    result = _cli_build(seeds_db, folder, tmp_path / "out", "--strict")
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output


def test_templates_init_writes_a_minimal_override(seeds_db, tmp_path, canonical):
    folder = tmp_path / "look"
    result = runner.invoke(app, ["templates", "init", str(folder)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == ["GUIDE.md", "brief.html", "extra.css"]
    page = (folder / "brief.html").read_text("utf-8")
    assert '{% extends "!theme/brief.html" %}' in page
    assert len(re.findall(r"{% block (\w+)", page)) == 1
    extra = (folder / "extra.css").read_text("utf-8")
    listed = set(re.findall(r"(--[\w-]+):", extra))
    assert listed == {name for name in themes.theme_variables("shandong")
                      for name in [name.split(":")[0]]}
    assert {"--accent", "--ink", "--muted", "--rule", "--figure-ink"} <= listed
    # the override as written changes nothing on the page but the listing in its <style>
    with Corpus(seeds_db) as corpus:
        html = build(CANONICAL, corpus, tmp_path / "out", ["html"], templates=folder)[0]
    mine, theirs = html.read_text("utf-8"), canonical["html"].read_text("utf-8")
    assert "/* --accent: #E60012;" in mine
    without_style = re.compile(r"<style>.*?</style>", re.S)
    assert without_style.sub("", mine) == without_style.sub("", theirs)


def test_the_accent_variable_recolours_everything_the_timeline_included(seeds_db, tmp_path):
    folder = tmp_path / "look"
    assert runner.invoke(app, ["templates", "init", str(folder)]).exit_code == 0
    extra = folder / "extra.css"
    extra.write_text(extra.read_text("utf-8").replace("/* --accent: #E60012;", "--accent: "
                                                      "#0055AA; /*"), "utf-8")
    with Corpus(seeds_db) as corpus:
        out = {p.suffix: p for p in build(CANONICAL, corpus, tmp_path / "out", ["html", "pdf"],
                                          templates=folder, strict=True)}
    html = out[".html"].read_text("utf-8")
    assert re.search(r"\.mark \{ fill: #0055AA; \}", html)
    assert html.count("E60012") == 1  # the theme's declaration of --accent, nothing literal
    import pdfplumber

    with pdfplumber.open(out[".pdf"]) as pdf:
        colours = {tuple(round(v, 2) for v in (shape.get("non_stroking_color") or ()))
                   for page in pdf.pages for shape in page.curves + page.rects}
    assert (0.0, 0.33, 0.67) in colours  # the timeline's marks
    assert (0.9, 0.0, 0.07) not in colours
