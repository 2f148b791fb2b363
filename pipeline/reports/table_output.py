"""Print a DuckDB query result as an aligned table, CSV or JSON."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TextIO

import duckdb

MAX_CELL = 60


def print_result(rel: duckdb.DuckDBPyRelation, fmt: str, out: TextIO) -> None:
    columns = rel.columns
    rows = rel.fetchall()
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([[_plain(v) for v in row] for row in rows])
    elif fmt == "json":
        records = [dict(zip(columns, map(_plain, row), strict=True)) for row in rows]
        json.dump(records, out, ensure_ascii=False, indent=1, default=str)
        out.write("\n")
    else:
        out.write(format_table(columns, rows))


def format_table(columns: list[str], rows: list[tuple]) -> str:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    line = "  ".join
    parts = [line(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    parts.append(line("-" * w for w in widths))
    parts += [line(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    parts.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(p.rstrip() for p in parts) + "\n"


def _cell(value: Any) -> str:
    text = "" if value is None else str(_plain(value))
    text = text.replace("\n", " ")
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value
