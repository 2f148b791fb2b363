"""Staff spells from match sheets and staff lists, and the overlap report."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from staffing_helpers import FIXTURES, roster_source, statsbomb_source, worldcup_source

from pipeline.config import SourceConfig
from pipeline.sources.spells import build_staff_spells
from pipeline.sources.structured import load_source


def spells(con, where: str = "true", params: tuple = ()) -> list[tuple]:
    return con.execute(
        "select coach_name, coach_known_as, club_name, squad, role, start_date, end_date, "
        f"n_matches from staging.staff_spells where {where} order by start_date, coach_name",
        list(params),
    ).fetchall()


def test_valverde_heads_barcelona_through_2017_18(con):
    load_source(con, statsbomb_source("matches_11_1.json"))
    build_staff_spells(con)
    assert spells(con, "club_name = 'Barcelona'") == [
        (
            "Ernesto Valverde Tejedor",
            "Ernesto Valverde",
            "Barcelona",
            "first_team",
            "head_coach",
            date(2017, 8, 20),
            date(2018, 5, 20),
            36,
        )
    ]
    reported = con.execute(
        "select reported_at from staging.staff_spells where coach_known_as = 'Ernesto Valverde'"
    ).fetchone()[0]
    assert reported == date(2018, 5, 20)


def test_two_listed_managers_give_one_head_coach(con):
    load_source(con, statsbomb_source("matches_11_1.json"))
    build_staff_spells(con)
    by_role = {r[1]: r[4] for r in spells(con, "club_name in ('Real Betis', 'Valencia')")}
    assert by_role == {
        "Quique Setién": "head_coach",
        "Eder Sarabia": "other_staff",
        "Marcelino": "head_coach",
        "Rubén Uría": "other_staff",
    }
    overlapping_heads = con.execute(
        """
        select count(*) from staging.staff_spells a join staging.staff_spells b
          on a.source = b.source and a.club_source_id = b.club_source_id
         and a.squad = b.squad and a.spell_id < b.spell_id
         and a.role = 'head_coach' and b.role = 'head_coach'
         and a.start_date <= b.end_date and b.start_date <= a.end_date
        """
    ).fetchone()[0]
    assert overlapping_heads == 0


def test_season_without_managers_breaks_nothing(con):
    report = load_source(
        con, statsbomb_source("matches_11_1.json", "matches_11_24.json", "matches_11_37.json")
    )
    assert any("matches_11_24.json" in m and "no manager data" in m for m in report.messages)
    build_staff_spells(con)
    barcelona = spells(con, "club_name = 'Barcelona'")
    assert [(s[0], s[5], s[6]) for s in barcelona] == [
        ("Frank Rijkaard", date(2004, 10, 16), date(2005, 5, 1)),
        ("Ernesto Valverde Tejedor", date(2017, 8, 20), date(2018, 5, 20)),
    ]
    ended = con.execute(
        "select end_basis from staging.staff_spells where coach_name = 'Frank Rijkaard'"
    ).fetchone()[0]
    assert ended == "successor"


def _match(match_id: int, day: str, season: str, with_managers: bool) -> dict:
    def side(prefix: str, team_id: int, name: str, manager: dict) -> dict:
        team = {
            f"{prefix}_team_id": team_id,
            f"{prefix}_team_name": name,
            f"{prefix}_team_gender": "male",
            "country": {"name": "Spain"},
        }
        if with_managers:
            team["managers"] = [manager]
        return team

    simeone = {
        "id": 230,
        "name": "Diego Pablo Simeone",
        "nickname": "Diego Simeone",
        "dob": "1970-04-28",
        "country": {"name": "Argentina"},
    }
    other = {"id": 1, "name": "Otro Entrenador", "nickname": None, "dob": None}
    return {
        "match_id": match_id,
        "match_date": day,
        "season": {"season_name": season},
        "competition": {"competition_name": "La Liga"},
        "home_team": side("home", 212, "Atlético Madrid", simeone),
        "away_team": side("away", 999, "Rival", other),
    }


def test_a_season_without_manager_data_does_not_split_a_spell(con, tmp_path: Path):
    folder = tmp_path / "sb"
    folder.mkdir()
    seasons = [
        ("2015/2016", "2016-03-01", True),
        ("2016/2017", "2017-03-01", False),
        ("2017/2018", "2018-03-01", True),
    ]
    for n, (season, day, with_managers) in enumerate(seasons):
        matches = [_match(n * 10 + 1, day, season, with_managers)]
        (folder / f"matches_{n}.json").write_text(json.dumps(matches), encoding="utf-8")
    report = load_source(con, SourceConfig("sb", "statsbomb", folder))
    assert any("matches_1.json" in m and "no manager data" in m for m in report.messages)
    build_staff_spells(con)
    atletico = spells(con, "club_name = 'Atlético Madrid'")
    assert [(s[0], s[5], s[6], s[7]) for s in atletico] == [
        ("Diego Pablo Simeone", date(2016, 3, 1), date(2018, 3, 1), 2)
    ]


def test_del_bosque_heads_spain_at_2010_and_2014(con):
    load_source(con, worldcup_source())
    build_staff_spells(con)
    spain = spells(
        con,
        "club_name = 'Spain' and squad = 'national' and role = 'head_coach' and start_date >= '2006-01-01'",
    )
    assert [(s[0], s[5], s[6], s[7]) for s in spain] == [
        ("Luis Aragonés", date(2006, 6, 14), date(2006, 6, 27), 4),
        ("Vicente del Bosque", date(2010, 6, 16), date(2014, 6, 23), 10),  # 7 + 3 matches
        ("Fernando Hierro", date(2018, 6, 15), date(2018, 7, 1), 4),
        ("Luis Enrique", date(2022, 11, 23), date(2022, 12, 6), 4),
    ]


def test_roster_spells_and_overlaps(con):
    load_source(con, roster_source())
    build_staff_spells(con)
    overlaps = con.execute(
        "select coach_name, other_coach_name, kind from quality.spell_overlaps order by all"
    ).fetchall()
    assert overlaps == [
        ("Luis Enrique", "Juan Interino", "caretaker_inside"),
        ("Luis Enrique", "Pedro Typo", "overlap"),
    ]
    resolved = dict(
        con.execute(
            "select coach_name, effective_end_date from staging.staff_spells where club_name = 'Ejemplo CF'"
        ).fetchall()
    )
    # the later head coach ends the earlier one; a caretaker inside does not
    assert resolved == {
        "Luis Enrique": date(2016, 12, 31),
        "Pedro Typo": date(2018, 12, 31),
        "Juan Interino": date(2016, 4, 30),
    }
    handovers = spells(con, "club_name = 'Atlético Madrid' and squad = 'reserve'")
    assert [s[0] for s in handovers] == ["Luis García Tevenet", "Fernando Torres"]
    assert (
        con.execute("select count(*) from quality.spell_overlaps where club_name <> 'Ejemplo CF'").fetchone()[
            0
        ]
        == 0
    )


def test_spells_from_every_kind_together(con):
    for source in (
        statsbomb_source(),
        worldcup_source(),
        roster_source(),
        SourceConfig("tm", "transfermarkt", FIXTURES / "transfermarkt"),
        SourceConfig("wd", "wikidata", FIXTURES / "wikidata" / "head_coaches.json"),
    ):
        load_source(con, source)
    count = build_staff_spells(con)
    assert count == con.execute("select count(*) from staging.staff_spells").fetchone()[0]
    assert {r[0] for r in con.execute("select distinct source from staging.staff_spells").fetchall()} == {
        "laliga",
        "worldcup",
        "club-staff",
        "tm",
        "wd",
    }
    nulls = con.execute(
        "select count(*) from staging.staff_spells where coach_name is null "
        "or lower(coach_name) in ('null', 'not applicable')"
    ).fetchone()[0]
    assert nulls == 0


def test_a_returning_manager_gets_a_second_spell(con, tmp_path: Path):
    csv_file = tmp_path / "appearances.csv"
    csv_file.write_text(
        "match,date,team,manager\n"
        "1,2020-01-05,Club A,Ana Uno\n2,2020-02-05,Club A,Ana Uno\n"
        "3,2020-03-05,Club A,Bea Dos\n4,2020-04-05,Club A,  Bea  Dos \n"
        "5,2020-05-05,Club A,Ana Uno\n6,2020-05-05,Club B,null\n",
        encoding="utf-8",
    )
    source = SourceConfig(
        "mm",
        "match_managers",
        csv_file,
        columns={"match_id": "match", "match_date": "date", "team": "team", "manager": "manager"},
    )
    report = load_source(con, source)
    assert (report.rows_in, report.rows_kept) == (6, 6)
    build_staff_spells(con)
    rows = [(s[0], s[5], s[6], s[7]) for s in spells(con)]
    assert rows == [
        ("Ana Uno", date(2020, 1, 5), date(2020, 2, 5), 2),
        ("Bea Dos", date(2020, 3, 5), date(2020, 4, 5), 2),
        ("Ana Uno", date(2020, 5, 5), date(2020, 5, 5), 1),
    ]
