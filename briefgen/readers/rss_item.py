"""RSS items archived as markdown: `<!--epoch-ms-->`, `[title](url)`, `------`, HTML body."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from briefgen.model import RawDocument
from briefgen.readers.htmlblocks import blocks_from_element, parse_html, strip_boilerplate

CAPTION_CLASS = re.compile(r"(^|[-_\s])(wp-caption-text|caption|image-caption|img-caption)([-_\s]|$)",
                           re.I)


def item_blocks(text: str) -> list:
    """Blocks of an item's HTML; elements the markup calls captions (WordPress's
    wp-caption-text) are read as captions."""
    root = parse_html(text)
    strip_boilerplate(root)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag != "figcaption" and \
                CAPTION_CLASS.search(element.get("class") or "") and \
                not element.xpath(".//img"):
            element.tag = "figcaption"
    return blocks_from_element(root)


HEADER = re.compile(r"\A\s*<!--\s*(?P<epoch>\d{10,13})\s*-->\s*\n"
                    r"\s*\[(?P<title>[^\n]*)\]\((?P<url>[^\s)]*)\)\s*\n"
                    r"\s*-{3,}\s*\n")


class RssItemReader:
    name = "rss-item"

    def sniff(self, text: str, path: str) -> int:
        return 100 if HEADER.match(text) else 0

    def read(self, text: str, path: str) -> list[RawDocument]:
        match = HEADER.match(text)
        assert match is not None
        epoch = int(match["epoch"])
        seconds = epoch / 1000 if len(match["epoch"]) == 13 else epoch
        return [RawDocument(
            source_path=path, format=self.name,
            blocks=item_blocks(text[match.end():]),
            title=match["title"].strip() or None,
            url=match["url"] or None,
            archived=datetime.fromtimestamp(seconds, timezone.utc),
        )]
