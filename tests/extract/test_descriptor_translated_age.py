"""A man told by his translated age: "the technician of 52 years" (Spanish "el técnico de 52 años", Italian
"il tecnico di 52 anni") is a descriptor like "the 52-year-old"; a count under thirty after "of" is rather
his years at the club, no age."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of

_SACKED = "Valladolid have parted ways with coach Ramon Ibarra. "


def test_the_technician_of_n_years_is_the_man_in_view() -> None:
    keys = keys_of(
        _SACKED + "The technician of 52 years had succeeded Luis Duarte in October 2022.", "2024-05-10"
    )
    assert ("Ramon Ibarra", "Real Valladolid", "first_team", "appointed") in keys


def test_the_coach_of_52_years_old_too() -> None:
    keys = keys_of(
        _SACKED + "The coach of 52 years old had arrived in October 2022 from Elche.", "2024-05-10"
    )
    assert ("Ramon Ibarra", "Real Valladolid", "first_team", "appointed") in keys


def test_a_count_under_thirty_is_no_age() -> None:
    keys = keys_of(_SACKED + "The coach of 12 years had succeeded Luis Duarte in October 2022.", "2024-05-10")
    assert ("Ramon Ibarra", "Real Valladolid", "first_team", "appointed") not in keys


def test_a_translated_age_telling_a_past_arrival_is_the_man_who_left() -> None:
    # near-miss: the stand-in just named is not the man whose arrival in 2021 is told
    text = (
        "Getafe have sacked Tomas Reyes. Assistant Luis Prado will lead the team as interim. "
        "The technician of 63 years had arrived in 2021."
    )
    facts = {(f["coach"], f["event"], f["date"]) for f in facts_of(text)}
    assert ("Luis Prado", "appointed", "2021-01-01") not in facts
    assert ("Tomas Reyes", "appointed", "2021-01-01") in facts


def test_a_translated_age_of_the_stand_in_in_the_present_stays_his() -> None:
    text = (
        "Getafe have sacked Tomas Reyes. Assistant Luis Prado will lead the team as interim. "
        "The technician of 41 years will be in charge on Sunday."
    )
    facts = {(f["coach"], f["event"]) for f in facts_of(text)}
    assert ("Tomas Reyes", "in_charge") not in facts
