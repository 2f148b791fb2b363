"""Main text and metadata of an HTML article page (navigation, asides and footers dropped)."""

from __future__ import annotations

from typing import Any


def html_to_article_fields(html: str, url: str | None = None) -> dict[str, Any] | None:
    """`text`, `title`, `published`, `url` of the page, or None when it holds no article text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, with_metadata=True
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
