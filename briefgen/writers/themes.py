"""Themes: where templates are looked up, and the Jinja environment that renders them.

Lookup order, as in MkDocs and Pelican: the editor's folder (`--templates DIR` or the
spec's `templates:`), then the chosen theme, then the built-in `base` templates. A name
prefixed `!theme/` skips the editor's folder and `!base/` goes straight to the built-in
ones, so an override can extend the very template it replaces:

    {% extends "!theme/brief.html" %}
    {% block lead %}…{% endblock %}
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import shutil
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import jinja2
import yaml

from briefgen import locales
from briefgen.writers import typography


def _built_in() -> Path:
    """`templates/` of a source checkout, or its installed copy inside the package."""
    for candidate in (Path(__file__).resolve().parents[2] / "templates",
                      Path(__file__).resolve().parents[1] / "themes"):
        if (candidate / "base").is_dir():
            return candidate
    raise RuntimeError("briefgen's templates are missing from this installation")


THEMES_DIR = _built_in()
BASE = "base"
BLOCKS = ("masthead", "title", "lead", "background", "chronology", "viewpoints", "author_line",
          "sources", "colophon", "style", "head", "highlights", "topic", "text")
DIGEST_BLOCKS = ("highlights", "topic")
GUIDE = "GUIDE.md"


class TemplateError(Exception):
    """A template that cannot be loaded or rendered; the message names its file and line."""


_undefined_uses: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar(
    "undefined_uses", default=None)


def _template_line() -> str | None:
    """file:line of the template statement running now (Jinja's compiled code keeps the
    template in its globals and maps its own lines back to the template's)."""
    frame = sys._getframe(1)
    while frame is not None:
        template = frame.f_globals.get("__jinja_template__")
        if template is not None:
            line = template.get_corresponding_lineno(frame.f_lineno)
            return f"{template.filename or template.name}:{line}"
        frame = frame.f_back
    return None


class RecordingUndefined(jinja2.ChainableUndefined):
    """An unknown variable renders as nothing, as in most template engines, but every use
    is recorded with its template line: a build warns about it, `--strict` refuses it."""

    __slots__ = ()

    def _record(self) -> None:
        uses = _undefined_uses.get()
        if uses is not None:
            where = _template_line() or "template"
            uses.append(f"{where}: unknown variable: {self._undefined_message}")

    def __str__(self) -> str:
        self._record()
        return ""

    def __iter__(self):
        self._record()
        return iter(())

    def __bool__(self) -> bool:
        self._record()
        return False

    def __len__(self) -> int:
        self._record()
        return 0

    def __html__(self) -> str:
        return str(self)


@contextlib.contextmanager
def recording_undefined() -> Iterator[list[str]]:
    """Collect the unknown variables templates use while rendering inside the block."""
    uses: list[str] = []
    token = _undefined_uses.set(uses)
    try:
        yield uses
    finally:
        _undefined_uses.reset(token)


@dataclass(frozen=True)
class Theme:
    name: str
    path: Path
    description: str

    def files(self) -> list[str]:
        return sorted(str(p.relative_to(self.path)) for p in self.path.rglob("*")
                      if p.is_file() and p.name != "theme.yaml")


def themes() -> dict[str, Theme]:
    """The built-in themes by name (the `base` templates are not a theme of their own)."""
    found = {}
    for path in sorted(THEMES_DIR.iterdir()):
        info = path / "theme.yaml"
        if path.name != BASE and info.is_file():
            meta = yaml.safe_load(info.read_text("utf-8")) or {}
            found[path.name] = Theme(path.name, path, str(meta.get("description", "")).strip())
    return found


def theme_problem(name: str) -> str | None:
    """Why `name` cannot be used as a theme, or None."""
    known = themes()
    if name in known:
        return None
    return f"expected one of {', '.join(known)} but received {name!r}"


def _loader(path: Path) -> jinja2.FileSystemLoader:
    return jinja2.FileSystemLoader(str(path), encoding="utf-8", followlinks=True)


@functools.lru_cache(maxsize=16)
def environment(theme: str, templates: str | None, locale: str) -> jinja2.Environment:
    """The Jinja environment of one theme, override folder and locale (cached: templates
    compile once per process)."""
    problem = theme_problem(theme)
    if problem:
        raise TemplateError(f"theme: {problem}")
    theme_dir, base_dir = THEMES_DIR / theme, THEMES_DIR / BASE
    if templates is not None and not Path(templates).is_dir():
        raise TemplateError(f"templates: {templates} is not a folder")
    chain = ([_loader(Path(templates))] if templates else []) + [_loader(theme_dir),
                                                                 _loader(base_dir)]
    loader = jinja2.ChoiceLoader([
        jinja2.PrefixLoader({"!theme": jinja2.ChoiceLoader([_loader(theme_dir),
                                                            _loader(base_dir)]),
                             "!base": _loader(base_dir)}, delimiter="/"),
        *chain,
    ])
    env = jinja2.Environment(
        loader=loader, undefined=RecordingUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, extensions=["jinja2.ext.i18n"],
        autoescape=jinja2.select_autoescape(["html", "svg", "xml"], default_for_string=False),
    )
    env.install_gettext_translations(locales.translations(locale), newstyle=True)
    env.filters["day"] = lambda value, precision=None, until=None: locales.format_day(value, precision, locale, until)
    env.filters["short_day"] = lambda day: locales.short_day(day, locale)
    env.filters["closed"] = lambda text: locales.close_sentence(text, locale)
    env.filters["breakable_url"] = typography.breakable_url
    env.filters["nested_title"] = typography.nested_title
    env.filters["md"] = typography.markdown_text
    env.filters["md_url"] = typography.markdown_url
    env.globals["section_number"] = lambda n: locales.section_number(n, locale)
    env.globals["group_number"] = lambda n: locales.group_number(n, locale)
    return env


CSS_FILES = ("base.css", "style.css", "extra.css", "timeline.css")


def css_sources(env: jinja2.Environment) -> list[tuple[str, str, str]]:
    """(name, file, text) of the style sheets the page includes, as the lookup finds them."""
    found = []
    for name in CSS_FILES:
        try:
            text, filename, _ = env.loader.get_source(env, name)
        except jinja2.TemplateNotFound:
            continue
        found.append((name, filename or name, text))
    return found


def theme_palette(env: jinja2.Environment) -> dict[str, str]:
    """The page's CSS variables by name (`--accent` …), as the page's sheets set them."""
    from briefgen.writers.palette import palette

    return palette([text for name, _, text in css_sources(env) if name != "timeline.css"])


def render(theme: str, templates: str | None, locale: str, name: str, context: dict) -> str:
    """Render template `name`; any failure becomes a `TemplateError` naming file and line."""
    env = environment(theme, str(templates) if templates else None, locale)
    try:
        if "palette" not in context:
            context = {**context, "palette": theme_palette(env)}
        return env.get_template(name).render(context)
    except jinja2.TemplateSyntaxError as error:
        where = error.filename or error.name or name
        raise TemplateError(f"{where}:{error.lineno}: {error.message}") from None
    except jinja2.TemplateNotFound as error:
        raise TemplateError(f"{name}: template {error.name!r} not found in "
                            f"{_search_path(theme, templates)}") from None
    except Exception as error:  # an error while rendering: find the template line it came from
        frame = _template_frame(sys.exc_info()[2])
        where = f"{frame[0]}:{frame[1]}" if frame else name
        message = getattr(error, "message", None) or str(error)
        raise TemplateError(f"{where}: {type(error).__name__}: {message}") from None


def _search_path(theme: str, templates: str | None) -> str:
    folders = ([str(templates)] if templates else []) + [str(THEMES_DIR / theme),
                                                         str(THEMES_DIR / BASE)]
    return " → ".join(folders)


def _template_frame(tb) -> tuple[str, int] | None:
    """The innermost traceback frame that belongs to a template (Jinja rewrites
    tracebacks so that template frames carry the template's file and line)."""
    found = None
    for frame in traceback.extract_tb(tb):
        if not frame.filename.endswith(".py") and Path(frame.filename).suffix:
            found = (frame.filename, frame.lineno)
    return found


MINIMAL_OVERRIDE = """{#- Your page: the {theme} theme's page with the blocks you change below.
    Blocks: {blocks}. See GUIDE.md. -#}
{% extends "!theme/brief.html" %}
{% block lead %}
{{ super() }}
{#- An example: the theme's lead, then what you add here, e.g.
    <p class="note">内部参考，注意保存。</p>
    Delete the block to get the theme's lead alone. -#}
{% endblock %}
"""


def theme_variables(theme: str) -> list[str]:
    """The `:root` declarations of a theme's CSS (base, then the theme's), as written."""
    from briefgen.writers.palette import root_declarations

    seen: dict[str, str] = {}
    for folder in (THEMES_DIR / BASE, THEMES_DIR / theme):
        path = folder / "style.css"
        if path.is_file():
            for name, value, comment in root_declarations(path.read_text("utf-8")):
                seen[name] = f"{name}: {value};" + (f"  ({comment})" if comment else "")
    return list(seen.values())


def init(target: Path, theme: str, full: bool = False) -> list[Path]:
    """Start an editor's folder: a `brief.html` that extends the theme's page with one
    example block, an `extra.css` listing the theme's variables, and the guide. The theme's
    other files keep coming from briefgen (and keep receiving its fixes); `full` copies
    them all instead."""
    problem = theme_problem(theme)
    if problem:
        raise TemplateError(f"--theme: {problem}")
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise TemplateError(f"{target} exists and is not empty; choose a new folder")
    if not full:
        target.mkdir(parents=True, exist_ok=True)
        page = target / "brief.html"
        blocks = ", ".join(b for b in BLOCKS if b not in DIGEST_BLOCKS)
        page.write_text(MINIMAL_OVERRIDE.replace("{theme}", theme).replace("{blocks}", blocks),
                        "utf-8")
        extra = target / "extra.css"
        variables = "\n".join(f"  /* {line} */" for line in theme_variables(theme))
        extra.write_text(
            "/* Added after the theme's style.css: set a variable or adjust a rule here.\n"
            "   The theme's variables and their values (uncomment a line to change it): */\n"
            f":root {{\n{variables}\n}}\n", "utf-8")
        guide = target / GUIDE
        guide.write_text((THEMES_DIR / GUIDE).read_text("utf-8").replace("{theme}", theme),
                         "utf-8")
        return [page, extra, guide]
    written = []
    for source_dir in (THEMES_DIR / BASE, THEMES_DIR / theme):
        for source in sorted(source_dir.rglob("*")):
            if source.is_file() and source.name != "theme.yaml":
                destination = target / source.relative_to(source_dir)
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, destination)
                if destination not in written:
                    written.append(destination)
    guide = target / GUIDE
    guide.write_text((THEMES_DIR / GUIDE).read_text("utf-8").replace("{theme}", theme), "utf-8")
    written.append(guide)
    return written
