"""GX suites and integrity checks, run directly (no Dagster run needed)."""

import json
from pathlib import Path

import duckdb
import pytest
from dagster_duckdb import DuckDBResource

from pipeline.defs.quality.checks import integrity_checks
from pipeline.quality.integrity import run_integrity_check
from pipeline.quality.suites import EXPECTATIONS_DIR, SuiteError, load_suite, validate_table
from pipeline.warehouse import ensure_schemas, sql_text


@pytest.fixture
def warehouse(tmp_path) -> Path:
    path = tmp_path / "w.duckdb"
    with duckdb.connect(str(path)) as con:
        ensure_schemas(con)
        for table in ("coaches", "clubs", "squads", "evidence", "events", "tenures"):
            con.execute(sql_text("core", table))
        con.execute("insert into core.clubs values ('cl1', 'Deportivo', 'Spain', 'club', [])")
        con.execute("insert into core.squads values ('sq1', 'cl1', 'first_team', 'Deportivo')")
        con.execute(
            "insert into core.coaches values "
            "('a', 'A', null, [], null, null), ('b', 'B', null, [], null, null)"
        )
        con.execute("""
            insert into core.tenures (tenure_id, coach_id, squad_id, role, start_date, end_date,
                                      confidence, n_sources, first_reported_at)
            values
                ('t1', 'a', 'sq1', 'head_coach', '2023-06-01', '2024-11-20', 0.9, 1, '2024-11-19'),
                ('t2', 'b', 'sq1', 'head_coach', '2024-11-05', null, 0.9, 1, '2024-11-19')
        """)
    return path


@pytest.mark.parametrize("suite", sorted(p.name for p in EXPECTATIONS_DIR.glob("*.json")))
def test_every_shipped_suite_loads_completely(suite):
    declared = json.loads((EXPECTATIONS_DIR / suite).read_text())["expectations"]
    assert len(load_suite(EXPECTATIONS_DIR / suite).expectations) == len(declared) > 0


def test_an_expectation_gx_cannot_load_fails_loudly(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "name": "bad",
                "expectations": [
                    {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "x"}},
                    {"type": "expect_column_to_be_wonderful", "kwargs": {"column": "x"}},
                ],
            }
        )
    )
    with pytest.raises(SuiteError, match=r"#1 .*expect_column_to_be_wonderful"):
        load_suite(bad)


def test_tenures_suite_flags_end_before_start(warehouse):
    with duckdb.connect(str(warehouse)) as con:
        con.execute("update core.tenures set end_date = '2020-01-01' where tenure_id = 't1'")
        result = validate_table(con, "core.tenures")
    assert not result.success
    assert any(
        f["expectation"] == "expect_column_pair_values_a_to_be_greater_than_b" for f in result.failures
    )


def test_overlapping_head_coaches_are_found(warehouse):
    with duckdb.connect(str(warehouse)) as con:
        result = run_integrity_check(con, "tenures_no_overlapping_head_coaches")
    assert result.violations == 1
    assert {result.sample[0]["tenure_a"], result.sample[0]["tenure_b"]} == {"t1", "t2"}


def test_integrity_check_as_dagster_check_is_blocking_and_fails(warehouse):
    check = next(c for c in integrity_checks if "tenures_no_overlapping_head_coaches" in str(c.check_keys))
    spec = next(iter(check.check_specs))
    assert spec.blocking
    result = check(duckdb=DuckDBResource(database=str(warehouse)))
    assert not result.passed and result.metadata["violations"].value == 1
    with duckdb.connect(str(warehouse)) as con:
        con.execute("update core.tenures set end_date = '2024-11-04' where tenure_id = 't1'")
    assert check(duckdb=DuckDBResource(database=str(warehouse))).passed
