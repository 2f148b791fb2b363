"""'Rosenborg coach X, in charge since 2021, said …': an aside telling how long a man has held his post,
right after a title naming his club, is that club's spell, not one at the club the story is about. Without
such a title the aside stays the story's post."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Molde beat Rosenborg 3-1 on Sunday to go top, and Molde coach Erik Lund praised his defence. "


@pytest.mark.parametrize(
    ("sentence", "club", "squad"),
    [
        ("Rosenborg coach Anders Vik, in charge since 2021, blamed the pitch.", "Rosenborg", "first_team"),
        ("Rosenborg's Anders Vik, at the helm since 2021, blamed the pitch.", "Rosenborg", "first_team"),
        (
            "Norway coach Anders Vik, in charge of the under-21s since 2021, watched from the stand.",
            "Norway",
            "national_u21",
        ),
    ],
)
def test_the_aside_is_the_titled_clubs_spell(sentence: str, club: str, squad: str) -> None:
    keys = keys_of(_LEAD + sentence)
    assert ("Anders Vik", club, squad, "in_charge") in keys
    assert not any(k[0] == "Anders Vik" and k[1] == "Molde" for k in keys)


def test_an_untitled_aside_is_the_storys_post() -> None:
    text = "Molde beat Rosenborg 3-1 on Sunday. Erik Lund, in charge since 2021, praised his defence."
    assert ("Erik Lund", "Molde", "first_team", "in_charge") in keys_of(text)


def test_an_aside_naming_its_own_club_keeps_it() -> None:
    text = _LEAD + "Former Rosenborg coach Anders Vik, in charge at Brann since 2022, watched from the stand."
    assert ("Anders Vik", "SK Brann", "first_team", "in_charge") in keys_of(text)


def test_a_step_up_in_the_aside_is_the_titled_clubs() -> None:
    text = _LEAD + "Rosenborg coach Anders Vik, who was promoted from the under-19s in May, blamed the pitch."
    keys = keys_of(text)
    assert ("Anders Vik", "Rosenborg", "first_team", "appointed") in keys
    assert ("Anders Vik", "Rosenborg", "u19", "in_charge") in keys
    assert not any(k[0] == "Anders Vik" and k[1] == "Molde" for k in keys)


def test_a_step_up_without_a_title_is_the_storys() -> None:
    text = "Molde beat Rosenborg 3-1. Anders Vik, who was promoted from the under-19s in May, was happy."
    assert ("Anders Vik", "Molde", "first_team", "appointed") in keys_of(text)
