"""Weekly digests: one numbered issue per ISO week, run unattended by a scheduler.

A run takes a lock, optionally ingests new files, selects each topic's articles of the
week (Monday to Sunday in the spec's time zone), and builds the issue: 本周要闻, each
topic's background and viewpoints, and one chronology of the week. Issue numbers live in
the corpus database and are committed only with a finished issue, so a failed or killed
run burns no number; re-running a week reuses its number and swaps its folder in whole.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

from briefgen import locales
from briefgen.chinese import sentences
from briefgen.corpus import Corpus
from briefgen.digest_spec import DigestSpec
from briefgen.model import Brief, BriefSection, Item
from briefgen.selection import Selected, select
from briefgen.spec import Section
from briefgen.summarizers import Documents, cited_sources
from briefgen.writers import Renderer, themes

log = logging.getLogger("briefgen.digest")

ATOM = "http://www.w3.org/2005/Atom"
ARCHIVE = "index.html"
FEED = "feed.atom"
# Characters XML 1.0 forbids (C0 controls but tab and line breaks, surrogates, U+FFFE/F):
# one in an article would make the whole feed ill-formed.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class DigestError(Exception):
    """A digest run that cannot go on; the message says why."""


class DigestBusy(DigestError):
    """Another run holds the lock."""


# --- weeks ---------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Week:
    year: int  # ISO week-numbering year
    number: int

    @classmethod
    def parse(cls, text: str) -> Week:
        """2024-W28 (also 2024W28, 2024-w28)."""
        cleaned = text.strip().upper().replace("-", "")
        try:
            year, number = cleaned.split("W")
            week = cls(int(year), int(number))
            week.monday  # noqa: B018 (raises for a week the year does not have)
        except ValueError:
            raise DigestError(f"--week: expected an ISO week such as 2024-W28 but received "
                              f"{text!r}") from None
        return week

    @classmethod
    def containing(cls, day: date) -> Week:
        year, number, _ = day.isocalendar()
        return cls(year, number)

    @classmethod
    def last_complete(cls, today: date) -> Week:
        """The week before the one `today` falls in."""
        return cls.containing(today - timedelta(days=7))

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.number:02d}"

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    def bounds(self, zone: str) -> tuple[datetime, datetime]:
        """Monday 00:00 to the next Monday 00:00 in `zone`."""
        tz = ZoneInfo(zone)
        start = datetime.combine(self.monday, datetime.min.time(), tz)
        return start, datetime.combine(self.monday + timedelta(days=7), datetime.min.time(), tz)


# --- numbers ---------------------------------------------------------------------


@dataclass
class IssueRecord:
    series: str
    week: str
    year: int
    number: int
    total: int
    title: str
    published: str
    content_hash: str
    updated: str
    files: list[str]
    summary: str = ""
    built: str | None = None  # when it was last built (UTC)

    @property
    def folder(self) -> str:
        return f"{self.year}/{self.number:02d}"


def issues(corpus: Corpus, series: str) -> list[IssueRecord]:
    """Every issue of a series, newest first."""
    rows = corpus.db.execute(
        "SELECT series, week, year, number, total, title, published, content_hash, updated, "
        "files, summary, built FROM digest_issues WHERE series = ? ORDER BY total DESC",
        (series,))
    return [IssueRecord(*row[:9], json.loads(row[9]), *row[10:]) for row in rows]


def newest_issue(corpus: Corpus, series: str) -> IssueRecord | None:
    """The issue of the latest week (not the latest built)."""
    return max(issues(corpus, series), key=lambda record: record.week, default=None)


def numbers_for(corpus: Corpus, spec: DigestSpec, week: Week) -> tuple[int, int, bool]:
    """(年第N期, 总第N期, whether the week already has them)."""
    row = corpus.db.execute("SELECT number, total FROM digest_issues WHERE series = ? AND "
                            "week = ?", (spec.folder, week.label)).fetchone()
    if row:
        return row[0], row[1], True
    (number,) = corpus.db.execute("SELECT coalesce(max(number), 0) + 1 FROM digest_issues "
                                  "WHERE series = ? AND year = ?",
                                  (spec.folder, week.year)).fetchone()
    (total,) = corpus.db.execute("SELECT max(total) FROM digest_issues WHERE series = ?",
                                 (spec.folder,)).fetchone()
    return number, (total + 1 if total else spec.first_issue_total), False


# --- the issue ---------------------------------------------------------------------


@dataclass
class Plan:
    """What a run would build: the week, its articles by topic, the issue's numbers."""

    spec: DigestSpec
    week: Week
    selected: dict[str, list[Selected]]
    number: int
    total: int
    rerun: bool

    @property
    def stories(self) -> list[Selected]:
        """Every topic's stories (each story sits under one topic only)."""
        return [choice for chosen in self.selected.values() for choice in chosen]

    @property
    def articles(self) -> int:
        return len(self.stories)

    @property
    def empty(self) -> bool:
        return self.articles == 0

    @property
    def folder(self) -> str:
        return f"{self.week.year}/{self.number:02d}"


def plan(spec: DigestSpec, corpus: Corpus, week: Week) -> Plan:
    """Each topic's stories of the week; a story several topics match goes to the one it is
    most relevant to (the first listed on a tie), so no story is told twice."""
    between = week.bounds(spec.timezone)
    found = {topic.name: select(corpus, spec.brief_spec(topic), week.sunday, between)
             for topic in spec.topics}
    best: dict[int, tuple[float, int]] = {}
    for position, chosen in enumerate(found.values()):
        for choice in chosen:
            mine = (choice.score, -position)
            best[choice.article.id] = max(best.get(choice.article.id, mine), mine)
    selected = {name: [c for c in chosen if best[c.article.id][1] == -position]
                for position, (name, chosen) in enumerate(found.items())}
    number, total, rerun = numbers_for(corpus, spec, week)
    return Plan(spec, week, selected, number, total, rerun)


def check_order(plan: Plan, corpus: Corpus) -> str | None:
    """A new issue for a week older than the newest issue takes the next number: a warning,
    or with `numbering: {order: strict}` a refusal. None when numbers follow the weeks."""
    newest = newest_issue(corpus, plan.spec.folder)
    if plan.rerun or not newest or newest.week < plan.week.label:
        return None
    issue, total = issue_numbers(plan.spec.locale, plan.week.year, plan.number, plan.total)
    message = (f"{plan.week.label} is older than the newest issue ({newest.week}, "
               f"{_issue_line(plan.spec, newest)}): it takes the next number, {issue} {total}")
    if plan.spec.strict_order:
        raise DigestError(message + "; refused by numbering: {order: strict}")
    return message


def _lede(selected: Selected) -> str:
    """A story's first sentence: in news, what happened."""
    for paragraph in selected.article.paragraphs:
        for sentence in sentences(paragraph):
            if len(sentence) >= 12:
                return sentence
    return selected.article.title


def highlights(plan: Plan) -> list[Item]:
    """The week's most important stories: those most outlets ran, then the most relevant."""
    ranked = sorted(plan.stories, key=lambda c: (
        -(1 + len(c.copies)), -c.score, c.article.published or datetime.max.replace(
            tzinfo=timezone.utc), c.article.id))
    return [Item(_lede(c), [c.article.id]) for c in ranked[:plan.spec.highlights]]


def week_chronology(plan: Plan) -> list[Item]:
    """Events dated inside the week, from every topic's articles, in date order."""
    from briefgen.summarizers.chronology import ChronologySummarizer

    if not plan.stories:
        return []
    documents = Documents(plan.stories, plan.spec.brief_spec(*plan.spec.topics))
    everything = ChronologySummarizer().summarize(
        documents, Section("chronology", "", 1000, 1_000_000))
    first, last = plan.week.monday.isoformat(), plan.week.sunday.isoformat()
    inside = [item for item in everything
              if item.precision == "day" and first <= item.date <= last]
    keep = sorted(inside, key=lambda i: -len(i.sources))[:plan.spec.chronology_items]
    return [item for item in inside if item in keep]


def issue_numbers(locale: str, year: int, number: int, total: int) -> tuple[str, str]:
    """The issue line as printed: 2024年第28期 and 总第140期."""
    _ = locales.translations(locale).gettext
    return (_("%(year)s, No. %(number)s") % {"year": year, "number": number},
            _("No. %(total)s overall") % {"total": total})


def issue_brief(plan: Plan) -> Brief:
    from briefgen.summarizers.background import BackgroundSummarizer
    from briefgen.summarizers.viewpoints import ViewpointsSummarizer

    spec, locale = plan.spec, plan.spec.locale
    _ = locales.translations(locale).gettext
    sections = [BriefSection("highlights", _("This week's highlights"), highlights(plan))]
    for n, topic in enumerate(spec.topics, 1):
        chosen = plan.selected[topic.name]
        if not chosen:
            continue
        documents = Documents(chosen, spec.brief_spec(topic))
        items = BackgroundSummarizer().summarize(
            documents, Section("background", "", spec.background_items, 600))
        items += ViewpointsSummarizer().summarize(
            documents, Section("viewpoints", "", spec.viewpoint_items, 1200))
        sections.append(BriefSection("topic", topic.name, items, key=f"topic-{n}"))
    events = week_chronology(plan)
    if events:
        sections.append(BriefSection("chronology", _("Chronology of the week"), events))
    start = locales.format_day(plan.week.monday, "day", locale)
    end = locales.format_day(plan.week.sunday, "day", locale)
    span = _("%(start)s to %(end)s") % {"start": start, "end": end}
    lead = span + (("。" if locale.startswith("zh") else ". ") + spec.lead if spec.lead else "")
    issue, issue_total = issue_numbers(locale, plan.week.year, plan.number, plan.total)
    masthead = {**spec.masthead.to_dict(), "issue": issue, "issue_total": issue_total,
                "date": (plan.week.sunday + timedelta(days=1)).isoformat(),
                "week": plan.week.label}
    return Brief(title=spec.title, lead=lead, masthead=masthead, author_line=spec.author_line,
                 sections=sections, sources=cited_sources(sections, plan.stories),
                 spec={"theme": spec.theme, "locale": locale, "formats": list(spec.formats)})


# --- writing ---------------------------------------------------------------------------


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False if unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(a))


def replace_folder(target: Path, files: dict[str, bytes]) -> None:
    """Put `files` in `target`, replacing what it held in one step: readers see the old
    issue or the new one, never a mix."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.new-"))
    try:
        for name, data in files.items():
            with open(fresh / name, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        os.chmod(fresh, 0o755)
        _fsync_folder(fresh)  # its entries are on disk before it is swapped in
        if target.exists() and _exchange(fresh, target):
            _fsync_folder(target.parent)
            shutil.rmtree(fresh)  # now the old issue
            return
        if target.exists():  # no atomic exchange here: the shortest possible gap
            old = target.with_name(f".{target.name}.old-{os.getpid()}")
            os.rename(target, old)
            os.rename(fresh, target)
            _fsync_folder(target.parent)
            shutil.rmtree(old)
            return
        os.rename(fresh, target)
        _fsync_folder(target.parent)
        _fsync_folder(target.parent.parent)  # a new year's folder
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise


def _fsync_folder(folder: Path) -> None:
    """Make a folder's entries (new names, renames) durable."""
    handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def write_durably(path: Path, data: bytes) -> None:
    """Write a temporary file beside `path`, fsync it, rename it over `path`, fsync the
    folder: after a crash, the old file or the new one, whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # as an ordinary new file would be
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
    _fsync_folder(path.parent)


def _sweep(series_dir: Path) -> None:
    """Remove what killed runs left: hidden .NN.new-* and .NN.old-* folders; and the lock
    earlier versions kept in the site."""
    (series_dir / ".lock").unlink(missing_ok=True)
    for leftover in series_dir.glob("*/.*.new-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    for leftover in series_dir.glob("*/.*.old-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def feed(spec: DigestSpec, records: list[IssueRecord]) -> bytes:
    """An Atom feed of the issues, newest first."""
    ElementTree.register_namespace("", ATOM)

    def sub(parent, tag, text=None, **attributes):
        element = ElementTree.SubElement(parent, f"{{{ATOM}}}{tag}", {
            key: NOT_XML.sub("", value) for key, value in attributes.items()})
        if text is not None:
            element.text = NOT_XML.sub("", text)
        return element

    def href(path: str) -> str:
        return spec.base_url.rstrip("/") + "/" + path if spec.base_url else path

    root = ElementTree.Element(f"{{{ATOM}}}feed", {"xml:lang": spec.locale.replace("_", "-")})
    sub(root, "id", f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'briefgen:' + spec.folder)}")
    sub(root, "title", f"{spec.masthead.series} · {spec.title}")
    sub(root, "updated", max((r.updated for r in records), default="1970-01-01T00:00:00+00:00"))
    sub(root, "link", rel="alternate", type="text/html", href=href(ARCHIVE))
    sub(root, "link", rel="self", type="application/atom+xml", href=href(FEED))
    author = sub(root, "author")
    sub(author, "name", "、".join(spec.masthead.publishers) or spec.masthead.series)
    sub(root, "generator", "briefgen")
    for record in records:
        entry = sub(root, "entry")
        name = f"briefgen:{spec.folder}:{record.week}"
        sub(entry, "id", f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}")
        sub(entry, "title", f"{record.title}（{_issue_line(spec, record)}）"
            if spec.locale.startswith("zh") else f"{record.title} ({_issue_line(spec, record)})")
        sub(entry, "updated", record.updated)
        sub(entry, "published", f"{record.published}T00:00:00" + _offset(spec, record))
        for file in record.files:
            kind = file.rsplit(".", 1)[1]
            sub(entry, "link", rel="alternate" if kind == "html" else "enclosure",
                type={"html": "text/html", "pdf": "application/pdf",
                      "json": "application/json", "md": "text/markdown"}[kind],
                href=href(f"{record.folder}/{file}"))
        sub(entry, "summary", record.summary)
    ElementTree.indent(root)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ElementTree.tostring(root, "utf-8") + b"\n"


def _offset(spec: DigestSpec, record: IssueRecord) -> str:
    moment = datetime.combine(date.fromisoformat(record.published), datetime.min.time(),
                              ZoneInfo(spec.timezone))
    return moment.isoformat()[19:]


def _issue_line(spec: DigestSpec, record: IssueRecord) -> str:
    return " ".join(issue_numbers(spec.locale, record.year, record.number, record.total))


def archive(spec: DigestSpec, records: list[IssueRecord]) -> bytes:
    """The archive page: every issue, newest first, from the theme's archive.html."""
    entries = [{"week": r.week, "title": r.title, "issue_line": _issue_line(spec, r),
                "published": r.published, "summary": r.summary,
                "links": [{"kind": n.rsplit(".", 1)[1], "href": f"{r.folder}/{n}"}
                          for n in r.files]} for r in records]
    context = {"series": spec.masthead.series, "title": spec.title,
               "publishers": list(spec.masthead.publishers), "issues": entries, "feed": FEED,
               "lang": locales.html_lang(spec.locale),
               "theme": spec.theme, "locale": spec.locale}
    return themes.render(spec.theme, spec.templates, spec.locale, "archive.html",
                         context).encode("utf-8")


# --- a run -----------------------------------------------------------------------------


def lock_path(db: str | os.PathLike, series: str) -> Path:
    """The lock of a series lives beside the database that numbers it, never in the site."""
    db = Path(db)
    return db.with_name(f"{db.name}.{series}.lock")


_HELD: set[int] = set()  # descriptors of the series locks this process holds


def _let_go_in_child() -> None:
    """A forked worker does not keep its parent's lock: killed, the parent must free it at
    once, not when its last worker ends. (The descriptor is pointed at /dev/null, so the
    copy of the file object the child carries closes something harmless.)"""
    if not _HELD:
        return
    null = os.open(os.devnull, os.O_RDONLY)
    for descriptor in _HELD:
        os.dup2(null, descriptor)
    os.close(null)
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_let_go_in_child)


@contextlib.contextmanager
def lock(path: Path, wait: float = 0.0) -> Iterator[None]:
    """One run at a time per series and database. Waits up to `wait` seconds, then fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
    deadline = time.monotonic() + wait
    try:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "another process"
                    raise DigestBusy(f"another digest run ({holder}) holds {path}; "
                                     f"try again later or pass --wait SECONDS") from None
                time.sleep(0.2)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since "
                     f"{datetime.now(timezone.utc).isoformat(timespec='seconds')}\n")
        handle.flush()
        _HELD.add(handle.fileno())
        yield
    finally:
        _HELD.discard(handle.fileno())
        handle.close()  # closing releases the lock


def locked(path: Path) -> bool:
    """Whether a run holds the lock right now."""
    if not path.exists():
        return False
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return False
        except BlockingIOError:
            return True


def series_folder(out: Path, spec: DigestSpec) -> Path:
    """OUT/<folder>; the spec's checks keep the name plain, this keeps it inside OUT."""
    folder = Path(out) / spec.folder
    if Path(os.path.normpath(folder)).parent != Path(os.path.normpath(out)):
        raise DigestError(f"folder: {spec.folder!r} would leave --out {out}")
    return folder


@dataclass
class Outcome:
    status: str  # built, empty, planned
    plan: Plan
    folder: Path | None = None
    files: list[Path] = field(default_factory=list)


def run(spec: DigestSpec, corpus: Corpus, out: Path, week: Week, *,
        renderer: Renderer | None = None, dry_run: bool = False, send: bool = True) -> Outcome:
    """Build (or with `dry_run`, only plan) the issue of `week`. The caller holds the lock.
    With a `delivery:` spec the issue's mail is recorded with it, to send once committed
    (`send=False`: held, sent only on purpose)."""
    from briefgen import delivery

    renderer = renderer or Renderer(spec.theme, spec.locale, spec.templates)
    series_dir = series_folder(out, spec)
    planned = plan(spec, corpus, week)
    log.info("week %s (%s to %s, %s): %d articles in %d of %d topics", week.label,
             week.monday, week.sunday, spec.timezone, planned.articles,
             sum(1 for chosen in planned.selected.values() if chosen), len(spec.topics))
    if planned.empty:
        log.info("no articles for %s: no issue built, no number used", week.label)
        return Outcome("empty", planned)
    out_of_order = check_order(planned, corpus)
    if out_of_order:
        log.warning(out_of_order)
    target = series_dir / planned.folder
    if dry_run:
        return Outcome("planned", planned, target)
    _sweep(series_dir)
    # The number is kept only if the issue is finished: rendered, recorded and in place.
    # A run killed before COMMIT leaves at most a whole, unlisted folder that the next run
    # of the week replaces under the same number.
    with corpus.transaction():
        number, total, rerun = numbers_for(corpus, spec, week)  # under the lock: as planned
        planned.number, planned.total, planned.rerun = number, total, rerun
        target = series_dir / planned.folder
        brief = issue_brief(planned)
        rendered = renderer.render(brief, list(spec.formats))
        stem = f"{week.year}-{number:02d}"
        files = {f"{stem}.{fmt}": data for fmt, data in rendered.items()}
        content_hash = hashlib.sha256(rendered.get("json") or renderer.json(brief)).hexdigest()
        previous = corpus.db.execute(
            "SELECT content_hash, updated FROM digest_issues WHERE series = ? AND week = ?",
            (spec.folder, week.label)).fetchone()
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        updated = previous[1] if previous and previous[0] == content_hash else now
        summary = "；".join(item.text for item in brief.sections[0].items)
        corpus.db.execute(
            "INSERT OR REPLACE INTO digest_issues (series, week, year, number, total, title, "
            "published, content_hash, updated, files, summary, built) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (spec.folder, week.label, week.year, number, total, brief.title,
             brief.masthead["date"], content_hash, updated, json.dumps(sorted(files)), summary,
             now))
        if spec.delivery:
            message = delivery.compose(spec, brief, renderer, rendered, stem)
            delivery.record(corpus, spec.folder, week.label, message, new=not rerun,
                            hold=not send)
        replace_folder(target, files)
        # Only issues whose folders are under this --out: another site built from the
        # same database keeps its own issues.
        records = [r for r in issues(corpus, spec.folder) if (series_dir / r.folder).is_dir()]
        index, atom = archive(spec, records), feed(spec, records)
    # Committed: the archive and the feed only ever list issues whose numbers are kept.
    write_durably(series_dir / ARCHIVE, index)
    write_durably(series_dir / FEED, atom)
    log.info("%s %s %s for %s: %s", "rebuilt" if rerun else "built", brief.masthead["issue"],
             brief.masthead["issue_total"], week.label, target)
    log.info("archive: %d issues in %s", len(records), series_dir / ARCHIVE)
    return Outcome("built", planned, target, [target / name for name in sorted(files)])


# --- runs, for monitors ---------------------------------------------------------------


@dataclass
class RunRecord:
    id: int
    series: str
    started: str
    finished: str | None
    pid: int
    status: str  # running, ok, failed
    summary: dict


def start_run(corpus: Corpus, series: str) -> int:
    with corpus.transaction():
        cursor = corpus.db.execute(
            "INSERT INTO digest_runs (series, started, pid, status) VALUES (?, ?, ?, 'running')",
            (series, datetime.now(timezone.utc).isoformat(timespec="seconds"), os.getpid()))
    return cursor.lastrowid


def finish_run(corpus: Corpus, run_id: int, ok: bool, summary: dict) -> None:
    with corpus.transaction():
        corpus.db.execute(
            "UPDATE digest_runs SET finished = ?, status = ?, summary = ? WHERE id = ?",
            (datetime.now(timezone.utc).isoformat(timespec="seconds"), "ok" if ok else "failed",
             json.dumps(summary, ensure_ascii=False), run_id))


def runs(corpus: Corpus, series: str, limit: int = 20) -> list[RunRecord]:
    """The latest runs of a series, newest first."""
    rows = corpus.db.execute("SELECT id, series, started, finished, pid, status, summary FROM "
                             "digest_runs WHERE series = ? ORDER BY id DESC LIMIT ?",
                             (series, limit))
    return [RunRecord(*row[:6], json.loads(row[6])) for row in rows]
