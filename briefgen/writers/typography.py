"""Typesetting rules the templates apply through filters: URLs that break only after
`/ . - ? &`, titles nested inside 《》 written with 〈〉, and Markdown text escaped so that
an article's characters never become markup."""

from __future__ import annotations

import re

from markupsafe import Markup

URL_BREAKS = "/.-?&"
URL_RUNS = re.compile(r"[^/.\-?&]*[/.\-?&]+|[^/.\-?&]+$")  # a run and the separators ending it
LONG_SEGMENT = 24  # a run longer than this may break anywhere rather than overflow the line


def breakable_url(url: str | None) -> Markup:
    """The URL as text that may wrap only after `/ . - ? &` (never inside `://`): each run
    between those is kept whole, with a <wbr> after it."""
    if not url:
        return Markup("")
    parts = URL_RUNS.findall(url)
    pieces = []
    for part in parts:
        kind = "url-part long" if len(part) > LONG_SEGMENT else "url-part"
        pieces.append(Markup('<span class="{}">{}</span>').format(kind, part))
    return Markup("<wbr>").join(pieces)


def nested_title(title: str | None) -> str:
    """A title printed inside 《》: the titles it quotes take 〈〉 (《〈华盛顿宣言〉解读》)."""
    return (title or "").replace("《", "〈").replace("》", "〉")


MD_INLINE = re.compile(r"([\\`*_\[&|~#])")
MD_BLOCK_START = re.compile(r"^([-+=>])")
MD_LIST_NUMBER = re.compile(r"^(\d+)([.)])")


def markdown_text(text: str | None) -> str:
    """Text for a Markdown paragraph or list item: what would start emphasis, a link or an
    image, code, an entity or a block is backslash-escaped (CommonMark allows it for any
    ASCII punctuation) and `<` is written `&lt;`, so no HTML gets through; line breaks
    inside become spaces. The templates' own escaping of `<` and `![` finds nothing left."""
    if text is None:
        return ""
    flat = " ".join(str(text).split())
    flat = MD_INLINE.sub(r"\\\1", flat).replace("<", "&lt;")
    flat = MD_BLOCK_START.sub(r"\\\1", flat)
    return MD_LIST_NUMBER.sub(r"\1\\\2", flat)


def markdown_url(url: str | None) -> str:
    """A URL for a Markdown autolink `<…>`: spaces and angle brackets percent-escaped."""
    if not url:
        return ""
    return url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")


__all__ = ["breakable_url", "markdown_text", "markdown_url", "nested_title"]
