"""A feat told before "…, months after arriving in November 2022": the arrival is dated by its own month
(not the feat's year), and the feat is a spell of its own beside it. Sentences of our own."""

from __future__ import annotations

from extract_helpers import facts_of

_TEXT = (
    "Falkirk have appointed Jim Goodwin. He replaces Scott Brown, who left on Thursday. Brown took Falkirk "
    "up to the Premiership via the play-offs in 2023, months after arriving at Falkirk in "
    "November 2022."
)


def test_arrival_dated_by_its_own_month() -> None:
    arrivals = [f for f in facts_of(_TEXT) if (f["coach"], f["event"]) == ("Scott Brown", "appointed")]
    assert [f["date"] for f in arrivals] == ["2022-11-01"]


def test_feat_before_the_arrival_is_a_spell() -> None:
    assert any((f["coach"], f["event"]) == ("Scott Brown", "in_charge") for f in facts_of(_TEXT))


def test_feat_after_the_arrival_stays_the_arrivals_spell() -> None:
    text = "Falkirk have appointed Jim Goodwin. Goodwin took over in 2019 and led Motherwell to the final."
    events = [f["event"] for f in facts_of(text) if f["club"] == "Motherwell"]
    assert events.count("in_charge") <= 1 and "appointed" in events
