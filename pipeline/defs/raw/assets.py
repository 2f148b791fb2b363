"""Raw layer: every source as read, with lineage (source, source_ref); rejects to quarantine."""

from __future__ import annotations

from datetime import UTC, datetime

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.defs.resources import TouchlineConfig
from pipeline.defs.shell import WRITER_POOL, table_metadata, warehouse
from pipeline.news_ingest import article_row, read_all_news
from pipeline.records import Quarantined
from pipeline.warehouse import record_rejects, replace_rows, sql_text

ROSTER_KINDS = ("roster", "wikidata")
MATCH_KINDS = ("statsbomb", "match_managers", "transfermarkt")


@dg.asset(
    key=["raw", "news_articles"],
    group_name="raw",
    kinds={"duckdb", "python"},
    pool=WRITER_POOL,
    description="Every readable news article (drop folders and feeds), as read, with lineage.",
)
def news_articles(
    context: dg.AssetExecutionContext, touchline: TouchlineConfig, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    config = touchline.load()
    now = datetime.now(UTC)
    rows, rejects, seen = [], [], set()
    for item in read_all_news(config):
        if isinstance(item, Quarantined):
            context.log.warning(f"{item.source}: {item.source_ref}: {item.reason}")
            rejects.append(item)
        elif (item.source, item.id) in seen:
            rejects.append(Quarantined.of(item.source, item.source_ref, f"duplicate article id {item.id!r}"))
        else:
            seen.add((item.source, item.id))
            rows.append(article_row(item, now))
    sources = [s.name for s in config.sources_of("news", "feed")]
    with warehouse(duckdb) as con:
        con.execute(sql_text("raw", "news_articles"))
        marks = ", ".join("?" for _ in sources) or "null"
        replace_rows(con, "raw.news_articles", rows, f"source in ({marks})", sources)
        record_rejects(con, "raw/news_articles", rejects)
        return dg.MaterializeResult(
            metadata=table_metadata(con, "raw.news_articles", quarantined=len(rejects))
        )


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

