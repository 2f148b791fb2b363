"""Raw layer, news: every readable article from drop folders and feeds, with lineage."""


from datetime import UTC, datetime

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.defs.resources import TouchlineConfig
from pipeline.defs.shell import WRITER_POOL, table_metadata, warehouse
from pipeline.news_ingest import article_row, read_all_news
from pipeline.records import Quarantined
from pipeline.warehouse import record_rejects, replace_rows, sql_text


@dg.asset(
    key=["raw", "news_articles"],
    group_name="raw",
    kinds={"duckdb", "python"},
    pool=WRITER_POOL,
    description="Every readable news article (drop folders and feeds), as read, with lineage.",
)
def news_articles(
    context: dg.AssetExecutionContext, touchline: TouchlineConfig, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    config = touchline.load()
    now = datetime.now(UTC)
    rows, rejects, seen = [], [], set()
    for item in read_all_news(config):
        if isinstance(item, Quarantined):
            context.log.warning(f"{item.source}: {item.source_ref}: {item.reason}")
            rejects.append(item)
        elif (item.source, item.id) in seen:
            rejects.append(Quarantined.of(item.source, item.source_ref, f"duplicate article id {item.id!r}"))
        else:
            seen.add((item.source, item.id))
            rows.append(article_row(item, now))
    sources = [s.name for s in config.sources_of("news", "feed")]
    with warehouse(duckdb) as con:
        con.execute(sql_text("raw", "news_articles"))
        marks = ", ".join("?" for _ in sources) or "null"
        replace_rows(con, "raw.news_articles", rows, f"source in ({marks})", sources)
        record_rejects(con, "raw/news_articles", rejects)
        return dg.MaterializeResult(
            metadata=table_metadata(con, "raw.news_articles", quarantined=len(rejects))
        )
