"""A stand-in is not dated by his successor's arrival told after him in his sentence ('took charge as
caretaker until Y arrived on May 4'): that day ends his stint (review 18, finding 12). Sentences of our
own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

STAND_INS = (
    "Hull City have appointed Luca Rossetti. Youth coach Ian Platt took charge as caretaker until Luca "
    "Rossetti arrived on May 4.",
    "Hull City sacked Ben Moore in March. Ian Platt took charge as caretaker until Luca Rossetti arrived "
    "on May 4.",
    "Hull City sacked Ben Moore on March 2. Ian Platt was named caretaker, before Luca Rossetti was "
    "appointed on May 4.",
)


@pytest.mark.parametrize("text", STAND_INS)
def test_stand_in_not_dated_by_his_successor(text: str) -> None:
    platt = [f for f in facts_of(text) if f["coach"] == "Ian Platt" and f["event"] == "appointed"]
    assert platt
    assert all(not (f["date"] or "").endswith("-05-04") for f in platt)


def test_near_miss_an_aide_arriving_with_his_boss() -> None:
    # an aide (no stand-in) comes with the boss's arrival told before him
    text = "Hull City appointed Luca Rossetti on May 4. Ian Platt joins as his assistant."
    platt = [f for f in facts_of(text) if f["coach"] == "Ian Platt" and f["event"] == "appointed"]
    assert [f["date"][5:] for f in platt] == ["05-04"]
