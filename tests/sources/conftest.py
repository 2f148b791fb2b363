"""A real DuckDB warehouse file per staffing-source test."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipeline.warehouse import connect


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    connection = connect(tmp_path / "warehouse.duckdb")
    yield connection
    connection.close()
