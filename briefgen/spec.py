"""Brief specs: YAML validated against typed options, every problem reported at once.

The YAML is validated as a node tree, so each message can name the file, line
and column, the key path (`topic.keywords[2]`), what was expected and what was
found. The same option definitions give the JSON Schema (`briefgen schema`).
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from briefgen import limits
from briefgen.yamlfile import SpecError, compose, read_text

SECTION_KINDS = ("background", "chronology", "viewpoints")
# …and what the analyst writes: Markdown from a file beside the spec (研判, 对策建议).
SECTION_CHOICES = (*SECTION_KINDS, "text")
FORMATS = ("json", "html", "pdf", "md")
LANGUAGES = ("zh-Hans", "zh-Hant", "en")
DURATION = re.compile(r"^(\d+)\s*([dwmy])$")


# --- typed options ------------------------------------------------------------


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if not isinstance(node, yaml.ScalarNode):
        return "an alias"
    if node.tag.endswith(":null"):
        return "nothing"
    return repr(node.value) if len(node.value) <= 40 else repr(node.value[:37] + "...")


CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
FOLDED_SPACE = re.compile(f"(?<=[{CJK}]) +|(?<! ) ++(?=[{CJK}])")  # a run entered at its start


def _unfold(node: yaml.ScalarNode) -> str:
    """The scalar's text; where YAML folded a line break into a space next to Chinese
    text, the space is dropped (Chinese has no spaces between words)."""
    text = node.value.strip()
    # A plain scalar's style is "" from libyaml, None from PyYAML.
    if node.style in (">", None, "") and node.start_mark.line != node.end_mark.line:
        text = FOLDED_SPACE.sub("", text)
    return text


class Option:
    """One typed value of a spec: validates a YAML node into a Python value."""

    description = ""

    def __init__(self, description: str = "", default: Any = None, required: bool = False):
        self.description = description
        self.default = default
        self.required = required

    def expected(self) -> str:
        raise NotImplementedError

    def check(self, node: yaml.Node, path: str, problems: _Problems) -> Any:
        raise NotImplementedError

    def schema(self) -> dict:
        raise NotImplementedError

    def _schema(self, data: dict) -> dict:
        if self.description:
            data["description"] = self.description
        if self.default is not None and not callable(self.default):
            data["default"] = self.default
        return data

    def wrong(self, node: yaml.Node, path: str, problems: _Problems) -> None:
        problems.add(node, path, f"expected {self.expected()} but received {_describe(node)}")


class Text(Option):
    def expected(self) -> str:
        return "a string"

    def check(self, node, path, problems):
        if not isinstance(node, yaml.ScalarNode) or node.tag.endswith(":null") or \
                not node.value.strip():
            return self.wrong(node, path, problems)
        return _unfold(node)

    def schema(self):
        return self._schema({"type": "string", "minLength": 1})


class Named(Text):
    """A name that must denote something that exists (a theme, a locale)."""

    def __init__(self, problem, description="", default=None, **kw):
        super().__init__(description, default, **kw)
        self.problem = problem

    def check(self, node, path, problems):
        value = super().check(node, path, problems)
        message = self.problem(value) if value is not None else None
        if message:
            problems.add(node, path, message)
            return None
        return value


class Word(Text):
    """A word to search for: the index holds pairs of Chinese characters, so a Chinese
    word of one character finds nothing unless `single` (then selection reads the text)."""

    def __init__(self, description="", default=None, single=False, **kw):
        super().__init__(description, default, **kw)
        self.single = single

    def check(self, node, path, problems):
        value = super().check(node, path, problems)
        if value is None:
            return None
        from briefgen.corpus import CJK_RUN

        runs = [match[0] for match in CJK_RUN.finditer(value)]
        if not runs:
            problems.add(node, path, f"expected a word with letters, digits or Chinese "
                                     f"characters but received {value!r}")
            return None
        single = [run for run in runs if len(run) == 1 and not run.isascii()]
        if single and not self.single:
            problems.add(node, path, f"{value!r} holds a Chinese word of one character "
                                     f"({single[0]}), which the index cannot find; write "
                                     f"the word of two or more characters articles use")
            return None
        return value


@functools.lru_cache(maxsize=64)  # the built-in themes and locales do not change
def _theme_problem(name: str) -> str | None:
    from briefgen.writers.themes import theme_problem

    return theme_problem(name)


@functools.lru_cache(maxsize=64)
def _locale_problem(name: str) -> str | None:
    from briefgen.locales import problem

    return problem(name)


class Integer(Option):
    def __init__(self, description="", default=None, minimum=0, **kw):
        super().__init__(description, default, **kw)
        self.minimum = minimum

    def expected(self) -> str:
        return f"a whole number of at least {self.minimum}"

    def check(self, node, path, problems):
        if isinstance(node, yaml.ScalarNode) and re.fullmatch(r"-?\d+", node.value) \
                and int(node.value) >= self.minimum:
            return int(node.value)
        return self.wrong(node, path, problems)

    def schema(self):
        return self._schema({"type": "integer", "minimum": self.minimum})


class Choice(Option):
    def __init__(self, choices, description="", default=None, **kw):
        super().__init__(description, default, **kw)
        self.choices = tuple(choices)

    def expected(self) -> str:
        return "one of " + ", ".join(self.choices)

    def check(self, node, path, problems):
        if isinstance(node, yaml.ScalarNode) and node.value in self.choices:
            return node.value
        if isinstance(node, yaml.ScalarNode):
            close = difflib.get_close_matches(node.value, self.choices, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            problems.add(node, path, f"expected {self.expected()} but received "
                                     f"{_describe(node)}{hint}")
            return None
        return self.wrong(node, path, problems)

    def schema(self):
        return self._schema({"enum": list(self.choices)})


class Day(Option):
    def expected(self) -> str:
        return "a date as YYYY-MM-DD"

    def check(self, node, path, problems):
        if isinstance(node, yaml.ScalarNode):
            try:
                day = date.fromisoformat(node.value)
            except ValueError:
                pass
            else:
                problem = limits.day_problem(day)
                if problem:
                    return problems.add(node, path, problem)
                return day
        return self.wrong(node, path, problems)

    def schema(self):
        return self._schema({"type": "string", "format": "date"})


class Duration(Option):
    def expected(self) -> str:
        return "a span such as 30d, 8w, 6m or 1y"

    def check(self, node, path, problems):
        match = DURATION.match(node.value.strip()) if isinstance(node, yaml.ScalarNode) else None
        if match and int(match[1]) > 0:
            days = int(match[1]) * {"d": 1, "w": 7, "m": 30, "y": 365}[match[2]]
            if days > limits.MAX_SPAN.days:  # before timedelta, which overflows
                return problems.add(node, path, limits.span_problem(node.value.strip()))
            return timedelta(days=days)
        return self.wrong(node, path, problems)

    def schema(self):
        return self._schema({"type": "string", "pattern": DURATION.pattern})


class ListOf(Option):
    def __init__(self, item: Option, description="", default=list, min_items=0, check=None,
                 if_empty="", **kw):
        super().__init__(description, default, **kw)
        self.item, self.min_items, self.check_all = item, min_items, check
        self.if_empty = if_empty  # what to do instead of giving an empty list

    def expected(self) -> str:
        return "a list"

    def check(self, node, path, problems):
        if isinstance(node, yaml.ScalarNode) and not node.tag.endswith(":null") \
                and isinstance(self.item, (Text, Choice)):
            node = yaml.SequenceNode("tag:yaml.org,2002:seq", [node], node.start_mark,
                                     node.end_mark)  # one value where a list is expected
        if not isinstance(node, yaml.SequenceNode):
            return self.wrong(node, path, problems)
        before = problems.count()
        if len(node.value) < self.min_items:
            problems.add(node, path, f"expected at least {self.min_items} item"
                                     f"{'s' if self.min_items > 1 else ''} but received "
                                     f"{len(node.value)}{self.if_empty}")
        values = [self.item.check(child, f"{path}[{n}]", problems)
                  for n, child in enumerate(node.value)]
        if self.check_all and problems.count() == before:
            message = self.check_all(values)
            if message:
                problems.add(node, path, message)
        return values

    def schema(self):
        data = {"type": "array", "items": self.item.schema()}
        if self.min_items:
            data["minItems"] = self.min_items
        return self._schema(data)


class OneOf(Option):
    """A value that may take either of two shapes (a keyword as a string or a mapping)."""

    def __init__(self, *options: Option, description=""):
        super().__init__(description)
        self.options = options

    def expected(self) -> str:
        return " or ".join(option.expected() for option in self.options)

    def check(self, node, path, problems):
        if isinstance(node, (yaml.MappingNode, yaml.ScalarNode)):
            for option in self.options:
                if isinstance(option, Struct) == isinstance(node, yaml.MappingNode):
                    return option.check(node, path, problems)
        return self.wrong(node, path, problems)

    def schema(self):
        return self._schema({"oneOf": [option.schema() for option in self.options]})


class Struct(Option):
    """A mapping with known keys; unknown keys are reported with the closest known one."""

    def __init__(self, fields: dict[str, Option], description="", build=dict, check=None, **kw):
        super().__init__(description, None, **kw)
        self.fields, self.build, self.check_all = fields, build, check

    def expected(self) -> str:
        return "a mapping"

    def check(self, node, path, problems):
        if not isinstance(node, yaml.MappingNode):
            return self.wrong(node, path, problems)
        values, seen = {}, set()
        before = problems.count()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                problems.add(key_node, path or "spec", f"expected a key such as "
                             f"{next(iter(self.fields))!r} but received {_describe(key_node)}")
                continue
            key = key_node.value
            where = f"{path}.{key}" if path else key
            if key in seen:
                problems.add(key_node, where, "appears twice")
                continue
            seen.add(key)
            option = self.fields.get(key)
            if option is None:
                close = difflib.get_close_matches(key, self.fields, n=1, cutoff=0.6)
                hint = f"; did you mean {close[0]!r}?" if close else \
                    f"; expected one of {', '.join(self.fields)}"
                problems.add(key_node, where, f"unknown key{hint}")
                continue
            values[key] = option.check(value_node, where, problems)
        for key, option in self.fields.items():
            if key not in values and key not in seen:
                if option.required:
                    where = f"{path}.{key}" if path else key
                    problems.add(node, where, f"required: {option.expected()}, missing")
                else:
                    values[key] = option.default() if callable(option.default) else option.default
        if problems.count() > before:  # a problem inside: it cannot be built
            return None
        if self.check_all:
            message = self.check_all(values)
            if message:  # a message, or (dotted key it is about, message)
                key, message = message if isinstance(message, tuple) else ("", message)
                problems.add(_node_at(node, key), ".".join(p for p in (path, key) if p),
                             message)
                return None
        return self.build(**values)

    def schema(self):
        return self._schema({
            "type": "object", "additionalProperties": False,
            "properties": {key: option.schema() for key, option in self.fields.items()},
            **({"required": [k for k, o in self.fields.items() if o.required]}
               if any(o.required for o in self.fields.values()) else {}),
        })


def _node_at(node: yaml.Node, dotted: str) -> yaml.Node:
    """The value node at a dotted key path below `node` (`node` itself if absent)."""
    for key in filter(None, dotted.split(".")):
        found = [v for k, v in node.value if getattr(k, "value", None) == key] \
            if isinstance(node, yaml.MappingNode) else []
        if not found:
            return node
        node = found[0]
    return node


class Forbidden(Option):
    """A key that must never be written in a spec (a password); the message says why."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason

    def check(self, node, path, problems):
        problems.add(node, path, self.reason)

    def schema(self):
        return False


class _Problems:
    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[tuple[int, int, str]] = []

    def add(self, node: yaml.Node, path: str, message: str) -> None:
        mark = node.start_mark  # 0-based; people count lines and columns from 1
        self.items.append((mark.line, mark.column, f"{self.source}:{mark.line + 1}:"
                           f"{mark.column + 1}: {path or 'spec'}: {message}"))

    def count(self) -> int:
        """How many problems so far: more after checking a node means one lies inside it
        (a comparison of counts, so checking stays linear however many items are wrong)."""
        return len(self.items)

    def messages(self) -> list[str]:
        return [message for _, _, message in sorted(self.items)]


# --- the spec -------------------------------------------------------------------


@dataclass(frozen=True)
class Keyword:
    term: str
    synonyms: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.term, *self.synonyms)


@dataclass(frozen=True)
class Topic:
    keywords: tuple[Keyword, ...]
    match: str = "any"
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    kind: str
    heading: str
    max_items: int
    max_chars: int
    file: str | None = None  # kind text: the Markdown file, relative to the spec
    text: str | None = None  # …and what it says


@dataclass(frozen=True)
class Colophon:
    editors: tuple[str, ...] = ()
    sponsor: str | None = None
    contact: str | None = None
    phone: str | None = None
    recipients: str | None = None
    exchange: str | None = None


@dataclass(frozen=True)
class Masthead:
    series: str
    issue: str | None = None
    issue_total: str | None = None
    publishers: tuple[str, ...] = ()
    date: date | None = None
    colophon: Colophon = field(default_factory=Colophon)

    def to_dict(self) -> dict:
        """The masthead as a brief's JSON form carries it."""
        return {"series": self.series, "issue": self.issue, "issue_total": self.issue_total,
                "publishers": list(self.publishers),
                "date": self.date.isoformat() if self.date else None,
                "colophon": {key: list(value) if isinstance(value, tuple) else value
                             for key, value in self.colophon.__dict__.items()}}


@dataclass(frozen=True)
class DateWindow:
    start: date | None = None
    end: date | None = None
    last: timedelta | None = None

    def bounds(self, as_of: date) -> tuple[date | None, date | None]:
        """The window's first and last day, a relative window counted back from `as_of`."""
        if self.last:
            return as_of - self.last + timedelta(days=1), as_of
        return self.start, self.end


@dataclass(frozen=True)
class Camp:
    """A side in the viewpoints: the words that mark it in a speaker or role, its people."""

    name: str
    names: tuple[str, ...] = ()
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class Actors:
    """`actors:` of a spec: camps added to (or extending) the built-in gazetteer, the order
    camps are printed in, and names written two ways (the first is printed)."""

    order: tuple[str, ...] = ()
    camps: tuple[Camp, ...] = ()
    aliases: tuple[tuple[str, ...], ...] = ()


def _actors(order=(), camps=(), aliases=()) -> Actors:
    return Actors(tuple(order), tuple(camps), tuple(tuple(names) for names in aliases))


def _check_camps(camps: list[Camp]) -> str | None:
    names = [camp.name for camp in camps]
    repeated = sorted({name for name in names if names.count(name) > 1})
    return f"each camp may appear once, but {', '.join(repeated)} repeats" if repeated else None


ACTORS = Struct({
    "order": ListOf(Text(), "Camps in the order the viewpoints print them; others follow."),
    "camps": ListOf(Struct({
        "name": Text("The camp as printed (美国, 民主派 …); a built-in one is extended.",
                     required=True),
        "names": ListOf(Text(), "Words that put a speaker in this camp when its role or name "
                                "has them (白宫, 港府 …)."),
        "members": ListOf(Text(), "People who speak for this camp."),
    }, build=lambda name, names, members: Camp(name, tuple(names), tuple(members))),
        "Camps to add or extend.", check=_check_camps),
    "aliases": ListOf(ListOf(Text(), min_items=2),
                      "Names written more than one way, each as a list: the first is printed."),
}, "Actors: camps, their order, their members and names written two ways.", build=_actors)


@dataclass(frozen=True)
class BriefSpec:
    path: str
    title: str
    topic: Topic
    lead: str | None = None
    masthead: Masthead | None = None
    author_line: str | None = None
    sources_include: tuple[str, ...] = ()
    sources_exclude: tuple[str, ...] = ()
    dates: DateWindow = field(default_factory=DateWindow)
    languages: tuple[str, ...] = ("zh-Hans", "zh-Hant")
    sections: tuple[Section, ...] = ()
    formats: tuple[str, ...] = ("json",)
    theme: str = "shandong"
    locale: str = "zh_CN"
    max_articles: int = 40
    dictionary: tuple[str, ...] = ()
    templates: str | None = None
    actors: Actors = field(default_factory=lambda: Actors())


DEFAULT_HEADINGS = {"background": "Background", "chronology": "Chronology",
                    "viewpoints": "Viewpoints"}  # labels, printed in the brief's locale
DEFAULT_LIMITS = {"background": (6, 900), "chronology": (12, 1200), "viewpoints": (10, 1200)}


def _section(kind, heading=None, max_items=None, max_chars=None, file=None) -> Section:
    items, chars = DEFAULT_LIMITS.get(kind, (1000, 100_000))
    return Section(kind, heading or "", max_items or items, max_chars or chars, file)


def _check_section(values: dict) -> str | None:
    if values["kind"] == "text":
        if not values.get("file"):
            return "kind text needs file: a Markdown file beside the spec"
        if not values.get("heading"):
            return "kind text needs a heading (研判, 对策建议 …)"
    elif values.get("file"):
        return f"file: only a section of kind text reads a file, not {values['kind']}"
    return None


class SectionStruct(Struct):
    """A section; one of kind text reads its Markdown file here, so a missing or unreadable
    file is reported at the spec's line like any other problem."""

    def check(self, node, path, problems):
        section = super().check(node, path, problems)
        if section is None or section.kind != "text":
            return section
        file = Path(problems.source).parent / section.file
        try:
            text = read_text(file, limits.MAX_SPEC_BYTES, f"{problems.source}: {path}.file")
        except SpecError as error:
            problems.add(node, f"{path}.file", f"cannot read {file}: "
                         f"{error.problems[0].rsplit(': ', 1)[-1]}")
            return None
        return replace(section, text=text)


def _keyword(term, synonyms=()) -> Keyword:
    return Keyword(term, tuple(synonyms))


def _check_window(values: dict) -> str | None:
    if values["last"] and (values["from"] or values["to"]):
        return "give either last or from/to, not both"
    if values["from"] and values["to"] and values["from"] > values["to"]:
        return f"from ({values['from']}) is after to ({values['to']})"
    return None


def _check_sections(sections: list[Section]) -> str | None:
    kinds = [section.kind for section in sections if section.kind != "text"]
    repeated = sorted({kind for kind in kinds if kinds.count(kind) > 1})
    return f"each kind may appear once, but {', '.join(repeated)} repeats" if repeated else None


KEYWORD = OneOf(Word(), Struct({
    "term": Word("The word as articles write it.", required=True),
    "synonyms": ListOf(Word(), "Other ways of writing it (一体化延伸威慑, NCG …)."),
}, build=_keyword), description="A keyword, or a keyword with its synonyms.")

SPEC = Struct({
    "title": Text("Title of the brief.", required=True),
    "lead": Text("Lead paragraph: what the brief is about and why now."),
    "masthead": Struct({
        "series": Text("Series name, e.g. 国际问题研究报告.", required=True),
        "issue": Text("Issue line, e.g. 2024年第18期."),
        "issue_total": Text("Running number, e.g. 总第140期."),
        "publishers": ListOf(Text(), "Publishing bodies, in masthead order."),
        "date": Day("Date printed on the issue."),
        "colophon": Struct({
            "editors": ListOf(Text(), "Lines such as 主编：…"),
            "sponsor": Text("主办"), "contact": Text("联系人"), "phone": Text("电话"),
            "recipients": Text("报送"), "exchange": Text("交换"),
        }, "版记 at the foot of the last page.", build=Colophon),
    }, "报头: the masthead.", build=lambda **v: Masthead(**{
        **v, "publishers": tuple(v["publishers"]),
        "colophon": v["colophon"] or Colophon()})),
    "author_line": Text("Author line, e.g. （撰写：…）."),
    "topic": Struct({
        "keywords": ListOf(KEYWORD, "What the brief is about.", min_items=1, required=True),
        "match": Choice(("any", "all"), "Whether an article needs any keyword or all.",
                        default="any"),
        "exclude": ListOf(Word(single=True), "Articles with any of these words are left out."),
    }, "Topic: keywords with synonyms, all/any, exclusions.", required=True,
        build=lambda **v: Topic(tuple(k if isinstance(k, Keyword) else Keyword(k)
                                      for k in v["keywords"]), v["match"], tuple(v["exclude"]))),
    "sources": Struct({
        "include": ListOf(Text(), "Only these publishers."),
        "exclude": ListOf(Text(), "Never these publishers."),
    }, "Publishers to include or exclude."),
    "dates": Struct({
        "from": Day("First day (inclusive)."),
        "to": Day("Last day (inclusive)."),
        "last": Duration("A window ending at --as-of, e.g. 30d."),
    }, "Date window of the articles.", build=lambda **v: DateWindow(v["from"], v["to"], v["last"]),
        check=_check_window),
    "languages": ListOf(Choice(LANGUAGES), "Languages of the articles.",
                        default=lambda: list(LANGUAGES[:2])),
    "sections": ListOf(SectionStruct({
        "kind": Choice(SECTION_CHOICES, "Which section.", required=True),
        "heading": Text("Heading as printed (default 背景, 大事记, 各方观点)."),
        "max_items": Integer("At most this many items.", minimum=1),
        "max_chars": Integer("At most this many characters.", minimum=50),
        "file": Text("kind text: a Markdown file beside the spec (研判, 对策建议)."),
    }, build=_section, check=_check_section), "Sections in order.", default=lambda: [], check=_check_sections,
        min_items=1, if_empty="; leave sections out for all three"),
    "formats": ListOf(Choice(FORMATS), "Output formats.", default=lambda: ["json"],
                      min_items=1, if_empty="; leave formats out for json"),
    "theme": Named(_theme_problem, "Theme: shandong (the house style) or modern.",
                   default="shandong"),
    "locale": Named(_locale_problem, "Locale for labels and dates, e.g. zh_CN or en.",
                    default="zh_CN"),
    "max_articles": Integer("At most this many articles are summarized.", default=40, minimum=1),
    "dictionary": ListOf(Text(), "Words the segmenter must keep whole (names, terms)."),
    "dictionary_file": Text("A file of such words, one a line (relative to the spec)."),
    "templates": Text("A folder of template overrides (relative to the spec)."),
    "actors": ACTORS,
})


MAX_MESSAGES = 100  # problems printed at most; a careless paste can make thousands


def _load(path: Path, struct: Struct) -> tuple[dict, tuple[str, ...]]:
    """Validate a YAML file against `struct`: its values and its dictionary words, or a
    `SpecError` listing every problem."""
    source = str(path)
    node = compose(read_text(path, limits.MAX_SPEC_BYTES), source)
    if node is None:
        raise SpecError([f"{source}: the spec is empty"])
    problems = _Problems(source)
    values = struct.check(node, "", problems)
    messages = problems.messages()
    dictionary = list(values["dictionary"]) if values else []
    if values and values.get("dictionary_file"):
        words_path = path.parent / values["dictionary_file"]
        try:
            words = read_text(words_path, limits.MAX_DICTIONARY_BYTES,
                              f"{source}: dictionary_file")
            dictionary += [w.strip() for w in words.splitlines()
                           if w.strip() and not w.startswith("#")]
        except SpecError as error:
            messages += error.problems
    if len(messages) > MAX_MESSAGES:
        messages[MAX_MESSAGES:] = [f"{source}: {len(messages) - MAX_MESSAGES} more problems "
                                   f"like these; fix the first ones and try again"]
    if messages:
        raise SpecError(messages)
    return values, tuple(dictionary)


def load_spec(path: str | Path) -> BriefSpec:
    """Read and validate a brief spec; raise `SpecError` listing every problem."""
    path = Path(path)
    source = str(path)
    values, dictionary = _load(path, SPEC)
    sources = values["sources"] or {"include": [], "exclude": []}
    sections = values["sections"] or [_section(kind) for kind in SECTION_KINDS]
    return BriefSpec(
        path=source, title=values["title"], topic=values["topic"], lead=values["lead"],
        masthead=values["masthead"], author_line=values["author_line"],
        sources_include=tuple(sources["include"]), sources_exclude=tuple(sources["exclude"]),
        dates=values["dates"] or DateWindow(), languages=tuple(values["languages"]),
        sections=tuple(sections), formats=tuple(values["formats"]), theme=values["theme"],
        locale=values["locale"], max_articles=values["max_articles"],
        dictionary=tuple(dictionary),
        templates=str(path.parent / values["templates"]) if values["templates"] else None,
        actors=values["actors"] or Actors(),
    )


def json_schema(digest: bool = False) -> dict:
    """The JSON Schema of a brief spec (or a digest spec), for editors' YAML plugins."""
    from briefgen.digest_spec import DIGEST

    kind = "digest" if digest else "brief"
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"https://briefgen.invalid/{kind}-spec.schema.json",
            "title": f"briefgen {kind} spec", **(DIGEST if digest else SPEC).schema()}
