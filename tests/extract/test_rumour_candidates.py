"""Candidates named for a post just left open, written for these tests in our own words: who 'him' is
in 'A and B are among the favourites to replace him', a singular relative clause that is one
candidate's alone, and a candidate's past sacking that opens no vacancy for the story."""

from __future__ import annotations

from extract_helpers import keys_of

_SACKED = "Fulham have sacked manager Ivo Marsh. Former Leeds boss Tom Reyes is out of work. "


def test_replace_him_is_the_departed_man_not_a_coordinated_candidate() -> None:
    keys = keys_of(
        _SACKED
        + "Tom Reyes and Karl Dent, who was fired by Hertha Berlin in May, are among the favourites to "
        "replace him."
    )
    assert ("Tom Reyes", "Fulham", "first_team", "linked") in keys
    assert ("Karl Dent", "Fulham", "first_team", "linked") in keys
    assert ("Tom Reyes", "Hertha BSC", "first_team", "linked") not in keys


def test_plural_favourites_to_replace() -> None:
    keys = keys_of(_SACKED + "Tom Reyes and Karl Dent are favourites to replace him.")
    assert {
        ("Tom Reyes", "Fulham", "first_team", "linked"),
        ("Karl Dent", "Fulham", "first_team", "linked"),
    } <= keys


def test_singular_relative_clause_is_the_last_candidates_alone() -> None:
    keys = keys_of(
        _SACKED
        + "Tom Reyes and Karl Dent, who was fired by Hertha Berlin in May, are favourites to replace him."
    )
    assert ("Karl Dent", "Hertha BSC", "first_team", "dismissed") in keys
    assert ("Tom Reyes", "Hertha BSC", "first_team", "dismissed") not in keys


def test_plural_relative_clause_is_both_candidates() -> None:
    keys = keys_of(_SACKED + "Tom Reyes and Karl Dent, who were sacked by Hertha Berlin, are in the frame.")
    assert ("Tom Reyes", "Hertha BSC", "first_team", "dismissed") in keys
    assert ("Karl Dent", "Hertha BSC", "first_team", "dismissed") in keys


def test_candidates_past_sacking_opens_no_vacancy() -> None:
    text = (
        "Fulham have sacked manager Ivo Marsh after eight months. "
        "Karl Dent, who was fired by Hertha Berlin last month, is among the candidates to succeed him. "
        "Marsh had joined from Luton Town, where he spent three years."
    )
    keys = keys_of(text)
    assert ("Karl Dent", "Fulham", "first_team", "linked") in keys
    assert ("Ivo Marsh", "Hertha BSC", "first_team", "appointed") not in keys
