"""Issue story on real articles: the seed and the dev articles reconciled together.

The articles are other people's writing and stay in ../shared; without it these tests skip.
"""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from pipeline.config import load_config
from pipeline.ids import fold
from tests.conftest import shared_data
from tests.test_pipeline import materialise_all


@pytest.fixture(scope="module")
def dev_warehouse(tmp_path_factory):
    articles = shared_data("dev", "articles.jsonl")
    root = tmp_path_factory.mktemp("dev")
    config = root / "touchline.yaml"
    config.write_text(f"sources:\n  - {{name: dev, kind: news, path: {articles}}}\n")
    result = materialise_all(config)
    assert result.success
    with duckdb.connect(str(load_config(config).warehouse), read_only=True) as con:
        yield con


def spells(con, coach: str, club: str):
    return con.execute(
        """
        select s.level, t.role, t.start_date, t.end_date, t.tenure_id, t.predecessor_tenure_id
        from core.tenures t
        join core.coaches c using (coach_id)
        join core.squads s using (squad_id)
        join core.clubs cl on cl.club_id = s.club_id
        where c.full_name = ? and cl.name = ?
        order by t.start_date nulls first
        """,
        [coach, club],
    ).fetchall()


def test_torres_u19_until_2023_24_then_atletico_b_from_tevenet(dev_warehouse):
    torres = spells(dev_warehouse, "Fernando Torres", "Atlético Madrid")
    u19 = [s for s in torres if s[0] == "u19" and s[1] == "head_coach"]
    reserve = [s for s in torres if s[0] == "reserve" and s[1] == "head_coach"]
    assert u19 and abs((u19[-1][3] - date(2024, 6, 30)).days) <= 31
    assert reserve and reserve[0][2].year == 2024
    tevenet = spells(dev_warehouse, "Luis García Tevenet", "Atlético Madrid")
    tevenet_b = [s for s in tevenet if s[0] == "reserve"]
    assert reserve[0][5] == tevenet_b[0][4]  # predecessor link


def head_coach(con, club: str, valid_at: str, known_at: str) -> list[str]:
    rows = con.execute(
        """
        select coach from staff_as_of(?::date, ?::date)
        where club = ? and squad = 'first_team' and role = 'head_coach'
        """,
        [valid_at, known_at, club],
    ).fetchall()
    return [fold(r[0]) for r in rows]  # accents as the articles happen to write them


def test_deportivo_as_of_valid_and_known_time(dev_warehouse):
    assert head_coach(dev_warehouse, "Deportivo de La Coruña", "2024-11-01", "2024-12-01") == [
        "imanol idiakez"
    ]
    assert head_coach(dev_warehouse, "Deportivo de La Coruña", "2024-11-10", "2024-12-01") == [
        "oscar gilsanz"
    ]
    assert "oscar gilsanz" not in head_coach(
        dev_warehouse, "Deportivo de La Coruña", "2024-11-10", "2024-10-01"
    )


def test_simeone_spell_is_open(dev_warehouse):
    simeone = spells(dev_warehouse, "Diego Simeone", "Atlético Madrid")
    first_team = [s for s in simeone if s[0] == "first_team" and s[1] == "head_coach"]
    assert first_team and first_team[-1][3] is None
