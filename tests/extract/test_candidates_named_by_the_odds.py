"""Candidates for a vacancy in more of the press's wordings: named by the bookmakers ("mentioned by
bookmakers as possible successors", "installed as favourite with the bookmakers"), kept on the club's list
(each man of a list whose last is named by his old post), "the alternative", a second man added by "as is
Y", and "the name of X, who …, was also discussed". Not a man "installed as head coach" (appointed), nor
a coach who "discussed the game"."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_VACANCY = "Kelso Wanderers sacked Ian Bruce on Monday. "


@pytest.mark.parametrize(
    ("sentence", "candidates"),
    [
        (
            "Gavin Orme and Neil Pascoe have both been mentioned by bookmakers as possible long-term "
            "successors.",
            ["Gavin Orme", "Neil Pascoe"],
        ),
        ("Gavin Orme was installed as favourite with the bookmakers on Monday night.", ["Gavin Orme"]),
        (
            "Gavin Orme, Neil Pascoe and the former Dundee United manager Rory Kerr are understood to be "
            "on the club's list.",
            ["Gavin Orme", "Neil Pascoe", "Rory Kerr"],
        ),
        ("Gavin Orme, who coached Falkirk for two years, is the alternative.", ["Gavin Orme"]),
        (
            "Gavin Orme, in charge of the academy's under-19 side, is thought to be among the candidates, "
            "as is Neil Pascoe, who was fired by Falkirk in May.",
            ["Gavin Orme", "Neil Pascoe"],
        ),
        (
            "The name of Gavin Orme, who has been out of work since leaving Falkirk, was also discussed, "
            "but he wants to wait.",
            ["Gavin Orme"],
        ),
    ],
)
def test_candidates_named_by_odds_and_lists_are_linked(sentence: str, candidates: list[str]) -> None:
    keys = keys_of(_VACANCY + sentence)
    for name in candidates:
        assert (name, "Kelso Wanderers", "first_team", "linked") in keys


def test_installed_as_favourite_is_no_appointment() -> None:
    keys = keys_of(_VACANCY + "Gavin Orme was installed as favourite with the bookmakers on Monday night.")
    assert ("Gavin Orme", "Kelso Wanderers", "first_team", "appointed") not in keys


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Gavin Orme was installed as head coach on Tuesday.", "appointed"),
        ("Gavin Orme, the club's coach, discussed the game with reporters.", None),
    ],
)
def test_near_misses_are_no_candidates(sentence: str, event: str | None) -> None:
    keys = keys_of(_VACANCY + sentence)
    assert ("Gavin Orme", "Kelso Wanderers", "first_team", "linked") not in keys
    if event:
        assert ("Gavin Orme", "Kelso Wanderers", "first_team", event) in keys
