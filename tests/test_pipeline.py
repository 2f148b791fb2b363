"""End to end: every asset materialised in-process on the samples into a temp warehouse."""

from __future__ import annotations

import json
import shutil
from datetime import date

import dagster as dg
import duckdb
import pytest

from pipeline.config import PROJECT_ROOT, load_config
from pipeline.defs.resources import build_resources
from pipeline.quality.suites import EXPECTATIONS_DIR, EXPECTATIONS_ENV
from pipeline.run import load_definitions, materialise_all_days

CORE = ["coaches", "coach_source_ids", "clubs", "squads", "evidence", "events", "tenures"]


def materialise_all(config_path) -> dg.ExecuteInProcessResult:
    """Like `touchline run`: feeds, then everything else over every news day; the result of
    that main run."""
    defs = load_definitions()
    assets = [*defs.assets, *defs.asset_checks]
    resources = build_resources(str(config_path))
    instance = dg.DagsterInstance.ephemeral()

    def execute(selection, tags):
        return dg.materialize(
            assets,
            resources=resources,
            instance=instance,
            selection=selection,
            tags=tags,
            raise_on_error=False,
        )

    return materialise_all_days(execute, instance, load_config(config_path))[-1]


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(PROJECT_ROOT / "samples", root / "samples")
    shutil.copy(PROJECT_ROOT / "touchline.yaml", root / "touchline.yaml")
    config_path = root / "touchline.yaml"
    result = materialise_all(config_path)
    return config_path, result


def query(config_path, sql: str, *params):
    with duckdb.connect(str(load_config(config_path).warehouse), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def test_every_asset_and_check_succeeds(first_run):
    _, result = first_run
    assert result.success
    failed = [e.check_name for e in result.get_asset_check_evaluations() if not e.passed]
    assert failed == []


def test_every_table_has_rows(first_run):
    config_path, _ = first_run
    tables = [
        "raw.news_articles",
        "raw.staff_rosters",
        "raw.match_managers",
        "staging.news_facts",
        "staging.staff_spells",
        *(f"core.{t}" for t in CORE),
        "marts.current_staff",
        "marts.coach_careers",
    ]
    for table in tables:
        assert query(config_path, f"select count(*) from {table}")[0][0] > 0, table


def test_gilsanz_appointed_head_coach_of_deportivo_first_team(first_run):
    config_path, _ = first_run
    rows = query(
        config_path,
        """
        select e.event_date, e.role, s.level
        from core.events e
        join core.coaches c using (coach_id)
        join core.squads s using (squad_id)
        join core.clubs cl on cl.club_id = s.club_id
        where c.full_name ilike '%gilsanz%' and cl.name = 'Deportivo de La Coruña'
          and e.event = 'appointed'
    """,
    )
    assert len(rows) == 1
    event_date, role, level = rows[0]
    assert role == "head_coach" and level == "first_team"
    assert abs((event_date - date(2024, 11, 5)).days) <= 3


def test_deportivo_head_coach_as_of(first_run):
    config_path, _ = first_run

    def head_coach(valid_at, known_at):
        return [
            r[0]
            for r in query(
                config_path,
                """
            select coach from staff_as_of(?::date, ?::date)
            where club = 'Deportivo de La Coruña' and squad = 'first_team' and role = 'head_coach'
        """,
                valid_at,
                known_at,
            )
        ]

    assert head_coach("2024-11-10", "2024-11-30") == ["Óscar Gilsanz"]
    assert head_coach("2024-11-01", "2024-11-30") == ["Imanol Idiakez"]
    # Known time: nothing published by 2024-10-01 had Gilsanz in post, nor Idiakez gone.
    assert head_coach("2024-11-10", "2024-10-01") == ["Imanol Idiakez"]


def test_extracts_published_with_manifest(first_run):
    config_path, _ = first_run
    extracts = load_config(config_path).extracts
    manifest = json.loads((extracts / "manifest.json").read_text())
    assert manifest["tables"]["core.tenures"]["rows"] > 0
    for meta in manifest["tables"].values():
        assert (extracts / meta["path"]).exists()


def test_second_run_gives_same_ids_and_counts(first_run):
    config_path, _ = first_run
    snapshot_sql = {
        t: f"select * from core.{t} order by all" for t in ("coaches", "squads", "tenures", "events")
    }
    before = {t: query(config_path, q) for t, q in snapshot_sql.items()}
    counts_before = query(config_path, "select count(*) from raw.news_articles")
    assert materialise_all(config_path).success
    after = {t: query(config_path, q) for t, q in snapshot_sql.items()}
    for table in snapshot_sql:
        ids_before = [row[0] for row in before[table]]
        ids_after = [row[0] for row in after[table]]
        assert ids_before == ids_after, table
    assert query(config_path, "select count(*) from raw.news_articles") == counts_before


def test_failing_blocking_check_keeps_previous_extracts(first_run, tmp_path, monkeypatch):
    config_path, _ = first_run
    extracts = load_config(config_path).extracts
    before = json.loads((extracts / "manifest.json").read_text())
    strict = tmp_path / "expectations"
    shutil.copytree(EXPECTATIONS_DIR, strict)
    suite = json.loads((strict / "tenures.json").read_text())
    suite["expectations"].append({"type": "expect_table_row_count_to_be_between", "kwargs": {"max_value": 0}})
    (strict / "tenures.json").write_text(json.dumps(suite))
    monkeypatch.setenv(EXPECTATIONS_ENV, str(strict))
    result = materialise_all(config_path)
    assert not result.success
    failed = [e for e in result.get_asset_check_evaluations() if not e.passed]
    assert [e.asset_key.to_user_string() for e in failed] == ["core/tenures"]
    materialised = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert "publish/extracts" not in materialised
    assert json.loads((extracts / "manifest.json").read_text()) == before


def run_cli(*args: str) -> tuple[int, str, str]:
    import contextlib
    import io

    from pipeline.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_cli_sql_formats(first_run):
    config_path, _ = first_run
    sql = "select club, squad, coach from marts.current_staff order by club, squad"
    code, table, _ = run_cli("sql", sql, "--config", str(config_path))
    assert code == 0 and "Óscar Gilsanz" in table and table.rstrip().endswith("rows)")
    code, as_json, _ = run_cli("sql", sql, "--config", str(config_path), "--format", "json")
    records = json.loads(as_json)
    assert {
        "club": "Deportivo de La Coruña",
        "squad": "first_team",
        "coach": "Óscar Gilsanz",
    } in records
    code, as_csv, _ = run_cli("sql", sql, "--config", str(config_path), "--format", "csv")
    assert as_csv.splitlines()[0] == "club,squad,coach"


def test_cli_sql_is_read_only(first_run):
    config_path, _ = first_run
    code, _, err = run_cli("sql", "delete from core.tenures", "--config", str(config_path))
    assert code == 1 and "read-only" in err.lower()


def test_cli_explain_tenure_shows_evidence(first_run):
    config_path, _ = first_run
    (tenure_id,) = query(
        config_path,
        """
        select t.tenure_id from core.tenures t join core.coaches c using (coach_id)
        where c.full_name = 'Óscar Gilsanz'
    """,
    )[0]
    code, out, _ = run_cli("explain", "tenure", tenure_id, "--config", str(config_path))
    assert code == 0
    assert "Óscar Gilsanz: head_coach of Deportivo de La Coruña" in out
    assert "[club-staff] " in out and "[news] " in out


def test_cli_plot_writes_png(first_run, tmp_path):
    config_path, _ = first_run
    out = tmp_path / "atm.png"
    code, _, _ = run_cli("plot", "club", "atletico madrid", "-o", str(out), "--config", str(config_path))
    assert code == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    code, _, err = run_cli("plot", "club", "Nowhere Rovers", "-o", str(out), "--config", str(config_path))
    assert code == 1 and "no club matching" in err


def test_cli_export(first_run, tmp_path):
    config_path, _ = first_run
    code, _, _ = run_cli("export", "--to", str(tmp_path / "ex"), "--config", str(config_path))
    assert code == 0
    manifest = json.loads((tmp_path / "ex" / "manifest.json").read_text())
    assert (tmp_path / "ex" / "core__tenures" / "country=Spain").is_dir()
    assert manifest["tables"]["marts.current_staff"]["rows"] > 0
