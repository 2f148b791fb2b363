"""Fixture paths and source configs shared by the staffing-source and identity tests."""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipeline.config import SourceConfig

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

WORLDCUP_COLUMNS = {
    "match_id": "match_id",
    "match_date": "match_date",
    "team": "team_name",
    "team_id": "team_id",
    "manager": ["given_name", "family_name"],
    "manager_id": "manager_id",
    "manager_country": "country_name",
    "competition": "tournament_name",
    "country": "team_name",
}
ROSTER_COLUMNS = {
    "coach": ["Given name", "Family name"],
    "club": "Club",
    "squad": "Team",
    "role": "Job",
    "start": "From",
    "end": "Until",
}


def statsbomb_source(*names: str) -> SourceConfig:
    path = FIXTURES / "statsbomb" / names[0] if len(names) == 1 else FIXTURES / "statsbomb"
    return SourceConfig("laliga", "statsbomb", path)


def worldcup_source(path: Path | None = None) -> SourceConfig:
    return SourceConfig(
        "worldcup",
        "match_managers",
        path or FIXTURES / "worldcup" / "manager_appearances.csv",
        columns=WORLDCUP_COLUMNS,
        defaults={"squad": "national"},
    )


def roster_source(path: Path | None = None, columns: dict | None = None) -> SourceConfig:
    return SourceConfig(
        "club-staff",
        "roster",
        path or FIXTURES / "rosters" / "staff_messy.csv",
        columns=columns or ROSTER_COLUMNS,
        defaults={"country": "Spain"},
    )


def transfermarkt_source(path: Path | None = None) -> SourceConfig:
    return SourceConfig("tm", "transfermarkt", path or FIXTURES / "transfermarkt")


def wikidata_source(path: Path | None = None) -> SourceConfig:
    return SourceConfig("wd", "wikidata", path or FIXTURES / "wikidata" / "head_coaches.json")


def rejects(con: duckdb.DuckDBPyConnection, source: str) -> list[tuple[str, str]]:
    return con.execute(
        "select source_ref, reason from quality.rejects where source = ? order by all", [source]
    ).fetchall()
