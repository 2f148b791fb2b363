"""A club's long form ('Wydad Athletic Club', 'Zamalek Sporting Club') is that club, not another club
whose name is the tail ('Athletic Club' is also Athletic Bilbao) nor a new club called 'Sporting Club'."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Wydad Athletic Club officially appointed Rhulani Mokwena as head coach on Sunday.", "Wydad AC"),
        ("Zamalek Sporting Club have sacked coach Jose Gomes after the derby defeat.", "Zamalek"),
        ("Al Ahly Sporting Club confirmed Marcel Koller as head coach.", "Al Ahly"),
        ("Celtic Football Club have appointed Brendan Rodgers as manager.", "Celtic"),
        ("Raja Club Athletic have parted ways with coach Josef Zinnbauer.", "Raja Casablanca"),
    ],
)
def test_long_form_is_the_club_it_opens_with(text: str, club: str) -> None:
    clubs = {k[1] for k in keys_of(text)}
    assert clubs == {club}


def test_a_club_whose_own_long_form_is_listed_keeps_it() -> None:
    keys = keys_of("Barcelona Sporting Club have appointed Ariel Holan as head coach.")
    assert {k[1] for k in keys} == {"Barcelona SC"}


def test_a_club_word_not_closing_the_form_is_left_alone() -> None:
    keys = keys_of("Athletic Club have appointed Ernesto Valverde as head coach for a third spell.")
    assert {k[1] for k in keys} == {"Athletic Bilbao"}


def test_surname_that_is_a_club_is_the_man_named_in_full() -> None:
    keys = keys_of(
        "Peru have sacked Rui Santos after eight months. Santos, a league champion with Porto in "
        "2018, also led Greece and was dismissed by Peru on Friday."
    )
    assert ("Rui Santos", "Greece", "national", "in_charge") in keys
    assert not any(k[0] == "Santos" or k[1] == "Santos" for k in keys)


def test_club_named_in_its_own_right_stays_a_club() -> None:
    keys = keys_of(
        "Santos FC have appointed Fabio Carille as head coach. Carille replaces Odair Hellmann at Santos."
    )
    assert ("Fabio Carille", "Santos", "first_team", "appointed") in keys
