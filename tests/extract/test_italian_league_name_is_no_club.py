""" "Lega Pro" (Italy's third tier, 2014-2017) is a league's name: neither Leganés (whose fans' short "Lega"
is only a context alias now, read where the story names Leganés) nor a man. Near misses: Leganés named in
full is still read, and a club beside the league's name keeps its facts."""

from __future__ import annotations

from extract_helpers import keys_of

_STORY = (
    "The Lega Pro outfit Pavona sacked Tomas Brandt on Monday after a home defeat. Under-19 coach Jan Oster "
    "ran training before Piet Lammers was hired."
)


def test_story_of_a_lega_pro_club_stays_at_that_club() -> None:
    keys = keys_of(_STORY, "2016-12-08")
    assert ("Piet Lammers", "Pavona", "first_team", "appointed") in keys
    assert ("Jan Oster", "Pavona", "u19", "in_charge") in keys
    assert not any(club == "Leganés" for _coach, club, _squad, _event in keys)


def test_lega_pro_is_nobody() -> None:
    text = "Gubbio have appointed Piet Lammers, who won the Lega Pro title with Pisa, as their new coach."
    keys = keys_of(text)
    assert not any(coach == "Lega Pro" for coach, _club, _squad, _event in keys)
    assert ("Piet Lammers", "Gubbio", "first_team", "appointed") in keys


def test_leganes_named_in_full_still_read() -> None:
    keys = keys_of("Leganés have appointed Piet Lammers as their new coach.")
    assert ("Piet Lammers", "Leganés", "first_team", "appointed") in keys
