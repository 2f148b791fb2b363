"""Fixtures for the feed tests: a real HTTP server on 127.0.0.1 (see feed_site.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from feed_site import (
    ARTICLES,
    LAST_MODIFIED,
    SECRET,
    Route,
    Site,
    article_html,
    atom_feed,
    rss_feed,
    serve,
)

from pipeline.sources.http_fetch import FetchSettings


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        yield running


@pytest.fixture
def settings() -> FetchSettings:
    """Tiny timeouts and no politeness delay, so the tests stay fast; the test site is on
    127.0.0.1, which is only fetched when private hosts are explicitly allowed."""
    return FetchSettings(
        timeout=0.3,
        max_bytes=64 * 1024,
        retries=1,
        backoff=0.01,
        host_delay=0.0,
        trust_env=False,
        allow_private_hosts=True,
    )


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


@pytest.fixture
def news_site(site: Site) -> Site:
    """An RSS feed (ETag) and an Atom feed (Last-Modified) linking the five articles."""
    base = site.base
    for key in ARTICLES:
        site.routes[f"/news/{key}"] = Route(article_html(key, canonical=f"{base}/news/{key}"))
    site.routes["/rss.xml"] = Route(
        rss_feed(
            base,
            [
                ("Real Madrid name Xabi Alonso head coach", "/news/alonso", "Sun, 25 May 2025 10:00:00 GMT"),
                ("Barcelona appoint Hansi Flick", "/news/flick", "Wed, 29 May 2024 18:30:00 +0200"),
                ("Torres steps up", "/news/torres", "Mon, 01 Jul 2024 09:00:00 GMT"),
            ],
        ),
        content_type="application/rss+xml; charset=utf-8",
        etag='"rss-v1"',
    )
    site.routes["/atom.xml"] = Route(
        atom_feed(
            base,
            [
                ("Manchester United turn to Ruben Amorim", "news/amorim", "2024-11-01T12:00:00Z"),
                ("Deportivo promote Gilsanz", f"{base}/news/gilsanz", "2024-11-05T08:15:00Z"),
            ],
        ),
        content_type="application/atom+xml",
        last_modified=LAST_MODIFIED,
    )
    return site
