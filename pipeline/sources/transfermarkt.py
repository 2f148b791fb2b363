"""transfermarkt-datasets CSVs: managers per match (`games.csv`, `club_games.csv`) and the
current coach of each club (`clubs.csv`).

- games: two raw.match_managers rows per game (home, away) with `*_club_manager_name`.
- club_games: one row per club and game (`own_manager_name`); only games that no games file
  of the same source covers are loaded, so a folder holding both does not count a game twice.
  Team names come from the games/clubs files of the source when it has them.
- clubs: `coach_name` is the coach in `last_season` only (one season spell, never smeared
  over earlier seasons); the literal `null` and empty names are not coaches and are
  quarantined as "no coach named".

Files are recognised by their header, whatever their name. Season `2012` is 2012-13.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from pipeline.config import SourceConfig
from pipeline.identity.names import clean_name
from pipeline.records import Quarantined
from pipeline.sources.dates import season_label
from pipeline.sources.match_managers import (
    csv_header,
    define_sql_helpers,
    insert_standard_rows,
    read_csv_sql,
    sql_literal,
    stage_csv,
)
from pipeline.sources.report import (
    LoadReport,
    ensure_raw_tables,
    file_reject,
    missing_path_report,
    replace_source_rows,
    source_files,
)
from pipeline.warehouse import record_rejects

KIND = "transfermarkt"
# Transfermarkt competition ids of domestic leagues → country (clubs.csv has no country).
COMPETITION_COUNTRY = {
    "ES1": "Spain",
    "GB1": "England",
    "IT1": "Italy",
    "L1": "Germany",
    "FR1": "France",
    "NL1": "Netherlands",
    "PO1": "Portugal",
    "RU1": "Russia",
    "UKR1": "Ukraine",
    "DK1": "Denmark",
    "BE1": "Belgium",
    "TR1": "Turkey",
    "SC1": "Scotland",
    "GR1": "Greece",
}
GAMES_COLUMNS = {"game_id", "date", "home_club_manager_name", "away_club_manager_name"}
CLUB_GAMES_COLUMNS = {"game_id", "club_id", "own_manager_name"}
CLUBS_COLUMNS = {"club_id", "name", "coach_name", "last_season"}


def load_transfermarkt(con: duckdb.DuckDBPyConnection, source: SourceConfig) -> LoadReport:
    report = LoadReport(source.name, source.kind)
    ensure_raw_tables(con)
    define_sql_helpers(con)
    con.execute("delete from raw.match_managers where source = ?", [source.name])
    if source.path is None or not source.path.exists():
        rejects = missing_path_report(source, report)
        replace_source_rows(con, "raw.staff_rosters", source.name, [])
    else:
        rejects = load_files(con, source, report)
    record_rejects(con, "raw", rejects, [source.name])
    return report


def load_files(con: duckdb.DuckDBPyConnection, source: SourceConfig, report: LoadReport) -> list[Quarantined]:
    by_kind: dict[str, list[Path]] = {"games": [], "club_games": [], "clubs": []}
    rejects: list[Quarantined] = []
    for file in source_files(source.path, (".csv", ".gz")):
        try:
            kind = file_kind(set(csv_header(con, file)))
        except duckdb.Error as exc:
            rejects.append(file_reject(source.name, file, f"cannot read CSV: {exc}", report))
            continue
        if kind is None:
            rejects.append(
                file_reject(source.name, file, "not a transfermarkt games, club_games or clubs file", report)
            )
        else:
            by_kind[kind].append(file)
    names = club_names(con, by_kind)
    for file in by_kind["games"]:
        rejects += load_games(con, source, file, report)
    for file in by_kind["club_games"]:
        rejects += load_club_games(con, source, file, names, report)
    rejects += load_clubs(con, source, by_kind["clubs"], report)
    return rejects


def file_kind(header: set[str]) -> str | None:
    if header >= GAMES_COLUMNS:
        return "games"
    if header >= CLUB_GAMES_COLUMNS:
        return "club_games"
    if header >= CLUBS_COLUMNS:
        return "clubs"
    return None


def club_names(con: duckdb.DuckDBPyConnection, by_kind: dict[str, list[Path]]) -> str:
    """A temp table `_tm_names(club_id, name)` from the source's games and clubs files."""
    parts = ["select null::varchar as club_id, null::varchar as name where false"]
    for file in by_kind["games"]:
        for side in ("home", "away"):
            parts.append(
                f"select {side}_club_id, {side}_club_name from read_csv({sql_literal(str(file))},"
                " all_varchar = true)"
            )
    for file in by_kind["clubs"]:
        parts.append(f"select club_id, name from read_csv({sql_literal(str(file))}, all_varchar = true)")
    con.execute(
        "create or replace temp table _tm_names as select club_id, min(tl_clean(name)) as name "
        f"from ({' union all '.join(parts)}) where club_id is not null group by club_id"
    )
    return "_tm_names"


def load_games(
    con: duckdb.DuckDBPyConnection, source: SourceConfig, file: Path, report: LoadReport
) -> list[Quarantined]:
    header = set(csv_header(con, file))
    sides = " union all ".join(
        f"""
        select
            {sql_literal(file.name)} || '#' || game_id || '/{side}' as source_ref,
            game_id as match_id, date as match_date,
            (try_cast(season as integer))::varchar as season,
            competition_id as competition,
            tl_clean({side}_club_name) as team_name, {side}_club_id as team_id,
            null::varchar as country,
            case when competition_type = 'national_team_competition' then 'national'
                 else 'first_team' end as squad,
            tl_clean({side}_club_manager_name) as manager_name,
            null::varchar as manager_nickname, null::varchar as manager_id,
            null::varchar as manager_dob, null::varchar as manager_country,
            null::varchar as order_key
        from {read_csv_sql(file)}
        """
        for side in ("home", "away")
    )
    if "competition_type" not in header:
        sides = sides.replace("competition_type", "null")
    select = _with_season_label(sides)
    return insert_standard_rows(con, source.name, select, file, report)


def load_club_games(
    con: duckdb.DuckDBPyConnection,
    source: SourceConfig,
    file: Path,
    names: str,
    report: LoadReport,
) -> list[Quarantined]:
    """Club-game rows for games the source's games files do not cover."""
    stage_csv(con, file)
    covered = con.execute(
        "delete from _mm_file where game_id in (select match_id from raw.match_managers where source = ?)",
        [source.name],
    ).fetchall()[0][0]
    if covered:
        report.note(f"{file.name}: {covered} rows skipped, their games are in the games file")
    select = f"""
        select
            {sql_literal(file.name)} || '#' || g.game_id || '/' || g.club_id as source_ref,
            g.game_id as match_id, null::varchar as match_date, null::varchar as season,
            null::varchar as competition, n.name as team_name, g.club_id as team_id,
            null::varchar as country, 'first_team' as squad,
            tl_clean(g.own_manager_name) as manager_name, null::varchar as manager_nickname,
            null::varchar as manager_id, null::varchar as manager_dob,
            null::varchar as manager_country, null::varchar as order_key
        from _mm_file g left join {names} n on n.club_id = g.club_id
    """
    rejects = insert_standard_rows(con, source.name, select, file, report)
    if rejects:
        report.note(
            f"{file.name}: club_games rows have no match date; add the games file of the same release"
        )
    return rejects


def _with_season_label(select: str) -> str:
    """Season start year → '2012-13'."""
    return f"""
        select * replace (
            case when season is null then null
                 else season || '-' || lpad(((season::integer + 1) % 100)::varchar, 2, '0')
            end as season)
        from ({select})
    """


def load_clubs(
    con: duckdb.DuckDBPyConnection, source: SourceConfig, files: list[Path], report: LoadReport
) -> list[Quarantined]:
    rows: list[dict[str, Any]] = []
    rejects: list[Quarantined] = []
    for file in files:
        stage_csv(con, file, "_tm_clubs")
        records = con.execute("select * from _tm_clubs").fetchall()
        header = [r[0] for r in con.execute("describe _tm_clubs").fetchall()]
        for line, values in enumerate(records, start=2):
            record = dict(zip(header, values, strict=True))
            ref = f"{file.name}:{line}"
            report.rows_in += 1
            row, problem = club_coach_row(record, source, file, ref)
            if problem:
                report.rows_quarantined += 1
                rejects.append(Quarantined.of(source.name, ref, problem, record))
            else:
                report.rows_kept += 1
                rows.append(row)
    con.execute("drop table if exists _tm_clubs")
    replace_source_rows(con, "raw.staff_rosters", source.name, rows)
    return rejects


def club_coach_row(
    record: dict[str, Any], source: SourceConfig, file: Path, ref: str
) -> tuple[dict[str, Any], str | None]:
    coach = clean_name(record.get("coach_name"))
    if coach is None:
        return {}, "no coach named (empty or placeholder coach_name)"
    try:
        season_start = int(str(record.get("last_season")).strip())
    except ValueError:
        return {}, f"bad last_season {record.get('last_season')!r}"
    season = season_label(season_start)
    start, end = parse_season(season_start)
    return {
        "source": source.name,
        "source_ref": ref,
        "source_file": file.name,
        "coach": coach,
        "club": clean_name(record.get("name")),
        "club_source_id": record.get("club_id"),
        "country": COMPETITION_COUNTRY.get(str(record.get("domestic_competition_id"))),
        "squad": "first_team",
        "role": "head_coach",
        "role_raw": "coach_name",
        "start_raw": season,
        "end_raw": season,
        "start_date": start,
        "start_precision": "season",
        "end_date": end,
        "end_precision": "season",
        "reported_at": None,
    }, None


def parse_season(start_year: int) -> tuple[date, date]:
    """The first and last day of the season starting in `start_year` (July–June)."""
    return date(start_year, 7, 1), date(start_year + 1, 6, 30)
