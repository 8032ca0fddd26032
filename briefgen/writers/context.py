"""What templates see: the brief's JSON model plus what a page needs to show it
(citation numbers, sources in citing order, viewpoints grouped by actor, the timeline)."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote, urlsplit

from briefgen import locales
from briefgen.model import Brief
from briefgen.writers.timeline import NARROW, layout


def readable_url(url: str) -> str:
    """A URL as people read it: percent-escapes of Chinese paths decoded."""
    try:
        return unquote(url, errors="strict")
    except UnicodeDecodeError:
        return url


MASTHEAD = {"series": None, "issue": None, "issue_total": None, "publishers": [],
            "date": None, "colophon": None}


def link(url: str | None) -> str | None:
    """Only web addresses become links: never javascript:, file: or data: from an article."""
    return url if url and urlsplit(url).scheme in ("http", "https") else None


def context(brief: Brief, locale: str, theme: str) -> dict[str, Any]:
    data = {**MASTHEAD, **brief.to_dict()}
    number = {source["id"]: n for n, source in enumerate(data["sources"], 1)}
    sources = [{**source, "number": number[source["id"]], "url": link(source["url"]),
                "display_url": readable_url(source["url"]) if link(source["url"]) else None,
                "also_in": [{**copy, "url": link(copy.get("url"))}
                            for copy in source.get("also_in", [])]}
               for source in data["sources"]]
    sections = []
    for position, (key, section) in enumerate(data["sections"].items(), 1):
        kind = section["kind"]
        items = [{**item, "citations": sorted(number[i] for i in item["sources"])}
                 for item in section["items"]]
        groups: list[dict[str, Any]] = []  # viewpoints by actor, in order
        for item in items:
            if item.get("actor"):
                if not groups or groups[-1]["actor"] != item["actor"]:
                    groups.append({"actor": item["actor"], "items": []})
                groups[-1]["items"].append(item)
        sections.append({"kind": kind, "key": key, "heading": section["heading"],
                         "number": position, "id": f"section-{key}", "items": items,
                         "paragraphs": [item for item in items if not item.get("actor")],
                         "groups": groups,
                         "timeline": layout(items) if kind == "chronology" else None,
                         "timeline_narrow": layout(items, NARROW) if kind == "chronology"
                         else None})
    return {
        "brief": data,
        "sections": sections,
        "sources": sources,
        "locale": locale,
        "lang": locales.html_lang(locale),
        "theme": theme,
    }
