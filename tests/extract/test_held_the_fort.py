""" "X held the fort (for a month)": the idiom of a stand-in minding the team between two coaches, a
caretaker's spell; a player holding out in a match report is none."""

from __future__ import annotations

from extract_helpers import facts_of


def test_held_the_fort_is_a_caretakers_spell() -> None:
    text = "Hull City sacked Ben Moore in March. Ian Platt, his assistant, held the fort for a month."
    facts = facts_of(text, "2023-11-20")
    assert any(
        (f["coach"], f["club"], f["role"], f["event"]) == ("Ian Platt", "Hull City", "caretaker", "in_charge")
        for f in facts
    )


def test_a_player_holding_the_fort_is_no_caretaker() -> None:
    text = "Hull City drew 0-0 with Luton. Goalkeeper Ian Platt held the fort as the visitors pressed."
    assert not any(f["coach"] == "Ian Platt" for f in facts_of(text, "2023-11-20"))
