"""A timeline naming the man who took a post by the one he replaced, then telling in the past what became
of him there ("His successor X lasted six days", "His replacement, X, a former assistant of Y, was sacked
in June"): X was appointed, on no date of that sentence (its dates are the later event's)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Hull City sacked Ben Moore in March. His successor Luca Rossetti lasted only nine games before "
        "he was fired in May.",
        "Hull City sacked Ben Moore in March. His replacement, Luca Rossetti, a former assistant at Napoli, "
        "was dismissed in May.",
        "Hull City sacked Ben Moore in March. Moore's successor Luca Rossetti resigned in May.",
    ],
)
def test_successor_named_then_his_spell_told_is_appointed(text: str) -> None:
    facts = facts_of(text, "2023-11-20")
    appointed = [f for f in facts if (f["coach"], f["event"]) == ("Luca Rossetti", "appointed")]
    assert [(f["club"], f["date"]) for f in appointed] == [("Hull City", None)]


@pytest.mark.parametrize(
    "text",
    [
        # a hedge: nobody took the post yet
        "Hull City sacked Ben Moore in March. His successor could be Luca Rossetti, the former Napoli coach.",
        # a player's replacement in the side
        "Hull City sold striker Ben Moore in June. His replacement, Luca Rossetti, was outstanding on "
        "Saturday.",
    ],
)
def test_no_appointment_without_a_spell_told(text: str) -> None:
    assert ("Luca Rossetti", "Hull City", "first_team", "appointed") not in keys_of(text, "2023-11-20")
