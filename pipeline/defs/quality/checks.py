"""Great Expectations suites as Dagster asset checks.

Checks on core tables are blocking: when one fails, nothing downstream (marts, extracts) is
materialised in that run, so the published extracts stay as they were.
"""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.catalogue import CHECKED_NON_BLOCKING, CORE_QUALIFIED
from pipeline.defs.shell import table_key
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
