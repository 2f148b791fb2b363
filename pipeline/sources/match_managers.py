"""Match × team × manager CSVs with a column mapping (e.g. the World Cup manager appearances).

Config:
    columns: {match_id, match_date, team, team_id, manager (a column or a list joined with
              spaces, e.g. [given_name, family_name]), manager_known_as, manager_id,
              manager_dob, manager_country, competition, season, country, squad, order}
    defaults: {squad: national, country: ..., competition: ..., season: ...}

The CSV is read by DuckDB (`read_csv`, all columns as text) and cleaned in SQL, so a file of
millions of rows never passes through Python. A team playing in a competition whose name says
"Women" gets the women's squad (national → national_women, first_team → women).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from pipeline.config import SourceConfig
from pipeline.records import Quarantined
from pipeline.sources.report import (
    LoadReport,
    ensure_raw_tables,
    file_reject,
    missing_path_report,
    save_rejects,
    source_files,
)

KIND = "match_managers"
PLACEHOLDER_SQL = (
    "'', 'null', 'none', 'nan', 'not applicable', 'n/a', 'na', '-', '--', '?', 'unknown', 'tbd'"
)
# Standard text columns every match-manager reader produces before validation.
STANDARD_COLUMNS = (
    "source_ref", "match_id", "match_date", "season", "competition", "team_name", "team_id",
    "country", "squad", "manager_name", "manager_nickname", "manager_id", "manager_dob",
    "manager_country", "order_key",
)
REQUIRED_MAPPING = ("match_date", "team", "manager")


def load_match_managers(con: duckdb.DuckDBPyConnection, source: SourceConfig) -> LoadReport:
    report = LoadReport(source.name, source.kind)
    ensure_raw_tables(con)
    define_sql_helpers(con)
    if source.path is None or not source.path.exists():
        rejects = missing_path_report(source, report)
        delete_source_rows(con, source.name)
    else:
        rejects = []
        delete_source_rows(con, source.name)
        for file in source_files(source.path, (".csv", ".tsv", ".txt", ".gz")):
            rejects += load_csv_file(con, source, file, report)
    save_rejects(con, rejects, source.name)
    return report


def delete_source_rows(con: duckdb.DuckDBPyConnection, source: str) -> None:
    con.execute("delete from raw.match_managers where source = ?", [source])


def load_csv_file(
    con: duckdb.DuckDBPyConnection, source: SourceConfig, file: Path, report: LoadReport
) -> list[Quarantined]:
    try:
        header = stage_csv(con, file)
        missing = missing_columns(source.columns, header, REQUIRED_MAPPING)
        if missing:
            return [file_reject(source.name, file, f"missing column(s) {missing}", report)]
        select = mapped_select(source, file, header)
        return insert_standard_rows(con, source.name, select, report)
    except duckdb.Error as exc:
        return [file_reject(source.name, file, f"cannot read CSV: {exc}", report)]


def stage_csv(con: duckdb.DuckDBPyConnection, file: Path, table: str = "_mm_file") -> list[str]:
    """Read a CSV into a temp table of text columns; returns its header."""
    con.execute(
        f"create or replace temp table {table} as "
        "select * from read_csv(?, header = true, all_varchar = true, encoding = 'utf-8')",
        [str(file)],
    )
    return [r[0] for r in con.execute(f"describe {table}").fetchall()]


def missing_columns(
    mapping: dict[str, Any], header: list[str], required: tuple[str, ...]
) -> list[str]:
    """Mapping keys that are required but unset, and mapped columns absent from the file."""
    missing = [f"{key} (not mapped)" for key in required if not mapping.get(key)]
    for value in mapping.values():
        for column in value if isinstance(value, list) else [value]:
            if column not in header:
                missing.append(str(column))
    return missing


def mapped_select(source: SourceConfig, file: Path, header: list[str]) -> str:
    """SQL turning the staged file into the standard text columns."""
    cols, defaults = source.columns, source.defaults

    def col(key: str, default_key: str | None = None) -> str:
        column = cols.get(key)
        fallback = defaults.get(default_key or key)
        literal = "null" if fallback is None else sql_literal(str(fallback))
        if not column:
            return f"{literal}::varchar"
        return f"coalesce(tl_clean({quote_ident(column)}), {literal})"

    manager = cols["manager"]
    parts = manager if isinstance(manager, list) else [manager]
    manager_sql = "nullif(concat_ws(' ', {}), '')".format(
        ", ".join(f"tl_clean({quote_ident(p)})" for p in parts)
    )
    squad = col("squad")
    if not cols.get("squad") and not defaults.get("squad"):
        squad = "'first_team'"
    competition = col("competition")
    return f"""
        select
            {sql_literal(file.name)} || '#' || coalesce({col('match_id')}, '?') || '/'
                || coalesce({col('team_id')}, {col('team')}, '?') as source_ref,
            {col('match_id')} as match_id,
            {col('match_date')} as match_date,
            {col('season')} as season,
            {competition} as competition,
            {col('team')} as team_name,
            {col('team_id')} as team_id,
            {col('country')} as country,
            tl_gendered_squad({squad}, {competition}) as squad,
            {manager_sql} as manager_name,
            {col('manager_known_as')} as manager_nickname,
            {col('manager_id')} as manager_id,
            {col('manager_dob')} as manager_dob,
            {col('manager_country')} as manager_country,
            {col('order')} as order_key
        from _mm_file
    """


def insert_standard_rows(
    con: duckdb.DuckDBPyConnection, source: str, select_sql: str, report: LoadReport
) -> list[Quarantined]:
    """Validate rows in the standard columns; insert the good ones, return the bad as rejects."""
    con.execute(f"create or replace temp table _mm_std as {select_sql}")
    con.execute(
        """
        create or replace temp table _mm_checked as
        select *,
            case
                when team_name is null and team_id is null then 'no team'
                when match_date is null then 'no match date'
                when try_cast(match_date as date) is null
                    then 'bad match date ' || match_date
            end as problem
        from _mm_std
        """
    )
    con.execute(INSERT_CHECKED, [source])
    counts = con.execute(
        "select count(*), count(*) filter (where problem is not null) from _mm_checked"
    ).fetchone()
    rows_in, bad = counts
    report.rows_in += rows_in
    report.rows_kept += rows_in - bad
    report.rows_quarantined += bad
    rejects = [
        Quarantined.of(source, ref, problem, record)
        for ref, problem, record in con.execute(
            "select source_ref, problem, to_json(_mm_checked)::varchar from _mm_checked "
            "where problem is not null"
        ).fetchall()
    ]
    con.execute("drop table if exists _mm_std; drop table if exists _mm_checked")
    return rejects


INSERT_CHECKED = """
insert into raw.match_managers (
    source, source_ref, source_file, match_id, match_date, season, competition, team_name,
    team_id, country, squad, manager_name, manager_nickname, manager_id, manager_dob,
    manager_country, listed_order, n_listed
)
with ok as (
    select * from _mm_checked where problem is null
),
ordered as (
    select *,
        -- position among the side's managers: the file's order column, else name order
        row_number() over (
            partition by coalesce(match_id, match_date), coalesce(team_id, team_name)
            order by try_cast(order_key as bigint), order_key, manager_name
        ) as listed_order,
        count(manager_name) over (
            partition by coalesce(match_id, match_date), coalesce(team_id, team_name)
        ) as n_listed
    from ok
)
select
    ?, source_ref || case when manager_name is null then '' else '/' || listed_order end,
    split_part(source_ref, '#', 1), coalesce(match_id, match_date), match_date::date, season,
    competition, team_name, team_id, country, squad, manager_name,
    nullif(manager_nickname, manager_name), manager_id,
    try_cast(manager_dob as date), manager_country,
    case when manager_name is null then null else listed_order end,
    n_listed
from ordered
"""


def define_sql_helpers(con: duckdb.DuckDBPyConnection) -> None:
    """SQL macros the CSV readers use: text cleaning and women's squads."""
    con.execute(
        f"""
        create or replace temp macro tl_clean(x) as
            case when lower(trim(regexp_replace(x, '\\s+', ' ', 'g'))) in ({PLACEHOLDER_SQL})
                 then null
                 else trim(regexp_replace(x, '\\s+', ' ', 'g')) end
        """
    )
    con.execute(
        """
        create or replace temp macro tl_gendered_squad(squad, competition) as
            case when coalesce(lower(competition), '') not like '%women%' then squad
                 when squad like '%women%' then squad
                 when squad like 'national%' then replace(squad, 'national', 'national_women')
                 when squad = 'first_team' then 'women'
                 else 'women_' || squad end
        """
    )


def sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def quote_ident(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'
