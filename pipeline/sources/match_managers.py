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

from collections.abc import Iterator
from contextlib import contextmanager
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
    source_files,
)
from pipeline.warehouse import record_rejects

KIND = "match_managers"
PLACEHOLDER_SQL = "'', 'null', 'none', 'nan', 'not applicable', 'n/a', 'na', '-', '--', '?', 'unknown', 'tbd'"
# Standard text columns every match-manager reader produces before validation.
STANDARD_COLUMNS = (
    "source_ref",
    "match_id",
    "match_date",
    "season",
    "competition",
    "team_name",
    "team_id",
    "country",
    "squad",
    "manager_name",
    "manager_nickname",
    "manager_id",
    "manager_dob",
    "manager_country",
    "order_key",
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
    record_rejects(con, "raw", rejects, [source.name])
    return report


def delete_source_rows(con: duckdb.DuckDBPyConnection, source: str) -> None:
    con.execute("delete from raw.match_managers where source = ?", [source])


def load_csv_file(
    con: duckdb.DuckDBPyConnection, source: SourceConfig, file: Path, report: LoadReport
) -> list[Quarantined]:
    try:
        header = csv_header(con, file)
        missing = missing_columns(source.columns, header, REQUIRED_MAPPING)
        if missing:
            return [file_reject(source.name, file, f"missing column(s) {missing}", report)]
        select = mapped_select(source, file, read_csv_sql(file))
        return insert_standard_rows(con, source.name, select, file, report)
    except duckdb.Error as exc:
        return [file_reject(source.name, file, f"cannot read CSV: {exc}", report)]


def read_csv_sql(file: Path) -> str:
    """A table expression reading a CSV with every column as text (DuckDB streams it)."""
    return f"read_csv({sql_literal(str(file))}, header = true, all_varchar = true, encoding = 'utf-8')"


def csv_header(con: duckdb.DuckDBPyConnection, file: Path) -> list[str]:
    return [r[0] for r in con.execute(f"describe select * from {read_csv_sql(file)}").fetchall()]


def stage_csv(con: duckdb.DuckDBPyConnection, file: Path, table: str = "_mm_file") -> list[str]:
    """Read a CSV into a temp table of text columns; returns its header."""
    con.execute(
        f"create or replace temp table {table} as "
        "select * from read_csv(?, header = true, all_varchar = true, encoding = 'utf-8')",
        [str(file)],
    )
    return [r[0] for r in con.execute(f"describe {table}").fetchall()]


def missing_columns(mapping: dict[str, Any], header: list[str], required: tuple[str, ...]) -> list[str]:
    """Mapping keys that are required but unset, and mapped columns absent from the file."""
    missing = [f"{key} (not mapped)" for key in required if not mapping.get(key)]
    for value in mapping.values():
        for column in value if isinstance(value, list) else [value]:
            if column not in header:
                missing.append(str(column))
    return missing


def mapped_select(source: SourceConfig, file: Path, table: str = "_mm_file") -> str:
    """SQL turning the staged file into the standard text columns."""
    cols, defaults = source.columns, source.defaults

    def col(key: str, clean: str = "tl_text") -> str:
        column = cols.get(key)
        fallback = defaults.get(key)
        literal = "null" if fallback is None else sql_literal(str(fallback))
        if not column:
            return f"{literal}::varchar"
        if fallback is None:
            return f"{clean}({quote_ident(column)})"
        return f"coalesce({clean}({quote_ident(column)}), {literal})"

    manager = cols["manager"]
    parts = manager if isinstance(manager, list) else [manager]
    manager_sql = "nullif(concat_ws(' ', {}), '')".format(
        ", ".join(f"tl_clean({quote_ident(p)})" for p in parts)
    )
    squad = col("squad") if cols.get("squad") or defaults.get("squad") else "'first_team'"
    return f"""
        select
            {sql_literal(file.name)} || '#' || coalesce(match_id, '?') || '/'
                || coalesce(team_id, team_name, '?') as source_ref,
            * exclude (squad), tl_gendered_squad(squad, competition) as squad
        from (
            select
                {col("match_id")} as match_id,
                {col("match_date")} as match_date,
                {col("season")} as season,
                {col("competition", "tl_squeeze")} as competition,
                {col("team", "tl_clean")} as team_name,
                {col("team_id")} as team_id,
                {col("country", "tl_squeeze")} as country,
                {squad} as squad,
                {manager_sql} as manager_name,
                {col("manager_known_as", "tl_clean")} as manager_nickname,
                {col("manager_id")} as manager_id,
                {col("manager_dob")} as manager_dob,
                {col("manager_country", "tl_squeeze")} as manager_country,
                {col("order")} as order_key
            from {table}
        )
    """


def insert_standard_rows(
    con: duckdb.DuckDBPyConnection, source: str, select_sql: str, file: Path, report: LoadReport
) -> list[Quarantined]:
    """Validate rows in the standard columns; insert the good ones, return the bad as rejects.

    The file is scanned twice rather than copied into a temp table: a cheap scan for the
    bad rows (usually none), then the insert of the good ones.
    """
    checked = f"select *, {PROBLEM_SQL} as problem from ({select_sql})"
    rejects = [
        Quarantined.of(source, ref, problem, record)
        for ref, problem, record in con.execute(
            f"select source_ref, problem, to_json(c)::varchar from ({checked}) as c where problem is not null"
        ).fetchall()
    ]
    with unordered_inserts(con):
        kept = con.execute(INSERT_CHECKED.format(checked=checked), {"source": source, "file": file.name})
        kept = kept.fetchall()[0][0]
    number_co_listed(con, source)
    rows_in, bad = kept + len(rejects), len(rejects)
    report.rows_in += rows_in
    report.rows_kept += rows_in - bad
    report.rows_quarantined += bad
    return rejects


PROBLEM_SQL = """
    case
        when team_name is null and team_id is null then 'no team'
        when match_date is null then 'no match date'
        when try_cast(match_date as date) is null then 'bad match date ' || match_date
    end
"""
INSERT_CHECKED = """
insert into raw.match_managers (
    source, source_ref, source_file, match_id, match_date, season, competition, team_name,
    team_id, country, squad, manager_name, manager_nickname, manager_id, manager_dob,
    manager_country, listed_order, n_listed
)
select
    $source, source_ref, $file, coalesce(match_id, match_date),
    match_date::date, season, competition, team_name, team_id, country, squad, manager_name,
    nullif(manager_nickname, manager_name), manager_id, try_cast(manager_dob as date),
    manager_country,
    -- the file's order column for now; number_co_listed() turns it into a position
    case when manager_name is not null then coalesce(try_cast(order_key as integer), 1) end,
    case when manager_name is null then 0 else 1 end
from ({checked})
where problem is null
"""
# Sides listing several managers are rare: number them after the insert instead of running
# a window over every row (which would double the cost of loading a large file).
NUMBER_CO_LISTED = """
update raw.match_managers as m
set listed_order = x.position,
    n_listed = x.n,
    source_ref = m.source_ref || '/' || x.position
from (
    select
        rowid as row_id,
        row_number() over side_order as position,
        count(*) over side_order_all as n
    from raw.match_managers
    where source = $source and manager_name is not null and n_listed = 1
        and (match_id, coalesce(team_id, team_name)) in (
            select (match_id, coalesce(team_id, team_name))
            from raw.match_managers
            where source = $source and manager_name is not null and n_listed = 1
            group by all
            having count(*) > 1
        )
    window
        side_order as (partition by match_id, coalesce(team_id, team_name)
                       order by listed_order, manager_name),
        side_order_all as (partition by match_id, coalesce(team_id, team_name))
) as x
where m.rowid = x.row_id
"""


@contextmanager
def unordered_inserts(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Let DuckDB insert in parallel without keeping the file's row order (raw rows carry
    their source_ref; their order in the table means nothing): about 20% faster."""
    previous = con.execute("select current_setting('preserve_insertion_order')").fetchall()[0][0]
    con.execute("set preserve_insertion_order = false")
    try:
        yield
    finally:
        con.execute(f"set preserve_insertion_order = {'true' if previous else 'false'}")


def number_co_listed(con: duckdb.DuckDBPyConnection, source: str) -> None:
    """Number the managers of sides that list several (listed_order 1.., n_listed)."""
    con.execute(NUMBER_CO_LISTED, {"source": source})
    con.execute(
        "update raw.match_managers set listed_order = 1 "
        "where source = $source and n_listed = 1 and listed_order <> 1",
        {"source": source},
    )


def define_sql_helpers(con: duckdb.DuckDBPyConnection) -> None:
    """SQL macros the CSV readers use: text cleaning and women's squads."""
    # collapsing inner whitespace is a regexp: only run it when there is some to collapse
    con.execute(
        """
        create or replace temp macro tl_squeeze(x) as
            case when strpos(x, '  ') > 0 or strpos(x, chr(9)) > 0
                 then trim(regexp_replace(x, '\\s+', ' ', 'g')) else trim(x) end
        """
    )
    con.execute("create or replace temp macro tl_text(x) as nullif(trim(x), '')")
    con.execute(
        f"""
        create or replace temp macro tl_clean(x) as
            case when length(trim(x)) <= 16 and lower(trim(x)) in ({PLACEHOLDER_SQL}) then null
                 else tl_squeeze(x) end
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
