"""Publish: Parquet extracts plus manifest, swapped in atomically after the checks pass."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.catalogue import EXTRACTS
from pipeline.defs.resources import TouchlineConfig
from pipeline.defs.shell import table_key
from pipeline.publish.extracts import publish_extracts


@dg.asset(
    key=["publish", "extracts"],
    deps=[table_key(spec.table) for spec in EXTRACTS],
    group_name="publish",
    kinds={"parquet"},
    description="Parquet extracts of the core and mart tables with manifest.json, swapped in "
    "atomically; a failed blocking check upstream leaves the previous extracts in place.",
)
def extracts(
    context: dg.AssetExecutionContext, touchline: TouchlineConfig, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    config = touchline.load()
    with duckdb.get_connection() as con:
        manifest = publish_extracts(con, EXTRACTS, config.extracts, context.run_id)
    rows = {table: meta["rows"] for table, meta in manifest["tables"].items()}
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(config.extracts)),
            "run_id": manifest["run_id"],
            "rows": dg.MetadataValue.json(rows),
        }
    )
