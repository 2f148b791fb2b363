"""Raw layer, structured sources: rosters, match sheets, Wikidata; rejects to quarantine."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.defs.resources import TouchlineConfig
from pipeline.defs.shell import WRITER_POOL, table_metadata, warehouse
from pipeline.warehouse import sql_text


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


def structured_asset(table: str, kinds: tuple[str, ...], description: str) -> dg.AssetsDefinition:
    @dg.asset(
        key=table.split("."),
        group_name="raw",
        kinds={"duckdb", "python"},
        pool=WRITER_POOL,
        description=description,
    )
    def _load(
        context: dg.AssetExecutionContext, touchline: TouchlineConfig, duckdb: DuckDBResource
    ) -> dg.MaterializeResult:
        return _load_structured(context, touchline, duckdb, kinds, table)

    return _load


staff_rosters = structured_asset(
    "raw.staff_rosters",
    ("roster", "wikidata"),
    "Staff spells as listed by rosters (CSV/JSON) and Wikidata head-coach statements.",
)
match_managers = structured_asset(
    "raw.match_managers",
    # Transfermarkt also fills raw.staff_rosters (clubs.csv coach names): one source, one load.
    ("statsbomb", "match_managers", "transfermarkt"),
    "Match × team × manager rows from StatsBomb, match-manager CSVs and Transfermarkt.",
)
