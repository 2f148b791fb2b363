"""A stand-in's spell ended by the next coach's arrival ("X took charge as caretaker until Y arrived in
January", "X led the side for two games before Y was appointed in May"): the arrival is a coach's, though
"arrived" alone is a player's word too, and its date is Y's, not the stand-in's."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Hull City sacked Ben Moore in March. Youth coach Ian Platt then took charge as caretaker until "
        "Luca Rossetti arrived in early May.",
        "Hull City sacked Ben Moore in March. Ian Platt, his assistant, held the fort for a month until "
        "Luca Rossetti arrived in May.",
        "Hull City sacked Ben Moore in March, and Ian Platt was in interim charge before Luca Rossetti "
        "arrived in the summer.",
    ],
)
def test_arrival_that_ends_a_stand_in_is_a_coachs(text: str) -> None:
    assert ("Luca Rossetti", "Hull City", "first_team", "appointed") in keys_of(text, "2023-11-20")


def test_the_arrival_date_is_not_the_stand_ins() -> None:
    text = (
        "Hull City sacked Ben Moore in March. Youth coach Ian Platt then took charge as caretaker until "
        "Luca Rossetti arrived in early May."
    )
    dates = {f["coach"]: f["date"] for f in facts_of(text, "2023-11-20") if f["event"] == "appointed"}
    assert dates["Luca Rossetti"] == "2023-05-01"
    assert dates.get("Ian Platt") != "2023-05-01"


@pytest.mark.parametrize(
    "text",
    [
        # a player's arrival: nobody's charge ends with it
        "Hull City beat Luton 2-0. Defender Luca Rossetti arrived in May from Napoli and has started every "
        "game.",
        # a charge told, but the arrival is in another sentence and told of a player
        "Ian Platt was in charge of Hull City for the game. Striker Luca Rossetti arrived in May.",
    ],
)
def test_an_arrival_ending_no_charge_needs_support(text: str) -> None:
    assert not any(f["coach"] == "Luca Rossetti" for f in facts_of(text, "2023-11-20"))
