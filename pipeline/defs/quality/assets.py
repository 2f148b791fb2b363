"""Quality layer: the quarantine of every rejected input record."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.defs.shell import WRITER_POOL, table_metadata, warehouse
from pipeline.warehouse import build_table

REJECTING_ASSETS = [
    ["raw", "news_articles"],
    ["raw", "staff_rosters"],
    ["raw", "match_managers"],
    ["staging", "news_facts"],
]


@dg.asset(
    key=["quality", "quarantine"],
    deps=[dg.AssetKey(k) for k in REJECTING_ASSETS],
    group_name="quality",
    kinds={"duckdb", "sql"},
    pool=WRITER_POOL,
    description="Every input record that did not make it into a table, with the reason.",
)
def quarantine(duckdb: DuckDBResource) -> dg.MaterializeResult:
    with warehouse(duckdb) as con:
        build_table(con, "quality", "quarantine")
        by_reason = con.execute(
            "select stage, count(*) from quality.quarantine group by stage order by stage"
        ).fetchall()
        return dg.MaterializeResult(
            metadata=table_metadata(con, "quality.quarantine", by_stage=dict(by_reason))
        )
