"""Talks a club had held with a man named by his former post with an article before it ("The club had also
held talks with the former Harwich Town coach X") are a candidate weighed (linked) for the club's post, as
"held talks with former Harwich Town coach X" were. Near miss: talks about his own new contract are no link
to another job."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = (
    "Oakfield Rovers have appointed Piet Lammers as their new manager on a two-year deal, the club announced "
    "on Tuesday. Lammers replaces Joost Verbeek, who was sacked last week. "
)


def test_talks_with_the_former_coach_are_a_link() -> None:
    keys = keys_of(_LEAD + "The club had also held talks with the former Harwich Town coach Tomas Brandt.")
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "linked") in keys
    assert ("Tomas Brandt", "Harwich Town", "first_team", "in_charge") in keys


def test_talks_over_his_own_contract_are_no_link() -> None:
    keys = keys_of(_LEAD + "Harwich Town have held talks with their coach Tomas Brandt over a new contract.")
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "linked") not in keys
