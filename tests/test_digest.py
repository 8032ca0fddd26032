"""Weekly digests over consecutive weeks, with files arriving between runs: numbers,
re-runs, empty weeks, the year boundary, concurrent and killed runs, archive and feed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import feedparser
import lxml.html
import pytest
import yaml
from typer.testing import CliRunner

from briefgen import digest as digests
from briefgen.cli import app
from briefgen.corpus import Corpus
from briefgen.digest_spec import load_digest_spec
from briefgen.ingest import ingest
from briefgen.spec import SpecError
from conftest import EXAMPLES, ROOT

WEEKLY = ROOT / "briefs" / "weekly.yaml"
CHINA = timezone(timedelta(hours=8))


@pytest.fixture(scope="module")
def example_articles(tmp_path_factory) -> list[dict]:
    """The example corpus's articles that either topic of the weekly spec matches."""
    folder = tmp_path_factory.mktemp("examples")
    with Corpus(folder / "examples.db") as corpus:
        ingest([EXAMPLES], corpus, workers=1)
        with (folder / "all.jsonl").open("w", encoding="utf-8") as out:
            corpus.export_jsonl(out)
    records = [json.loads(line) for line in (folder / "all.jsonl").open(encoding="utf-8")]
    wanted = ("延伸威慑", "核咨商小组", "核威慑指引", "朝鲜", "金与正")
    return [r for r in records if r["duplicate_of"] is None
            and any(w in r["title"] + "".join(r["paragraphs"]) for w in wanted)]


class Newsroom:
    """A corpus folder files arrive in, a digest spec, and runs of `briefgen digest`."""

    def __init__(self, root: Path, articles: list[dict], **spec_changes) -> None:
        self.root, self.articles, self.used = root, articles, 0
        self.incoming = root / "incoming"
        self.incoming.mkdir(parents=True)
        self.out = root / "site"
        self.db = root / "corpus.db"
        data = yaml.safe_load(WEEKLY.read_text("utf-8"))
        data.update(spec_changes)
        self.spec_path = root / "weekly.yaml"
        self.spec_path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
        self.spec = load_digest_spec(self.spec_path)

    def arrive(self, week: str, count: int = 3) -> None:
        """`count` new articles published inside `week` land in incoming/."""
        monday = digests.Week.parse(week).monday
        lines = []
        for n in range(count):
            record = dict(self.articles[self.used % len(self.articles)])
            self.used += 1
            day = monday + timedelta(days=n % 7)
            record.update(published=datetime(day.year, day.month, day.day, 9 + n, 0,
                                             tzinfo=CHINA).isoformat(),
                          item_key=f"{week}-{n}", source_path=f"wire/{week}/{n}",
                          url=f"https://example.org/{week}/{n}", duplicate_of=None)
            lines.append(json.dumps(record, ensure_ascii=False))
        (self.incoming / f"{week}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")

    def args(self, *extra: str) -> list[str]:
        return ["digest", str(self.spec_path), "--db", str(self.db), "--out", str(self.out),
                "--ingest", str(self.incoming), *extra]

    def run(self, week: str, *extra: str):
        return CliRunner().invoke(app, self.args("--week", week, *extra))

    def records(self) -> list[digests.IssueRecord]:
        with Corpus(self.db) as corpus:
            return digests.issues(corpus, self.spec.folder)

    @property
    def series(self) -> Path:
        return self.out / self.spec.folder

    @property
    def lock(self) -> Path:
        return digests.lock_path(self.db, self.spec.folder)

    def snapshot(self) -> dict[str, bytes]:
        return {str(p.relative_to(self.series)): p.read_bytes()
                for p in sorted(self.series.rglob("*")) if p.is_file()}


@pytest.fixture
def newsroom(tmp_path, example_articles) -> Newsroom:
    return Newsroom(tmp_path, example_articles)


def numbers(newsroom: Newsroom) -> list[tuple[str, int, int, int]]:
    return sorted((r.week, r.year, r.number, r.total) for r in newsroom.records())


def test_weeks(newsroom):
    assert digests.Week.parse("2024-W28").monday == date(2024, 7, 8)
    assert digests.Week.parse("2024w28").sunday == date(2024, 7, 14)
    assert digests.Week.last_complete(date(2024, 7, 15)).label == "2024-W28"  # a Monday
    assert digests.Week.last_complete(date(2024, 7, 21)).label == "2024-W28"  # a Sunday
    assert digests.Week.last_complete(date(2025, 1, 2)).label == "2024-W52"
    assert digests.Week.containing(date(2024, 12, 30)).label == "2025-W01"
    start, end = digests.Week.parse("2024-W28").bounds("Asia/Shanghai")
    assert start.isoformat() == "2024-07-08T00:00:00+08:00" and (end - start).days == 7
    with pytest.raises(digests.DigestError, match="2024-W28"):
        digests.Week.parse("2023-W53")  # 2023 has 52 weeks


def test_three_weeks_with_files_arriving_between_runs(newsroom):
    for n, week in enumerate(["2024-W27", "2024-W28", "2024-W29"], 1):
        newsroom.arrive(week)
        result = newsroom.run(week)
        assert result.exit_code == 0, result.output
        folder = newsroom.series / "2024" / f"{n:02d}"
        assert sorted(p.name for p in folder.iterdir()) == [
            f"2024-{n:02d}.html", f"2024-{n:02d}.json", f"2024-{n:02d}.pdf"]
        brief = json.loads((folder / f"2024-{n:02d}.json").read_text("utf-8"))
        assert brief["issue"] == f"2024年第{n}期" and brief["issue_total"] == f"总第{n}期"
        assert brief["week"] == week
        assert list(brief["sections"])[0] == "highlights"
        assert brief["sections"]["highlights"]["heading"] == "本周要闻"
        # every source of the issue was published inside its week
        monday = digests.Week.parse(week).monday
        for source in brief["sources"]:
            day = datetime.fromisoformat(source["published"]).astimezone(CHINA).date()
            assert monday <= day <= monday + timedelta(days=6)
    assert numbers(newsroom) == [("2024-W27", 2024, 1, 1), ("2024-W28", 2024, 2, 2),
                                 ("2024-W29", 2024, 3, 3)]


def test_rerunning_a_week_keeps_its_number_and_bytes(newsroom):
    for week in ("2024-W27", "2024-W28"):
        newsroom.arrive(week)
        assert newsroom.run(week).exit_code == 0
    before = newsroom.snapshot()
    result = newsroom.run("2024-W27")
    assert result.exit_code == 0, result.output
    assert newsroom.snapshot() == before  # same issue, same files, same archive and feed
    assert numbers(newsroom) == [("2024-W27", 2024, 1, 1), ("2024-W28", 2024, 2, 2)]
    # a late article for an old week: the issue is rebuilt under its own number
    newsroom.arrive("2024-W27", 5)
    assert newsroom.run("2024-W27").exit_code == 0
    assert numbers(newsroom) == [("2024-W27", 2024, 1, 1), ("2024-W28", 2024, 2, 2)]
    after = newsroom.snapshot()
    assert after["2024/01/2024-01.json"] != before["2024/01/2024-01.json"]
    assert after["2024/02/2024-02.pdf"] == before["2024/02/2024-02.pdf"]
    assert not list(newsroom.series.rglob(".*.new-*"))


def test_an_empty_week_makes_no_issue_and_uses_no_number(newsroom, tmp_path, example_articles):
    newsroom.arrive("2024-W27")
    assert newsroom.run("2024-W27").exit_code == 0
    result = newsroom.run("2024-W28")  # nothing arrived
    assert result.exit_code == 0
    assert "2024-W28: no articles this week; no issue built, no number used" in result.output
    assert not (newsroom.series / "2024" / "02").exists()
    newsroom.arrive("2024-W29")
    assert newsroom.run("2024-W29").exit_code == 0
    assert numbers(newsroom) == [("2024-W27", 2024, 1, 1), ("2024-W29", 2024, 2, 2)]
    strict = Newsroom(tmp_path / "strict", example_articles, on_empty="fail")
    result = strict.run("2024-W30")
    assert result.exit_code == 1 and "no articles this week" in result.output
    assert strict.records() == []


def test_numbers_restart_each_year_and_the_total_runs_on(newsroom):
    for week in ("2024-W51", "2024-W52", "2025-W01", "2025-W02"):
        newsroom.arrive(week, 2)
        assert newsroom.run(week).exit_code == 0
    assert numbers(newsroom) == [("2024-W51", 2024, 1, 1), ("2024-W52", 2024, 2, 2),
                                 ("2025-W01", 2025, 1, 3), ("2025-W02", 2025, 2, 4)]
    assert (newsroom.series / "2025" / "01" / "2025-01.pdf").exists()
    brief = json.loads((newsroom.series / "2025/02/2025-02.json").read_text("utf-8"))
    assert (brief["issue"], brief["issue_total"]) == ("2025年第2期", "总第4期")


def test_numbering_can_start_where_a_series_already_is(tmp_path, example_articles):
    room = Newsroom(tmp_path, example_articles, numbering={"first_total": 140})
    room.arrive("2024-W28")
    assert room.run("2024-W28").exit_code == 0
    assert numbers(room) == [("2024-W28", 2024, 1, 140)]


def test_archive_and_feed_list_every_issue_newest_first(newsroom):
    weeks = ["2024-W27", "2024-W28", "2024-W29"]
    for week in weeks:
        newsroom.arrive(week)
        assert newsroom.run(week).exit_code == 0
    page = lxml.html.parse(str(newsroom.series / "index.html")).getroot()
    assert page.get("lang") == "zh-CN"
    items = page.xpath("//ol[@class='archive']/li")
    assert [li.get("id") for li in items] == weeks[::-1]
    first_link = items[0].xpath(".//a")[0].get("href")
    assert (newsroom.series / first_link).is_file() and first_link == "2024/03/2024-03.html"
    assert "2024年第3期 总第3期" in items[0].text_content()
    feed = feedparser.parse(str(newsroom.series / "feed.atom"))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "国际问题研究报告 · 朝鲜半岛安全周报"
    assert [e.title for e in feed.entries] == [
        f"朝鲜半岛安全周报（2024年第{n}期 总第{n}期）" for n in (3, 2, 1)]
    newest = feed.entries[0]
    links = {link.type: link.href for link in newest.links}
    assert links["text/html"] == "2024/03/2024-03.html"
    assert links["application/pdf"] == "2024/03/2024-03.pdf"
    assert newest.published.startswith("2024-07-22")  # the Monday after the week
    assert newest.summary
    assert len({e.id for e in feed.entries}) == 3


def test_dry_run_shows_the_plan_and_writes_nothing(newsroom):
    newsroom.arrive("2024-W28")
    result = newsroom.run("2024-W28", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "would ingest 1 files" in result.output
    assert not newsroom.out.exists()
    with Corpus(newsroom.db) as corpus:  # nothing ingested, no number taken
        assert len(corpus) == 0
    ingest([newsroom.incoming], Corpus(newsroom.db), workers=1)
    result = newsroom.run("2024-W28", "--dry-run")
    assert "week 2024-W28: 2024-07-08 to 2024-07-14 (Asia/Shanghai)" in result.output
    assert "issue: 2024 No. 1, total No. 1 (a new issue)" in result.output
    assert "would write:" in result.output and "2024/01" in result.output
    assert not newsroom.out.exists() and newsroom.records() == []


def test_a_second_run_fails_clearly_while_the_first_holds_the_lock(newsroom):
    newsroom.arrive("2024-W28")
    with digests.lock(newsroom.lock):
        result = subprocess.run(
            [sys.executable, "-m", "briefgen", *newsroom.args("--week", "2024-W28")],
            capture_output=True, text=True, timeout=120)
    assert result.returncode == 3
    assert f"another digest run (pid {os.getpid()} since" in result.stderr
    assert "--wait" in result.stderr
    assert not (newsroom.series / "2024").exists()


def test_a_waiting_run_goes_on_when_the_first_finishes(newsroom):
    newsroom.arrive("2024-W28")
    held = threading.Event()

    def hold():
        with digests.lock(newsroom.lock):
            held.set()
            time.sleep(1.5)
    holder = threading.Thread(target=hold)
    holder.start()
    held.wait()
    started = time.monotonic()
    result = newsroom.run("2024-W28", "--wait", "30")
    holder.join()
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started >= 1.0
    assert numbers(newsroom) == [("2024-W28", 2024, 1, 1)]


def test_two_runs_at_once_never_both_write(newsroom):
    newsroom.arrive("2024-W28")
    processes = [subprocess.Popen([sys.executable, "-m", "briefgen",
                                   *newsroom.args("--week", "2024-W28")],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
    results = [(p.wait(timeout=180), p.stderr.read()) for p in processes]
    codes = sorted(code for code, _ in results)
    assert codes in ([0, 0], [0, 3]), results  # one waits its turn or is refused
    assert numbers(newsroom) == [("2024-W28", 2024, 1, 1)]


def test_a_run_killed_mid_build_leaves_the_previous_issue_and_archive_intact(newsroom):
    newsroom.arrive("2024-W27")
    assert newsroom.run("2024-W27").exit_code == 0
    newsroom.arrive("2024-W28")
    ingest([newsroom.incoming], Corpus(newsroom.db), workers=1)
    before = newsroom.snapshot()
    lock_file = newsroom.lock
    killed = 0
    errors = newsroom.db.with_name("killed-run.err")
    for delay in (0.0, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0, 1.5):  # short ones too: a fast machine
        with errors.open("w") as stderr:
            process = subprocess.Popen([sys.executable, "-m", "briefgen",
                                        *newsroom.args("--week", "2024-W28")],
                                       stdout=subprocess.DEVNULL, stderr=stderr)
        deadline = time.monotonic() + 60
        while f"pid {process.pid} " not in lock_file.read_text() and process.poll() is None \
                and time.monotonic() < deadline:
            time.sleep(0.02)  # until the run holds the lock: it is building now
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        if process.wait() != -signal.SIGKILL:  # it finished first: later delays would only
            assert process.returncode == 0, errors.read_text()  # find the job done
            break
        killed += 1
        now = newsroom.snapshot()
        for name, data in before.items():  # the first issue stays as it was
            if name.startswith("2024/01/"):
                assert now[name] == data, (delay, name)
        # the new issue is either absent or whole, never half-written
        new = {name for name in now if name.startswith("2024/02/")}
        assert new in (set(), {"2024/02/2024-02.html", "2024/02/2024-02.json",
                               "2024/02/2024-02.pdf"})
        # the archive and the feed are whole and list only issues whose number is kept
        kept = [r.week for r in newsroom.records()]
        assert kept in (["2024-W27"], ["2024-W28", "2024-W27"])
        if kept == ["2024-W28", "2024-W27"]:
            assert len(new) == 3
        listed = [li.get("id") for li in lxml.html.parse(str(newsroom.series / "index.html"))
                  .getroot().xpath("//ol[@class='archive']/li")]
        assert listed in (["2024-W27"], kept)
        feed = feedparser.parse(str(newsroom.series / "feed.atom"))
        assert not feed.bozo and len(feed.entries) == len(listed)
        if listed == ["2024-W27"]:
            assert now["index.html"] == before["index.html"]
            assert now["feed.atom"] == before["feed.atom"]
    assert killed >= 3
    result = newsroom.run("2024-W28")  # the next run finishes the job, no number burned
    assert result.exit_code == 0, result.output
    assert numbers(newsroom) == [("2024-W27", 2024, 1, 1), ("2024-W28", 2024, 2, 2)]
    assert not list(newsroom.series.rglob(".*.new-*"))


def test_a_broken_digest_spec_names_file_line_and_key(tmp_path):
    spec = tmp_path / "weekly.yaml"
    spec.write_text("title: 周报\nmasthead:\n  series: 报告\ntopics:\n  - name: 甲\n"
                    "    keywords: [朝鲜]\n  - name: 甲\n    keyword: [韩国]\n"
                    "timezone: Mars/Olympus\n", "utf-8")
    with pytest.raises(SpecError) as caught:
        load_digest_spec(spec)
    problems = "\n".join(caught.value.problems)
    assert f"{spec}:8:5: topics[1].keyword: unknown key; did you mean 'keywords'?" in problems
    assert f"{spec}:9:11: timezone: expected a time zone such as Asia/Shanghai" in problems


def test_as_of_picks_the_last_complete_week_and_logs_suit_the_journal(newsroom):
    newsroom.arrive("2024-W28")
    result = subprocess.run(
        [sys.executable, "-m", "briefgen", *newsroom.args("--as-of", "2024-07-17")],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "JOURNAL_STREAM": "8:12345"})
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith(("<6>", "<4>")) for line in lines), lines
    assert any(line.startswith("<6>week 2024-W28 (2024-07-08 to 2024-07-14, Asia/Shanghai)")
               for line in lines)
    assert numbers(newsroom) == [("2024-W28", 2024, 1, 1)]
    plain = subprocess.run(
        [sys.executable, "-m", "briefgen", *newsroom.args("--as-of", "2024-07-17")],
        capture_output=True, text=True, timeout=120,
        env={k: v for k, v in os.environ.items() if k != "JOURNAL_STREAM"})
    assert plain.returncode == 0
    # outside systemd, every line on stderr and on stdout starts with its time
    assert all(line[:4].isdigit() and " INFO " in line for line in plain.stderr.splitlines())
    assert plain.stdout.splitlines() and all(
        line[:4].isdigit() and " INFO wrote " in line for line in plain.stdout.splitlines())
    # the lock sits beside the database, never in the published site
    assert newsroom.lock.parent == newsroom.db.parent
    assert not list(newsroom.out.rglob("*lock*"))


def test_the_weekly_spec_passes_the_digest_schema():
    import jsonschema

    from briefgen.spec import json_schema

    schema = json_schema(digest=True)
    jsonschema.validate(yaml.safe_load(WEEKLY.read_text("utf-8")), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"title": "周报", "masthead": {"series": "报告"}, "topics": []},
                            schema)
    result = CliRunner().invoke(app, ["schema", "--digest"])
    assert json.loads(result.output)["title"] == "briefgen digest spec"


def summary_line(output: str) -> dict:
    """The --json summary: the last line of stdout."""
    return json.loads(output.strip().splitlines()[-1])


def test_a_missing_ingest_path_is_an_error(newsroom):
    newsroom.arrive("2024-W28")
    missing = newsroom.root / "nope"
    result = CliRunner().invoke(app, [*newsroom.args("--week", "2024-W28"), "--ingest",
                                      str(missing), "--json"])
    assert result.exit_code == 2
    assert f"error: --ingest: {missing} does not exist" in result.stderr
    assert "Traceback" not in result.output
    summary = summary_line(result.stdout)
    assert summary["status"] == "failed" and summary["exit_code"] == 2
    assert str(missing) in summary["error"]
    assert not newsroom.out.exists() and newsroom.records() == []  # nothing ingested or built
    with Corpus(newsroom.db) as corpus:
        assert len(corpus) == 0


def test_an_older_week_warns_and_strict_order_refuses_it(newsroom, tmp_path, example_articles):
    for week in ("2024-W29", "2024-W28"):
        newsroom.arrive(week)
    assert newsroom.run("2024-W29").exit_code == 0
    result = newsroom.run("2024-W28", "--json")
    assert result.exit_code == 0, result.output
    warning = ("2024-W28 is older than the newest issue (2024-W29, 2024年第1期 总第1期): it "
               "takes the next number, 2024年第2期 总第2期")
    assert warning in result.stderr
    summary = summary_line(result.stdout)
    assert summary["warnings"] == [warning]
    assert (summary["status"], summary["week"], summary["issue"]) == (
        "built", "2024-W28", {"year": 2024, "number": 2, "total": 2})
    assert summary["stories"] > 0 and summary["sent"] == [] and summary["duration_s"] > 0
    assert [Path(f).name for f in summary["files"]] == [
        "2024-02.html", "2024-02.json", "2024-02.pdf"]
    assert newsroom.run("2024-W28").stderr.count("older than") == 0  # a re-run keeps its number
    listing = CliRunner().invoke(app, ["digest", "list", str(newsroom.spec_path), "--db",
                                       str(newsroom.db)])
    assert listing.exit_code == 0, listing.output
    rows = [line.split() for line in listing.stdout.splitlines()
            if line.strip().startswith("2024-W")]
    assert [row[:4] for row in rows] == [["2024-W29", "2024年第1期", "总第1期", "2024-07-22"],
                                         ["2024-W28", "2024年第2期", "总第2期", "2024-07-15"]]
    assert all(row[-1] == "-" for row in rows)  # no delivery: nothing sent

    strict = Newsroom(tmp_path / "strict", example_articles,
                      numbering={"first_total": 1, "order": "strict"})
    for week in ("2024-W29", "2024-W28", "2024-W30"):
        strict.arrive(week)
    assert strict.run("2024-W29").exit_code == 0
    status = ["digest", "status", str(strict.spec_path), "--db", str(strict.db)]
    healthy = CliRunner().invoke(app, [*status, "--max-age", "1d"])
    assert healthy.exit_code == 0 and "week 2024-W29: issue 2024-01 (total 1)" in healthy.stdout
    refused = strict.run("2024-W28")
    assert refused.exit_code == 2
    assert "error: 2024-W28 is older than the newest issue (2024-W29, 2024年第1期 总第1期)" \
        in refused.stderr
    assert "refused by numbering: {order: strict}" in refused.stderr
    assert [r.week for r in strict.records()] == ["2024-W29"]  # no number used
    after_failure = CliRunner().invoke(app, status)
    assert after_failure.exit_code == 1
    assert "last successful run:" in after_failure.stdout and "2024-W29" in after_failure.stdout
    assert "problem: the last run failed" in after_failure.stderr
    assert "refused by numbering" in after_failure.stderr
    assert strict.run("2024-W30").exit_code == 0
    assert CliRunner().invoke(app, status).exit_code == 0
    stale = CliRunner().invoke(app, [*status, "--max-age", "1h"])
    assert stale.exit_code == 0  # just built
    with Corpus(strict.db) as corpus:  # as if the last good run were ten days ago
        corpus.db.execute("UPDATE digest_runs SET finished = ?",
                          ((datetime.now(timezone.utc) - timedelta(days=10)).isoformat(),))
    stale = CliRunner().invoke(app, status)
    assert stale.exit_code == 1 and "more than 8d" in stale.stderr


@pytest.mark.parametrize("changes, where", [
    ({"folder": "../elsewhere"}, "folder"),
    ({"folder": "/tmp/elsewhere"}, "folder"),
    ({"folder": "a/b"}, "folder"),
    ({"folder": ".."}, "folder"),
    ({"folder": "a\\b"}, "folder"),
    ({"folder": None, "masthead": {"series": "../../x"}}, "masthead.series"),
    ({"folder": None, "masthead": {"series": "周报/2024"}}, "masthead.series"),
])
def test_folder_and_series_never_leave_out(tmp_path, example_articles, changes, where):
    data = yaml.safe_load(WEEKLY.read_text("utf-8"))
    data.update({key: value for key, value in changes.items() if value is not None})
    if changes.get("folder", "") is None:
        del data["folder"]
    spec = tmp_path / "weekly.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    with pytest.raises(SpecError) as caught:
        load_digest_spec(spec)
    [problem] = caught.value.problems
    assert problem.startswith(f"{spec}:") and f": {where}: expected a plain folder name" in problem
    line = int(problem.split(":")[1])
    key = where.split(".")[-1]
    assert spec.read_text("utf-8").splitlines()[line - 1].strip().startswith(f"{key}:")
    site = tmp_path / "deep" / "site"
    result = CliRunner().invoke(app, ["digest", str(spec), "--db", str(tmp_path / "c.db"),
                                      "--out", str(site), "--week", "2024-W28"])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1  # one line
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["weekly.yaml"]  # nothing written


def test_the_feed_is_well_formed_whatever_the_articles_hold(newsroom):
    control = "".join(map(chr, [1, 2, 8, 11, 12, 0x1F, 0xFFFE]))
    for n, article in enumerate(newsroom.articles):
        newsroom.articles[n] = {**article, "title": f"标题{control}{article['title']}",
                                "paragraphs": [f"{control}{p}" for p in article["paragraphs"]]}
    newsroom.arrive("2024-W28")
    result = newsroom.run("2024-W28")
    assert result.exit_code == 0, result.output
    raw = (newsroom.series / "feed.atom").read_bytes()
    feed = feedparser.parse(raw)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.entries[0].summary and "\x01" not in raw.decode("utf-8")
    ElementTree = pytest.importorskip("xml.etree.ElementTree")
    ElementTree.fromstring(raw)  # a strict XML parser agrees
    # and straight from records whose every text field carries forbidden characters
    record = digests.IssueRecord("weekly", "2024-W28", 2024, 1, 1, f"周报{control}",
                                 "2024-07-15", "0", "2024-07-15T00:00:00+00:00",
                                 ["2024-01.html"], f"要闻{control}一")
    raw = digests.feed(newsroom.spec, [record])
    assert not feedparser.parse(raw).bozo
    assert feedparser.parse(raw).entries[0].summary == "要闻一"


def test_two_sites_on_one_database_list_only_their_own_issues(newsroom):
    other = newsroom.root / "other-site"
    for week in ("2024-W27", "2024-W28"):
        newsroom.arrive(week)
    assert newsroom.run("2024-W27").exit_code == 0
    result = CliRunner().invoke(app, [*newsroom.args("--week", "2024-W28")[:4],
                                      "--out", str(other), "--week", "2024-W28"])
    assert result.exit_code == 0, result.output
    for site, week in ((newsroom.out, "2024-W27"), (other, "2024-W28")):
        series = site / newsroom.spec.folder
        page = lxml.html.parse(str(series / "index.html")).getroot()
        items = page.xpath("//ol[@class='archive']/li")
        assert [li.get("id") for li in items] == [week]
        for href in page.xpath("//ol[@class='archive']//a/@href"):
            assert (series / href).is_file(), href  # no broken links
        feed = feedparser.parse(str(series / "feed.atom"))
        assert [link.href for e in feed.entries for link in e.links
                if not (series / link.href).is_file()] == []
        assert len(feed.entries) == 1
    assert numbers(newsroom) == [("2024-W27", 2024, 1, 1), ("2024-W28", 2024, 2, 2)]


def test_status_tells_a_killed_run_from_one_in_progress(newsroom):
    status = ["digest", "status", str(newsroom.spec_path), "--db", str(newsroom.db)]
    with Corpus(newsroom.db) as corpus:
        digests.start_run(corpus, newsroom.spec.folder)  # started, never finished
    result = CliRunner().invoke(app, status)
    assert result.exit_code == 1
    assert "problem: no successful run recorded" in result.stderr
    assert "never finished: killed or crashed" in result.stderr
    with digests.lock(newsroom.lock):  # the same record while a run holds the lock
        result = CliRunner().invoke(app, status)
    assert "a run is in progress since" in result.stdout
    assert "never finished" not in result.stderr
    bad = CliRunner().invoke(app, [*status, "--max-age", "soon"])
    assert bad.exit_code == 2 and "--max-age: expected a span such as 8d" in bad.stderr


def test_a_killed_run_frees_its_lock_though_a_worker_it_forked_lives_on(tmp_path):
    """A run forks ingest workers while it holds the series lock; killed, it must not leave
    the lock to a worker still alive (the next scheduled run would be refused until the
    orphan ends)."""
    path = tmp_path / "corpus.db.weekly.lock"
    ready = tmp_path / "ready"
    script = (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "from briefgen.digest import lock\n"
        f"with lock(Path({str(path)!r})):\n"
        "    if os.fork() == 0:\n"
        "        time.sleep(30)\n"
        "        os._exit(0)\n"
        f"    Path({str(ready)!r}).write_text('held')\n"
        "    time.sleep(30)\n")
    run = subprocess.Popen([sys.executable, "-c", script], start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while not ready.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert ready.exists() and digests.locked(path)
        run.send_signal(signal.SIGKILL)
        run.wait()
        assert not digests.locked(path)  # the worker, forked under the lock, does not hold it
        with digests.lock(path):
            pass
    finally:
        os.killpg(run.pid, signal.SIGKILL)  # the orphaned worker too
