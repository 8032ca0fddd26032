"""A brief from a spec: select → summarize → write. The CLI and the scheduler call this."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefgen.corpus import Corpus
from briefgen.model import Brief
from briefgen.selection import select
from briefgen.spec import BriefSpec, load_spec
from briefgen.summarizers import summarize
from briefgen.writers import WRITERS, write_atomically


class BuildError(Exception):
    """A build that cannot go on; the message says why."""


def make_brief(spec: BriefSpec, corpus: Corpus, as_of: date | None = None) -> Brief:
    """The brief of `spec` over `corpus`; relative date windows count back from `as_of`
    (default: the masthead's date, else today)."""
    as_of = as_of or (spec.masthead.date if spec.masthead and spec.masthead.date else date.today())
    return summarize(select(corpus, spec, as_of), spec)


def build(spec_path: str | Path, corpus: Corpus, out_dir: str | Path,
          formats: list[str] | None = None, as_of: date | None = None) -> list[Path]:
    """Build and write a brief; the files written. Nothing is written unless all can be."""
    spec = load_spec(spec_path)
    formats = formats or list(spec.formats)
    unknown = [f for f in formats if f not in WRITERS]
    if unknown:
        raise BuildError(f"--format: no writer for {', '.join(unknown)} "
                         f"(available: {', '.join(WRITERS)})")
    brief = make_brief(spec, corpus, as_of)
    if not brief.sources:
        raise BuildError(f"no article in {corpus.path} matches the topic of {spec.path}")
    rendered = {fmt: WRITERS[fmt](brief) for fmt in formats}  # render all before writing any
    stem = Path(spec_path).stem
    written = []
    for fmt, data in rendered.items():
        path = Path(out_dir) / f"{stem}.{fmt}"
        write_atomically(path, data)
        written.append(path)
    return written
