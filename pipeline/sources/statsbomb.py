"""StatsBomb open-data match files (`matches/<competition>/<season>.json`): who managed each side.

One raw row per match side and listed manager (`name` is the full legal name, `nickname` the
usual one); a side without a `managers` key gives one row with no manager, so the match is
known but says nothing about its manager. A file where no side lists a manager is reported.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from pipeline.config import SourceConfig
from pipeline.identity.names import clean_name
from pipeline.identity.vocab import with_gender
from pipeline.records import Quarantined
from pipeline.sources.dates import season_from_text
from pipeline.sources.report import LoadReport, file_reject, load_source_files

KIND = "statsbomb"
MAX_FILE_BYTES = 200 * 1024 * 1024
SIDES = ("home", "away")
NON_MATCH_FILES = ("competitions", "lineups", "events", "three-sixty")


def load_statsbomb(con: duckdb.DuckDBPyConnection, source: SourceConfig) -> LoadReport:
    def read_file(file: Path, report: LoadReport) -> list[dict[str, Any] | Quarantined]:
        if file.stem.startswith(NON_MATCH_FILES) and source.path != file:
            report.note(f"{file.name}: skipped (not a matches file)")
            return []
        rows, rejects = read_matches_file(file, source, report)
        return [*rows, *rejects]

    return load_source_files(con, source, "raw.match_managers", (".json",), read_file)


def read_matches_file(
    file: Path, source: SourceConfig, report: LoadReport
) -> tuple[list[dict[str, Any]], list[Quarantined]]:
    matches = parse_file(file, source.name, report)
    if isinstance(matches, Quarantined):
        return [], [matches]
    rows: list[dict[str, Any]] = []
    rejects: list[Quarantined] = []
    for index, match in enumerate(matches):
        try:
            rows += match_rows(match, file, source)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            ref = f"{file.name}#{index}"
            rejects.append(Quarantined.of(source.name, ref, f"malformed match record: {exc}", match))
    kept_rows = [r for r in rows if "problem" not in r]
    rejects += [
        Quarantined.of(source.name, r["source_ref"], r["problem"], r["record"])
        for r in rows
        if "problem" in r
    ]
    count_file(report, file, matches, kept_rows, rejects)
    return kept_rows, rejects


def parse_file(file: Path, source: str, report: LoadReport) -> list[Any] | Quarantined:
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            return file_reject(source, file, f"over {MAX_FILE_BYTES} bytes", report)
        with file.open(encoding="utf-8") as f:
            data = json.load(f)
    except UnicodeDecodeError as exc:
        return file_reject(source, file, f"not UTF-8 text: {exc}", report)
    except json.JSONDecodeError as exc:
        return file_reject(source, file, f"malformed JSON: {exc}", report)
    except OSError as exc:
        return file_reject(source, file, f"cannot read: {exc}", report)
    if not isinstance(data, list):
        return file_reject(source, file, "not a StatsBomb matches file (expected a list)", report)
    return data


def count_file(report: LoadReport, file: Path, matches: list[Any], kept: list[dict], rejects: list) -> None:
    report.rows_in += len(kept) + len(rejects)
    report.rows_kept += len(kept)
    report.rows_quarantined += len(rejects)
    with_manager = sum(1 for r in kept if r["manager_name"])
    if matches and not with_manager:
        report.note(f"{file.name}: {len(matches)} matches, no manager data")
    elif with_manager < len(kept):
        report.note(f"{file.name}: {len(kept) - with_manager} match sides without manager data")


def match_rows(match: dict[str, Any], file: Path, source: SourceConfig) -> list[dict[str, Any]]:
    """The raw rows of one match: per side, one per listed manager (or one without)."""
    if not isinstance(match, dict) or "match_id" not in match:
        raise ValueError("not a match record (no match_id)")
    base = {
        "source": source.name,
        "source_file": file.name,
        "match_id": str(match["match_id"]),
        "match_date": date.fromisoformat(str(match["match_date"])[:10]),
        "season": season_from_text((match.get("season") or {}).get("season_name")),
        "competition": (match.get("competition") or {}).get("competition_name"),
    }
    rows = []
    for side in SIDES:
        rows += side_rows(match[f"{side}_team"], side, base, file, source)
    return rows


def side_rows(
    team: dict[str, Any], side: str, base: dict[str, Any], file: Path, source: SourceConfig
) -> list[dict[str, Any]]:
    squad = with_gender(
        source.defaults.get("squad", "first_team"), team.get(f"{side}_team_gender") == "female"
    )
    side_base = {
        **base,
        "team_name": clean_name(team.get(f"{side}_team_name")),
        "team_id": _text(team.get(f"{side}_team_id")),
        "country": (team.get("country") or {}).get("name") or source.defaults.get("country"),
        "squad": squad,
    }
    ref = f"{file.name}#{base['match_id']}/{side}"
    managers = team.get("managers") or []
    if not managers:
        return [{**side_base, "source_ref": ref, "manager_name": None, "n_listed": 0}]
    return [
        manager_row(m, i, len(managers), side_base, f"{ref}/{i}") for i, m in enumerate(managers, start=1)
    ]


def manager_row(
    manager: dict[str, Any], order: int, n_listed: int, side_base: dict[str, Any], ref: str
) -> dict[str, Any]:
    name = clean_name(manager.get("name")) or clean_name(manager.get("nickname"))
    row = {
        **side_base,
        "source_ref": ref,
        "manager_name": name,
        "manager_nickname": clean_name(manager.get("nickname")),
        "manager_id": _text(manager.get("id")),
        "manager_dob": _date_or_none(manager.get("dob")),
        "manager_country": (manager.get("country") or {}).get("name"),
        "listed_order": order,
        "n_listed": n_listed,
    }
    if name is None:
        row.update(problem="manager without a name", record=manager)
    return row


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _date_or_none(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
