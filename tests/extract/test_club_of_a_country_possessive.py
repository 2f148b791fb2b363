"""A club told by its country with an owner's 's: "coached Kelvania's Black Dunes", "left for Uruguay's
Nacional" is the club (the one club of that country an alias many clubs wear names, or a club the reference
data does not list), not the country's national team. Near misses: the national team's own nickname, a squad
of the country and a man of that country keep the country's reading."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers have appointed Piet Lammers as their new head coach. "


def test_alias_of_the_countrys_club() -> None:
    keys = keys_of(_LEAD + "Lammers, 52, previously coached Uruguay's Nacional and Harwich Town.")
    assert ("Piet Lammers", "Club Nacional de Football", "first_team", "in_charge") in keys
    assert ("Piet Lammers", "Uruguay", "national", "in_charge") not in keys


def test_unlisted_club_of_a_country_after_a_move() -> None:
    keys = keys_of(_LEAD + "He replaces Tomas Brandt, who left for South Africa's Marula Stars last month.")
    assert ("Tomas Brandt", "Marula Stars", "first_team", "appointed") in keys
    assert ("Tomas Brandt", "South Africa", "national", "appointed") not in keys


def test_unlisted_club_with_an_article() -> None:
    keys = keys_of(_LEAD + "Lammers left Qatar's Al Fahdiya in the summer.")
    assert ("Piet Lammers", "Al Fahdiya", "first_team", "left") in keys
    assert ("Piet Lammers", "Qatar", "national", "left") not in keys


def test_known_club_drops_the_country() -> None:
    keys = keys_of(_LEAD + "He arrives from Brazil's Flamengo.")
    assert ("Piet Lammers", "Flamengo", "first_team", "left") in keys
    assert not any(club == "Brazil" for _coach, club, _squad, _event in keys)


def test_national_nickname_keeps_the_country() -> None:
    keys = keys_of(_LEAD + "Lammers previously coached Uganda's Cranes.")
    assert ("Piet Lammers", "Uganda", "national", "in_charge") in keys


def test_squad_of_the_country_keeps_it() -> None:
    keys = keys_of(_LEAD + "Lammers previously coached Spain's Under-21s.")
    assert ("Piet Lammers", "Spain", "national_u21", "in_charge") in keys


def test_man_of_the_country_is_no_club() -> None:
    text = "Oakfield Rovers have sacked Piet Lammers. The club are in talks with Portugal's Jose Varela."
    keys = keys_of(text)
    assert not any(club == "Jose Varela" for _coach, club, _squad, _event in keys)
