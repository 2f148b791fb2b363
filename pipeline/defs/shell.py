"""Helpers the asset modules share: connections and the metadata every table asset reports."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource

from pipeline.warehouse import ensure_schemas, row_count, table_schema

WRITER_POOL = "duckdb_writer"  # DuckDB allows one writer: every writing step joins this pool


@contextmanager
def warehouse(resource: DuckDBResource) -> Iterator[duckdb.DuckDBPyConnection]:
    Path(resource.database).parent.mkdir(parents=True, exist_ok=True)
    with resource.get_connection() as con:
        ensure_schemas(con)
        yield con


def table_metadata(con: duckdb.DuckDBPyConnection, table: str, **extra: object) -> dict:
    columns = [dg.TableColumn(name, dtype) for name, dtype in table_schema(con, table)]
    return {
        "dagster/row_count": dg.MetadataValue.int(row_count(con, table)),
        "dagster/column_schema": dg.TableSchema(columns=columns),
        "table": dg.MetadataValue.text(table),
        **extra,
    }


def table_key(table: str) -> dg.AssetKey:
    """`core.tenures` → AssetKey(["core", "tenures"]): asset keys mirror schema/table."""
    return dg.AssetKey(table.split("."))
