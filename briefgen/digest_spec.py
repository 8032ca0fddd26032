"""Digest specs: several topics over one ISO week, numbered issue after issue, and how
each issue is mailed. Validated with the option types of `briefgen.spec`, so problems
come with file, line, key and what was expected, and the JSON Schema with them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from briefgen.spec import (
    FORMATS, SPEC, BriefSpec, Choice, Forbidden, Integer, ListOf, Masthead, Named, Struct, Text,
    Topic, _load)


@dataclass(frozen=True)
class DigestTopic:
    name: str
    topic: Topic
    max_articles: int = 12


@dataclass(frozen=True)
class DigestSpec:
    """A weekly digest: several topics over one ISO week, numbered issue after issue."""

    path: str
    title: str
    masthead: Masthead
    topics: tuple[DigestTopic, ...]
    lead: str | None = None
    timezone: str = "Asia/Shanghai"
    first_issue_total: int = 1
    highlights: int = 5
    background_items: int = 3
    viewpoint_items: int = 6
    chronology_items: int = 12
    author_line: str | None = None
    sources_include: tuple[str, ...] = ()
    sources_exclude: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("zh-Hans", "zh-Hant")
    formats: tuple[str, ...] = ("html", "pdf", "json")
    theme: str = "shandong"
    locale: str = "zh_CN"
    templates: str | None = None
    dictionary: tuple[str, ...] = ()
    on_empty: str = "ok"
    base_url: str | None = None
    folder: str = ""  # OUT/<folder>/<year>/<issue>/, the series name unless given
    strict_order: bool = False  # refuse to number a week older than the newest issue
    delivery: Delivery | None = None

    def brief_spec(self, *topics: DigestTopic) -> BriefSpec:
        """Topics as a brief spec, for selection and summaries (several topics: any of
        their keywords)."""
        topic = topics[0].topic if len(topics) == 1 else Topic(
            tuple(k for t in topics for k in t.topic.keywords), "any")
        return BriefSpec(
            path=self.path, title=self.title, topic=topic, masthead=self.masthead,
            author_line=self.author_line, sources_include=self.sources_include,
            sources_exclude=self.sources_exclude, languages=self.languages,
            formats=self.formats, theme=self.theme, locale=self.locale,
            templates=self.templates, dictionary=self.dictionary,
            max_articles=sum(t.max_articles for t in topics))


@dataclass(frozen=True)
class Delivery:
    """Where and how each new issue is mailed. The password is never in the spec: it is
    read when sending from an environment variable or a file."""

    host: str
    sender: str
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    port: int | None = None  # 587 for starttls, 465 for tls, 25 for none
    security: str = "starttls"
    user: str | None = None
    password_env: str | None = None
    password_file: str | None = None
    ca_file: str | None = None
    timeout: int = 60

    @property
    def recipients(self) -> tuple[str, ...]:
        return self.to + self.cc + self.bcc


def _address_problem(text: str) -> str | None:
    from email.utils import parseaddr

    address = parseaddr(text)[1]
    if "@" in address and not any(c.isspace() for c in address) and \
            address.rsplit("@", 1)[1]:
        return None
    return f"expected an e-mail address such as 编辑部 <desk@example.org> but received {text!r}"


def _check_delivery(values: dict) -> tuple[str, str] | None:
    if not (values["to"] or values["cc"] or values["bcc"]):
        return "to", "required: at least one recipient in to, cc or bcc"
    if values["password_env"] and values["password_file"]:
        return "password_file", "give password_env or password_file, not both"
    if (values["password_env"] or values["password_file"]) and not values["user"]:
        return "user", "required with a password: the account to log in as"
    if values["user"] and not (values["password_env"] or values["password_file"]):
        return "user", "needs password_env or password_file"
    if values["user"] and values["security"] == "none":
        return "security", "a password is never sent unencrypted: use starttls or tls"
    return None


def _folder_problem(name: str) -> str | None:
    """A folder name under --out that cannot lead anywhere else."""
    if name in (".", "..") or any(c in name for c in "/\\") or name.startswith(".") or \
            any(ord(c) < 32 for c in name):
        return (f"expected a plain folder name (no '/', '\\', '..', leading '.' or "
                f"absolute path) but received {name!r}")
    return None


def _check_digest(values: dict) -> tuple[str, str] | None:
    series = values["masthead"].series if values["masthead"] else ""
    problem = None if values["folder"] else _folder_problem(series)
    return ("masthead.series", problem + "; it names the folder under --out unless "
            "folder: is given") if problem else None


ADDRESS = Named(_address_problem)

DELIVERY = Struct({
    "host": Text("SMTP server.", required=True),
    "port": Integer("Port [default: 587 with starttls, 465 with tls, 25 with none].",
                    minimum=1),
    "security": Choice(("starttls", "tls", "none"), "starttls (upgrade the connection), "
                       "tls (encrypted from the start) or none (a local relay).",
                       default="starttls"),
    "user": Text("Account to log in as."),
    "password_env": Text("Environment variable holding the password."),
    "password_file": Text("File holding the password (relative to the spec), e.g. a "
                          "systemd credential."),
    "password": Forbidden("a password is never written in the spec: use password_env or "
                          "password_file"),
    "ca_file": Text("Certificates to trust for the server (relative to the spec) "
                    "[default: the system's]."),
    "timeout": Integer("Seconds to wait for the server.", default=60, minimum=1),
    "from": Named(_address_problem, "Sender, e.g. 编辑部 <desk@example.org>.", required=True),
    "to": ListOf(ADDRESS, "Recipients."),
    "cc": ListOf(ADDRESS, "Recipients in copy."),
    "bcc": ListOf(ADDRESS, "Recipients no other recipient sees."),
}, "Mail each new issue: HTML body, PDF attached, a plain-text part.", check=_check_delivery,
    build=lambda **v: {key: value for key, value in v.items() if key != "password"})


def _timezone_problem(name: str) -> str | None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return f"expected a time zone such as Asia/Shanghai but received {name!r}"
    return None


def _check_topics(topics: list[DigestTopic]) -> str | None:
    names = [t.name for t in topics]
    repeated = sorted({n for n in names if names.count(n) > 1})
    return f"each topic needs its own name, but {', '.join(repeated)} repeats" if repeated \
        else None


_MASTHEAD = SPEC.fields["masthead"]
_TOPIC = SPEC.fields["topic"]

DIGEST = Struct({
    "title": Text("Name of the digest, e.g. 东北亚安全周报; each issue adds its week.",
                  required=True),
    "lead": Text("A line under the title of every issue."),
    "masthead": Struct({key: option for key, option in _MASTHEAD.fields.items()
                        if key not in ("issue", "issue_total", "date")},
                       "报头; the issue numbers and date are the digest's own.", required=True,
                       build=_MASTHEAD.build),
    "numbering": Struct({
        "first_total": Integer("总第N期 of the first issue this database numbers.", default=1,
                               minimum=1),
        "order": Choice(("any", "strict"), "A week older than the newest issue takes the next "
                        "number with a warning (any) or is refused (strict).", default="any"),
    }, "Where the running number starts (for a series that already has issues), and whether "
       "numbers must follow the weeks."),
    "timezone": Named(_timezone_problem, "Weeks run Monday to Sunday in this time zone.",
                      default="Asia/Shanghai"),
    "topics": ListOf(Struct({
        "name": Text("The topic's section heading.", required=True),
        **_TOPIC.fields,
        "max_articles": Integer("At most this many stories a week.", default=12, minimum=1),
    }, build=lambda **v: DigestTopic(v["name"], _TOPIC.build(
        keywords=v["keywords"], match=v["match"], exclude=v["exclude"]), v["max_articles"])),
        "One section each.", min_items=1, required=True, check=_check_topics),
    "limits": Struct({
        "highlights": Integer("本周要闻: the week's most important stories.", default=5,
                              minimum=1),
        "background": Integer("Background sentences a topic.", default=3, minimum=1),
        "viewpoints": Integer("Viewpoints a topic.", default=6, minimum=1),
        "chronology": Integer("Entries of the week's chronology.", default=12, minimum=1),
    }, "How much each part of an issue holds."),
    "author_line": SPEC.fields["author_line"],
    "sources": SPEC.fields["sources"],
    "languages": SPEC.fields["languages"],
    "formats": ListOf(Choice(FORMATS), "Output formats.",
                      default=lambda: ["html", "pdf", "json"], min_items=1,
                      if_empty="; leave formats out for html, pdf and json"),
    "theme": SPEC.fields["theme"],
    "locale": SPEC.fields["locale"],
    "templates": SPEC.fields["templates"],
    "dictionary": SPEC.fields["dictionary"],
    "dictionary_file": SPEC.fields["dictionary_file"],
    "on_empty": Choice(("ok", "fail"), "A week without articles: exit 0 (ok) or 1 (fail).",
                       default="ok"),
    "base_url": Text("Where the archive is published, for absolute links in the feed."),
    "folder": Named(_folder_problem, "Folder name of the series under --out [default: the "
                    "series name]."),
    "delivery": DELIVERY,
}, check=_check_digest)


def load_digest_spec(path: str | Path) -> DigestSpec:
    """Read and validate a digest spec; raise `SpecError` listing every problem."""
    path = Path(path)
    values, dictionary = _load(path, DIGEST)
    sources = values["sources"] or {"include": [], "exclude": []}
    limits = values["limits"] or {"highlights": 5, "background": 3, "viewpoints": 6,
                                  "chronology": 12}
    masthead = values["masthead"]
    numbering = values["numbering"] or {"first_total": 1, "order": "any"}
    delivery = values["delivery"]
    if delivery:
        delivery = Delivery(
            sender=delivery.pop("from"), **{k: tuple(v) if isinstance(v, list) else v
                                            for k, v in delivery.items()})
        delivery = replace(delivery, **{key: str(path.parent / getattr(delivery, key))
                                        for key in ("password_file", "ca_file")
                                        if getattr(delivery, key)})
    return DigestSpec(
        path=str(path), title=values["title"], masthead=masthead,
        topics=tuple(values["topics"]), lead=values["lead"], timezone=values["timezone"],
        first_issue_total=numbering["first_total"], strict_order=numbering["order"] == "strict",
        delivery=delivery,
        highlights=limits["highlights"], background_items=limits["background"],
        viewpoint_items=limits["viewpoints"], chronology_items=limits["chronology"],
        author_line=values["author_line"], sources_include=tuple(sources["include"]),
        sources_exclude=tuple(sources["exclude"]), languages=tuple(values["languages"]),
        formats=tuple(values["formats"]), theme=values["theme"], locale=values["locale"],
        templates=str(path.parent / values["templates"]) if values["templates"] else None,
        dictionary=dictionary, on_empty=values["on_empty"], base_url=values["base_url"],
        folder=values["folder"] or masthead.series,
    )
