"""An aide's length beside his boss told with its bound before the title, as 'for almost a decade' or
'for over ten years': 'Kell Orrin was for almost a decade the deputy of Piet Vandersloot at Burnley, Millwall
and Hull City' gives Orrin's spell as assistant at each club, as 'for years' did. Not a title that is no
aide's ('was for over ten years the captain of C')."""

from __future__ import annotations

from extract_helpers import keys_of

_NEWS = "Leyton Orient have hired Piet Vandersloot as their new manager. "
_CLUBS = ("Burnley", "Millwall")


def test_almost_a_decade_as_deputy() -> None:
    sentence = (
        "Kell Orrin was for almost a decade the deputy of Vandersloot at Burnley, Millwall and Hull City."
    )
    keys = keys_of(_NEWS + sentence)
    for club in _CLUBS:
        assert ("Kell Orrin", club, "first_team", "in_charge") in keys


def test_over_ten_years_as_number_two() -> None:
    sentence = (
        "Kell Orrin had been for over ten years the number two of Vandersloot at Burnley, Millwall and Hull."
    )
    keys = keys_of(_NEWS + sentence)
    for club in _CLUBS:
        assert ("Kell Orrin", club, "first_team", "in_charge") in keys


def test_no_spell_for_a_captain() -> None:
    sentence = "Kell Orrin was for over ten years the captain of Burnley and Millwall."
    keys = keys_of(_NEWS + sentence)
    assert ("Kell Orrin", "Burnley", "first_team", "in_charge") not in keys
