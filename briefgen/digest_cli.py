"""`briefgen digest`: build the week's issue (the default), list issues, send one on
purpose, and tell a monitor whether the last run went well. Arguments in, library calls,
lines out; `briefgen.cli` mounts it."""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup


class _DefaultBuild(TyperGroup):
    """`briefgen digest SPEC …` means `briefgen digest build SPEC …`."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["build", *args]
        return super().parse_args(ctx, args)


# Made before the import below: briefgen.cli mounts this object while it is being imported.
digest_app = typer.Typer(cls=_DefaultBuild, no_args_is_help=True, epilog=(
                         "Example: briefgen digest briefs/weekly.yaml --ingest incoming/ --out "
                         "site --db corpus.db; briefgen digest status briefs/weekly.yaml --db "
                         "corpus.db"),
                         context_settings={"help_option_names": ["-h", "--help"]}, help=(
    "Weekly digests: `briefgen digest SPEC` builds the week's issue (same as `digest build`); "
    "list, send and status look after the series."))

from briefgen.cli import (  # noqa: E402
    EXIT_LOCKED, EXIT_PARTIAL, EXIT_USAGE, DbOption, _check_folder, _day, err, explain, fail,
    open_corpus, out, report)
from briefgen.corpus import resolve_db  # noqa: E402
from briefgen.spec import SpecError  # noqa: E402

EXIT_EMPTY_WEEK = EXIT_PARTIAL
EXIT_NOT_SENT = 4  # the issue is built and kept; its mail waits for the next run

SpecArgument = Annotated[Path, typer.Argument(help="The digest spec (YAML).")]


class _Journal(logging.Formatter):
    """Under systemd: the journal's priority prefix (the journal adds the time)."""

    levels = {logging.ERROR: 3, logging.WARNING: 4, logging.INFO: 6, logging.DEBUG: 7}

    def format(self, record):
        return f"<{self.levels.get(record.levelno, 6)}>{record.getMessage()}"


class _Collect(logging.Handler):
    """Warnings of the run, for the --json summary (which has the error on its own)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record) -> None:
        if record.levelno == logging.WARNING:
            self.messages.append(record.getMessage())


def _logging(json_summary: bool = False) -> tuple[logging.Logger, _Collect]:
    """Log lines to stderr and result lines ('wrote …') to stdout, each with its time, or
    under systemd with the journal's priority instead; with --json, stdout holds only the
    summary and the result lines join the log."""
    if os.environ.get("JOURNAL_STREAM"):
        formatter: logging.Formatter = _Journal()
    else:
        formatter = logging.Formatter("%(asctime)s %(levelname)s %(message)s",
                                      "%Y-%m-%d %H:%M:%S")
    logger = logging.getLogger("briefgen")
    collect = _Collect()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    logger.handlers[:] = [handler, collect]
    logger.setLevel(logging.INFO)
    logger.propagate = False
    results = logging.getLogger("briefgen-results")
    result_handler = logging.StreamHandler(sys.stderr if json_summary else sys.stdout)
    result_handler.setFormatter(formatter)
    results.handlers[:] = [result_handler]
    results.setLevel(logging.INFO)
    results.propagate = False
    return results, collect


def _load(spec: Path, summary: dict | None = None):
    """The digest spec, or exit 2 with its problems."""
    from briefgen.digest_spec import load_digest_spec

    try:
        return load_digest_spec(spec)
    except SpecError as error:
        for problem in error.problems:
            report(problem)
        if summary is not None:
            summary["error"] = "; ".join(error.problems)
        raise typer.Exit(EXIT_USAGE)


@digest_app.command("build", epilog="Example: briefgen digest briefs/weekly.yaml --ingest "
                    "incoming/ --out site --db corpus.db --wait 600 --json")
def build(
    spec: SpecArgument,
    db: DbOption = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder of the archive.")] = Path("out"),
    week: Annotated[Optional[str], typer.Option(
        help="ISO week, e.g. 2024-W28.", show_default="the last complete week")] = None,
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", help="Build as if today were this date (YYYY-MM-DD): its last complete "
                        "week.")] = None,
    ingest_paths: Annotated[Optional[list[Path]], typer.Option(
        "--ingest", help="Ingest these files or folders first (repeatable; each must "
                         "exist).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run",
                                          help="Show what would be built; write nothing.")] = False,
    wait: Annotated[float, typer.Option(
        help="Seconds to wait for another run to finish (0: fail at once).")] = 0.0,
    no_send: Annotated[bool, typer.Option(
        "--no-send", help="Do not mail this issue (send it later with `digest send`).")] = False,
    json_summary: Annotated[bool, typer.Option(
        "--json", help="End with one JSON line for monitors: status, week, numbers, stories, "
                       "files, sent, duration, warnings.")] = False,
) -> None:
    """Build the week's numbered issue, its archive and feed; mail it (spec `delivery:`).

    Exit 1: an empty week with on_empty: fail; 2: an error; 3: another run holds the lock;
    4: built, but the mail could not be sent (the next run tries again)."""
    results, collect = _logging(json_summary)
    started = time.monotonic()
    summary: dict = {"status": "failed", "week": None, "issue": None, "stories": 0,
                     "files": [], "sent": [], "duration_s": 0.0, "warnings": [], "error": None}
    try:
        code = _build(summary, results, spec, db, out_dir, week, as_of, ingest_paths or [],
                      dry_run, wait, no_send)
    except typer.Exit as exit_:
        code = exit_.exit_code
    except Exception as error:  # a full disk, a locked database: one line, and the summary
        code, messages = explain(error)
        summary["error"] = "; ".join(messages)
        for message in messages:
            report(message)
    summary["exit_code"] = code
    summary["duration_s"] = round(time.monotonic() - started, 2)
    summary["warnings"] = collect.messages
    if code and summary["status"] != "failed" and summary["status"] != "empty":
        summary["status"] = "failed"
    if summary.pop("_run", None) is not None:
        from briefgen import digest as digests

        with open_corpus(db) as corpus:
            digests.finish_run(corpus, summary["run"], code == 0, summary)
    if json_summary:
        print(json.dumps(summary, ensure_ascii=False), flush=True)
    raise typer.Exit(code)


def _build(summary, results, spec_path, db, out_dir, week, as_of, ingest_paths, dry_run,
           wait, no_send) -> int:
    from zoneinfo import ZoneInfo

    from briefgen import delivery, limits
    from briefgen import digest as digests
    from briefgen.build import BuildError
    from briefgen.cleaning.metadata import PublisherError
    from briefgen.ingest import find_files
    from briefgen.ingest import ingest as ingest_files
    from briefgen.writers import themes

    def stop(message: str, code: int = EXIT_USAGE):
        """End the run with the one `error:` line every command gives, and the summary."""
        summary["error"] = message
        fail(message, code)

    spec = _load(spec_path, summary)
    if week and as_of:
        stop("give --week or --as-of, not both")
    try:
        chosen = digests.Week.parse(week) if week else digests.Week.last_complete(
            _day("--as-of", as_of) or datetime.now(ZoneInfo(spec.timezone)).date())
    except digests.DigestError as error:
        stop(str(error))
    summary["week"] = chosen.label
    problem = limits.day_problem(chosen.monday) or limits.day_problem(chosen.sunday)
    if problem:
        stop(f"--week {chosen.label}: {problem}")
    for path in ingest_paths:
        if not path.exists():
            stop(f"--ingest: {path} does not exist")
    _check_folder("--out", out_dir)
    if dry_run:
        summary["status"] = "planned"
        with open_corpus(db, create=bool(ingest_paths)) as corpus:
            if ingest_paths:
                files, _ = find_files(ingest_paths)
                out.print(f"would ingest {len(files)} files from "
                          f"{', '.join(map(str, ingest_paths))} first", highlight=False)
            try:
                outcome = digests.run(spec, corpus, out_dir, chosen, dry_run=True)
            except digests.DigestError as error:
                stop(str(error))
        _print_plan(outcome)
        return 0
    code = 0
    try:
        with digests.lock(digests.lock_path(resolve_db(db), spec.folder), wait), \
                open_corpus(db, create=bool(ingest_paths)) as corpus:
            summary["run"] = digests.start_run(corpus, spec.folder)
            summary["_run"] = True
            if ingest_paths:
                try:
                    ingested = ingest_files(ingest_paths, corpus)
                except PublisherError as error:
                    stop(str(error))
                digests.log.info("ingest: %s", ingested.summary())
                for skipped in ingested.skipped + ingested.skipped_items:
                    digests.log.warning("skipped %s: %s", skipped.path, skipped.reason)
            outcome = digests.run(spec, corpus, out_dir, chosen, send=not no_send)
            summary["status"] = outcome.status
            summary["stories"] = outcome.plan.articles
            if outcome.status == "built":
                summary["issue"] = {"year": chosen.year, "number": outcome.plan.number,
                                    "total": outcome.plan.total}
                summary["files"] = [str(path) for path in outcome.files]
            if spec.delivery and not no_send:
                sent, errors = delivery.deliver_due(corpus, spec)
                summary["sent"] = sent
                if errors:
                    summary["error"] = "; ".join(errors)
                    code = EXIT_NOT_SENT
    except digests.DigestBusy as error:
        summary.pop("_run", None)
        stop(str(error), EXIT_LOCKED)
    except (digests.DigestError, BuildError) as error:
        stop(str(error))
    except themes.TemplateError as error:
        stop(f"template error: {error}")
    if outcome.status == "empty":
        results.info("%s: no articles this week; no issue built, no number used", chosen.label)
        return EXIT_EMPTY_WEEK if spec.on_empty == "fail" else code
    for path in outcome.files:
        results.info("wrote %s", path)
    for sent_week in summary["sent"]:
        results.info("sent %s to %s", sent_week, ", ".join(spec.delivery.recipients))
    return code


def _print_plan(outcome) -> None:
    plan = outcome.plan
    out.print(f"week {plan.week.label}: {plan.week.monday} to {plan.week.sunday} "
              f"({plan.spec.timezone})", highlight=False)
    if plan.empty:
        out.print("no articles this week: nothing would be built, no number used",
                  highlight=False)
        return
    state = "rebuilt, keeping its numbers" if plan.rerun else "a new issue"
    out.print(f"issue: {plan.week.year} No. {plan.number}, total No. {plan.total} ({state})",
              highlight=False)
    for topic, chosen in plan.selected.items():
        out.print(f"topic {topic}: {len(chosen)} stories", highlight=False, markup=False)
        for choice in chosen:
            published = choice.article.published.isoformat()[:16] if choice.article.published \
                else ""
            out.print(f"  {published}  {choice.article.title}", highlight=False, markup=False)
    out.print(f"would write: {outcome.folder}/ ({', '.join(plan.spec.formats)}), "
              f"{outcome.folder.parent.parent / 'index.html'}, "
              f"{outcome.folder.parent.parent / 'feed.atom'}", highlight=False, markup=False)


def _utc(moment: str | None) -> str:
    """A recorded time, to the minute, in UTC: one word."""
    if not moment:
        return "-"
    return datetime.fromisoformat(moment).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%MZ")


@digest_app.command("list", epilog="Example: briefgen digest list briefs/weekly.yaml --db "
                    "corpus.db")
def list_issues(spec: SpecArgument, db: DbOption = None) -> None:
    """Every issue of the series, newest week first: numbers, when built, when sent."""
    from briefgen import delivery
    from briefgen import digest as digests

    spec_data = _load(spec)
    with open_corpus(db) as corpus:
        records = sorted(digests.issues(corpus, spec_data.folder), key=lambda r: r.week,
                         reverse=True)
        mails = delivery.deliveries(corpus, spec_data.folder)
    rows = [("week", "issue", "total", "date", "built", "sent")]
    for record in records:
        issue, total = digests.issue_numbers(spec_data.locale, record.year, record.number,
                                             record.total)
        mail = mails.get(record.week)
        sent = "-" if mail is None else _utc(mail.sent) if mail.state == "sent" else \
            f"{mail.state}" + (f" ({mail.attempts} attempts: {mail.error})" if mail.error else "")
        rows.append((record.week, issue, total, record.published,
                     _utc(record.built or record.updated), sent))
    widths = [max(len(row[n]) + sum(ord(c) > 0x2e7f for c in row[n]) for row in rows)
              for n in range(5)]  # Chinese characters take two columns
    for row in rows:
        cells = [cell + " " * (width - len(cell) - sum(ord(c) > 0x2e7f for c in cell))
                 for cell, width in zip(row, widths)]
        out.print("  ".join([*cells, row[5]]), highlight=False, markup=False)
    out.print(f"{len(records)} issue{'' if len(records) == 1 else 's'} of {spec_data.folder}",
              highlight=False, markup=False)


def _issue_week(records, wanted: str) -> str | None:
    """--issue as 总第N期 (140), as a year and number (2024-28) or as a week (2024-W28)."""
    wanted = wanted.strip()
    for record in records:
        if wanted in (str(record.total), f"{record.year}-{record.number}",
                      f"{record.year}-{record.number:02d}", record.week) or \
                wanted.upper() == record.week:
            return record.week
    return None


@digest_app.command("send", epilog="Example: briefgen digest send briefs/weekly.yaml --issue "
                    "2024-W28 --db corpus.db")
def send(
    spec: SpecArgument,
    issue: Annotated[str, typer.Option(
        "--issue", help="The issue: its running number (140), year and number (2024-28) or "
                        "week (2024-W28).")],
    db: DbOption = None,
    wait: Annotated[float, typer.Option(help="Seconds to wait for a running build.")] = 60.0,
) -> None:
    """Mail an issue again, on purpose, to the spec's recipients as they are now."""
    from briefgen import delivery
    from briefgen import digest as digests

    _logging()
    spec_data = _load(spec)
    if not spec_data.delivery:
        fail(f"{spec}: no delivery: block, so there is nobody to send to")
    try:
        with digests.lock(digests.lock_path(resolve_db(db), spec_data.folder), wait), \
                open_corpus(db) as corpus:
            week = _issue_week(digests.issues(corpus, spec_data.folder), issue)
            if week is None:
                fail(f"--issue: no issue {issue!r} in {spec_data.folder}; "
                     f"`briefgen digest list` shows them")
            recipients = delivery.deliver(corpus, spec_data, week)
    except digests.DigestBusy as error:
        fail(str(error), EXIT_LOCKED)
    except delivery.DeliveryError as error:
        fail(str(error), EXIT_NOT_SENT)
    logging.getLogger("briefgen-results").info("sent %s to %s", week, ", ".join(recipients))


def _duration(text: str) -> timedelta:
    match = re.fullmatch(r"(\d+)\s*([hdw])", text.strip())
    if not match or int(match[1]) == 0:
        fail(f"--max-age: expected a span such as 8d, 36h or 2w but received {text!r}")
    return timedelta(hours=int(match[1]) * {"h": 1, "d": 24, "w": 168}[match[2]])


@digest_app.command("status", epilog="Example: briefgen digest status briefs/weekly.yaml --db "
                    "corpus.db --max-age 8d")
def status(
    spec: SpecArgument,
    db: DbOption = None,
    max_age: Annotated[str, typer.Option(
        "--max-age", help="The last good run must be younger than this (8d, 36h, 2w).")] = "8d",
) -> None:
    """The last successful run; exit 1 when something needs a look.

    Exit 1 when the last run failed or never finished, or the last good one is older than
    --max-age (for monitors and OnFailure= units)."""
    from briefgen import delivery
    from briefgen import digest as digests

    spec_data = _load(spec)
    limit = _duration(max_age)
    with open_corpus(db) as corpus:
        recent = digests.runs(corpus, spec_data.folder)
        mails = delivery.deliveries(corpus, spec_data.folder)
    running = digests.locked(digests.lock_path(resolve_db(db), spec_data.folder))
    problems = []
    good = next((run for run in recent if run.status == "ok"), None)
    if good is None:
        problems.append("no successful run recorded")
    else:
        what = good.summary
        issue = what.get("issue") or {}
        detail = f"issue {issue['year']}-{issue['number']:02d} (total {issue['total']})" \
            if issue else what.get("status", "")
        mail = mails.get(what.get("week"))
        sent = "" if mail is None else f"; mail sent {_utc(mail.sent)}" \
            if mail.state == "sent" else f"; mail {mail.state}"
        out.print(f"last successful run: {_utc(good.finished)}, week "
                  f"{what.get('week')}: {detail}{sent}", highlight=False, markup=False)
        age = datetime.now(timezone.utc) - datetime.fromisoformat(good.finished)
        if age > limit:
            problems.append(f"the last successful run is {age.days} days "
                            f"{age.seconds // 3600} hours old (more than {max_age})")
    last = recent[0] if recent else None
    if last and last.status == "running" and not running:
        problems.append(f"the run started {_utc(last.started)} (pid {last.pid}) never "
                        f"finished: killed or crashed")
    elif last and last.status == "running":
        out.print(f"a run is in progress since {_utc(last.started)} (pid {last.pid})",
                  highlight=False)
    elif last and last.status == "failed":
        problems.append(f"the last run failed at {_utc(last.finished)} (exit "
                        f"{last.summary.get('exit_code')}): {last.summary.get('error')}")
    problems += [f"the mail of {week} was not sent ({mail.attempts} attempts): {mail.error}"
                 for week, mail in sorted(mails.items()) if mail.state == "failed"]
    for problem in problems:
        err.print(f"problem: {problem}", highlight=False, markup=False)
    if problems:
        raise typer.Exit(1)
    out.print("ok", highlight=False)

