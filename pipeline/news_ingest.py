"""News articles as warehouse rows, keyed by publication day (no Dagster import).

Articles are partitioned by the UTC day they were published (`YYYY-MM-DD`), or `undated`.
Drop folders are re-read on every run and filtered to the requested days; feed articles are
fetched once, appended to `raw.feed_articles`, and read back from there by day.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from pipeline.config import Config
from pipeline.records import Article, Quarantined
from pipeline.sources.news import news_files, read_news, read_news_file
from pipeline.timeparse import parse_published
from pipeline.warehouse import replace_rows, sql_text

UNDATED = "undated"  # the day key of articles without a (parseable) publication date
FEED_STAGE = "raw/feed_articles"


def article_day(published_at: datetime | None) -> str:
    return published_at.date().isoformat() if published_at else UNDATED


def article_row(article: Article, ingested_at: datetime | None = None) -> dict:
    published_at = parse_published(article.published)
    return {
        "article_id": article.id,
        "source": article.source,
        "source_ref": article.source_ref,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "published_at": published_at,
        "published_day": article_day(published_at),
        "text": article.text,
        "content_sha256": hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
        "ingested_at": (ingested_at or datetime.now(UTC)).replace(tzinfo=None),
    }


# --------------------------------------------------------------------------- drop folders


def read_drop_folders(config: Config) -> Iterator[Article | Quarantined]:
    for source in config.sources_of("news"):
        if source.path is None:
            yield Quarantined.of(source.name, "config", "news source has no 'path'")
        else:
            yield from read_news(source.path, source.name)


@dataclass
class DropFolderRead:
    rows: list[dict] = field(default_factory=list)  # every readable, unique article
    rejects: list[Quarantined] = field(default_factory=list)

    def rows_of(self, days: Collection[str]) -> list[dict]:
        return [row for row in self.rows if row["published_day"] in days]


def read_drop_folder_rows(config: Config, now: datetime | None = None) -> DropFolderRead:
    """All drop-folder articles as rows, and everything rejected while reading them.

    Always the whole folder: duplicate ids are only visible across all files, and the
    rejects then describe the folder as it is now, whichever days a run asked for."""
    now = now or datetime.now(UTC)
    read, seen = DropFolderRead(), set()
    for item in read_drop_folders(config):
        if isinstance(item, Quarantined):
            read.rejects.append(item)
        elif (item.source, item.id) in seen:
            reason = f"duplicate article id {item.id!r}"
            read.rejects.append(Quarantined.of(item.source, item.source_ref, reason))
        else:
            seen.add((item.source, item.id))
            read.rows.append(article_row(item, now))
    return read


def drop_folder_days(config: Config) -> set[str]:
    return {row["published_day"] for row in read_drop_folder_rows(config).rows}


def file_days(path: Path, source: str) -> list[str]:
    """The publication days of the articles in one drop-folder file."""
    days = {
        article_day(parse_published(item.published))
        for item in read_news_file(path, source)
        if isinstance(item, Article)
    }
    return sorted(days)


# --------------------------------------------------------------------------- drop-folder cursor


FileMark = list  # [mtime_ns, size, [days]]: what a sensor remembers of one drop-folder file


def drop_folder_files(config: Config) -> dict[str, tuple[str, Path]]:
    """path → (source name, path) of every article file in the `kind: news` folders."""
    files = {}
    for source in config.sources_of("news"):
        if source.path is not None and source.path.exists():
            for path in news_files(source.path):
                files[str(path)] = (source.name, path)
    return files


def scan_drop_folders(config: Config, previous: dict[str, FileMark]) -> tuple[dict[str, FileMark], set[str]]:
    """The new cursor, and the days touched since `previous`: days of new and changed files
    (old and new contents) and of deleted ones. Unchanged files are not re-read."""
    current: dict[str, FileMark] = {}
    touched: set[str] = set()
    for key, (source, path) in drop_folder_files(config).items():
        try:
            stat = path.stat()
        except OSError:  # deleted between listing and stat: treated as gone
            continue
        old = previous.get(key)
        if old and old[:2] == [stat.st_mtime_ns, stat.st_size]:
            current[key] = old
            continue
        days = file_days(path, source)
        current[key] = [stat.st_mtime_ns, stat.st_size, days]
        touched.update(days)
        if old:
            touched.update(old[2])
    for key in previous.keys() - current.keys():
        touched.update(previous[key][2])
    return current, touched


def load_cursor(cursor: str | None) -> dict[str, FileMark]:
    try:
        doc = json.loads(cursor) if cursor else {}
    except ValueError:
        return {}  # an unreadable cursor means: look at every file again (re-runs are safe)
    return doc if isinstance(doc, dict) else {}


def dump_cursor(marks: dict[str, FileMark]) -> str:
    return json.dumps(marks, sort_keys=True, separators=(",", ":"))


# --------------------------------------------------------------------------- feeds


@dataclass
class FeedIngest:
    stored: int = 0
    days: set[str] = field(default_factory=set)  # days that received new articles
    rejects: list[Quarantined] = field(default_factory=list)


def ingest_feeds(con: duckdb.DuckDBPyConnection, records: Iterable[Article | Quarantined]) -> FeedIngest:
    """Append the fetched feed articles to `raw.feed_articles`, one by one, as they come.

    Each article is written (and committed) before the next record is asked for: the
    fetcher saves a feed's "seen" state only once the consumer has taken that feed's last
    record, so a crash can make a later run fetch an article again, never lose it.
    `records` is e.g. `pipeline.sources.feeds.fetch_feeds(sources, state_dir)`, unconsumed.
    """
    con.execute(sql_text("raw", "feed_articles"))
    ingest = FeedIngest()
    for record in records:
        if isinstance(record, Quarantined):
            ingest.rejects.append(record)
            continue
        row = article_row(record)
        # Upsert: a page fetched again after a crash replaces its earlier copy.
        replace_rows(
            con,
            "raw.feed_articles",
            [row],
            "source = ? and article_id = ?",
            [row["source"], row["article_id"]],
        )
        ingest.stored += 1
        ingest.days.add(row["published_day"])
    return ingest


def append_rejects(con: duckdb.DuckDBPyConnection, stage: str, rejects: list[Quarantined]) -> int:
    """Add rejects not already recorded (same stage, source, ref and reason).

    Feeds are read incrementally: a later run does not see again what an earlier one
    rejected, so their rejects accumulate instead of being replaced."""
    new = 0
    for reject in rejects:
        row = reject.to_row()
        exists = con.execute(
            "select 1 from quality.rejects where stage = ? and source = ? and source_ref = ? and reason = ?",
            [stage, row["source"], row["source_ref"], row["reason"]],
        ).fetchall()
        if not exists:
            replace_rows(con, "quality.rejects", [{"stage": stage, **row}], "false")
            new += 1
    return new


def rows_of_days(con: duckdb.DuckDBPyConnection, table: str, days: Collection[str]) -> list[dict]:
    """The rows of a news table published on `days`, in a stable order."""
    result = con.execute(
        f"select * from {table} where list_contains(?, published_day) order by source, article_id",
        [sorted(days)],
    )
    columns = [d[0] for d in result.description]
    return [dict(zip(columns, row, strict=True)) for row in result.fetchall()]


# --------------------------------------------------------------------------- days in the warehouse


def warehouse_days(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Days present in the news tables: each must be re-materialised by a full run, so that
    articles whose files are gone disappear from them."""
    days: set[str] = set()
    for table in ("raw.feed_articles", "raw.news_articles"):
        if _has_column(con, table, "published_day"):
            days.update(
                d for (d,) in con.execute(f"select distinct published_day from {table}").fetchall() if d
            )
    return days


def _has_column(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    schema, name = table.split(".")
    return bool(
        con.execute(
            "select count(*) from information_schema.columns "
            "where table_schema = ? and table_name = ? and column_name = ?",
            [schema, name, column],
        ).fetchall()[0][0]
    )
