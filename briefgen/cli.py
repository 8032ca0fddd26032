"""The command line: parses arguments, calls the library, prints results. Nothing else."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from briefgen import __version__
from briefgen.cleaning.metadata import PublisherError
from briefgen.corpus import Corpus, CorpusError
from briefgen.build import BuildError
from briefgen.build import build as build_brief
from briefgen.ingest import ingest as ingest_files
from briefgen.spec import SpecError, json_schema
from briefgen.writers import themes

app = typer.Typer(help="Research briefings from a corpus of raw Chinese news.",
                  no_args_is_help=True, add_completion=False)
corpus_app = typer.Typer(help="Look into the corpus: list, show, search, export.",
                         no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")
templates_app = typer.Typer(help="Themes and templates: list them, copy one to edit.",
                            no_args_is_help=True)
app.add_typer(templates_app, name="templates")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[Optional[Path], typer.Option(
    "--db", help="Corpus database [default: $BRIEFGEN_DB or ./briefgen.db].", show_default=False)]

EXIT_SKIPPED = 1


def report(message: str) -> None:
    """One problem, one line on stderr; the message is text, never markup."""
    err.print("[bold red]error:[/] " + escape(message), highlight=False)


def fail(message: str, code: int = 2) -> NoReturn:
    report(message)
    raise typer.Exit(code)


def _day(option: str, value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        fail(f"{option}: expected a date as YYYY-MM-DD but received {value!r}")


def open_corpus(db: Path | None) -> Corpus:
    try:
        return Corpus(db)
    except Exception as error:  # sqlite3.DatabaseError and OSError alike: one line, not a trace
        fail(f"cannot open the corpus database: {error}")


@app.command()
def version() -> None:
    """Print briefgen's version."""
    out.print(__version__)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (read recursively).")],
    db: DbOption = None,
    publishers: Annotated[Optional[list[Path]], typer.Option(
        "--publishers", help="YAML file of extra domain → publisher entries (repeatable).")] = None,
    workers: Annotated[Optional[int], typer.Option(help="Parsing processes [default: cores].")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read raw news files into the corpus. Exit code 1 if some files were skipped."""
    with open_corpus(db) as corpus:
        show = not quiet and err.is_terminal
        with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                      TimeRemainingColumn(), console=err, disable=not show) as bar:
            task = bar.add_task("ingest", total=None)

            def progress(done: int, total: int, path: str) -> None:
                bar.update(task, completed=done, total=total)

            try:
                report = ingest_files(paths, corpus, publisher_files=publishers or [],
                                      workers=workers, progress=progress)
            except PublisherError as error:
                fail(str(error))
        out.print(report.summary(), highlight=False)
        for skipped in report.skipped:
            err.print(f"skipped {skipped.path}: {skipped.reason}", highlight=False, markup=False)
        out.print(f"corpus: {len(corpus)} articles in {corpus.path}", highlight=False)
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def build(
    spec: Annotated[Path, typer.Argument(help="The brief spec (YAML).")],
    db: DbOption = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the output files.")] = Path("out"),
    format: Annotated[Optional[str], typer.Option(
        "--format", help="Comma-separated formats [default: the spec's formats].")] = None,
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", help="Date (YYYY-MM-DD) relative windows end on [default: the masthead date, "
                        "else today].")] = None,
    templates: Annotated[Optional[Path], typer.Option(
        "--templates", help="Folder of template overrides [default: the spec's templates].")
    ] = None,
    theme: Annotated[Optional[str], typer.Option(help="Theme [default: the spec's].")] = None,
    locale: Annotated[Optional[str], typer.Option(
        help="Locale of labels and dates, e.g. zh_CN or en [default: the spec's].")] = None,
) -> None:
    """Build a brief from a spec and the corpus: html, pdf, json, md."""
    day = _day("--as-of", as_of)
    formats = [f.strip() for f in format.split(",") if f.strip()] if format else None
    with open_corpus(db) as corpus:
        try:
            written = build_brief(spec, corpus, out_dir, formats, day, theme=theme,
                                  locale=locale, templates=templates)
        except SpecError as error:
            for problem in error.problems:
                report(problem)
            raise typer.Exit(2)
        except BuildError as error:
            fail(str(error))
    for path in written:
        out.print(f"wrote {path}", highlight=False)


@app.command()
def schema(digest: Annotated[bool, typer.Option(
        "--digest", help="The schema of digest specs instead.")] = False) -> None:
    """Print the JSON Schema of brief specs (for editors' YAML plugins)."""
    out.print(json.dumps(json_schema(digest), ensure_ascii=False, indent=2), highlight=False,
              markup=False, soft_wrap=True)


@templates_app.command("list")
def templates_list() -> None:
    """The built-in themes and the templates an editor can override."""
    for theme in themes.themes().values():
        out.print(f"[bold]{theme.name}[/]  {escape(theme.description)}", highlight=False)
        out.print(f"  {theme.path}", highlight=False, markup=False)
        out.print(f"  own files: {', '.join(theme.files())}", highlight=False, markup=False)
    base = themes.THEMES_DIR / themes.BASE
    out.print(f"[bold]base[/]  templates every theme builds on ({base})", highlight=False)
    for name in sorted(p.name for p in base.iterdir()):
        out.print(f"  {name}", highlight=False, markup=False)
    out.print("blocks of brief.html: " + ", ".join(themes.BLOCKS), highlight=False)


@templates_app.command("init")
def templates_init(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="New folder for the copy.")],
    theme: Annotated[str, typer.Option(help="Theme to copy.")] = "shandong",
) -> None:
    """Copy a theme's templates into DIR to edit; point a spec's `templates:` at it."""
    try:
        written = themes.init(folder, theme)
    except themes.TemplateError as error:
        fail(str(error))
    for path in written:
        out.print(f"wrote {path}", highlight=False, markup=False)
    out.print(f"next: read {folder / themes.GUIDE}, then build with --templates {folder}",
              highlight=False, markup=False)


@app.command()
def doctor() -> None:
    """Check fonts, WeasyPrint, Pango and HarfBuzz; say how to fix what is missing."""
    from briefgen import doctor as checks

    results = checks.run()
    for check in results:
        mark = "[green]ok[/]     " if check.ok else "[red]missing[/]"
        out.print(f"{mark} {escape(check.name)}: {escape(check.detail)}", highlight=False)
        if check.fix:
            out.print(f"        fix: {escape(check.fix)}", highlight=False)
    if not all(check.ok for check in results):
        raise typer.Exit(1)


@corpus_app.command("list")
def corpus_list(db: DbOption = None,
                limit: Annotated[int, typer.Option(help="At most this many, newest first.")] = 50
                ) -> None:
    """Articles in the corpus, newest first."""
    with open_corpus(db) as corpus:
        rows = corpus.db.execute(
            "SELECT id, published, publisher, title, duplicate_of FROM articles "
            "ORDER BY published_utc IS NULL, published_utc DESC, id LIMIT ?", (limit,)).fetchall()
        table = Table("id", "published", "publisher", "title", "copy of", box=None)
        for article_id, published, publisher, title, duplicate_of in rows:
            table.add_row(str(article_id), (published or "")[:16].replace("T", " "),
                          publisher or "", title, str(duplicate_of or ""))
        out.print(table)
        out.print(f"{len(rows)} of {len(corpus)} articles", highlight=False)


@corpus_app.command("show")
def corpus_show(article_id: Annotated[int, typer.Argument(metavar="ID")], db: DbOption = None
                ) -> None:
    """One article: its metadata, then its body."""
    with open_corpus(db) as corpus:
        try:
            article = corpus.get(article_id)
        except CorpusError as error:
            fail(str(error))
    fields = article.to_dict()
    for key in ("id", "title", "url", "publisher", "published", "authors", "language",
                "source_path", "duplicate_of", "captions", "credits"):
        value = fields[key]
        if value not in (None, [], ""):
            out.print(f"[bold]{key}:[/] {', '.join(value) if isinstance(value, list) else value}",
                      highlight=False)
    out.print()
    for paragraph in article.paragraphs:
        out.print(paragraph, highlight=False, markup=False)
        out.print()


@corpus_app.command("search")
def corpus_search(query: Annotated[str, typer.Argument(help="Words, OR, -exclusion.")],
                  db: DbOption = None,
                  limit: Annotated[int, typer.Option(help="At most this many hits.")] = 20) -> None:
    """Full-text search, most relevant first."""
    with open_corpus(db) as corpus:
        try:
            hits = corpus.search(query, limit)
        except CorpusError as error:
            fail(str(error))
    table = Table("id", "score", "title", "snippet", box=None)
    for hit in hits:
        table.add_row(str(hit.article.id), f"{hit.score:.2f}", hit.article.title, hit.snippet)
    out.print(table)
    out.print(f"{len(hits)} hits", highlight=False)


@corpus_app.command("export")
def corpus_export(
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", help="Only jsonl for now.")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("--output", "-o",
                                                   help="File to write [default: stdout].")] = None,
) -> None:
    """Every article as JSON Lines (the fields other tools rely on)."""
    if format != "jsonl":
        fail(f"--format: expected jsonl but received {format!r}")
    with open_corpus(db) as corpus:
        if output is None:
            count = corpus.export_jsonl(sys.stdout)
        else:
            partial = output.with_name(output.name + ".partial")
            with partial.open("w", encoding="utf-8") as handle:
                count = corpus.export_jsonl(handle)
            partial.replace(output)
    err.print(f"exported {count} articles", highlight=False)


from briefgen.digest_cli import digest_app  # noqa: E402 (it uses the helpers above)

app.add_typer(digest_app, name="digest")


def main() -> None:
    app()


__all__ = ["app", "main"]
