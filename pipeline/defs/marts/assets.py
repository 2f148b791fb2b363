"""Marts: the tables analysts query, each built from `sql/marts/<table>.sql`."""


import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.catalogue import MARTS
from pipeline.defs.shell import WRITER_POOL, table_metadata, warehouse
from pipeline.warehouse import build_table

CORE_INPUTS = [dg.AssetKey(["core", t]) for t in ("tenures", "coaches", "squads", "clubs")]

def mart_asset(name: str, description: str, extra: list[str]) -> dg.AssetsDefinition:
    @dg.asset(
        key=["marts", name],
        deps=[*CORE_INPUTS, *(dg.AssetKey(t.split(".")) for t in extra)],
        group_name="marts",
        kinds={"duckdb", "sql"},
        pool=WRITER_POOL,
        description=description,
    )
    def _mart(duckdb: DuckDBResource) -> dg.MaterializeResult:
        with warehouse(duckdb) as con:
            build_table(con, "marts", name)
            return dg.MaterializeResult(metadata=table_metadata(con, f"marts.{name}"))

    return _mart


mart_assets = [mart_asset(name, description, extra) for name, (description, extra) in MARTS.items()]
