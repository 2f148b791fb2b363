"""Past spells, rumours and departures as ordinary news prose writes them."""

from __future__ import annotations

from extract_helpers import keys_of


def test_once_in_charge_of_apposition() -> None:
    keys = keys_of(
        "Wolves have appointed Gary O'Neil. O'Neil, once in charge of Bournemouth, replaces Julen Lopetegui."
    )
    assert ("Gary O'Neil", "AFC Bournemouth", "first_team", "in_charge") in keys


def test_who_previously_had_spells_at() -> None:
    keys = keys_of("Burnley have hired Scott Parker, who previously had spells at Fulham and Club Brugge.")
    assert ("Scott Parker", "Fulham", "first_team", "in_charge") in keys
    assert ("Scott Parker", "Club Brugge", "first_team", "in_charge") in keys


def test_could_be_the_next_manager() -> None:
    keys = keys_of("Roberto De Zerbi could be the next Manchester United manager.")
    assert ("Roberto De Zerbi", "Manchester United", "first_team", "linked") in keys


def test_left_for_another_club_is_a_departure_from_the_club_in_view() -> None:
    keys = keys_of(
        "Rangers have appointed Giovanni van Bronckhorst as manager, a week after Steven Gerrard left for "
        "Aston Villa. Gerrard was appointed by Aston Villa on November 11."
    )
    assert ("Steven Gerrard", "Rangers", "first_team", "left") in keys
    assert ("Steven Gerrard", "Aston Villa", "first_team", "left") not in keys


def test_left_for_does_not_move_the_appointee() -> None:
    keys = keys_of(
        "Sporting CP have appointed Joao Pereira, replacing Ruben Amorim, who has left for Manchester United."
    )
    assert ("Joao Pereira", "Sporting CP", "first_team", "left") not in keys
    assert ("Ruben Amorim", "Manchester United", "first_team", "left") not in keys
