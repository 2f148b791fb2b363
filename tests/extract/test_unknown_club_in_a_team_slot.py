"""A club name the reference data does not know, standing where only a team stands, is a club, not a
coach: 'the youth teams of X', 'the U19 team of X', 'the reserve side of X' (an age group or reserve
side is a club's), 'left the club to coach X', 'went on to coach X' (a man coaches a team)."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of

_STORY = "Hajduk Split have appointed Marin Vujic as head coach. "


def _coaches(text: str) -> set[str]:
    return {f["coach"] for f in facts_of(text)}


def test_youth_teams_of_an_unknown_club_are_that_clubs() -> None:
    text = _STORY + "In Portugal he coached the youth teams of Oriental Dragon."
    assert "Oriental Dragon" not in _coaches(text)
    assert ("Marin Vujic", "Oriental Dragon", "youth", "in_charge") in keys_of(text)


def test_age_group_team_of_an_unknown_club_is_that_clubs() -> None:
    text = _STORY + "He later led the U19 team of Sertanense Kids."
    assert "Sertanense Kids" not in _coaches(text)
    assert ("Marin Vujic", "Sertanense Kids", "u19", "in_charge") in keys_of(text)


def test_reserve_side_of_an_unknown_club_is_that_clubs() -> None:
    text = _STORY + "He later led the reserve side of Sertanense Kids."
    assert "Sertanense Kids" not in _coaches(text)
    assert ("Marin Vujic", "Sertanense Kids", "reserve", "in_charge") in keys_of(text)


def test_left_to_coach_an_unknown_club_names_the_club() -> None:
    text = _STORY + "His assistant Goran Bulatovic left the club to coach Decic Tuzi."
    assert "Decic Tuzi" not in _coaches(text)
    assert ("Goran Bulatovic", "Decic Tuzi", "first_team", "appointed") in keys_of(text)


def test_went_on_to_coach_an_unknown_club_is_no_coach() -> None:
    assert "Lovcen Kotor" not in _coaches(
        _STORY + "Vujic played for Rudar and went on to coach Lovcen Kotor."
    )


def test_assistant_to_coach_a_man_keeps_the_man() -> None:
    # near-miss: "assistant to coach X" is the title before a man, no team coached
    text = _STORY + "Vujic was previously assistant to coach Goran Bulatovic at Rijeka."
    assert "Goran Bulatovic" in _coaches(text)


def test_first_team_of_a_man_keeps_the_man() -> None:
    # near-miss: "the first team of X" (no age group or reserve side) may be a man's team
    text = _STORY + "The first team of Goran Bulatovic was relegated last season."
    assert "Goran Bulatovic" in _coaches(text)
