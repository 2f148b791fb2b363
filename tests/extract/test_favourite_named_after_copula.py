"""The press's first candidate named after the copula is linked: 'the favourite to replace him is X',
'the clear front-runner for the post is X', 'the frontrunner is X', and at the club told first, 'In C,
the favourite to take over is X' (the story may have turned to where the man replaced went). Not 'the
favourite of the fans is X', nor 'the favourite for the Golden Boot is X' (no post in view)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_VACANCY = "Walsall sacked Derek Pruitt on Friday. "


def _linked(text: str, club: str = "Walsall") -> set[str]:
    return {coach for coach, at, _squad, event in keys_of(text) if at == club and event == "linked"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The favourite to replace him is Owen Talbot.",
        "The clear front-runner for the post is Owen Talbot, once of Morecambe.",
        "According to several sources, the frontrunner is Owen Talbot.",
        "The big favourite for the succession was Owen Talbot.",
    ],
)
def test_favourite_named_after_copula_is_linked(sentence: str) -> None:
    assert "Owen Talbot" in _linked(_VACANCY + sentence)


def test_favourite_at_the_club_told_first() -> None:
    story = (
        "Barnet appointed Derek Pruitt on Friday. Pruitt leaves Walsall after three seasons. "
        "In Walsall, the favourite to take over is Owen Talbot."
    )
    assert "Owen Talbot" in _linked(story)
    assert "Owen Talbot" not in _linked(story, club="Barnet")


@pytest.mark.parametrize(
    "sentence",
    [
        "The favourite of the fans is Owen Talbot.",
        "The favourite for the Golden Boot is Owen Talbot.",
        "The favourite to win the cup is Owen Talbot's Morecambe.",
    ],
)
def test_a_favourite_for_something_else_is_no_candidate(sentence: str) -> None:
    assert "Owen Talbot" not in _linked(_VACANCY + sentence)
