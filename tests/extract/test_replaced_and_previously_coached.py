"""'He replaced Y and previously coached C': the verb 'and' joins after the man replaced is the subject's,
so C is the subject's earlier spell, not Y's, and not the post he took from Y (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of

LEAD = "Rotherham United have extended the contract of head coach Piet Ondrusek until 2027. "


def test_the_earlier_spell_is_the_subjects() -> None:
    keys = keys_of(LEAD + "He replaced Dario Fenwick and previously coached Panathinaikos in Greece.")
    assert ("Piet Ondrusek", "Panathinaikos", "first_team", "in_charge") in keys
    assert not any(k[0] == "Dario Fenwick" and k[1] == "Panathinaikos" for k in keys)


def test_the_replacement_stays_at_the_story_club() -> None:
    keys = keys_of(LEAD + "He replaced Dario Fenwick and had earlier managed Panathinaikos.")
    assert ("Dario Fenwick", "Rotherham United", "first_team", "left") in keys
    assert ("Piet Ondrusek", "Panathinaikos", "first_team", "appointed") not in keys


def test_a_relative_clause_on_the_man_replaced_is_his() -> None:
    # near-miss: "who had previously coached C" describes the man replaced
    keys = keys_of(LEAD + "He replaced Dario Fenwick, who had previously coached Panathinaikos.")
    assert ("Dario Fenwick", "Panathinaikos", "first_team", "in_charge") in keys
    assert ("Piet Ondrusek", "Panathinaikos", "first_team", "in_charge") not in keys
