"""Build staging.staff_spells (and quality.spell_overlaps) from the raw staffing tables.

The rules live in the SQL files (sql/staging/staff_spells.sql, sql/quality/spell_overlaps.sql).
"""

from __future__ import annotations

import duckdb

from pipeline.sources.report import ensure_raw_tables
from pipeline.warehouse import build_table


def build_staff_spells(con: duckdb.DuckDBPyConnection) -> int:
    """(Re)build the spells and their overlap report; returns the number of spells."""
    ensure_raw_tables(con)
    count = build_table(con, "staging", "staff_spells")
    build_table(con, "quality", "spell_overlaps")
    return count
