"""Raw layer, news: feed articles as fetched, and every article by publication day.

`raw/feed_articles` fetches the `kind: feed` sources once per run and appends what is new;
`raw/news_articles` is partitioned by publication day (`news_days`: `YYYY-MM-DD` or
`undated`): a day's partition holds that day's drop-folder articles plus its feed articles,
and re-materialising it replaces exactly that day's rows.
"""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.defs.resources import TouchlineConfig
from pipeline.defs.shell import WRITER_POOL, table_metadata, warehouse
from pipeline.news_ingest import (
    FEED_STAGE,
    DropFolderRead,
    append_rejects,
    ingest_feeds,
    read_drop_folder_rows,
    rows_of_days,
)
from pipeline.warehouse import record_rejects, replace_rows, sql_text

NEWS_DAYS = dg.DynamicPartitionsDefinition(name="news_days")
FEED_ARTICLES = dg.AssetKey(["raw", "feed_articles"])
NEWS_ARTICLES = dg.AssetKey(["raw", "news_articles"])
NEWS_STAGE = "raw/news_articles"
# A day's rows, plus rows from before the news was partitioned (they have no day).
OF_DAYS = "list_contains(?, published_day) or published_day is null"


@dg.asset(
    key=FEED_ARTICLES,
    group_name="raw",
    kinds={"http", "duckdb"},
    pool=WRITER_POOL,
    description="Articles of the RSS/Atom feeds (linked pages' main text), appended as "
    "fetched with conditional GETs; registers their publication days as news partitions.",
)
def feed_articles(
    context: dg.AssetExecutionContext, touchline: TouchlineConfig, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    from pipeline.sources.feeds import FeedReport, fetch_feeds

    config = touchline.load()
    report = FeedReport()
    records = fetch_feeds(config.sources_of("feed"), config.state_dir, report=report)
    with warehouse(duckdb) as con:
        ingest = ingest_feeds(con, records)
        for reject in ingest.rejects:
            context.log.warning(f"{reject.source}: {reject.source_ref}: {reject.reason}")
        append_rejects(con, FEED_STAGE, ingest.rejects)
        metadata = table_metadata(
            con,
            "raw.feed_articles",
            new_articles=ingest.stored,
            new_days=dg.MetadataValue.json(sorted(ingest.days)),
            fetch=dg.MetadataValue.json(report.as_dict()),
        )
    if ingest.days:
        context.instance.add_dynamic_partitions(NEWS_DAYS.name, sorted(ingest.days))
    return dg.MaterializeResult(metadata=metadata)


@dg.asset(
    key=NEWS_ARTICLES,
    deps=[FEED_ARTICLES],
    partitions_def=NEWS_DAYS,
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name="raw",
    kinds={"duckdb", "python"},
    pool=WRITER_POOL,
    description="Every readable news article (drop folders and feeds), as read, with "
    "lineage; partitioned by publication day.",
)
def news_articles(
    context: dg.AssetExecutionContext, touchline: TouchlineConfig, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    days = list(context.partition_keys)
    config = touchline.load()
    drop = read_drop_folder_rows(config)  # the whole folder, filtered to the days below
    for reject in drop.rejects:
        context.log.warning(f"{reject.source}: {reject.source_ref}: {reject.reason}")
    with warehouse(duckdb) as con:
        con.execute(sql_text("raw", "news_articles"))
        con.execute(sql_text("raw", "feed_articles"))
        rows = drop.rows_of(days) + rows_of_days(con, "raw.feed_articles", days)
        replace_rows(con, "raw.news_articles", rows, OF_DAYS, [days])
        drop_sources = [s.name for s in config.sources_of("news")]
        record_rejects(con, NEWS_STAGE, drop.rejects, drop_sources)
        metadata = table_metadata(
            con,
            "raw.news_articles",
            days=len(days),
            quarantined=len(drop.rejects),
            sources=drop_folder_report(drop, drop_sources),
        )
        metadata["dagster/row_count"] = dg.MetadataValue.int(len(rows))  # rows of these days
        return dg.MaterializeResult(metadata=metadata)


def drop_folder_report(drop: DropFolderRead, sources: list[str]) -> dict[str, str]:
    """Per drop-folder source: articles read = kept + quarantined (whole folder)."""
    report = {}
    for source in sources:
        kept = sum(1 for row in drop.rows if row["source"] == source)
        rejected = sum(1 for reject in drop.rejects if reject.source == source)
        report[source] = f"{kept + rejected} in = {kept} kept + {rejected} quarantined"
    return report
