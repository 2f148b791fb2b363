"""What one source load did (rows read, kept, quarantined, notes), and loader bookkeeping."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from pipeline.config import SourceConfig
from pipeline.records import Quarantined
from pipeline.warehouse import ensure_schemas, record_rejects, replace_rows, sql_text


@dataclass
class LoadReport:
    source: str
    kind: str
    rows_in: int = 0
    rows_kept: int = 0
    rows_quarantined: int = 0
    messages: list[str] = field(default_factory=list)

    @property
    def balanced(self) -> bool:
        """Every record read was either kept or quarantined."""
        return self.rows_in == self.rows_kept + self.rows_quarantined

    def add(self, other: LoadReport) -> LoadReport:
        """Fold a part's counts (one file, one table) into this report."""
        self.rows_in += other.rows_in
        self.rows_kept += other.rows_kept
        self.rows_quarantined += other.rows_quarantined
        self.messages.extend(other.messages)
        return self

    def note(self, message: str) -> None:
        self.messages.append(message)


# --- bookkeeping shared by the structured-source loaders -------------------------------------

RAW_TABLES = ("match_managers", "staff_rosters")


def ensure_raw_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create the raw tables the structured loaders write (DDL in sql/raw/)."""
    ensure_schemas(con)
    for table in RAW_TABLES:
        con.execute(sql_text("raw", table))


def source_files(path: Path | None, suffixes: tuple[str, ...]) -> list[Path]:
    """The files of a source (a file, or a folder searched recursively), in a stable order."""
    if path is None:
        return []
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)


def missing_path_report(source: SourceConfig, report: LoadReport) -> list[Quarantined]:
    """A reject (and a counted input) for a source whose path is not there."""
    report.rows_in += 1
    report.rows_quarantined += 1
    where = source.path or "(no path configured)"
    report.note(f"{where}: path does not exist")
    return [Quarantined.of(source.name, str(where), "source path does not exist")]


def file_reject(source: str, file: Path, problem: object, report: LoadReport) -> Quarantined:
    """Count an unreadable file as one quarantined input, naming the file and the problem."""
    report.rows_in += 1
    report.rows_quarantined += 1
    reason = f"{file.name}: {_short(problem)}"
    report.note(reason)
    return Quarantined.of(source, str(file), reason)


def _short(problem: object) -> str:
    text = " ".join(str(problem).split())
    return text if len(text) <= 300 else text[:297] + "..."


def replace_source_rows(
    con: duckdb.DuckDBPyConnection, table: str, source: str, rows: list[dict[str, Any]]
) -> int:
    """Delete-then-insert the rows of one source in `table`."""
    return replace_rows(con, table, rows, "source = ?", [source])


def load_source_files(
    con: duckdb.DuckDBPyConnection,
    source: SourceConfig,
    table: str,
    suffixes: tuple[str, ...],
    read_file: Callable[[Path, LoadReport], Iterable[dict[str, Any] | Quarantined]],
) -> LoadReport:
    """The common shape of a file loader: every file of the source through `read_file`, its
    rows replacing the source's rows in `table`, its rejects recorded; a missing path is one
    reject."""
    report = LoadReport(source.name, source.kind)
    ensure_raw_tables(con)
    rows: list[dict[str, Any]] = []
    rejects: list[Quarantined] = []
    if source.path is None or not source.path.exists():
        rejects = missing_path_report(source, report)
    for file in source_files(source.path, suffixes) if not rejects else []:
        for item in read_file(file, report):
            (rejects if isinstance(item, Quarantined) else rows).append(item)
    replace_source_rows(con, table, source.name, rows)
    record_rejects(con, "raw", rejects, [source.name])
    return report
