"""Load any structured staffing source by its kind; bad data never raises out of here.

raw.staff_rosters ← roster, wikidata, transfermarkt clubs.csv
raw.match_managers ← statsbomb, match_managers, transfermarkt games.csv / club_games.csv
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import duckdb

from pipeline.config import SourceConfig
from pipeline.records import Quarantined
from pipeline.sources.match_managers import load_match_managers
from pipeline.sources.report import LoadReport
from pipeline.sources.roster import load_roster
from pipeline.sources.statsbomb import load_statsbomb
from pipeline.sources.transfermarkt import load_transfermarkt
from pipeline.sources.wikidata import load_wikidata
from pipeline.warehouse import record_rejects

Loader = Callable[[duckdb.DuckDBPyConnection, SourceConfig], LoadReport]
LOADERS: dict[str, Loader] = {
    "roster": load_roster,
    "statsbomb": load_statsbomb,
    "match_managers": load_match_managers,
    "transfermarkt": load_transfermarkt,
    "wikidata": load_wikidata,
}
STRUCTURED_KINDS = frozenset(LOADERS)


def load_source(con: duckdb.DuckDBPyConnection, source: SourceConfig) -> LoadReport:
    """Replace `source`'s raw rows; an unexpected failure on bad input becomes one reject."""
    loader = LOADERS.get(source.kind)
    if loader is None:
        raise ValueError(f"source {source.name!r}: kind {source.kind!r} is not a staffing source")
    try:
        return loader(con, source)
    except (ValueError, KeyError, TypeError, OSError, UnicodeError, duckdb.Error) as exc:
        _rollback_quietly(con)
        report = LoadReport(source.name, source.kind, rows_in=1, rows_quarantined=1)
        reason = f"{source.path or source.endpoint}: could not be loaded: {exc}"
        report.note(reason)
        reject = Quarantined.of(source.name, str(source.path or source.endpoint or ""), reason)
        record_rejects(con, "raw", [reject], [source.name])
        return report


def _rollback_quietly(con: duckdb.DuckDBPyConnection) -> None:
    with contextlib.suppress(duckdb.Error):  # no transaction may be open
        con.execute("rollback")
