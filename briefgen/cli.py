"""The command line: parses arguments, calls the library, prints results. Nothing else."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from typer.core import TyperGroup

try:  # typer vendors click from 0.2x on; before, it used click itself
    from typer._click import exceptions as cli_errors
except ImportError:  # pragma: no cover
    from click import exceptions as cli_errors

from briefgen import __version__, limits
from briefgen.cleaning.metadata import PublisherError
from briefgen.corpus import Corpus, CorpusError
from briefgen.build import BuildError, StrictError
from briefgen.build import build as build_brief
from briefgen.ingest import ingest as ingest_files
from briefgen.spec import SpecError, json_schema
from briefgen.writers import themes

# Exit codes (README, "Exit codes"): each says one thing to a script or a scheduler.
EXIT_DONE = 0
EXIT_PARTIAL = 1  # done, but some input was left out (ingest skipped files or items)
EXIT_USAGE = 2  # a bad argument, spec or file: nothing was done; the message says what
EXIT_LOCKED = 3  # another run holds the database or the digest: try again later


class _OneLineErrors(TyperGroup):
    """The one place where errors become what a user reads: one line on stderr naming the
    file, key or flag and what to do, and an exit code; never a traceback (set
    BRIEFGEN_DEBUG=1 to see one)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except Exception as error:
            if os.environ.get("BRIEFGEN_DEBUG"):
                raise
            code, messages = explain(error)
            for message in messages:
                report(message)
            raise typer.Exit(code) from None


def explain(error: Exception) -> tuple[int, list[str]]:
    """The exit code and the lines that tell a user what went wrong and what to do."""
    from briefgen.digest import DigestBusy

    if isinstance(error, SpecError):
        return EXIT_USAGE, error.problems
    if isinstance(error, DigestBusy):
        return EXIT_LOCKED, [str(error)]
    if isinstance(error, sqlite3.OperationalError) and \
            ("locked" in str(error) or "busy" in str(error)):
        return EXIT_LOCKED, ["the corpus database is locked by another briefgen run that is "
                             "writing; try again when it has finished"]
    if isinstance(error, sqlite3.Error):
        return EXIT_USAGE, [f"corpus database: {error}; check --db names a briefgen corpus"]
    if isinstance(error, OSError):
        return EXIT_USAGE, [_os_problem(error)]
    if isinstance(error, RecursionError):
        return EXIT_USAGE, ["the input is nested too deeply to be read"]
    if isinstance(error, (CorpusError, BuildError, PublisherError, themes.TemplateError)) or \
            type(error).__name__.endswith("Error") and type(error).__module__.startswith(
                "briefgen."):
        return EXIT_USAGE, [str(error)]
    return EXIT_USAGE, [f"unexpected {type(error).__name__}: {error} (a bug in briefgen; "
                        f"BRIEFGEN_DEBUG=1 shows where)"]


FIXES = {errno.EACCES: "check its permissions", errno.EPERM: "check its permissions",
         errno.ENOENT: "check the path; create the folder first",
         errno.ENOTDIR: "a file stands where a folder is needed",
         errno.EEXIST: "a file stands where a folder is needed",
         errno.EISDIR: "a folder stands where a file is needed",
         errno.ENOSPC: "free some disk space", errno.EROFS: "the disk is read-only"}


def _os_problem(error: OSError) -> str:
    where = error.filename if error.filename is not None else "a file"
    fix = FIXES.get(error.errno or 0)
    return f"cannot use {where}: {error.strerror or error}" + (f"; {fix}" if fix else "")



HELP_OPTIONS = {"help_option_names": ["-h", "--help"]}
EXIT_CODES = ("Exit codes: 0 done; 1 partly done (files skipped, an empty digest week with "
              "on_empty: fail); 2 a usage or input error (one line says which); 3 another run "
              "holds the lock; 4 a digest issue built but not mailed (the next run sends it).")
app = typer.Typer(help="Research briefings from a corpus of raw Chinese news.",
                  epilog="Example: briefgen ingest examples/corpus --db corpus.db && briefgen "
                         "build briefs/extended-deterrence.yaml --db corpus.db --out out.  "
                         + EXIT_CODES,
                  no_args_is_help=True, add_completion=False, context_settings=HELP_OPTIONS,
                  cls=_OneLineErrors)
corpus_app = typer.Typer(help="Look into the corpus: list, show, search, export.",
                         no_args_is_help=True, context_settings=HELP_OPTIONS)
app.add_typer(corpus_app, name="corpus")
templates_app = typer.Typer(help="Themes and templates: list them, start an override.",
                            no_args_is_help=True, context_settings=HELP_OPTIONS)
app.add_typer(templates_app, name="templates")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[Optional[Path], typer.Option(
    "--db", help="Corpus database (made by ingest).",
    show_default="$BRIEFGEN_DB, else ./briefgen.db")]
# Options `build` and `preview` share, written once.
AsOfOption = Annotated[Optional[str], typer.Option(
    "--as-of", help="Date (YYYY-MM-DD) relative windows end on.",
    show_default="the masthead's date, else today")]
TemplatesOption = Annotated[Optional[Path], typer.Option(
    "--templates", help="Folder of template overrides.", show_default="the spec's templates")]
ThemeOption = Annotated[Optional[str], typer.Option(help="Theme.",
                                                    show_default="the spec's theme")]
LocaleOption = Annotated[Optional[str], typer.Option(
    help="Locale of labels and dates, e.g. zh_CN or en.", show_default="the spec's locale")]



def report(message: str) -> None:
    """One problem, one line on stderr; the message is text, never markup."""
    err.print("[bold red]error:[/] " + escape(message), highlight=False)


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    report(message)
    raise typer.Exit(code)


def _day(option: str, value: str | None) -> date | None:
    try:
        day = date.fromisoformat(value) if value else None
    except ValueError:
        fail(f"{option}: expected a date as YYYY-MM-DD but received {value!r}")
    problem = limits.day_problem(day) if day else None
    if problem:
        fail(f"{option}: {problem}")
    return day


def _check_folder(flag: str, folder: Path) -> None:
    """Refuse, before any work, an output folder that cannot be written: a file in the
    way, or no permission on it or on the nearest folder that exists above it."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        fail(f"{flag} {folder}: {existing} is a file, not a folder; choose another path")
    if not os.access(existing, os.W_OK | os.X_OK):
        fail(f"{flag} {folder}: no permission to write in {existing}; choose a folder you "
             f"can write to")


def open_corpus(db: Path | None, create: bool = False) -> Corpus:
    """The corpus; only `ingest` (create=True) may start a new database: elsewhere a
    mistyped path would quietly give an empty corpus."""
    from briefgen.corpus import resolve_db

    path = Path(resolve_db(db))
    if not create and not path.exists():
        fail(f"no corpus database at {path}: check --db or $BRIEFGEN_DB, or make one with "
             f"briefgen ingest PATH --db {path}")
    try:
        return Corpus(db)
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise  # another writer: exit 3 (explain), not a broken database
        fail(f"cannot open the corpus database {path}: {error}")
    except Exception as error:  # sqlite3.DatabaseError and OSError alike: one line, not a trace
        fail(f"cannot open the corpus database {path}: {error}")


def _print_version(value: bool) -> None:
    if value:
        out.print(f"briefgen {__version__}", highlight=False)
        raise typer.Exit()


@app.callback()
def main_options(version: Annotated[bool, typer.Option(
        "--version", help="Print the version and exit.", callback=_print_version,
        is_eager=True)] = False) -> None:
    """Research briefings from a corpus of raw Chinese news."""


@app.command(epilog="Example: briefgen version")
def version() -> None:
    """Print briefgen's version."""
    out.print(__version__)


@app.command(epilog="Example: briefgen ingest examples/corpus incoming/ --db corpus.db")
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (read recursively).")],
    db: DbOption = None,
    publishers: Annotated[Optional[list[Path]], typer.Option(
        "--publishers", help="YAML file of extra domain → publisher entries (repeatable).")] = None,
    boilerplate: Annotated[Optional[list[Path]], typer.Option(
        "--boilerplate", help="YAML file of extra boilerplate patterns by kind (repeatable).")] = None,
    workers: Annotated[Optional[int], typer.Option(help="Parsing processes.",
                                                   show_default="the number of cores")] = None,
    timeout: Annotated[float, typer.Option(
        help="Seconds to read and clean one file; a file over it is skipped (0: no limit).",
        min=0)] = 10.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read raw news files into the corpus. Exit code 1 if some files were skipped."""
    with open_corpus(db, create=True) as corpus:
        show = not quiet and err.is_terminal
        with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                      TimeRemainingColumn(), console=err, disable=not show) as bar:
            task = bar.add_task("ingest", total=None)

            def progress(done: int, total: int, path: str) -> None:
                bar.update(task, completed=done, total=total)

            try:
                report = ingest_files(paths, corpus, publisher_files=publishers or [],
                                      boilerplate_files=boilerplate or [],
                                      workers=workers, timeout=timeout or None,
                                      progress=progress)
            except PublisherError as error:
                fail(str(error))
        out.print(report.summary(), highlight=False)
        for skipped in report.skipped + report.skipped_items:
            err.print(f"skipped {skipped.path}: {skipped.reason}", highlight=False, markup=False)
        out.print(f"corpus: {len(corpus)} articles in {corpus.path}", highlight=False)
    if report.skipped or report.skipped_items:
        raise typer.Exit(EXIT_PARTIAL)


@app.command(epilog="Example: briefgen build briefs/extended-deterrence.yaml --db corpus.db "
                    "--out out --format html,pdf --strict")
def build(
    spec: Annotated[Path, typer.Argument(help="The brief spec (YAML).")],
    db: DbOption = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the output files.")] = Path("out"),
    format: Annotated[Optional[str], typer.Option(
        "--format", help="Comma-separated formats: html, pdf, md, json.",
        show_default="the spec's formats")] = None,
    as_of: AsOfOption = None,
    templates: TemplatesOption = None,
    theme: ThemeOption = None,
    locale: LocaleOption = None,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="List the selected and dropped articles and the items per section; "
                          "write nothing.")] = False,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Treat warnings (CSS, unknown blocks and variables) as errors.")
    ] = False,
) -> None:
    """Build a brief from a spec and the corpus: html, pdf, json, md."""
    from briefgen.locales import problem as locale_problem

    day = _day("--as-of", as_of)
    formats = [f.strip() for f in format.split(",") if f.strip()] if format else None
    for flag, value, problem in (("--locale", locale, locale_problem),
                                 ("--theme", theme, themes.theme_problem)):
        if value is not None and problem(value):
            fail(f"{flag}: {problem(value)}")
    _check_folder("--out", out_dir)
    with open_corpus(db) as corpus:
        try:
            if dry_run:
                from briefgen.dryrun import plan_for

                _print_build_plan(plan_for(spec, corpus, day))
                return
            written = build_brief(spec, corpus, out_dir, formats, day, theme=theme,
                                  locale=locale, templates=templates, strict=strict,
                                  warn=lambda problem: err.print(
                                      "[yellow]warning:[/] " + escape(problem), highlight=False))
        except SpecError as error:
            for problem in error.problems:
                report(problem)
            raise typer.Exit(EXIT_USAGE)
        except StrictError as error:
            for problem in error.problems:
                report(problem)
            fail(str(error))
        except BuildError as error:
            fail(str(error))
        except OSError as error:
            fail(f"--out {out_dir}: {_os_problem(error)}")
    for path in written:
        out.print(f"wrote {path}", highlight=False)


def _print_build_plan(plan) -> None:
    """The dry run's listing: plain text, one article a line."""
    start, end = plan.window
    out.print(f"window: {start or '…'} to {end or '…'}", highlight=False, markup=False)
    out.print(f"selected: {len(plan.selected)} stories", highlight=False, markup=False)
    for row in plan.selected:
        article = row.article
        published = article.published.isoformat()[:10] if article.published else "undated"
        details = "  ".join(f"{key} {value:.2f}" if isinstance(value, float)
                            else f"{key} {value}" for key, value in row.details.items())
        copies = f"  copies {', '.join(map(str, row.copies))}" if row.copies else ""
        out.print(f"  #{article.id}  {article.publisher or 'publisher unknown'}  {published}  "
                  f"{details}{copies}  {article.title}", highlight=False, markup=False)
    out.print(f"dropped: {len(plan.dropped)} articles matching the topic", highlight=False,
              markup=False)
    for dropped in plan.dropped:
        article = dropped.article
        published = article.published.isoformat()[:10] if article.published else "undated"
        out.print(f"  #{article.id}  {article.publisher or 'publisher unknown'}  {published}  "
                  f"{dropped.reason}  {article.title}", highlight=False, markup=False)
    out.print("sections:", highlight=False)
    for kind, heading, count in plan.sections:
        out.print(f"  {heading} ({kind}): {count} items", highlight=False, markup=False)
    out.print(f"sources: {plan.sources}; nothing written (dry run)", highlight=False)


@app.command(epilog="Example: briefgen schema > brief-spec.schema.json")
def schema(digest: Annotated[bool, typer.Option(
        "--digest", help="The schema of digest specs instead.")] = False) -> None:
    """Print the JSON Schema of brief specs (for editors' YAML plugins)."""
    out.print(json.dumps(json_schema(digest), ensure_ascii=False, indent=2), highlight=False,
              markup=False, soft_wrap=True)


@templates_app.command("list", epilog="Example: briefgen templates list")
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


@templates_app.command("init", epilog="Example: briefgen templates init my-look && briefgen "
                                       "preview briefs/extended-deterrence.yaml --templates "
                                       "my-look --db corpus.db")
def templates_init(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="New folder for the override.")],
    theme: Annotated[str, typer.Option(help="Theme to start from.")] = "shandong",
    full: Annotated[bool, typer.Option(
        "--full", help="Copy every file of the theme instead (it stops receiving the theme's "
                       "fixes).")] = False,
) -> None:
    """Start a template override in DIR: brief.html, extra.css, GUIDE.md.

    brief.html extends the theme's page with one example block; extra.css lists the theme's
    variables; the theme's other files keep coming from briefgen."""
    try:
        written = themes.init(folder, theme, full=full)
    except themes.TemplateError as error:
        fail(str(error))
    for path in written:
        out.print(f"wrote {path}", highlight=False, markup=False)
    out.print(f"next: read {folder / themes.GUIDE}, then build with --templates {folder}",
              highlight=False, markup=False)


@app.command(epilog="Example: briefgen doctor")
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


@corpus_app.command("list", epilog="Example: briefgen corpus list --db corpus.db --limit 20")
def corpus_list(db: DbOption = None,
                limit: Annotated[int, typer.Option(help="At most this many, newest first.",
                                                   min=1, max=limits.MAX_LIMIT)] = 50
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


@corpus_app.command("show", epilog="Example: briefgen corpus show 12 --db corpus.db")
def corpus_show(article_id: Annotated[int, typer.Argument(metavar="ID", min=1,
                                                         max=limits.MAX_ROW_ID)],
                db: DbOption = None) -> None:
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


@corpus_app.command("search", epilog="Example: briefgen corpus search '延伸威慑 OR 核威慑 -演习' "
                                     "--db corpus.db")
def corpus_search(query: Annotated[str, typer.Argument(help="Words, OR, -exclusion.")],
                  db: DbOption = None,
                  limit: Annotated[int, typer.Option(help="At most this many hits.", min=1,
                                                     max=limits.MAX_LIMIT)] = 20) -> None:
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


@corpus_app.command("export", epilog="Example: briefgen corpus export --format jsonl -o "
                                     "corpus.jsonl --db corpus.db")
def corpus_export(
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", help="Only jsonl for now.")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("--output", "-o",
                                                   help="File to write.",
                                                   show_default="stdout")] = None,
) -> None:
    """Every article as JSON Lines (the fields other tools rely on)."""
    if format != "jsonl":
        fail(f"--format: expected jsonl but received {format!r}")
    with open_corpus(db) as corpus:
        if output is None:
            count = corpus.export_jsonl(sys.stdout)
        else:
            partial = output.with_name(output.name + ".partial")
            try:
                with partial.open("w", encoding="utf-8") as handle:
                    count = corpus.export_jsonl(handle)
                partial.replace(output)
            except OSError as error:
                partial.unlink(missing_ok=True)
                fail(f"--output {output}: {_os_problem(error)}")
    err.print(f"exported {count} articles", highlight=False)


@app.command(epilog="Example: briefgen preview briefs/extended-deterrence.yaml --db corpus.db "
                    "--templates my-look --port 8000")
def preview(
    spec: Annotated[Path, typer.Argument(help="The brief spec (YAML).")],
    db: DbOption = None,
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0: any free port).")] = 8000,
    as_of: AsOfOption = None,
    templates: TemplatesOption = None,
    theme: ThemeOption = None,
    locale: LocaleOption = None,
) -> None:
    """Serve the brief on 127.0.0.1; rebuild and reload it on every change.

    The spec, its templates and the corpus are watched: the open page reloads by itself;
    errors show in the page with file and line; the PDF is a click away. Stop with Ctrl-C."""
    from briefgen import preview as previews

    day = _day("--as-of", as_of)
    with open_corpus(db) as corpus:  # refused here if it does not exist
        db_path = corpus.path
    try:
        server = previews.Preview(spec, db_path, day, theme=theme, locale=locale,
                                  templates=templates)
        server.start(port)
    except SpecError as error:
        for problem in error.problems:
            report(problem)
        raise typer.Exit(2)
    except OSError as error:
        fail(f"cannot listen on 127.0.0.1:{port}: {error.strerror or error}")
    out.print(f"previewing {spec} at {server.url} (Ctrl-C to stop)", highlight=False,
              markup=False)
    try:
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


from briefgen.digest_cli import digest_app  # noqa: E402 (it uses the helpers above)

app.add_typer(digest_app, name="digest")


def main() -> None:
    """Run the command line; a mistyped command, option or value is one line on stderr, not
    the framework's boxed message (exit 2)."""
    try:
        code = app(standalone_mode=False)
    except cli_errors.NoArgsIsHelpError as error:
        error.show()  # no arguments at all: the help is the answer
        code = error.exit_code
    except cli_errors.UsageError as error:
        command = error.ctx.command_path if error.ctx else "briefgen"
        report(f"{command}: {error.format_message()} (see '{command} -h')")
        code = error.exit_code
    except cli_errors.ClickException as error:
        report(error.format_message())
        code = error.exit_code
    except typer.Abort:
        report("aborted")
        code = 1
    sys.exit(code if isinstance(code, int) else 0)


__all__ = ["app", "main"]
