"""What rendering needs from the system, checked one by one with the fix for each gap.

WeasyPrint draws with Pango, finds fonts with fontconfig and subsets them with HarfBuzz;
without HarfBuzz's subsetter, embedding a CJK font takes seconds instead of milliseconds.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import dataclass

FONTS = (
    ("Noto Serif CJK SC", "Song face (body, title)", "fonts-noto-cjk"),
    ("Noto Sans CJK SC", "Hei face (一、 headings)", "fonts-noto-cjk"),
    ("AR PL UKai CN", "Kai face (（一） headings)", "fonts-arphic-ukai"),
)
MIN_PANGO = (1, 44)


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def _apt(*packages: str) -> str:
    return f"apt-get install {' '.join(packages)}"


def check_fonts() -> list[Check]:
    if not shutil.which("fc-match"):
        return [Check("fontconfig", False, "fc-match not found, fonts cannot be looked up",
                      _apt("fontconfig"))]
    checks = []
    for family, use, package in FONTS:
        found = subprocess.run(["fc-match", "-f", "%{family}|%{file}", family],
                               capture_output=True, text=True).stdout
        families, _, path = found.partition("|")
        ok = family in families.split(",")
        checks.append(Check(f"font {family}", ok, f"{use}: {path if ok else 'missing'}",
                            "" if ok else _apt(package)))
    return checks


def check_weasyprint() -> list[Check]:
    try:
        import weasyprint
        from weasyprint.text import ffi
    except (ImportError, OSError) as error:  # OSError: Pango's shared library is missing
        return [Check("WeasyPrint", False, str(error).splitlines()[0],
                      "pip install weasyprint; " + _apt("libpango-1.0-0", "libpangoft2-1.0-0"))]
    version = ffi.pango.pango_version()
    pango = (version // 10000, version // 100 % 100, version % 100)
    return [
        Check("WeasyPrint", True, weasyprint.__version__),
        Check("Pango", pango[:2] >= MIN_PANGO, ".".join(map(str, pango)),
              "" if pango[:2] >= MIN_PANGO else _apt("libpango-1.0-0", "libpangoft2-1.0-0")),
        Check("HarfBuzz subsetter", ffi.harfbuzz_subset is not None,
              "fast font subsetting" if ffi.harfbuzz_subset is not None
              else "missing: fonts are subset slowly (seconds per build)",
              "" if ffi.harfbuzz_subset is not None else _apt("libharfbuzz-subset0")),
    ]


def check_render() -> Check:
    """A one-page PDF in the default theme's fonts, timed."""
    from briefgen.writers.pdf import html_to_pdf

    started = time.perf_counter()
    try:
        pdf = html_to_pdf('<html lang="zh-CN"><body style="font-family: \'Noto Serif CJK SC\'">'
                          '<p>国际问题研究报告</p></body></html>')
    except Exception as error:  # whatever fails here is what the user must see
        return Check("test render", False, f"{type(error).__name__}: {error}")
    took = time.perf_counter() - started
    return Check("test render", True, f"one page, {len(pdf) // 1024} KiB, {took:.2f} s")


def run() -> list[Check]:
    checks = check_fonts() + check_weasyprint()
    if all(c.ok for c in checks if c.name in ("WeasyPrint", "Pango")):
        checks.append(check_render())
    return checks
