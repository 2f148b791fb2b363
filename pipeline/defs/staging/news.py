"""Staging, news: the coaching facts the extractor reads in each article."""


import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.defs.shell import WRITER_POOL, table_metadata, warehouse
from pipeline.news_facts import facts_from_articles
from pipeline.warehouse import record_rejects, replace_rows, sql_text


@dg.asset(
    key=["staging", "news_facts"],
    deps=[dg.AssetKey(["raw", "news_articles"])],
    group_name="staging",
    kinds={"duckdb", "python"},
    pool=WRITER_POOL,
    description="Coaching facts read from each article by the extractor (the extraction contract).",
)
def news_facts(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    with warehouse(duckdb) as con:
        con.execute(sql_text("staging", "news_facts"))
        articles = con.execute("select * from raw.news_articles order by source, article_id").fetchall()
        columns = [d[0] for d in con.description]
        facts, rejects = facts_from_articles(dict(zip(columns, row, strict=True)) for row in articles)
        for reject in rejects:
            context.log.warning(f"{reject.source_ref}: {reject.reason}")
        replace_rows(con, "staging.news_facts", facts)
        record_rejects(con, "staging/news_facts", rejects)
        return dg.MaterializeResult(
            metadata=table_metadata(con, "staging.news_facts", articles=len(articles))
        )
