"""A brief from a spec: select → summarize → render → write. The CLI and the scheduler
call this."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Callable, TextIO

from briefgen.corpus import Corpus
from briefgen.model import Brief
from briefgen.selection import REPORT_THRESHOLD, Selection, choose
from briefgen.spec import BriefSpec, load_spec
from briefgen.summarizers import summarize
from briefgen.writers import FORMATS, Renderer, write_atomically
from briefgen.writers.themes import TemplateError


class BuildError(Exception):
    """A build that cannot go on; the message says why."""


class StrictError(BuildError):
    """Warnings under `--strict`: each is an error; nothing was written."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} warning(s) with --strict; nothing written")
        self.problems = problems


def selection_for(spec: BriefSpec, corpus: Corpus, as_of: date | None = None) -> Selection:
    """What selection decides for `spec`: the stories used and why each other one was not.
    Relative date windows count back from `as_of` (default: the masthead's date, else today)."""
    as_of = as_of or (spec.masthead.date if spec.masthead and spec.masthead.date else date.today())
    return choose(corpus, spec, as_of)


def make_brief(spec: BriefSpec, corpus: Corpus, as_of: date | None = None,
               selection: Selection | None = None) -> Brief:
    """The brief of `spec` over `corpus` (from `selection` when it was made already)."""
    selection = selection or selection_for(spec, corpus, as_of)
    return summarize(selection.selected, spec)


def report_lines(selection: Selection, spec: BriefSpec) -> list[str]:
    """The build's short report: what was matched, used and dropped, and a warning when
    too few on-topic sources remain to speak of a topic."""
    from briefgen.analysis.script import script_of

    script = script_of(spec.locale)  # the script the brief is written in
    counts = selection.report(script)
    other = "Simplified" if script == "zh-Hant" else "Traditional"
    line = (f"selection: {counts['matched']} matched, {counts['used']} used, "
            f"{counts['off_topic']} dropped as off topic, {counts['undated']} undated, "
            f"{counts['converted']} converted from {other}")
    if counts["over_limit"]:
        line += f", {counts['over_limit']} over max_articles"
    lines = [line]
    if counts["used"] < REPORT_THRESHOLD:
        lines.append(f"warning: only {counts['used']} on-topic source"
                     f"{'' if counts['used'] == 1 else 's'} for {spec.path} "
                     f"(fewer than {REPORT_THRESHOLD}); the brief speaks from little")
    return lines


def empty_section_lines(brief: Brief, spec: BriefSpec) -> list[str]:
    """A warning for each section the sources left empty: the editor sees it before the
    reader does (the brief itself says the sources gave nothing for it)."""
    return [f"warning: section {section.heading} ({section.kind}) of {spec.path} is empty: "
            f"no sentence of the {len(brief.sources)} source"
            f"{'' if len(brief.sources) == 1 else 's'} stands alone there"
            for section in brief.sections if not section.items]


def renderer_for(spec: BriefSpec) -> Renderer:
    return Renderer(theme=spec.theme, locale=spec.locale, templates=spec.templates)


def check_formats(formats: list[str]) -> None:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise BuildError(f"--format: no writer for {', '.join(unknown)} "
                         f"(available: {', '.join(FORMATS)})")


def render(brief: Brief, renderer: Renderer, formats: list[str],
           warn: Callable[[str], None] | None = None, strict: bool = False
           ) -> dict[str, bytes]:
    """Every format in memory, or a `BuildError`: nothing is written unless all can be.
    Warnings (CSS, blocks, unknown variables) go to `warn`; under `strict` they stop it."""
    check_formats(formats)
    try:
        rendered, problems = renderer.render_checked(brief, formats)
    except TemplateError as error:
        raise BuildError(f"template error: {error}") from None
    if strict and problems:
        raise StrictError(problems)
    for problem in problems:
        if warn:
            warn(problem)
    return rendered


def write_all(rendered: dict[str, bytes], out_dir: str | Path, stem: str) -> list[Path]:
    written = []
    for fmt, data in rendered.items():
        path = Path(out_dir) / f"{stem}.{fmt}"
        write_atomically(path, data)
        written.append(path)
    return written


def build(spec_path: str | Path, corpus: Corpus, out_dir: str | Path,
          formats: list[str] | None = None, as_of: date | None = None, *,
          theme: str | None = None, locale: str | None = None,
          templates: str | Path | None = None, warn: Callable[[str], None] | None = None,
          strict: bool = False, report: TextIO | None = sys.stderr) -> list[Path]:
    """Build and write a brief; the files written. Nothing is written unless all can be."""
    spec = load_spec(spec_path)
    spec = replace(spec, theme=theme or spec.theme, locale=locale or spec.locale,
                   templates=str(templates) if templates else spec.templates)
    formats = formats or list(spec.formats)
    renderer = renderer_for(spec)
    check_formats(formats)  # before the work
    selection = selection_for(spec, corpus, as_of)
    if report is not None:
        for line in report_lines(selection, spec):
            print(line, file=report)
    brief = make_brief(spec, corpus, as_of, selection)
    if not brief.sources and selection.selected:
        raise BuildError(f"{len(selection.selected)} article(s) in {corpus.path} match the topic of "
                         f"{spec.path}, but none gives a sentence that stands alone in a section; "
                         "nothing was written")
    if not brief.sources:
        raise BuildError(f"no article in {corpus.path} matches the topic of {spec.path}")
    if report is not None:
        for line in empty_section_lines(brief, spec):
            print(line, file=report)
    return write_all(render(brief, renderer, formats, warn, strict), out_dir,
                     Path(spec_path).stem)
