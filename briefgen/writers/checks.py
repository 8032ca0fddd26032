"""What a build warns about before anything is written: CSS that WeasyPrint ignores (with
its file and line), an unclosed brace, fonts that are not installed, blocks in an override
that no template defines. Unknown template variables are recorded while rendering (see
`themes.RecordingUndefined`). `--strict` turns every warning into an error."""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import jinja2
from jinja2 import nodes

from briefgen.writers import themes

GENERIC_FAMILIES = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui",
                    "ui-serif", "ui-sans-serif", "ui-monospace", "math", "emoji", "fangsong",
                    "inherit", "initial", "unset"}
POSITION = re.compile(r" at (\d+):(\d+)")
SVG_SHEETS = ("timeline.css",)  # SVG properties (fill, stroke) that the HTML checker does not know


def screen_only(message: str) -> bool:
    """WeasyPrint skips `@media screen and (…)` rules, as a printer should: not a mistake."""
    return "media type" in message and re.search(r"\bscreen\b", message) is not None


@contextlib.contextmanager
def weasyprint_warnings() -> Iterator[list[str]]:
    """Collect what WeasyPrint logs (warnings and worse) inside the block."""
    from weasyprint import LOGGER

    found: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            found.append(record.getMessage())

    handler = Collect(logging.WARNING)
    LOGGER.addHandler(handler)
    try:
        yield found
    finally:
        LOGGER.removeHandler(handler)


def _strip_comments(css: str) -> str:
    """Comments and strings blanked out, keeping every character's line and column."""
    return re.sub(r'/\*.*?(\*/|$)|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'',
                  lambda m: re.sub(r"[^\n]", " ", m.group(0)), css, flags=re.S)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _braces(filename: str, css: str) -> list[str]:
    plain, opened, problems = _strip_comments(css), [], []
    for match in re.finditer(r"[{}]", plain):
        if match.group(0) == "{":
            opened.append(match.start())
        elif opened:
            opened.pop()
        else:
            line, col = _line_col(css, match.start())
            problems.append(f"{filename}:{line}:{col}: '}}' closes no block")
    for offset in opened:
        line, col = _line_col(css, offset)
        problems.append(f"{filename}:{line}:{col}: '{{' is never closed: the rest of the "
                        "sheet is swallowed by this rule")
    return problems


@functools.lru_cache(maxsize=1)
def installed_families() -> frozenset[str] | None:
    """Font families fontconfig knows (lower case), or None where it cannot be asked."""
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return None
    try:
        listing = subprocess.run([fc_list, "--format", "%{family}\n"], capture_output=True,
                                 text=True, timeout=20, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return frozenset(name.strip().lower() for line in listing.splitlines()
                     for name in line.split(",") if name.strip())


FONT_STACK = re.compile(r"(font-family|--[\w-]+)\s*:([^;{}]*)")


def _fonts(filename: str, css: str) -> list[str]:
    """A font stack whose first named family is not installed falls back silently."""
    families = installed_families()
    if families is None:
        return []
    plain, problems = _strip_comments(css), []
    for match in FONT_STACK.finditer(plain):
        # the value as written (strings kept), from the source at the same offsets
        value = css[match.start(2):match.end(2)].strip()
        parts = [p.strip() for p in value.split(",")]
        if match.group(1).startswith("--") and not (
                len(parts) > 1 and (parts[-1].lower() in GENERIC_FAMILIES
                                    or parts[-1].startswith("var("))):
            continue  # a variable that is not a font stack
        first = parts[0]
        if not first or first.startswith("var(") or first.lower() in GENERIC_FAMILIES:
            continue
        name = first.strip("\"'")
        if name.lower() not in families:
            line, col = _line_col(css, match.start(2) + len(css[match.start(2):match.end(2)])
                                  - len(css[match.start(2):match.end(2)].lstrip()))
            problems.append(f"{filename}:{line}:{col}: font {name!r} is not installed; "
                            f"the text falls back to {', '.join(parts[1:]) or 'a default font'}")
    return problems


@functools.lru_cache(maxsize=64)
def css_problems(filename: str, css: str) -> tuple[str, ...]:
    """Everything wrong with one style sheet, each as `file:line:col: what`."""
    from weasyprint import CSS

    problems = _braces(filename, css)
    with weasyprint_warnings() as logged:
        if not filename.endswith(SVG_SHEETS):
            CSS(string=css)
    for message in logged:
        if screen_only(message):
            continue
        position = POSITION.search(message)
        if position:
            where = f"{filename}:{position.group(1)}:{position.group(2)}"
            problems.append(f"{where}: {POSITION.sub('', message, count=1)}")
            continue
        selector = re.search(r"selector, '(.*)'", message, re.S)
        offset = css.find(selector.group(1).strip()) if selector else -1
        where = f"{filename}:{_line_col(css, offset)[0]}" if offset >= 0 else filename
        problems.append(f"{where}: {message}")
    return tuple(problems + _fonts(filename, css))


def _blocks(template: nodes.Template) -> list[nodes.Block]:
    return list(template.find_all(nodes.Block))


def _parent(template: nodes.Template) -> str | None:
    extends = next(iter(template.find_all(nodes.Extends)), None)
    if extends is not None and isinstance(extends.template, nodes.Const):
        return str(extends.template.value)
    return None


@functools.lru_cache(maxsize=128)
def _shape(env: jinja2.Environment, source: str, name: str) -> tuple[frozenset[str], str | None]:
    """The blocks a template's source defines and the template it extends (parsed once per
    source text: the preview asks again after every save)."""
    tree = env.parse(source, name)
    return frozenset(block.name for block in _blocks(tree)), _parent(tree)


def _defined_blocks(env: jinja2.Environment, name: str, depth: int = 0) -> set[str]:
    """Blocks the template `name` and the templates it extends define."""
    if depth > 10:
        return set()
    source, _, _ = env.loader.get_source(env, name)
    found, parent = _shape(env, source, name)
    return set(found) | (_defined_blocks(env, parent, depth + 1) if parent else set())


def block_problems(env: jinja2.Environment, folder: str | None) -> list[str]:
    """A block in an override that the template it extends does not define shows nothing."""
    if not folder or not Path(folder).is_dir():
        return []
    problems = []
    for path in sorted(Path(folder).rglob("*")):
        if path.suffix not in (".html", ".md", ".svg") or not path.is_file():
            continue
        try:
            tree = env.parse(path.read_text("utf-8"), path.name, str(path))
            parent = _parent(tree)
            if not parent:
                continue
            known = _defined_blocks(env, parent)
        except (jinja2.TemplateError, OSError, UnicodeDecodeError):
            continue  # the render reports these, with their line
        for block in _blocks(tree):
            if block.name not in known:
                problems.append(f"{path}:{block.lineno}: block {block.name!r} is not defined by "
                                f"{parent}, so it shows nothing (blocks there: "
                                f"{', '.join(sorted(known))})")
    return problems


@dataclass(frozen=True)
class Checks:
    """The static checks of one look: theme, override folder, locale."""

    theme: str
    templates: str | None
    locale: str

    def run(self) -> list[str]:
        env = themes.environment(self.theme, self.templates, self.locale)
        problems: list[str] = []
        for _, filename, text in themes.css_sources(env):
            problems += css_problems(filename, text)
        return problems + block_problems(env, self.templates)
