"""Core layer: coaches, clubs, squads, evidence, events and tenures, resolved and reconciled.

One step computes them together (identity resolution feeds everything), but each table is
its own asset, so the graph, the checks and the metadata stay per table.
"""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.catalogue import CORE_TABLES
from pipeline.defs.shell import WRITER_POOL, table_metadata, warehouse
from pipeline.reconcile.build import build_core
from pipeline.warehouse import create_macros, replace_rows, sql_text


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            ["core", name],
            group_name="core",
            kinds={"duckdb", "python"},
            description=description,
            deps=[dg.AssetKey(["staging", "evidence_candidates"])],
        )
        for name, description in CORE_TABLES.items()
    ],
    pool=WRITER_POOL,
)
def core_tables(duckdb: DuckDBResource):
    with warehouse(duckdb) as con:
        # Arrow → polars → dicts: typed dates and timestamps without a per-row cursor loop.
        candidates = con.sql(
            "select * from staging.evidence_candidates order by source, source_ref, fact_index, coach_name"
        ).pl()
        core = build_core(candidates.to_dicts())
        for name in CORE_TABLES:
            con.execute(sql_text("core", name))
            replace_rows(con, f"core.{name}", getattr(core, name))
        create_macros(con)
        for name in CORE_TABLES:
            yield dg.MaterializeResult(asset_key=["core", name], metadata=table_metadata(con, f"core.{name}"))
