"""Writers render a `Brief` into files: JSON for tools, HTML and Markdown through the
theme's Jinja templates, PDF from that same HTML. Every file is written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from briefgen.model import Brief
from briefgen.writers import themes
from briefgen.writers.context import context

FORMATS = ("json", "html", "pdf", "md")


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # as an ordinary new file would be
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


@dataclass(frozen=True)
class Renderer:
    """How a brief looks: theme, locale, and an editor's folder of template overrides."""

    theme: str = "shandong"
    locale: str = "zh_CN"
    templates: str | None = None

    def _template(self, name: str, brief: Brief, view: dict | None = None) -> bytes:
        view = view or context(brief, self.locale, self.theme)
        return themes.render(self.theme, self.templates, self.locale, name, view).encode("utf-8")

    def json(self, brief: Brief) -> bytes:
        return (json.dumps(brief.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    def html(self, brief: Brief, view: dict | None = None) -> bytes:
        return self._template("brief.html", brief, view)

    def md(self, brief: Brief, view: dict | None = None) -> bytes:
        return self._template("brief.md", brief, view)

    def pdf(self, brief: Brief, html: bytes | None = None) -> bytes:
        from briefgen.writers.pdf import html_to_pdf

        return html_to_pdf((html or self.html(brief)).decode("utf-8"))

    def check(self) -> list[str]:
        """Problems in the theme's and the editor's files found without rendering."""
        from briefgen.writers.checks import Checks

        return Checks(self.theme, str(self.templates) if self.templates else None,
                      self.locale).run()

    def render_checked(self, brief: Brief, formats: list[str]
                       ) -> tuple[dict[str, bytes], list[str]]:
        """`render`, and every warning: the static checks, unknown variables the templates
        used (with their lines), and what WeasyPrint said while making the PDF."""
        from briefgen.writers.checks import screen_only, weasyprint_warnings

        problems = self.check()
        with themes.recording_undefined() as uses, weasyprint_warnings() as logged:
            rendered = self.render(brief, formats)
        problems += uses
        # What the sheets' own check reported already, WeasyPrint repeats about the page.
        problems += [f"PDF: {message}" for message in logged
                     if not message.startswith("Ignored `") and "selector" not in message
                     and not screen_only(message)]
        return rendered, list(dict.fromkeys(problems))

    def render(self, brief: Brief, formats: list[str]) -> dict[str, bytes]:
        """Every format asked for, in memory; what templates see is worked out once, and
        the HTML is made once for both HTML and PDF."""
        view = context(brief, self.locale, self.theme) if {"html", "pdf", "md"} & set(formats) \
            else None
        html = self.html(brief, view) if {"html", "pdf"} & set(formats) else None
        rendered: dict[str, bytes] = {}
        for fmt in formats:
            if fmt == "html":
                rendered[fmt] = html
            elif fmt == "pdf":
                rendered[fmt] = self.pdf(brief, html)
            elif fmt == "md":
                rendered[fmt] = self.md(brief, view)
            else:
                rendered[fmt] = self.json(brief)
        return rendered


__all__ = ["FORMATS", "Renderer", "write_atomically"]
