"""Wikidata head-coach statements from SPARQL results (`application/sparql-results+json`).

Either a saved result file (`path`), or an `endpoint` queried with `QUERY` over httpx (timeout,
retries, a User-Agent, and a local cache file reused for `options.max_age_hours`). The query
returns one binding per statement: P286 (head coach) on a team, or P6087 (coach of sports
team) on a person, with P580 start / P582 end / P2868 role qualifiers. Other variable names
can be mapped with `columns: {coach: person, coach_label: personLabel, ...}`.
"""

from __future__ import annotations

import json
import re
import time
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from pipeline.config import SourceConfig
from pipeline.identity.names import clean_name
from pipeline.identity.vocab import NOT_STAFF, normalise_role, normalise_squad
from pipeline.records import Quarantined
from pipeline.sources.report import (
    LoadReport,
    ensure_raw_tables,
    file_reject,
    replace_source_rows,
)
from pipeline.warehouse import record_rejects

KIND = "wikidata"
USER_AGENT = "touchline/0.1 (coaching-staff data pipeline; https://example.org/touchline)"
QUERY = """
SELECT ?statement ?club ?clubLabel ?coach ?coachLabel ?start ?startPrecision ?end
       ?endPrecision ?role ?roleLabel ?birth ?countryLabel WHERE {
  { ?club p:P286 ?statement . ?statement ps:P286 ?coach . }
  UNION
  { ?coach p:P6087 ?statement . ?statement ps:P6087 ?club . }
  OPTIONAL { ?statement pqv:P580 [ wikibase:timeValue ?start;
                                   wikibase:timePrecision ?startPrecision ] }
  OPTIONAL { ?statement pqv:P582 [ wikibase:timeValue ?end;
                                   wikibase:timePrecision ?endPrecision ] }
  OPTIONAL { ?statement pq:P2868 ?role . }
  OPTIONAL { ?coach wdt:P569 ?birth . }
  OPTIONAL { ?club wdt:P17 ?country . }
  VALUES ?club { %(clubs)s }
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en,es". }
}
"""
DEFAULT_VARS = {
    "statement": "statement",
    "coach": "coach",
    "coach_label": "coachLabel",
    "club": "club",
    "club_label": "clubLabel",
    "start": "start",
    "start_precision": "startPrecision",
    "end": "end",
    "end_precision": "endPrecision",
    "role": "roleLabel",
    "birth": "birth",
    "country": "countryLabel",
}
# Wikidata time precision → ours (11 day, 10 month, 9 year).
PRECISION = {"11": "day", "10": "month", "9": "year"}
_QID = re.compile(r"(Q\d+)$")


def load_wikidata(con: duckdb.DuckDBPyConnection, source: SourceConfig) -> LoadReport:
    report = LoadReport(source.name, source.kind)
    ensure_raw_tables(con)
    rows: list[dict[str, Any]] = []
    rejects: list[Quarantined] = []
    result = read_results(source, report)
    if isinstance(result, Quarantined):
        rejects.append(result)
    else:
        file, bindings = result
        for index, binding in enumerate(bindings):
            report.rows_in += 1
            row, problem = statement_row(binding, source, file, index)
            if problem:
                report.rows_quarantined += 1
                rejects.append(Quarantined.of(source.name, row["source_ref"], problem, binding))
            else:
                report.rows_kept += 1
                rows.append(row)
    replace_source_rows(con, "raw.staff_rosters", source.name, rows)
    record_rejects(con, "raw", rejects, [source.name])
    return report


def read_results(source: SourceConfig, report: LoadReport) -> tuple[Path, list[dict[str, Any]]] | Quarantined:
    """The bindings of the saved (or fetched and cached) SPARQL result."""
    file = source.path or cache_path(source)
    try:
        if source.path is None and source.endpoint:
            fetch_to_cache(source, file)
        with file.open(encoding="utf-8") as f:
            doc = json.load(f)
        bindings = doc["results"]["bindings"]
        if not isinstance(bindings, list):
            raise TypeError("results.bindings is not a list")
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return file_reject(source.name, file, f"cannot read SPARQL JSON: {exc}", report)
    except (KeyError, TypeError) as exc:
        return file_reject(source.name, file, f"not a SPARQL JSON result ({exc})", report)
    except RuntimeError as exc:  # the endpoint failed after retries
        return file_reject(source.name, file, str(exc), report)
    return file, bindings


def statement_row(
    binding: dict[str, Any], source: SourceConfig, file: Path, index: int
) -> tuple[dict[str, Any], str | None]:
    var = {**DEFAULT_VARS, **source.columns}

    def value(key: str) -> str | None:
        cell = binding.get(var[key]) or {}
        return cell.get("value") if isinstance(cell, dict) else None

    ref = value("statement") or f"{file.name}#{index}"
    coach_label = clean_name(value("coach_label"))
    if coach_label and _QID.fullmatch(coach_label):
        coach_label = None  # the label service fell back to the bare QID: no name
    club_label = clean_name(value("club_label"))
    role = normalise_role(value("role"), default=source.defaults.get("role", "head_coach"))
    row = {"source": source.name, "source_ref": ref, "source_file": file.name}
    if coach_label is None:
        return row, "statement without a coach name"
    if role == NOT_STAFF:
        return row, f"not coaching staff (role {value('role')!r})"
    start, start_precision = wikidata_time(value("start"), value("start_precision"))
    end, end_precision = wikidata_time(value("end"), value("end_precision"), end=True)
    row.update(
        coach=coach_label,
        coach_source_id=_qid(value("coach")),
        coach_birth_date=wikidata_time(value("birth"), "11")[0],
        club=club_label,
        club_source_id=_qid(value("club")),
        country=value("country") or source.defaults.get("country"),
        squad=normalise_squad(club_label, default=source.defaults.get("squad", "first_team")),
        role=role,
        role_raw=value("role"),
        squad_raw=club_label,
        start_raw=value("start"),
        end_raw=value("end"),
        start_date=start,
        start_precision=start_precision,
        end_date=end,
        end_precision=end_precision,
        reported_at=None,
    )
    return row, None


def wikidata_time(
    text: str | None, precision: str | None, end: bool = False
) -> tuple[date | None, str | None]:
    """'+2011-12-23T00:00:00Z' with precision 11 → (2011-12-23, 'day'); an end at year
    precision is the year's last day."""
    if not text:
        return None, None
    m = re.match(r"^\+?(\d{4})-(\d{2})-(\d{2})", text)
    if not m:
        return None, None
    level = PRECISION.get(str(precision), "day" if precision is None else "year")
    year, month, day = int(m[1]), max(int(m[2]), 1), max(int(m[3]), 1)
    if level == "year":
        return (date(year, 12, 31) if end else date(year, 1, 1)), level
    if level == "month":
        last = (date(year + month // 12, month % 12 + 1, 1).toordinal() - 1) if end else None
        return (date.fromordinal(last) if last else date(year, month, 1)), level
    return date(year, month, day), level


def _qid(uri: str | None) -> str | None:
    m = _QID.search(uri or "")
    return m.group(1) if m else None


def cache_path(source: SourceConfig) -> Path:
    return Path(source.options.get("cache", f"data/state/wikidata-{source.name}.json"))


def fetch_to_cache(source: SourceConfig, cache: Path) -> None:
    """Query the endpoint into `cache` unless the cache is younger than max_age_hours."""
    max_age = float(source.options.get("max_age_hours", 24)) * 3600
    if cache.exists() and time.time() - cache.stat().st_mtime < max_age:
        return
    import httpx  # only needed when an endpoint is configured

    clubs = " ".join(f"wd:{q}" for q in source.options.get("clubs", []))
    query = source.options.get("query", QUERY) % {"clubs": clubs}
    headers = {"Accept": "application/sparql-results+json", "User-Agent": USER_AGENT}
    last_error: Exception | None = None
    for attempt in range(int(source.options.get("retries", 3))):
        try:
            response = httpx.get(
                source.endpoint,
                params={"query": query},
                headers=headers,
                timeout=float(source.options.get("timeout", 60)),
            )
            response.raise_for_status()
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(".tmp")
            tmp.write_bytes(response.content)
            tmp.replace(cache)
            return
        except httpx.HTTPError as exc:
            last_error = exc
            time.sleep(2**attempt)
    if cache.exists():
        return  # a stale cache is better than nothing
    raise RuntimeError(f"{source.endpoint}: query failed after retries: {last_error}")
