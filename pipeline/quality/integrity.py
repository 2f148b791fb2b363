"""Integrity rules GX cannot express row by row (overlaps, foreign keys, lineage): each is a
query in `sql/checks/<name>.sql` returning the violating rows, so an empty result passes."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from pipeline.warehouse import sql_text

# check name → (asset table it guards, what it means)
INTEGRITY_CHECKS: dict[str, tuple[str, str]] = {
    "tenures_no_overlapping_head_coaches": (
        "core.tenures",
        "No two head coaches of one squad at the same time (caretakers in a gap are fine).",
    ),
    "tenures_have_evidence": ("core.tenures", "Every tenure is supported by evidence."),
    "events_have_evidence": ("core.events", "Every event is supported by evidence."),
    "foreign_keys_resolve": (
        "core.tenures",
        "Every coach, squad, club and tenure reference resolves.",
    ),
    "first_reported_not_in_future": ("core.tenures", "first_reported_at is not after the run."),
}


@dataclass
class IntegrityResult:
    name: str
    violations: int
    sample: list[dict]

    @property
    def passed(self) -> bool:
        return self.violations == 0


def run_integrity_check(con: duckdb.DuckDBPyConnection, name: str, sample: int = 5) -> IntegrityResult:
    rel = con.sql(sql_text("checks", name))
    rows = rel.fetchall()
    columns = rel.columns
    return IntegrityResult(
        name,
        len(rows),
        [{c: str(v) for c, v in zip(columns, row, strict=True)} for row in rows[:sample]],
    )
