"""Main text and metadata of an HTML article page (navigation, asides and footers dropped)."""

from __future__ import annotations

from typing import Any

_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def html_to_article_fields(html: str, url: str | None = None) -> dict[str, Any] | None:
    """`text`, `title`, `published`, `url` of the page, or None when it holds no article text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        # Dates from metadata and <time> only: the default "extensive" search takes dates
        # in the body text or the footer's "© 2024" for the publication date.
        date_extraction_params=_DATE_PARAMS,
    )
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        return None
    return {
        "text": text,
        "title": data.get("title"),
        "published": data.get("date"),
        "url": url or data.get("url"),
    }


def canonical_url(html: str, base_url: str | None = None) -> str | None:
    """The page's `<link rel="canonical">` as an absolute URL, or None when it has none."""
    from urllib.parse import urljoin

    import lxml.etree
    import lxml.html

    try:
        # lxml's HTML parser loads no DTDs and resolves no external entities.
        doc = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for link in doc.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rels and href:
            return urljoin(base_url or "", href)
    return None
