"""Events a careful reader records together. A spell told with its start and as over ("had led C
since 2018"), or a current post ("who has coached C since 2022") of a coach appointed to another
club, records the departure from C as `left` too. Completed spells with an end year ("from 2011 to
2013", "between 2013 and 2018"), "former C boss" and current posts of a coach who moves nowhere
are only `in_charge` (the gold does not pair them with `left`)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

LEAD = "Brentwick Town have appointed Tom Reid as their new head coach on Monday. "


def _events(text: str, club: str) -> set[str]:
    return {f["event"] for f in facts_of(text) if f["coach"] == "Tom Reid" and f["club"] == club}


@pytest.mark.parametrize(
    "sentence",
    [
        "Reid had been in charge of Motherwell since 2019 and won the Scottish Cup with them.",
        "The 44-year-old had managed Motherwell since January 2020.",
        "He joins from Motherwell, whom he had coached since the summer of 2018.",
        "Reid had led Motherwell since 2021, guiding them to third place last season.",
    ],
)
def test_a_pluperfect_spell_since_a_date_has_ended(sentence: str) -> None:
    assert {"in_charge", "left"} <= _events(LEAD + sentence, "Motherwell")


@pytest.mark.parametrize(
    "sentence",
    [
        "Reid, who has managed Motherwell since 2019, will start work next week.",
        "He has coached Motherwell since January 2021 and guided them to the cup final.",
        "Reid will join once he completes his commitments with Motherwell, whom he has led since 2020.",
    ],
)
def test_a_current_post_of_a_coach_appointed_elsewhere_ends(sentence: str) -> None:
    assert {"in_charge", "left"} <= _events(LEAD + sentence, "Motherwell")


def test_the_departure_takes_the_date_of_his_new_appointment() -> None:
    facts = facts_of(LEAD + "Reid had been in charge of Motherwell since 2019.", published="2024-03-12")
    (left,) = [f for f in facts if f["club"] == "Motherwell" and f["event"] == "left"]
    assert left["date"] == "2024-03-11"


@pytest.mark.parametrize(
    "text",
    [
        # a current post of a coach who moves nowhere goes on
        "Tom Reid has managed Motherwell since 2019 and led them to the cup final on Sunday.",
        "Motherwell coach Tom Reid, who has been in charge since 2021, signed a new deal on Monday.",
        # completed spells with an end year: only a spell, by convention
        LEAD + "Reid managed Motherwell from 2015 to 2018 before a spell in Norway.",
        LEAD + "Reid had led Motherwell between 2013 and 2018, winning the cup twice.",
        LEAD + "The former Motherwell boss won the league in his first season there.",
    ],
)
def test_no_departure_without_the_convention(text: str) -> None:
    assert "left" not in _events(text, "Motherwell")


def test_a_sacking_told_for_that_spell_is_not_also_a_departure() -> None:
    text = (
        "Motherwell have sacked Tom Reid on Monday after a run of eight defeats. "
        "Reid had been in charge since 2019 and won the Scottish Cup in 2022."
    )
    assert _events(text, "Motherwell") >= {"dismissed"}
    assert "left" not in _events(text, "Motherwell")


def test_an_interim_made_permanent_has_not_left() -> None:
    text = (
        "Motherwell have appointed Tom Reid as head coach on a permanent basis on Monday. "
        "Reid had been in interim charge of Motherwell since October, winning six of his nine games."
    )
    assert "left" not in _events(text, "Motherwell")


def test_a_spell_told_after_the_date_is_not_the_one_that_ended() -> None:
    text = LEAD + "Reid had been in charge of Motherwell since 2019 and previously coached Hibernian."
    assert "left" not in _events(text, "Hibernian")
