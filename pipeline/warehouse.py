"""DuckDB helpers shared by the assets, the CLI and the tests (no Dagster import)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from pipeline.records import Quarantined

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"
SCHEMAS = ("raw", "staging", "core", "quality", "marts")

REJECTS_DDL = """
create table if not exists quality.rejects (
    stage varchar not null,      -- the asset that rejected the record
    source varchar not null,
    source_ref varchar not null,
    reason varchar not null,
    record varchar,
    seen_at timestamptz not null
)
"""


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), read_only=read_only)
    if not read_only:
        ensure_schemas(con)
    return con


def ensure_schemas(con: duckdb.DuckDBPyConnection) -> None:
    for schema in SCHEMAS:
        con.execute(f"create schema if not exists {schema}")
    con.execute(REJECTS_DDL)


def sql_text(layer: str, name: str) -> str:
    """The SQL of `sql/<layer>/<name>.sql`."""
    path = SQL_DIR / layer / f"{name}.sql"
    return path.read_text(encoding="utf-8")


def create_macros(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create every macro of `sql/macros/` (they are stored in the warehouse)."""
    for path in sorted((SQL_DIR / "macros").glob("*.sql")):
        con.execute(path.read_text(encoding="utf-8"))


def build_table(con: duckdb.DuckDBPyConnection, layer: str, name: str) -> int:
    """(Re)create `<layer>.<name>` from the SELECT in `sql/<layer>/<name>.sql`; its row count."""
    con.execute(f"create or replace table {layer}.{name} as\n{sql_text(layer, name)}")
    return row_count(con, f"{layer}.{name}")


def row_count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return con.execute(f"select count(*) from {table}").fetchall()[0][0]


def table_schema(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in con.execute(f"describe {table}").fetchall()]


def replace_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: pa.Table | Sequence[dict[str, Any]],
    where: str = "true",
    params: Sequence[Any] = (),
) -> int:
    """Delete the rows matching `where`, then insert `rows` (by column name), in one transaction.

    The table must exist (its DDL lives in sql/). Returns the number of rows inserted.
    """
    data = rows if isinstance(rows, pa.Table) else _to_arrow(con, table, rows)
    con.execute("begin")
    try:
        con.execute(f"delete from {table} where {where}", list(params))
        if data.num_rows:
            con.register("_incoming", data)
            cols = ", ".join(f'"{c}"' for c in data.column_names)
            con.execute(f"insert into {table} ({cols}) select {cols} from _incoming")
            con.unregister("_incoming")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return data.num_rows


def _to_arrow(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict[str, Any]]) -> pa.Table:
    """Rows as an Arrow table typed after the target table (so empty and all-null columns work)."""
    arrow_schema = con.sql(f"select * from {table} limit 0").to_arrow_table().schema
    names = [f.name for f in arrow_schema]
    columns = {n: [r.get(n) for r in rows] for n in names}
    return pa.table(columns, schema=arrow_schema)


def record_rejects(
    con: duckdb.DuckDBPyConnection,
    stage: str,
    rejects: Iterable[Quarantined],
    sources: Sequence[str] | None = None,
) -> int:
    """Replace what `stage` rejected (for `sources`, or all) with `rejects`."""
    rows = [{"stage": stage, **r.to_row()} for r in rejects]
    if sources is None:
        return replace_rows(con, "quality.rejects", rows, "stage = ?", [stage])
    marks = ", ".join("?" for _ in sources) or "null"
    return replace_rows(con, "quality.rejects", rows, f"stage = ? and source in ({marks})", [stage, *sources])
