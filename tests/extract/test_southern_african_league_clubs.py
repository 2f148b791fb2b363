"""The top divisions of Zambia, Zimbabwe, Malawi, Botswana and Mozambique: a club named bare is a club.

Invented sentences; the clubs are real members of those leagues (pipeline/reference/README.md).
"""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Nkana have appointed Jonas Mwale as head coach.", "Nkana FC"),
        ("Zanaco sacked coach Peter Banda on Monday after a fourth defeat.", "Zanaco FC"),
        ("Township Rollers have named Mpho Kgosi as their new coach.", "Township Rollers"),
        ("Costa do Sol have hired Paulo Mabote as head coach.", "CD Costa do Sol"),
        ("Big Bullets have appointed Kalisto Phiri as head coach.", "Nyasa Big Bullets"),
        ("CAPS United have parted company with coach Tendai Moyo.", "CAPS United"),
    ],
)
def test_a_league_club_named_bare_is_read(text: str, club: str) -> None:
    """The coach's post is at the club the sentence names, not lost for want of a club."""
    assert any(k[1] == club and k[0] in text and k[2] == "first_team" for k in keys_of(text))


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Bosso", "Highlanders FC"),
        ("Makepekepe", "CAPS United"),
        ("Mighty Mukuru Wanderers", "Mighty Wanderers"),
        ("BDF XI", "Botswana Defence Force XI"),
        ("Ferroviario Maputo", "Ferroviário de Maputo"),
    ],
)
def test_names_the_press_uses(alias: str, name: str) -> None:
    ref = lookup_club(alias)
    assert ref is not None and ref.name == name and ref.kind == "club"


@pytest.mark.parametrize(
    # another team's name (the RAF's display team, Super Rugby's side), a nickname Raja wears, a town
    "word",
    ["Red Arrows", "Highlanders", "Green Eagles", "Hwange", "Bullets", "Songo"],
)
def test_ambiguous_names_are_no_strong_alias(word: str) -> None:
    ref = lookup_club(word)
    assert ref is None or ref.country not in {"Zambia", "Zimbabwe", "Malawi", "Mozambique"}


def test_the_gunners_stay_arsenal() -> None:
    keys = keys_of("The Gunners have appointed Tom Hale as first-team coach.")
    assert {k[1] for k in keys} == {"Arsenal"}
