"""'The former defender of C has coached A and B': translated copy puts the clubs a man played for
after his playing position ('l'ex difensore del Milan', 'el ex defensor del Barcelona'). The clubs are
part of the reference, like 'the former C defender', so the clause's career list is his. Written for
these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Stoke City have appointed Tom Reddy as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The former defender of Lazio has coached Pescara and Udinese.",
        "The ex-midfielder of Valencia coached Pescara and Udinese.",
        "Before, the former striker of Sevilla and Betis coached Pescara and Udinese.",
    ],
)
def test_career_list_after_a_playing_past_of_clubs(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence)
    assert ("Tom Reddy", "Pescara", "first_team", "in_charge") in keys
    assert ("Tom Reddy", "Udinese", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "The former defender of Lazio spent three years at Pescara.",  # his playing days
        "The former midfielder of Valencia won the league with Pescara.",
    ],
)
def test_playing_days_stay_no_spell(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence)
    assert not any(club in ("Pescara", "Lazio", "Valencia") for _, club, _, _ in keys)


def test_clubs_played_for_are_no_spell() -> None:
    keys = keys_of(_NEWS + "The former defender of Lazio has coached Pescara.")
    assert not any(club == "Lazio" for _, club, _, _ in keys)


def test_a_coaching_title_keeps_its_club() -> None:
    """'The former coach of Lazio': a post he held, not a playing past folded into the reference."""
    keys = keys_of(_NEWS + "The former coach of Lazio has coached Pescara.")
    assert ("Tom Reddy", "Lazio", "first_team", "in_charge") in keys


def test_a_spell_only_the_man_who_left_held_means_him() -> None:
    """'The former defender of Luton had been in charge since 2022', right after the man the new coach
    replaced: as with 'the former Luton defender', the held post tells which man it is."""
    text = (
        "Ghana have appointed Otto Addo as head coach. He takes the place of Chris Hughton, whose "
        "contract was not renewed. The former defender of Luton had been in charge since 2022."
    )
    keys = keys_of(text)
    assert ("Chris Hughton", "Ghana", "national", "in_charge") in keys
    assert ("Otto Addo", "Ghana", "national", "in_charge") not in keys
