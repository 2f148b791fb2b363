"""Club staff lists (CSV, JSON array or JSON Lines) with a column mapping.

Config:
    columns: {coach (a column, or a list joined with spaces: [given, family]), club, squad,
              role, start, end, coach_id, known_as, birth_date, nationality, country, club_id}
    defaults: {squad: first_team, role: head_coach, country: Spain, club: ...}

Dates are parsed as people write them (see `dates.py`), with a precision; free-text roles and
squads are mapped to the DESIGN.md vocabularies. Rows are streamed one at a time.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from pipeline.config import SourceConfig
from pipeline.identity.names import clean_name, join_name_parts
from pipeline.identity.vocab import NOT_STAFF, normalise_role, squad_hint
from pipeline.records import Quarantined
from pipeline.reference import lookup_club
from pipeline.sources.dates import DateParseError, is_open_end, parse_date
from pipeline.sources.report import LoadReport, file_reject, load_source_files

KIND = "roster"
SUFFIXES = (".csv", ".tsv", ".json", ".jsonl")
MAX_JSON_BYTES = 100 * 1024 * 1024  # a JSON array is parsed whole; JSON Lines streams


class RowProblem(ValueError):
    """A roster row that cannot become a staff entry."""


def load_roster(con: duckdb.DuckDBPyConnection, source: SourceConfig) -> LoadReport:
    return load_source_files(
        con,
        source,
        "raw.staff_rosters",
        SUFFIXES,
        lambda file, report: read_roster_file(file, source, report),
    )


def read_roster_file(
    file: Path, source: SourceConfig, report: LoadReport
) -> Iterator[dict[str, Any] | Quarantined]:
    """Staff rows and rejects of one file; an unreadable file (or rest of it) is one reject."""
    records = _records_checked(file, source)
    while True:
        try:
            ref, record = next(records)
        except StopIteration:
            return
        except (UnicodeDecodeError, json.JSONDecodeError, csv.Error, OSError, RowProblem) as exc:
            yield file_reject(source.name, file, exc, report)
            return
        report.rows_in += 1
        try:
            row = roster_row(record, source, file, ref)
        except (RowProblem, DateParseError) as exc:
            report.rows_quarantined += 1
            yield Quarantined.of(source.name, ref, str(exc), record)
            continue
        report.rows_kept += 1
        yield row


def _records_checked(file: Path, source: SourceConfig) -> Iterator[tuple[str, dict[str, Any]]]:
    for n, (ref, record) in enumerate(file_records(file)):
        if n == 0:
            check_mapping(source, list(record))
        yield ref, record


def file_records(file: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(source_ref, record) for each row of a CSV/TSV, JSON array or JSON Lines file."""
    suffix = file.suffix.lower()
    if suffix in (".csv", ".tsv"):
        with file.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f, dialect=_dialect(f, suffix))
            for record in reader:
                if None in record:  # more cells than header columns
                    raise csv.Error(f"line {reader.line_num}: more fields than the header has")
                yield f"{file.name}:{reader.line_num}", record
    elif suffix == ".jsonl":
        with file.open(encoding="utf-8") as f:
            for n, line in enumerate(f, start=1):
                if line.strip():
                    yield f"{file.name}:{n}", _object(json.loads(line), n)
    else:
        if file.stat().st_size > MAX_JSON_BYTES:
            raise RowProblem(f"JSON array over {MAX_JSON_BYTES} bytes; use JSON Lines")
        with file.open(encoding="utf-8") as f:
            data = json.load(f)
        items = data.get("rows", data.get("staff")) if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise RowProblem("expected a JSON array of staff records")
        for n, item in enumerate(items):
            yield f"{file.name}#{n}", _object(item, n)


def _dialect(f: Any, suffix: str) -> type[csv.Dialect] | csv.Dialect:
    if suffix == ".tsv":
        return csv.excel_tab
    sample = f.read(4096)
    f.seek(0)
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def _object(item: Any, n: int) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise RowProblem(f"record {n} is not an object")
    return item


def check_mapping(source: SourceConfig, header: list[str]) -> None:
    """Every mapped column must exist in the file; coach must be mapped."""
    if not source.columns.get("coach"):
        raise RowProblem("column mapping has no 'coach'")
    missing = [
        column
        for value in source.columns.values()
        for column in (value if isinstance(value, list) else [value])
        if column not in header
    ]
    if missing:
        raise RowProblem(f"missing column(s) {missing}; the file has {header}")


def roster_row(record: dict[str, Any], source: SourceConfig, file: Path, ref: str) -> dict[str, Any]:
    get = _getter(record, source)
    coach = join_name_parts(*get("coach", many=True))
    if coach is None:
        raise RowProblem("no coach named (empty or placeholder)")
    role_raw, squad_raw = get("role"), get("squad")
    role = normalise_role(role_raw, default=source.defaults.get("role", "head_coach"))
    if role == NOT_STAFF:
        raise RowProblem(f"not coaching staff (role {role_raw!r})")
    start_raw, end_raw = get("start"), get("end")
    start = parse_date(start_raw) if not is_open_end(start_raw) else None
    end = parse_date(end_raw)
    if start and end and end.last_day < start.value:
        raise RowProblem(f"ends ({end_raw}) before it starts ({start_raw})")
    return {
        "source": source.name,
        "source_ref": ref,
        "source_file": file.name,
        "coach": coach,
        "coach_known_as": clean_name(get("known_as")),
        "coach_source_id": get("coach_id"),
        "coach_birth_date": _birth_date(get("birth_date")),
        "coach_nationality": get("nationality"),
        "club": clean_name(get("club")),
        "club_source_id": get("club_id"),
        "country": get("country"),
        "squad": roster_squad(squad_raw, get("club"), source),
        "role": role,
        "squad_raw": squad_raw,
        "role_raw": role_raw,
        "start_raw": start_raw,
        "end_raw": end_raw,
        "start_date": start.value if start else None,
        "start_precision": start.precision if start else None,
        "end_date": end.last_day if end else None,  # the period's last day
        "end_precision": end.precision if end else None,
        "reported_at": start.value if start else None,
    }


def roster_squad(squad_raw: str | None, club: str | None, source: SourceConfig) -> str:
    """The squad column's level; else what the club name says ('Real Sociedad B', 'Castilla');
    else the configured default."""
    ref = lookup_club(club) if club else None
    return (
        squad_hint(squad_raw)
        or (ref.squad if ref else None)
        or squad_hint(club)
        or source.defaults.get("squad", "first_team")
    )


def _getter(record: dict[str, Any], source: SourceConfig) -> Callable[..., Any]:
    def get(key: str, many: bool = False) -> Any:
        mapped = source.columns.get(key)
        columns = mapped if isinstance(mapped, list) else [mapped] if mapped else []
        values = [_text(record.get(c)) for c in columns]
        if many:
            return values or [source.defaults.get(key)]
        value = next((v for v in values if v), None)
        return value if value is not None else source.defaults.get(key)

    return get


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _birth_date(text: str | None) -> date | None:
    try:
        parsed = parse_date(text)
    except DateParseError:
        return None
    return parsed.value if parsed and parsed.precision == "day" else None
