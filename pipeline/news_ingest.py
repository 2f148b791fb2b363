"""Articles from every news source of the config (drop folders and feeds) as warehouse rows."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime

from pipeline.config import Config
from pipeline.records import Article, Quarantined
from pipeline.sources.news import read_news
from pipeline.timeparse import parse_published


def read_all_news(config: Config) -> Iterator[Article | Quarantined]:
    for source in config.sources_of("news", "feed"):
        if source.kind == "news":
            if source.path is None:
                yield Quarantined.of(source.name, "config", "news source has no 'path'")
                continue
            yield from read_news(source.path, source.name)
        else:
            from pipeline.sources.feeds import fetch_feed

            yield from fetch_feed(source, config.state_dir)


def article_row(article: Article, ingested_at: datetime | None = None) -> dict:
    return {
        "article_id": article.id,
        "source": article.source,
        "source_ref": article.source_ref,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "published_at": parse_published(article.published),
        "text": article.text,
        "content_sha256": hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
        "ingested_at": (ingested_at or datetime.now(UTC)).replace(tzinfo=None),
    }
