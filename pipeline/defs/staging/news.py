"""Staging, news: the coaching facts the extractor reads in each article, by publication day."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.defs.raw.news import NEWS_ARTICLES, NEWS_DAYS, OF_DAYS
from pipeline.defs.shell import WRITER_POOL, table_metadata, warehouse
from pipeline.news_facts import facts_from_articles, replace_day_rejects
from pipeline.news_ingest import rows_of_days
from pipeline.warehouse import replace_rows, sql_text


@dg.asset(
    key=["staging", "news_facts"],
    deps=[NEWS_ARTICLES],
    partitions_def=NEWS_DAYS,
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name="staging",
    kinds={"duckdb", "python"},
    pool=WRITER_POOL,
    description="Coaching facts read from each article by the extractor (the extraction "
    "contract); partitioned like raw/news_articles.",
)
def news_facts(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    days = list(context.partition_keys)
    with warehouse(duckdb) as con:
        con.execute(sql_text("staging", "news_facts"))
        articles = rows_of_days(con, "raw.news_articles", days)
        facts, rejects = facts_from_articles(articles)
        for reject in rejects:
            context.log.warning(f"{reject.source_ref}: {reject.reason}")
        replace_rows(con, "staging.news_facts", facts, OF_DAYS, [days])
        replace_day_rejects(con, "staging/news_facts", rejects, days)
        metadata = table_metadata(con, "staging.news_facts", days=len(days), articles=len(articles))
        metadata["dagster/row_count"] = dg.MetadataValue.int(len(facts))  # facts of these days
        return dg.MaterializeResult(metadata=metadata)
