"""An aide titled as the club's own, 'permanent' (translated Portuguese 'auxiliar permanente'), holds a post
at the club: 'The permanent auxiliary of the club, X, stays on', 'X, the permanent assistant of the club,
led the side', 'X, the club's permanent assistant, took over' give his spell there as assistant; a title
that is no aide's ('the permanent striker of the club') gives none."""

from __future__ import annotations

from extract_helpers import keys_of

_NEWS = "Fluminense dismissed Jorge Salles after the defeat on Sunday. "
_AIDE_POST = ("Tiago Morais", "Fluminense", "first_team", "in_charge")


def test_fronted_permanent_auxiliary_of_the_club() -> None:
    keys = keys_of(_NEWS + "The permanent auxiliary of the club, Tiago Morais, keeps his place in the staff.")
    assert _AIDE_POST in keys


def test_apposed_permanent_assistant_of_the_club() -> None:
    sentence = "In the dugout stood Tiago Morais, the permanent assistant of the club, who led the side."
    assert _AIDE_POST in keys_of(_NEWS + sentence)


def test_apposed_permanent_auxiliary_of_the_club() -> None:
    sentence = "Tiago Morais, the permanent auxiliary of the club, will run the sessions this week."
    assert _AIDE_POST in keys_of(_NEWS + sentence)


def test_clubs_permanent_assistant_in_an_apposition() -> None:
    sentence = "Tiago Morais, the club's permanent assistant, then took over as interim."
    assert _AIDE_POST in keys_of(_NEWS + sentence)


def test_auxiliary_at_each_club_listed() -> None:
    keys = keys_of(_NEWS + "Tiago Morais was earlier an auxiliary at Santos and at Botafogo.")
    assert ("Tiago Morais", "Santos", "first_team", "in_charge") in keys
    assert ("Tiago Morais", "Botafogo", "first_team", "in_charge") in keys


def test_no_post_for_a_title_that_is_no_aides() -> None:
    keys = keys_of(_NEWS + "Tiago Morais, the permanent striker of the club, keeps his place in the squad.")
    assert _AIDE_POST not in keys
