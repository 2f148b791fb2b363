"""A succession told in the present ("He replaces X, whose contract was not renewed", "He succeeds Y") is the
story's news: after a paragraph that followed the new man through his past clubs, it is back at the club
that hired him, not at the last club of his career. Near miss: a succession told in the past after such a
paragraph ("At Harwich he had replaced Y") stays in his past."""

from __future__ import annotations

from extract_helpers import keys_of

_CAREER = (
    "Oakfield Rovers have chosen Piet Lammers to lead their attempt to win promotion. Lammers, 47, knows "
    "the division well. He took Dunmore Athletic up in 2015, then had a short stint at Harwich Town. He was "
    "later in charge of Castleford Rangers. "
)


def test_present_replacement_is_the_hiring_clubs_news() -> None:
    keys = keys_of(_CAREER + "He replaces Joost Verbeek, whose contract was not renewed after relegation.")
    assert ("Joost Verbeek", "Oakfield Rovers", "first_team", "left") in keys
    assert ("Joost Verbeek", "Castleford Rangers", "first_team", "left") not in keys


def test_present_succession_with_succeeds() -> None:
    keys = keys_of(_CAREER + "He succeeds Joost Verbeek, whose contract was not renewed.")
    assert ("Joost Verbeek", "Oakfield Rovers", "first_team", "left") in keys
    assert ("Joost Verbeek", "Castleford Rangers", "first_team", "left") not in keys


def test_past_replacement_stays_in_his_career() -> None:
    keys = keys_of(_CAREER + "There he had replaced Joost Verbeek, who was sacked in 2019.")
    assert ("Joost Verbeek", "Oakfield Rovers", "first_team", "dismissed") not in keys
