"""One coach_id per person across sources and news; different people stay apart."""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sources"))
from staffing_helpers import FIXTURES, statsbomb_source, worldcup_source

from pipeline.config import SourceConfig
from pipeline.identity.coaches import CoachMention, resolve_coaches
from pipeline.identity.mentions import coach_mentions
from pipeline.sources.spells import build_staff_spells
from pipeline.sources.structured import load_source
from pipeline.warehouse import connect

SIMEONE = CoachMention("laliga", "Diego Pablo Simeone", "Diego Simeone", "230", "1970-04-28", "Argentina")
PACHETA = CoachMention("laliga", "Juan José Rojo Martín", "Pacheta", "1001")
MICHEL_MALAGA = CoachMention("laliga", "José Miguel González Martín del Campo", "Míchel", "505", "1963-03-23")
MICHEL_RAYO = CoachMention("laliga", "Miguel Ángel Sánchez Muñoz", "Míchel", "3310", "1975-10-30")
GUARDIOLA = CoachMention("wd", "Josep Guardiola i Sala", None, "Q164038")
MENTIONS = [
    SIMEONE,
    PACHETA,
    MICHEL_MALAGA,
    MICHEL_RAYO,
    GUARDIOLA,
    CoachMention("tm", "Diego Simeone"),
    CoachMention("tm", "Pep Guardiola"),
    CoachMention("news", "Diego  Simeone "),
    CoachMention("news", "Oscar Gilsanz"),
    CoachMention("tm", "Óscar Gilsanz"),
    CoachMention("news", "Pacheta"),
    CoachMention("worldcup", "Víctor Fernández", None, "M-900"),
    CoachMention("tm", "Victor Fernandez"),
    CoachMention("tm", "null"),
    CoachMention("worldcup", "not applicable"),
    CoachMention("news", "N/A"),
    CoachMention("news", "-"),
    CoachMention("news", ""),
]


@pytest.fixture(scope="module")
def resolution():
    return resolve_coaches(MENTIONS)


def ids_of(resolution, *mentions: CoachMention) -> set[str]:
    return {resolution.coach_id_for(m) for m in mentions}


def test_full_legal_and_usual_names_are_one_coach(resolution):
    assert (
        len(
            ids_of(
                resolution,
                SIMEONE,
                CoachMention("tm", "Diego Simeone"),
                CoachMention("news", "Diego Simeone"),
            )
        )
        == 1
    )
    assert len(ids_of(resolution, PACHETA, CoachMention("news", "Pacheta"))) == 1
    assert len(ids_of(resolution, GUARDIOLA, CoachMention("tm", "Pep Guardiola"))) == 1
    assert (
        len(
            ids_of(
                resolution,
                CoachMention("worldcup", "Víctor Fernández", None, "M-900"),
                CoachMention("tm", "Victor Fernandez"),
            )
        )
        == 1
    )


def test_coach_rows_carry_names_and_birth_date(resolution):
    simeone = next(c for c in resolution.coaches if c["coach_id"] == resolution.coach_id_for(SIMEONE))
    assert simeone["full_name"] == "Diego Pablo Simeone"
    assert simeone["known_as"] == "Diego Simeone"
    assert simeone["birth_date"] == date(1970, 4, 28)
    assert simeone["nationality"] == "Argentina"
    assert "Diego Simeone" in simeone["aliases"]
    victor = next(c for c in resolution.coaches if c["full_name"].startswith("V"))
    assert victor["full_name"] == "Víctor Fernández"  # the accented spelling wins


def test_news_mentions_join_the_structured_identity(resolution):
    news = resolution.coach_id_for(CoachMention("later-news", "Diego Simeone"))
    assert news == resolution.coach_id_for(SIMEONE)
    gilsanz = resolution.coach_id_for(CoachMention("later-news", "Óscar Gilsanz"))
    assert gilsanz == resolution.coach_id_for(CoachMention("news", "Oscar Gilsanz"))


def test_people_with_one_name_stay_apart(resolution):
    assert len(ids_of(resolution, MICHEL_MALAGA, MICHEL_RAYO)) == 2
    # a bare "Míchel" could be either of them: it is not forced onto one
    bare = resolution.coach_id_for(CoachMention("news", "Míchel"))
    assert bare not in ids_of(resolution, MICHEL_MALAGA, MICHEL_RAYO)


def test_surname_alone_is_not_the_coach(resolution):
    assert resolution.coach_id_for(CoachMention("news", "Simeone")) != resolution.coach_id_for(SIMEONE)


def test_placeholders_are_not_people(resolution):
    for name in ("null", "not applicable", "N/A", "-", "", "  "):
        assert resolution.coach_id_for(CoachMention("x", name)) is None
    names = {c["full_name"].lower() for c in resolution.coaches}
    assert not names & {"null", "not applicable", "n/a", "-", ""}


def test_ids_do_not_depend_on_mention_order(resolution):
    expected = [resolution.coach_id_for(m) for m in MENTIONS]
    for seed in range(5):
        shuffled = MENTIONS[:]
        random.Random(seed).shuffle(shuffled)
        again = resolve_coaches(shuffled)
        assert [again.coach_id_for(m) for m in MENTIONS] == expected
        assert again.coaches == resolution.coaches
        assert again.source_ids == resolution.source_ids


def test_source_ids_rows(resolution):
    rows = [r for r in resolution.source_ids if r["coach_id"] == resolution.coach_id_for(SIMEONE)]
    assert {(r["source"], r["source_id"]) for r in rows} == {("laliga", "230"), ("tm", None), ("news", None)}
    assert all(0 < r["score"] <= 1 and r["method"] for r in rows)


def test_del_bosque_is_one_identity_across_world_cups_and_sources(tmp_path: Path):
    con = connect(tmp_path / "w.duckdb")
    load_source(con, worldcup_source())
    load_source(con, SourceConfig("tm", "transfermarkt", FIXTURES / "transfermarkt"))
    load_source(con, statsbomb_source())
    build_staff_spells(con)
    resolution = resolve_coaches(coach_mentions(con))
    rows = con.execute(
        "select source, coach_name, coach_known_as, coach_source_id, coach_birth_date, "
        "start_date from staging.staff_spells where coach_name like '%del Bosque%'"
    ).fetchall()
    worldcup_2010_2014 = [r for r in rows if r[0] == "worldcup"]
    assert len(worldcup_2010_2014) == 1 and worldcup_2010_2014[0][5] == date(2010, 6, 16)
    ids = {resolution.coach_id_for(CoachMention(r[0], r[1], r[2], r[3], r[4])) for r in rows}
    assert len(rows) >= 2 and len(ids) == 1
    assert resolution.coach_id_for(CoachMention("news", "Vicente del Bosque")) in ids
    tite = resolution.coach_id_for(CoachMention("news", "Tite"))
    assert any(c["coach_id"] == tite and c["full_name"] == "Tite" for c in resolution.coaches)
    con.close()


def test_common_names_of_other_nationalities_stay_apart():
    lopez_uruguay = CoachMention("worldcup", "Juan López", None, "M-230", None, "Uruguay")
    lopez_muniz = CoachMention("laliga", "Juan Ramón López Muñiz", "Juan Muñiz", "2", "1968-11-02", "Spain")
    bridge = CoachMention("tm", "Juan López")  # name only: may not glue the two together
    resolution = resolve_coaches([lopez_uruguay, lopez_muniz, bridge])
    assert resolution.coach_id_for(lopez_uruguay) != resolution.coach_id_for(lopez_muniz)
