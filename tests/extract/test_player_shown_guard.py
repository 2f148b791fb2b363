"""A man shown as a player — by his playing days, caps, goals, debut, his age as a youngster, or a "former
defender" descriptor with no coaching word — has his listed spells and his titles read as a playing career's,
not as coaching spells, even when the story appoints him as a coach (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


_BRANDT = "Brighton have appointed Lukas Brandt as head coach. "
_KLUIVERT = "Indonesia have appointed Patrick Kluivert as head coach. "


# --- career lists (career-with-list, with-spells-at, career-took-in, youth-sector-list) -----------------


@pytest.mark.parametrize(
    ("text", "coach", "clubs"),
    [
        (
            _BRANDT + "The former Milan and Lazio defender had a long career with Milan, Lazio and Roma.",
            "Lukas Brandt",
            {"AC Milan", "Lazio", "Roma"},
        ),
        (
            _BRANDT + "Brandt, who coached Mainz, had a distinguished career with Hertha and Bochum, winning "
            "40 caps for Germany.",
            "Lukas Brandt",
            {"Hertha BSC", "VfL Bochum"},
        ),
        (
            "Hibernian have appointed David Graham as manager. Graham, a former midfielder, is now 45, with "
            "spells at Hibernian, Aberdeen and Kilmarnock during his playing days.",
            "David Graham",
            {"Aberdeen", "Kilmarnock"},
        ),
        (
            _BRANDT + "The former defender's playing career took in Milan, Lazio and Roma.",
            "Lukas Brandt",
            {"AC Milan", "Lazio", "Roma"},
        ),
        (
            _BRANDT + "Brandt's Italian years took in Milan, Lazio and five seasons at Roma, where he scored "
            "40 goals.",
            "Lukas Brandt",
            {"AC Milan", "Lazio", "Roma"},
        ),
        (
            _BRANDT + "Brandt, a former winger, spent eight years in the youth departments of Ajax and PSV "
            "before turning professional.",
            "Lukas Brandt",
            {"Ajax", "PSV Eindhoven"},
        ),
    ],
)
def test_an_appointed_coachs_playing_career_is_no_list_of_spells(
    text: str, coach: str, clubs: set[str]
) -> None:
    assert not clubs & _spells(text, coach)


def test_the_coaching_career_of_a_former_player_still_reads() -> None:
    text = _BRANDT + "The former defender has a long coaching career with Mainz and Freiburg."
    assert {"1. FSV Mainz 05", "SC Freiburg"} <= _spells(text, "Lukas Brandt")


def test_a_former_player_called_a_coach_keeps_his_spells() -> None:
    text = (
        _BRANDT + "Brandt, a former Hamburg midfielder, is a coach who has had spells at Mainz and Freiburg."
    )
    assert {"1. FSV Mainz 05", "SC Freiburg"} <= _spells(text, "Lukas Brandt")


# --- titles won with a club (won-with, fronted-won-with) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (_KLUIVERT + "Kluivert became champion with Ajax as a teenager.", "Ajax"),
        (_KLUIVERT + "At Barcelona he won the league and scored 90 goals.", "Barcelona"),
        (
            _KLUIVERT + "At Ajax, Kluivert won the Champions League as a teenager before moving to Milan.",
            "Ajax",
        ),
        (_KLUIVERT + "Kluivert won the Dutch title with Ajax as a 19-year-old.", "Ajax"),
        (
            _BRANDT + "Brandt scored 90 goals for Ajax, and had earlier won three league titles with PSV.",
            "PSV Eindhoven",
        ),
    ],
)
def test_a_title_won_as_a_player_is_no_coaching_spell(text: str, club: str) -> None:
    coach = "Lukas Brandt" if "Brandt" in text else "Patrick Kluivert"
    assert club not in _spells(text, coach)


def test_a_title_won_as_a_young_coach_still_reads() -> None:
    text = _BRANDT + "Brandt won the league with Mainz as a 36-year-old coach."
    assert "1. FSV Mainz 05" in _spells(text, "Lukas Brandt")


def test_a_coachs_title_told_beside_his_former_position_still_reads() -> None:
    text = (
        _BRANDT
        + "Brandt, a former Hamburg defender, won promotion with Mainz in 2019 before joining Freiburg."
    )
    assert "1. FSV Mainz 05" in _spells(text, "Lukas Brandt")
