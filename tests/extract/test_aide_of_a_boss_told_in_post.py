"""'Y's assistant X was sent to the stands' where the story never appointed Y but tells him holding a post
now ('C coach Y', a new deal for Y): the aide works at that post. A boss told only by his past spells
places no aide; an aide told coming with his boss is an arrival, no spell at the old club. Written for
these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_CURRENT_TITLE = "Hartberg beat Altach 2-0 on Saturday. Hartberg coach Markus Brenner praised his players. "
_NEW_DEAL = "Ried have extended the contract of head coach Jonas Weber until 2027. "


@pytest.mark.parametrize(
    ("text", "aide", "club", "squad"),
    [
        (
            _CURRENT_TITLE + "Brenner's assistant Lukas Feichter was sent to the stands in the second half.",
            "Lukas Feichter",
            "TSV Hartberg",
            "first_team",
        ),
        (
            _NEW_DEAL + "Weber's assistant Felix Gruber watched the draw with Klagenfurt from the stands.",
            "Felix Gruber",
            "SV Ried",
            "first_team",
        ),
        (
            "Ghana lost 3-0 to Mali on Sunday. Ghana coach Pieter Hoek, who has coached Utrecht and Vitesse, "
            "apologised to the fans. Hoek's assistant Kwame Mensah took the players off the pitch.",
            "Kwame Mensah",
            "Ghana",
            "national",
        ),
    ],
)
def test_aide_works_at_the_post_his_boss_holds(text: str, aide: str, club: str, squad: str) -> None:
    assert (aide, club, squad, "in_charge") in keys_of(text)


def test_the_boss_past_spells_are_not_the_aide_post() -> None:
    keys = keys_of(
        "Ghana lost 3-0 to Mali on Sunday. Ghana coach Pieter Hoek, who has coached Utrecht and Vitesse, "
        "apologised to the fans. Hoek's assistant Kwame Mensah took the players off the pitch."
    )
    assert not {k for k in keys if k[0] == "Kwame Mensah" and k[1] != "Ghana"}


def test_a_boss_told_only_by_a_past_spell_places_no_aide() -> None:
    keys = keys_of(
        "Sturm Graz drew with LASK. Markus Brenner, who coached Sturm Graz until 2021, watched from the "
        "stands. Brenner's assistant Lukas Feichter sat beside him."
    )
    assert not {k for k in keys if k[0] == "Lukas Feichter"}


def test_an_aide_coming_with_his_boss_holds_no_spell_at_the_old_club() -> None:
    keys = keys_of(_CURRENT_TITLE + "Brenner's assistant Lukas Feichter comes with him to Wolfsberg.")
    assert ("Lukas Feichter", "TSV Hartberg", "first_team", "in_charge") not in keys
