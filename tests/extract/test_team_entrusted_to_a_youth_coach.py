"""The senior team handed to a youth side's coach named by his title: "C have entrusted the team to their
under-19 coach X", "The team has been entrusted for the moment to the under-19 coach, X". He is the senior
side's stand-in, his title his own post. Near misses: a youth side handed to another youth side's coach
("The under-19 team is entrusted to the under-17 coach X") is no senior post."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of

_LEAD = "Oakfield Rovers have sacked Piet Lammers after a run of six defeats. "


def test_team_entrusted_to_their_youth_coach() -> None:
    text = _LEAD + "The club have entrusted the team to their under-19 coach Tomas Brandt for the winter."
    facts = facts_of(text)
    brandt = {(f["squad"], f["role"], f["event"]) for f in facts if f["coach"] == "Tomas Brandt"}
    assert ("first_team", "caretaker", "appointed") in brandt
    assert ("u19", "head_coach", "in_charge") in brandt


def test_team_entrusted_for_the_moment() -> None:
    text = _LEAD + "The team has been entrusted for the moment to the under-19 coach, Tomas Brandt."
    facts = facts_of(text)
    brandt = {(f["squad"], f["role"], f["event"]) for f in facts if f["coach"] == "Tomas Brandt"}
    assert ("first_team", "caretaker", "appointed") in brandt


def test_youth_side_entrusted_to_another_youth_coach() -> None:
    text = (
        "Oakfield Rovers have named Piet Lammers head coach. The under-19 team is entrusted to the under-17 "
        "coach Tomas Brandt."
    )
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") not in keys_of(text)
