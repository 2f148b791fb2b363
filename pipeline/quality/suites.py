"""Run the GX Core 1.x suite of `expectations/<table>.json` against a DuckDB table.

dagster-ge targets GX < 1.0, so the Dagster checks call this module. GX is imported lazily:
it is slow to import and only the checks need it.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

EXPECTATIONS_DIR = Path(__file__).resolve().parent.parent.parent / "expectations"
EXPECTATIONS_ENV = "TOUCHLINE_EXPECTATIONS"  # another suites folder (e.g. a team's stricter one)


class SuiteError(ValueError):
    """A suite file is missing, unreadable, or holds an expectation GX cannot load."""


@dataclass
class SuiteResult:
    table: str
    success: bool
    evaluated: int
    failures: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> str:
        if self.success:
            return f"{self.table}: {self.evaluated} expectations passed"
        names = ", ".join(f["expectation"] + "(" + (f.get("column") or "") + ")" for f in self.failures)
        return f"{self.table}: {len(self.failures)} of {self.evaluated} expectations failed: {names}"


def suite_path(table: str) -> Path:
    """`core.tenures` → expectations/tenures.json (table names are unique across schemas)."""
    folder = Path(os.environ.get(EXPECTATIONS_ENV) or EXPECTATIONS_DIR)
    return folder / f"{table.rsplit('.', 1)[-1]}.json"


def load_suite(path: Path):
    """The suite in `path`, refusing any expectation GX cannot load (never silently dropped)."""
    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    _batch_definition()  # GX wants an active context before suites are built
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SuiteError(f"{path}: cannot read suite: {exc}") from exc
    declared = doc.get("expectations") or []
    suite = gx.ExpectationSuite(name=doc.get("name") or path.stem)
    for i, cfg in enumerate(declared):
        try:
            config = ExpectationConfiguration(
                type=cfg["type"], kwargs=cfg.get("kwargs", {}), meta=cfg.get("meta")
            )
            suite.add_expectation(config.to_domain_obj())
        except Exception as exc:  # GX raises many kinds; all mean "not loadable"
            raise SuiteError(
                f"{path}: expectation #{i} ({cfg.get('type')!r}) cannot be loaded: {exc}"
            ) from exc
    if len(suite.expectations) != len(declared):
        raise SuiteError(f"{path}: {len(declared)} expectations declared, {len(suite.expectations)} loaded")
    if not declared:
        raise SuiteError(f"{path}: suite has no expectations")
    return suite


def validate_table(con: duckdb.DuckDBPyConnection, table: str, path: Path | None = None) -> SuiteResult:
    """Validate every row of `table` against its suite."""
    suite = load_suite(path or suite_path(table))
    frame = con.execute(f"select * from {table}").df()
    batch = _batch_definition().get_batch(batch_parameters={"dataframe": frame})
    result = batch.validate(suite)
    failures = [
        {
            "expectation": r.expectation_config.type,
            "column": r.expectation_config.kwargs.get("column")
            or r.expectation_config.kwargs.get("column_A"),
            "unexpected_count": (r.result or {}).get("unexpected_count"),
            "partial_unexpected_list": [
                str(v) for v in (r.result or {}).get("partial_unexpected_list", [])[:5]
            ],
        }
        for r in result.results
        if not r.success
    ]
    return SuiteResult(table, bool(result.success), len(result.results), failures)


@cache
def _batch_definition():
    import great_expectations as gx

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = {"globally": False}
    source = context.data_sources.add_pandas("touchline")
    return source.add_dataframe_asset("table").add_batch_definition_whole_dataframe("whole")
