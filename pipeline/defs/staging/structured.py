"""Staging layer: typed, one row per fact or spell, before identity resolution."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.defs.shell import WRITER_POOL, table_metadata, warehouse
from pipeline.warehouse import build_table


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
