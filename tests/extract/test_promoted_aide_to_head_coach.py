"""'C have promoted assistant X to head coach': the aide's post is one he held and now leaves for the top job
(its spell and its end beside the appointment, as for a promotion from a youth side). Not a stand-in's
promotion ('to interim head coach': he goes back to his post), nor a player's. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Walsall have promoted assistant Dean Hart to head coach.", id="assistant"),
        pytest.param("Walsall have promoted assistant coach Dean Hart to manager.", id="coach"),
        pytest.param("Walsall promoted their assistant manager Dean Hart to head coach.", id="their"),
        pytest.param("Walsall promoted his number two Dean Hart to the role of manager.", id="number_two"),
    ],
)
def test_the_aides_post_is_left(sentence: str) -> None:
    keys = keys_of(sentence)
    assert ("Dean Hart", "Walsall", "first_team", "appointed") in keys
    assert ("Dean Hart", "Walsall", "first_team", "in_charge") in keys
    assert ("Dean Hart", "Walsall", "first_team", "left") in keys


def test_one_staff_spell_for_two_titles() -> None:
    facts = facts_of("Walsall have promoted set-piece coach Dean Hart to head coach.")
    assert len([f for f in facts if f["event"] == "in_charge"]) == 1


def test_near_miss_an_interim_promotion_keeps_the_post() -> None:
    keys = keys_of("Walsall have promoted assistant Dean Hart to interim head coach.")
    assert ("Dean Hart", "Walsall", "first_team", "left") not in keys


def test_near_miss_a_player_promoted() -> None:
    assert keys_of("Walsall have promoted striker Dean Hart to captain.") == set()
