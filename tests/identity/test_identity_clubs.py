"""One club_id per club across name variants; squad ids."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from pipeline.identity.clubs import ClubMention, club_key, resolve_clubs, squad_id

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
STATSBOMB_NAMES = [
    "Barcelona",
    "Real Betis",
    "Atlético Madrid",
    "Levante",
    "Levante UD",
    "Deportivo La Coruna",
    "Athletic Club",
    "Celta Vigo",
    "Espanyol",
    "Real Madrid",
    "Real Sociedad",
    "Getafe",
    "Deportivo Alavés",
    "Las Palmas",
    "Málaga",
    "Sevilla",
    "Valencia",
    "Villarreal",
    "Eibar",
    "Girona",
]


def mentions() -> list[ClubMention]:
    with (FIXTURES / "transfermarkt" / "clubs_ES1.csv").open(encoding="utf-8") as f:
        tm = [ClubMention("tm", r["name"], "Spain", r["club_id"]) for r in csv.DictReader(f)]
    sb = [ClubMention("laliga", n, "Spain") for n in STATSBOMB_NAMES]
    defunct = [
        ClubMention("tm", "Anzhi Makhachkala ( -2022)", "Russia"),
        ClubMention("tm", "Anzhi Makhachkala (-2022)", "Russia"),
        ClubMention("tm", "Volga Nizhniy Novgorod (- 2016)", "Russia"),
    ]
    return tm + sb + defunct


def test_name_variants_are_one_club():
    clubs = resolve_clubs(mentions())
    same = [
        ("Levante", "Levante UD", "Levante Unión Deportiva S.A.D."),
        ("Atlético Madrid", "Club Atlético de Madrid S.A.D.", "Atleti"),
        ("Barcelona", "Futbol Club Barcelona"),
        ("Real Betis", "Real Betis Balompié S.A.D."),
        ("Deportivo La Coruna", "Deportivo de La Coruña"),
        ("Athletic Club", "Athletic Club Bilbao"),
        ("Anzhi Makhachkala ( -2022)", "Anzhi Makhachkala"),
    ]
    for names in same:
        assert len({clubs.club_id_for(n) for n in names}) == 1, names
    assert clubs.club_id_for("Real Madrid") != clubs.club_id_for("Atlético Madrid")
    assert clubs.club_id_for("Barcelona") != clubs.club_id_for("Espanyol")


def test_defunct_suffix_is_not_in_the_name():
    clubs = resolve_clubs(mentions())
    names = {c["name"] for c in clubs.clubs}
    assert "Anzhi Makhachkala" in names and "Volga Nizhniy Novgorod" in names
    assert not any("(" in n for n in names)
    assert club_key("Volga Nizhniy Novgorod (- 2016)") == club_key("Volga Nizhniy Novgorod")


def test_club_ids_do_not_depend_on_order():
    items = mentions()
    first = resolve_clubs(items)
    random.Random(7).shuffle(items)
    again = resolve_clubs(items)
    assert again.clubs == first.clubs


def test_squad_ids_are_per_level():
    clubs = resolve_clubs(mentions())
    atletico = clubs.club_id_for("Atlético Madrid")
    assert squad_id(atletico, "first_team") != squad_id(atletico, "reserve")
    assert squad_id(atletico, "u19") == squad_id(clubs.club_id_for("Atleti"), "u19")
