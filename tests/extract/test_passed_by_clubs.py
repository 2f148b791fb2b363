"""Translated copy's career verb 'passed by' ('passou pelo', 'pasó por'): 'he passed by A, B and C'
gives a spell at each; and one side told by a singular team noun before a list ('the B team of A, B and
C', 'the second team of A and B') is the first club's side only, the clubs after it their first teams."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Moreirense presented Nuno Aleixo as their new coach on Monday. "


def test_passed_by_a_list_of_clubs() -> None:
    keys = keys_of(_LEAD + "Before that, Aleixo passed by Feirense, Penafiel and Leixões.")
    for club in ("Feirense", "Penafiel", "Leixões"):
        assert ("Nuno Aleixo", club, "first_team", "in_charge") in keys


def test_one_b_team_then_clubs() -> None:
    keys = keys_of(_LEAD + "Before, he passed by the B team of Braga, Feirense and Penafiel.")
    assert ("Nuno Aleixo", "Braga", "reserve", "in_charge") in keys
    assert ("Nuno Aleixo", "Feirense", "first_team", "in_charge") in keys
    assert ("Nuno Aleixo", "Feirense", "reserve", "in_charge") not in keys


def test_plural_teams_are_each_owners() -> None:
    keys = keys_of(_LEAD + "Aleixo previously coached the youth teams of Braga and Feirense.")
    assert ("Nuno Aleixo", "Feirense", "youth", "in_charge") in keys


def test_not_passed_by_a_body() -> None:
    keys = keys_of(_LEAD + "The new budget was passed by the board of Feirense in May.")
    assert not any(k[1] == "Feirense" and k[3] == "in_charge" for k in keys)
