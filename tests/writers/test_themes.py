"""Editors' side: overriding blocks, switching theme and locale, broken templates,
`briefgen templates`, and what rendering must never do."""

from __future__ import annotations

import http.server
import re
import threading

import pdfplumber
import pytest
import yaml
from typer.testing import CliRunner

from briefgen.build import BuildError, StrictError, build
from briefgen.cli import app
from briefgen.corpus import Corpus
from briefgen.spec import SpecError, load_spec
from briefgen.writers import themes
from conftest import CANONICAL


def spec_copy(tmp_path, **changes):
    """The canonical spec, changed, written beside `tmp_path`'s other files."""
    data = yaml.safe_load(CANONICAL.read_text("utf-8"))
    data["lead"] = load_spec(CANONICAL).lead  # as briefgen reads it: no folded spaces
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    path = tmp_path / "brief.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def build_to(seeds_db, spec, out, formats, **options):
    with Corpus(seeds_db) as corpus:
        return {p.suffix[1:]: p for p in build(spec, corpus, out, formats, **options)}


def test_one_block_overridden_from_the_specs_templates_folder(seeds_db, tmp_path, canonical):
    folder = tmp_path / "my-templates"
    folder.mkdir()
    (folder / "brief.html").write_text(
        '{% extends "!theme/brief.html" %}\n'
        '{% block lead %}<p class="lead">内部参考：{{ brief.lead }}</p>{% endblock %}\n',
        "utf-8")
    (folder / "extra.css").write_text(".lead { color: #123456; }\n", "utf-8")
    spec = spec_copy(tmp_path, templates="my-templates")
    out = build_to(seeds_db, spec, tmp_path / "out", ["html", "pdf"])
    html = out["html"].read_text("utf-8")
    assert '<p class="lead">内部参考：2023年4月' in html
    assert ".lead { color: #123456; }" in html
    # the rest is the theme's, unchanged: the same page minus the one block
    original = canonical["html"].read_text("utf-8")
    # (and the description: the spec's copy keeps the space YAML folds its lead's lines into)
    strip = re.compile(r'<p class="lead">.*?</p>|\.lead \{ color: #123456; \}\n|'
                       r'<meta name="description"[^>]*>', re.S)
    assert strip.sub("", html) == strip.sub("", original)
    with pdfplumber.open(out["pdf"]) as pdf:
        assert "内部参考" in pdf.pages[0].extract_text()


def test_command_line_templates_folder_wins_over_the_specs(seeds_db, tmp_path):
    for name, word in (("spec-folder", "甲"), ("cli-folder", "乙")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "brief.html").write_text(
            '{% extends "!theme/brief.html" %}{% block title %}<h1>' + word +
            '</h1>{% endblock %}', "utf-8")
    spec = spec_copy(tmp_path, templates="spec-folder")
    out = build_to(seeds_db, spec, tmp_path / "out", ["html"], templates=tmp_path / "cli-folder")
    assert "<h1>乙</h1>" in out["html"].read_text("utf-8")


def test_theme_and_locale_switched(seeds_db, tmp_path):
    spec = spec_copy(tmp_path, sections=[{"kind": "background"}, {"kind": "chronology"},
                                         {"kind": "viewpoints"}])
    out = build_to(seeds_db, spec, tmp_path / "out", ["html", "md", "pdf"],
                   theme="modern", locale="en")
    html = out["html"].read_text("utf-8")
    assert '<html lang="en">' in html and 'class="theme-modern"' in html
    for label in ("1. </span>Background", "2. </span>Chronology", "3. </span>Viewpoints",
                  ">Sources</h2>", ">Contents</p>", "July 11, 2024", "July 20, 2024"):
        assert label in html, label
    for chinese_label in ("参考来源", "背景</h2>", "2024年7月11日"):
        assert chinese_label not in html
    assert "## Sources" in out["md"].read_text("utf-8")
    with pdfplumber.open(out["pdf"]) as pdf:
        assert round(pdf.pages[0].width) == 595
        body = [c for c in pdf.pages[0].chars if "Sans" in c["fontname"]]
        assert len(body) > 0.8 * len(pdf.pages[0].chars)  # a sans-serif page
        assert all(c["non_stroking_color"] != pytest.approx((0.902, 0, 0.071), abs=0.01)
                   for c in pdf.pages[0].chars)  # no red masthead in this theme


def test_a_template_syntax_error_names_file_and_line_and_writes_nothing(seeds_db, tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "brief.html").write_text(
        '{% extends "!theme/brief.html" %}\n\n{% block lead %}{% if %}{% endblock %}\n', "utf-8")
    spec = spec_copy(tmp_path, templates="broken")
    out = tmp_path / "out"
    with pytest.raises(BuildError) as caught:
        build_to(seeds_db, spec, out, ["json", "html", "pdf"])
    assert f"{folder / 'brief.html'}:3:" in str(caught.value)
    assert not out.exists() or list(out.iterdir()) == []


def test_an_unknown_variable_warns_with_its_line_and_strict_refuses_it(seeds_db, tmp_path):
    folder = tmp_path / "typo"
    folder.mkdir()
    (folder / "brief.html").write_text(
        '{% extends "!theme/brief.html" %}\n{% block title %}\n<h1>{{ brief.titel }}</h1>\n'
        '{% endblock %}\n', "utf-8")
    warnings: list[str] = []
    build_to(seeds_db, CANONICAL, tmp_path / "out", ["html"], templates=folder,
             warn=warnings.append)
    assert any(w.startswith(f"{folder / 'brief.html'}:3: unknown variable") and "titel" in w
               for w in warnings), warnings
    with pytest.raises(StrictError) as caught:
        build_to(seeds_db, CANONICAL, tmp_path / "strict", ["html"], templates=folder,
                 strict=True)
    assert any(f"{folder / 'brief.html'}:3:" in p and "titel" in p for p in caught.value.problems)
    assert not (tmp_path / "strict").exists()


def test_unknown_theme_or_locale_in_a_spec_is_a_spec_error_with_its_line(tmp_path):
    spec = spec_copy(tmp_path, theme="shandog", locale="xx")
    with pytest.raises(SpecError) as caught:
        load_spec(spec)
    problems = "\n".join(caught.value.problems)
    assert re.search(rf"{re.escape(str(spec))}:\d+:\d+: theme: expected one of modern, "
                     r"shandong but received 'shandog'", problems)
    assert re.search(r":\d+:\d+: locale: expected a locale such as zh_CN", problems)


def test_templates_init_copies_a_theme_that_builds_the_same_page(seeds_db, tmp_path,
                                                                 canonical):
    folder = tmp_path / "copy"
    result = CliRunner().invoke(app, ["templates", "init", str(folder), "--theme", "shandong",
                                      "--full"])
    assert result.exit_code == 0, result.output
    assert (folder / "GUIDE.md").read_text("utf-8").startswith("# Editing the shandong theme")
    assert {"brief.html", "style.css", "macros.html", "timeline.svg", "brief.md"} <= {
        p.name for p in folder.iterdir()}
    out = build_to(seeds_db, CANONICAL, tmp_path / "out", ["html"], templates=folder)
    assert out["html"].read_bytes() == canonical["html"].read_bytes()
    # and an edit of one variable shows
    style = folder / "style.css"
    style.write_text(style.read_text("utf-8").replace("--accent: #E60012", "--accent: #0055AA"),
                     "utf-8")
    out = build_to(seeds_db, CANONICAL, tmp_path / "out2", ["html"], templates=folder)
    assert "--accent: #0055AA" in out["html"].read_text("utf-8")
    again = CliRunner().invoke(app, ["templates", "init", str(folder)])
    assert again.exit_code == 2 and "not empty" in again.output


def test_templates_list_names_the_themes_and_blocks():
    result = CliRunner().invoke(app, ["templates", "list"])
    assert result.exit_code == 0
    for name in ("shandong", "modern", "base", "brief.html", "masthead", "colophon"):
        assert name in result.output
    assert set(themes.themes()) == {"shandong", "modern"}


class CountingHandler(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 (the standard library's name)
        CountingHandler.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { color: red; }")

    def log_message(self, *args):
        pass


def test_rendering_fetches_nothing_named_by_templates_or_articles(seeds_db, tmp_path):
    server = http.server.HTTPServer(("127.0.0.1", 0), CountingHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not for the PDF")
    folder = tmp_path / "greedy"
    folder.mkdir()
    (folder / "brief.html").write_text(
        '{% extends "!theme/brief.html" %}{% block head %}'
        f'<link rel="stylesheet" href="http://127.0.0.1:{port}/style.css">'
        '{% endblock %}{% block lead %}'
        f'<img src="http://127.0.0.1:{port}/x.png" alt="x"><img src="{secret.as_uri()}" alt="y">'
        '{% endblock %}', "utf-8")
    try:
        out = build_to(seeds_db, CANONICAL, tmp_path / "out", ["pdf"], templates=folder)
    finally:
        server.shutdown()
    assert out["pdf"].stat().st_size > 10_000
    assert CountingHandler.hits == []
    assert b"not for the PDF" not in out["pdf"].read_bytes()


def test_markup_in_articles_is_text_not_html():
    from briefgen.model import Brief, BriefSection, Item, Source
    from briefgen.writers import Renderer

    brief = Brief(title="<script>alert(1)</script>", lead=None, masthead={}, author_line=None,
                  sections=[BriefSection("background", "背景", [Item(
                      '<img src="file:///etc/passwd">', [1])])],
                  sources=[Source(1, "<b>标题</b>", None, "javascript:alert(1)", None)])
    html = Renderer().html(brief).decode("utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert '<img src="file:///etc/passwd">' not in html
    assert "&lt;b&gt;标题" in html
