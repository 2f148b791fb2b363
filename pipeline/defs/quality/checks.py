"""Great Expectations suites as Dagster asset checks.

Checks on core tables are blocking: when one fails, nothing downstream (marts, extracts) is
materialised in that run, so the published extracts stay as they were.
"""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.catalogue import CHECKED_NON_BLOCKING, CORE_QUALIFIED
from pipeline.defs.shell import table_key
from pipeline.quality.integrity import INTEGRITY_CHECKS, run_integrity_check
from pipeline.quality.suites import validate_table


def gx_check(table: str, blocking: bool) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=table_key(table),
        name="gx_suite",
        blocking=blocking,
        description=f"GX suite expectations/{table.split('.')[1]}.json",
    )
    def _check(duckdb: DuckDBResource) -> dg.AssetCheckResult:
        with duckdb.get_connection() as con:
            result = validate_table(con, table)
        return dg.AssetCheckResult(
            passed=result.success,
            severity=dg.AssetCheckSeverity.ERROR if blocking else dg.AssetCheckSeverity.WARN,
            description=result.summary(),
            metadata={
                "expectations": result.evaluated,
                "failures": dg.MetadataValue.json(result.failures),
            },
        )

    return _check


gx_checks = [gx_check(t, blocking=True) for t in CORE_QUALIFIED] + [
    gx_check(t, blocking=False) for t in CHECKED_NON_BLOCKING
]


def integrity_check(name: str, table: str, description: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=table_key(table),
        name=name,
        blocking=True,
        description=description,
        additional_deps=[
            table_key(f"core.{t}")
            for t in ("evidence", "coaches", "squads", "clubs", "events")
            if f"core.{t}" != table
        ],
    )
    def _check(duckdb: DuckDBResource) -> dg.AssetCheckResult:
        with duckdb.get_connection() as con:
            result = run_integrity_check(con, name)
        return dg.AssetCheckResult(
            passed=result.passed,
            severity=dg.AssetCheckSeverity.ERROR,
            description=f"{result.violations} violation(s)" if result.violations else "ok",
            metadata={
                "violations": result.violations,
                "sample": dg.MetadataValue.json(result.sample),
            },
        )

    return _check


integrity_checks = [integrity_check(name, *spec) for name, spec in INTEGRITY_CHECKS.items()]
