"""Loading the structured staffing sources into raw tables: counts, rejects, vocabularies."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from staffing_helpers import (
    FIXTURES,
    rejects,
    roster_source,
    statsbomb_source,
    transfermarkt_source,
    wikidata_source,
    worldcup_source,
)

from pipeline.config import SourceConfig
from pipeline.sources.structured import load_source


def all_sources() -> list[SourceConfig]:
    return [
        statsbomb_source(),
        worldcup_source(),
        transfermarkt_source(),
        roster_source(),
        roster_source(
            FIXTURES / "rosters" / "staff.jsonl",
            columns={
                "coach": "name",
                "club": "club",
                "squad": "level",
                "role": "position",
                "start": "start",
                "end": "end",
            },
        ),
        wikidata_source(),
    ]


@pytest.mark.parametrize("source", all_sources(), ids=lambda s: f"{s.kind}-{s.path.name}")
def test_every_record_is_kept_or_quarantined(con, source):
    report = load_source(con, source)
    assert report.rows_in == report.rows_kept + report.rows_quarantined
    assert report.rows_in > 0
    table = "raw.staff_rosters" if source.kind in ("roster", "wikidata") else "raw.match_managers"
    if source.kind != "transfermarkt":
        kept = con.execute(f"select count(*) from {table} where source = ?", [source.name])
        assert kept.fetchone()[0] == report.rows_kept
    assert len(rejects(con, source.name)) == report.rows_quarantined


def test_reloading_a_source_replaces_its_rows(con):
    first = load_source(con, worldcup_source())
    second = load_source(con, worldcup_source())
    count = con.execute("select count(*) from raw.match_managers").fetchone()[0]
    assert count == first.rows_kept == second.rows_kept == 2538


def test_statsbomb_season_without_managers_is_reported(con):
    report = load_source(con, statsbomb_source("matches_11_24.json"))
    assert report.rows_in == report.rows_kept == 64  # 32 matches x 2 sides, no manager data
    assert any("no manager data" in m and "matches_11_24.json" in m for m in report.messages)
    named = con.execute("select count(manager_name) from raw.match_managers").fetchone()[0]
    assert named == 0


def test_statsbomb_keeps_full_name_nickname_and_listing(con):
    load_source(con, statsbomb_source("matches_11_1.json"))
    row = con.execute(
        "select manager_name, manager_nickname, manager_id, manager_dob from raw.match_managers "
        "where manager_id = '230' limit 1"
    ).fetchone()
    assert row == ("Diego Pablo Simeone", "Diego Simeone", "230", date(1970, 4, 28))
    listed = con.execute(
        "select manager_nickname, listed_order, n_listed from raw.match_managers "
        "where team_name = 'Real Betis' and n_listed = 2 order by listed_order"
    ).fetchall()
    assert listed == [("Eder Sarabia", 1, 2), ("Quique Setién", 2, 2)]


def test_worldcup_one_name_managers_and_women(con):
    load_source(con, worldcup_source())
    names = {r[0] for r in con.execute("select manager_name from raw.match_managers").fetchall()}
    assert {"Tite", "Dunga", "Vicente del Bosque"} <= names
    assert not any("not applicable" in n.lower() for n in names)
    squads = dict(con.execute("select squad, count(*) from raw.match_managers group by squad").fetchall())
    assert set(squads) == {"national", "national_women"}
    women = con.execute(
        "select count(*) from raw.match_managers where squad = 'national_women' "
        "and competition not like '%Women%'"
    ).fetchone()[0]
    assert women == 0


def test_transfermarkt_clubs_adds_no_null_coach(con):
    report = load_source(con, transfermarkt_source(FIXTURES / "transfermarkt" / "clubs_ES1.csv"))
    coaches = con.execute(
        "select coach, start_raw, start_date, end_date, start_precision from raw.staff_rosters order by coach"
    ).fetchall()
    assert [c[0] for c in coaches] == ["Borja Jiménez", "Luis Carrión", "Paulo Pezzolano"]
    assert all(c[1] == "2024-25" and c[4] == "season" for c in coaches)  # last_season only
    assert coaches[0][2:4] == (date(2024, 7, 1), date(2025, 6, 30))
    assert report.rows_in == 33 and report.rows_quarantined == 30
    assert not con.execute("select count(*) from raw.staff_rosters where lower(coach) = 'null'").fetchone()[0]


def test_transfermarkt_games_give_two_sides_per_game(con):
    report = load_source(con, transfermarkt_source(FIXTURES / "transfermarkt" / "games_sample.csv"))
    assert report.rows_in == 2000
    row = con.execute(
        "select team_name, manager_name, season, squad from raw.match_managers "
        "where match_id = '1026847' and team_id = '3437'"
    ).fetchone()
    assert row == ("Argentina", "Diego Maradona", "2009-10", "national")


def test_transfermarkt_folder_does_not_count_games_twice(con):
    load_source(con, transfermarkt_source())
    dupes = con.execute(
        "select count(*) from (select match_id, team_id from raw.match_managers "
        "group by all having count(*) > 1)"
    ).fetchone()[0]
    assert dupes == 0


def test_roster_with_mapping_and_messy_dates(con):
    report = load_source(con, roster_source())
    rows = {
        (r[0], r[1]): r[2:]
        for r in con.execute(
            "select coach, squad, role, start_date, start_precision, end_date, end_precision "
            "from raw.staff_rosters"
        ).fetchall()
    }
    assert rows[("Diego Simeone", "first_team")] == ("head_coach", date(2011, 12, 23), "day", None, None)
    assert rows[("Fernando Torres", "u19")] == (
        "head_coach",
        date(2021, 1, 1),
        "year",
        date(2024, 6, 30),
        "season",
    )
    assert rows[("Fernando Torres", "reserve")] == ("head_coach", date(2024, 7, 1), "day", None, None)
    assert rows[("Luis García Tevenet", "reserve")][1:] == (
        date(2022, 6, 1),
        "month",
        date(2024, 6, 30),
        "month",
    )
    assert rows[("Óscar Gilsanz", "first_team")][0] == "caretaker"
    assert rows[("Raúl González", "reserve")][0] == "head_coach"
    assert rows[("Viejo Entrenador", "first_team")][1:3] == (date(1956, 5, 1), "month")
    reasons = [r[1] for r in rejects(con, "club-staff")]
    assert report.rows_quarantined == 3
    assert any("no coach named" in r for r in reasons)
    assert any("not coaching staff" in r for r in reasons)
    assert any("31/02/2024" in r for r in reasons)


def test_jsonl_roster_maps_free_text_squads_and_roles(con):
    source = roster_source(
        FIXTURES / "rosters" / "staff.jsonl",
        columns={
            "coach": "name",
            "club": "club",
            "squad": "level",
            "role": "position",
            "start": "start",
            "end": "end",
        },
    )
    load_source(con, source)
    rows = con.execute("select coach, squad, role from raw.staff_rosters order by coach").fetchall()
    assert rows == [("Ana Ejemplo", "women_u19", "assistant_coach"), ("Xabi Alonso", "reserve", "head_coach")]


def test_wikidata_statements(con):
    report = load_source(con, wikidata_source())
    assert (report.rows_in, report.rows_kept, report.rows_quarantined) == (3, 2, 1)
    rows = con.execute(
        "select coach, coach_source_id, club, club_source_id, role, start_date, "
        "end_date, end_precision, coach_birth_date from raw.staff_rosters order by coach"
    ).fetchall()
    assert rows[0] == (
        "Diego Simeone",
        "Q258115",
        "Atlético Madrid",
        "Q8701",
        "head_coach",
        date(2011, 12, 23),
        None,
        None,
        date(1970, 4, 28),
    )
    assert rows[1][4:8] == ("caretaker", date(2018, 10, 29), date(2019, 12, 31), "year")


@pytest.mark.parametrize(
    ("make_source", "file", "problem"),
    [
        (lambda p: SourceConfig("sb", "statsbomb", p), "matches_truncated.json", "malformed JSON"),
        (lambda p: worldcup_source(p), "appearances_wrong_columns.csv", "missing column"),
        (lambda p: roster_source(p, {"coach": "coach", "club": "club"}), "roster_latin1.csv", "utf-8"),
        (lambda p: SourceConfig("wd", "wikidata", p), "appearances_wrong_columns.csv", "SPARQL JSON"),
        (
            lambda p: SourceConfig(
                "mm", "match_managers", p, columns={"match_date": "coach", "team": "club", "manager": "coach"}
            ),
            "roster_latin1.csv",
            "cannot read CSV",
        ),
        (lambda p: transfermarkt_source(p), "appearances_wrong_columns.csv", "not a transfermarkt"),
    ],
)
def test_bad_files_are_quarantined_with_the_file_named(con, make_source, file, problem):
    source = make_source(FIXTURES / "broken" / file)
    report = load_source(con, source)
    assert report.rows_in == report.rows_kept + report.rows_quarantined
    assert report.rows_quarantined >= 1
    reasons = [r[1] for r in rejects(con, source.name)]
    assert any(file in r and problem.lower() in r.lower() for r in reasons), reasons


def test_bad_rows_in_a_match_manager_csv(con):
    source = SourceConfig(
        "mm",
        "match_managers",
        FIXTURES / "broken" / "appearances_bad_rows.csv",
        columns={
            "match_id": "match_id",
            "match_date": "match_date",
            "team": "team",
            "manager": ["given", "family"],
        },
    )
    report = load_source(con, source)
    assert (report.rows_in, report.rows_kept, report.rows_quarantined) == (3, 1, 2)
    reasons = sorted(r[1] for r in rejects(con, "mm"))
    assert reasons == ["bad match date not-a-date", "no team"]


def test_a_bad_file_does_not_stop_the_rest_of_a_folder(con, tmp_path: Path):
    folder = tmp_path / "statsbomb"
    folder.mkdir()
    shutil.copy(FIXTURES / "statsbomb" / "matches_11_37.json", folder)
    shutil.copy(FIXTURES / "broken" / "matches_truncated.json", folder)
    report = load_source(con, SourceConfig("sb", "statsbomb", folder))
    assert report.rows_kept == 14 and report.rows_quarantined == 1


def test_missing_path_is_a_reject_not_an_error(con, tmp_path: Path):
    report = load_source(
        con, SourceConfig("gone", "roster", tmp_path / "nope.csv", columns={"coach": "name"})
    )
    assert (report.rows_in, report.rows_quarantined) == (1, 1)


def test_wikidata_endpoint_uses_a_fresh_cache_without_network(con, tmp_path: Path):
    cache = tmp_path / "wd-cache.json"
    shutil.copy(FIXTURES / "wikidata" / "head_coaches.json", cache)
    source = SourceConfig(
        "wd",
        "wikidata",
        None,
        endpoint="https://query.invalid/sparql",
        options={"cache": str(cache), "max_age_hours": 24},
    )
    report = load_source(con, source)
    assert (report.rows_in, report.rows_kept) == (3, 2)
