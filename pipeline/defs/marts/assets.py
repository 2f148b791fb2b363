"""Marts: the tables analysts query, each built from `sql/marts/<table>.sql`."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.catalogue import MARTS
from pipeline.defs.automation.freshness import MARTS_FRESHNESS
from pipeline.defs.shell import WRITER_POOL, table_metadata, warehouse
from pipeline.warehouse import build_table

CORE_INPUTS = [dg.AssetKey(["core", t]) for t in ("tenures", "coaches", "squads", "clubs")]


def mart_asset(name: str, description: str, extra: list[str]) -> dg.AssetsDefinition:
    @dg.asset(
        key=["marts", name],
        deps=[*CORE_INPUTS, *(dg.AssetKey(t.split(".")) for t in extra)],
        group_name="marts",
        kinds={"duckdb", "sql"},
        freshness_policy=MARTS_FRESHNESS,
        pool=WRITER_POOL,
        description=description,
    )
    def _mart(duckdb: DuckDBResource) -> dg.MaterializeResult:
        with warehouse(duckdb) as con:
            build_table(con, "marts", name)
            extra = timeline_metadata(con) if name == "coach_careers" else {}
            return dg.MaterializeResult(metadata=table_metadata(con, f"marts.{name}", **extra))

    return _mart


def timeline_metadata(con, clubs: int = 3) -> dict:
    """Coaching timelines of the clubs with the most spells, as images in the asset's metadata."""
    import base64
    import tempfile
    from pathlib import Path

    from pipeline.reports.timeline import plot_club

    names = [r[0] for r in con.execute(TOP_CLUBS, [clubs]).fetchall()]
    parts = []
    with tempfile.TemporaryDirectory() as tmp:
        for club in names:
            png = plot_club(con, club, Path(tmp) / "timeline.png").read_bytes()
            parts.append(f"### {club}\n![{club}](data:image/png;base64,{base64.b64encode(png).decode()})")
    return {"timelines": dg.MetadataValue.md("\n\n".join(parts))} if parts else {}


TOP_CLUBS = """
select club from marts.coach_careers group by club order by count(*) desc, club limit ?
"""

mart_assets = [mart_asset(name, description, extra) for name, (description, extra) in MARTS.items()]
