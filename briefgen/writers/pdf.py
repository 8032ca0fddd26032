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


def html_to_pdf(html: str) -> bytes:
    """The PDF of a self-contained HTML page (fonts come from fontconfig, not from URLs)."""
    from weasyprint import HTML  # imported here: it takes a third of a second

    fetcher = _fetcher()
    document = HTML(string=html, base_url=None, url_fetcher=fetcher).render()
    return document.write_pdf(pdf_identifier=b"briefgen", uncompressed_pdf=False)
