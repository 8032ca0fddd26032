"""PDF from the brief's HTML with WeasyPrint: system CJK fonts subsetted and embedded,
bookmarks from the headings, links kept, nothing fetched from anywhere."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def _fetcher():
    from weasyprint import URLFetcher

    class OfflineFetcher(URLFetcher):
        """Refuses every URL but `data:`: a brief never reaches the network or the disk
        through what its articles or templates name."""

        def __init__(self) -> None:
            super().__init__(allowed_protocols=("data",), allow_redirects=False)
            self.refused: list[str] = []

        def fetch(self, url, headers=None):
            if not url.startswith("data:"):
                self.refused.append(url)
                log.warning("not fetched while rendering the PDF: %s", url[:200])
                raise ValueError(f"briefgen renders offline; not fetched: {url[:200]}")
            return super().fetch(url, headers)

    return OfflineFetcher()


# Tried in turn, when the 版记 would stand alone on the last page: what starts a new page so
# that text goes to the last page with it (the first that keeps the page in shape wins).
KEEP_WITH_COLOPHON = ("main .sources li:nth-last-child(1)", "main .sources li:nth-last-child(2)",
                      "main .sources", "main article > :last-child")


def _flow_is_empty(page) -> bool:
    """True when a page holds no text or image of the flow: only footnotes (the 版记,
    floated to the page foot) and margin boxes such as the page number."""
    from weasyprint.formatting_structure import boxes

    def has_content(box) -> bool:
        if isinstance(box, (boxes.TextBox, boxes.ReplacedBox)) and \
                getattr(box, "text", "x").strip():
            return True
        return any(has_content(child) for child in getattr(box, "children", None) or [])

    flow = [box for box in page._page_box.children
            if not isinstance(box, (boxes.FootnoteAreaBox, boxes.MarginBox))]
    return not any(has_content(box) for box in flow)


def _footnotes_fit(page) -> bool:
    """The footnote area ends inside the page's content box."""
    from weasyprint.formatting_structure import boxes

    page_box = page._page_box
    bottom = page_box.content_box_y() + page_box.height
    return all(box.position_y + box.margin_height() <= bottom + 0.5
               for box in page_box.children if isinstance(box, boxes.FootnoteAreaBox))


def _colophon_alone(document) -> bool:
    return len(document.pages) > 1 and _flow_is_empty(document.pages[-1])


def html_to_pdf(html: str) -> bytes:
    """The PDF of a self-contained HTML page (fonts come from fontconfig, not from URLs):
    tagged for assistive technology (PDF/UA-1), with the page's language. When the 版记
    would be alone on the last page, text goes to that page with it."""
    from weasyprint import CSS, HTML  # imported here: it takes a third of a second

    source = HTML(string=html, base_url=None, url_fetcher=_fetcher())
    document = source.render()
    if _colophon_alone(document):
        for selector in KEEP_WITH_COLOPHON:
            sheet = CSS(string=f"@media print {{ {selector} {{ break-before: page; }} }}")
            candidate = source.render(stylesheets=[sheet])
            if not _colophon_alone(candidate) and all(_footnotes_fit(page)
                                                      for page in candidate.pages):
                document = candidate
                break
    return document.write_pdf(pdf_identifier=b"briefgen", uncompressed_pdf=False,
                              pdf_variant="pdf/ua-1")
