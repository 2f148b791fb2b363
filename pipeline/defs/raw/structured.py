"""Raw layer, structured sources: rosters, match sheets, Wikidata; rejects to quarantine."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.defs.resources import TouchlineConfig
from pipeline.defs.shell import WRITER_POOL, table_metadata, warehouse
from pipeline.warehouse import sql_text

ROSTER_KINDS = ("roster", "wikidata")
MATCH_KINDS = ("statsbomb", "match_managers", "transfermarkt")


def _load_structured(
    context: dg.AssetExecutionContext,
    touchline: TouchlineConfig,
    duckdb: DuckDBResource,
    kinds: tuple[str, ...],
    table: str,
) -> dg.MaterializeResult:
    from pipeline.sources.structured import load_source

    config = touchline.load()
    reports = []
    with warehouse(duckdb) as con:
        # A Transfermarkt source fills both raw tables, so both must exist.
        con.execute(sql_text("raw", "staff_rosters"))
        con.execute(sql_text("raw", "match_managers"))
        for source in config.sources_of(*kinds):
            report = load_source(con, source)
            for message in report.messages:
                context.log.warning(f"{source.name}: {message}")
            reports.append(report)
        summary = {
            r.source: f"{r.rows_in} in = {r.rows_kept} kept + {r.rows_quarantined} quarantined"
            for r in reports
        }
        quarantined = sum(r.rows_quarantined for r in reports)
        return dg.MaterializeResult(
            metadata=table_metadata(con, table, quarantined=quarantined, sources=summary)
        )


@dg.asset(
    key=["raw", "staff_rosters"],
    group_name="raw",
    kinds={"duckdb", "python"},
    pool=WRITER_POOL,
    description="Staff spells as listed by rosters (CSV/JSON) and Wikidata head-coach statements.",
)
def staff_rosters(
    context: dg.AssetExecutionContext, touchline: TouchlineConfig, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    return _load_structured(context, touchline, duckdb, ROSTER_KINDS, "raw.staff_rosters")


@dg.asset(
    key=["raw", "match_managers"],
    group_name="raw",
    kinds={"duckdb", "python"},
    pool=WRITER_POOL,
    description="Match × team × manager rows from StatsBomb, match-manager CSVs and Transfermarkt.",
)
def match_managers(
    context: dg.AssetExecutionContext, touchline: TouchlineConfig, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    return _load_structured(context, touchline, duckdb, MATCH_KINDS, "raw.match_managers")
