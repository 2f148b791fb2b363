"""A change's when told by the date before it ("arrived the same month", "came in the following summer"):
read where "arrived in June" is, and dated by that earlier date."""

from __future__ import annotations

from extract_helpers import facts_of


def test_arrived_the_same_month() -> None:
    text = (
        "Hull City sacked Ben Moore in March. Luca Rossetti arrived the same month and lasted until "
        "October, when he was fired."
    )
    facts = facts_of(text, "2023-11-20")
    appointed = [
        (f["club"], f["date"]) for f in facts if (f["coach"], f["event"]) == ("Luca Rossetti", "appointed")
    ]
    assert appointed == [("Hull City", "2023-03-01")]


def test_a_players_arrival_the_same_month_is_not_read() -> None:
    text = "Hull City sold Ben Moore in March. Striker Luca Rossetti arrived the same month from Napoli."
    assert not any(f["coach"] == "Luca Rossetti" for f in facts_of(text, "2023-11-20"))
