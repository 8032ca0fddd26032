"""The theme's CSS variables as values: the timeline's SVG is drawn by renderers that do
not apply the page's CSS to it (WeasyPrint), so its colours are the variables' values,
injected when the page is rendered."""

from __future__ import annotations

import functools
import re

import tinycss2

VAR = re.compile(r"var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)")


@functools.lru_cache(maxsize=64)
def root_declarations(css: str) -> tuple[tuple[str, str, str], ...]:
    """(name, value, comment on the same line) of every custom property set on `:root`."""
    found = []
    for rule in tinycss2.parse_stylesheet(css, skip_comments=False, skip_whitespace=True):
        if rule.type != "qualified-rule" or tinycss2.serialize(rule.prelude).strip() != ":root":
            continue
        last = None
        for node in tinycss2.parse_declaration_list(rule.content, skip_comments=False,
                                                    skip_whitespace=True):
            if node.type == "declaration" and node.name.startswith("--"):
                last = [node.name, tinycss2.serialize(node.value).strip(), "", node.source_line]
                found.append(last)
            elif node.type == "comment" and last and node.source_line == last[3]:
                last[2] = " ".join(node.value.replace("*/", "").split())
    return tuple((name, value, comment) for name, value, comment, _ in found)


def palette(css_texts: list[str]) -> dict[str, str]:
    """Every `:root` variable of the sheets (later sheets win), `var()` resolved."""
    values: dict[str, str] = {}
    for css in css_texts:
        for name, value, _ in root_declarations(css):
            values[name] = value

    def resolve(value: str, depth: int = 0) -> str:
        if depth > 10:
            return value
        return VAR.sub(lambda m: resolve(values.get(m.group(1), m.group(2) or ""), depth + 1),
                       value)

    return {name: resolve(value) for name, value in values.items()}
