"""Staging layer: typed, one row per fact or spell, before identity resolution."""

from __future__ import annotations

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.defs.shell import WRITER_POOL, table_metadata, warehouse
from pipeline.news_facts import facts_from_articles
from pipeline.warehouse import build_table, record_rejects, replace_rows, sql_text


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


@dg.asset(
    key=["staging", "staff_spells"],
    deps=[dg.AssetKey(["raw", "staff_rosters"]), dg.AssetKey(["raw", "match_managers"])],
    group_name="staging",
    kinds={"duckdb", "sql"},
    pool=WRITER_POOL,
    description="Spells from structured sources: roster rows, and first-to-last match per manager.",
)
def staff_spells(duckdb: DuckDBResource) -> dg.MaterializeResult:
    from pipeline.sources.spells import build_staff_spells

    with warehouse(duckdb) as con:
        build_staff_spells(con)
        return dg.MaterializeResult(metadata=table_metadata(con, "staging.staff_spells"))


@dg.asset(
    key=["staging", "evidence_candidates"],
    deps=[dg.AssetKey(["staging", "news_facts"]), dg.AssetKey(["staging", "staff_spells"])],
    group_name="staging",
    kinds={"duckdb", "sql"},
    pool=WRITER_POOL,
    description="Article facts and structured spells in one evidence shape, before resolution.",
)
def evidence_candidates(duckdb: DuckDBResource) -> dg.MaterializeResult:
    with warehouse(duckdb) as con:
        build_table(con, "staging", "evidence_candidates")
        return dg.MaterializeResult(metadata=table_metadata(con, "staging.evidence_candidates"))
