"""Wordings a rule's pattern reads that its trigger keys used to skip: the keys must let the rule try
every form its regex takes ('and then sacked', 'will hand the team to', 'career as head coach:')."""

from __future__ import annotations

from extract_helpers import keys_of


def test_appointed_and_then_sacked() -> None:
    keys = keys_of("Erik Lund was appointed by Brentford in 2019 and then sacked a year later.")
    assert ("Erik Lund", "Brentford", "first_team", "dismissed") in keys


def test_will_hand_the_team_to_his_assistant() -> None:
    text = "Brentford sacked Erik Lund on Monday. The club will hand the team to his assistant Tom Reid."
    assert ("Tom Reid", "Brentford", "first_team", "appointed") in keys_of(text)


def test_career_as_head_coach_colon() -> None:
    text = (
        "Hull City have appointed Tomas Wendt. Wendt has had a long career as head coach: "
        "Brentford (2012-2015), Fulham (2016-2018) and Burnley (2019-2023)."
    )
    keys = keys_of(text)
    assert ("Tomas Wendt", "Fulham", "first_team", "in_charge") in keys
