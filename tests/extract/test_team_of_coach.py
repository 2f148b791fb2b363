"""'The team of X won the final': the Romance word order for "X's side" in translated match copy ("el
equipo de X", "la squadra di X") tells X coaches the side in view; not where the sentence names the club in
view as the side his team played, nor "at the side of X" (beside him), nor a list of players. Written for
these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_LEAD = "Dinamo Zagreb are champions of Croatia again. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The team of Mirko Halden won against Osijek with 3-1 in the last round.",
        "In the derby played yesterday the side of coach Mirko Halden was superior.",
        "The team of Mirko Halden will travel to Split with the title already won.",
    ],
)
def test_team_of_a_man_is_his_side(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence, "2024-05-20")
    assert ("Mirko Halden", "Dinamo Zagreb", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        # the club in view is the other side of the match
        "The team of Mirko Halden lost against Dinamo Zagreb with 0-2.",
        # beside him, not his team
        "He worked for years at the side of Mirko Halden.",
        # players named in a list
        "The team of Mirko Halden and Tomo Varga dominated the league.",
    ],
)
def test_no_spell_from_other_readings(sentence: str) -> None:
    facts = facts_of(_LEAD + sentence, "2024-05-20")
    assert not [f for f in facts if f["coach"] == "Mirko Halden" and f["club"] == "Dinamo Zagreb"]


@pytest.mark.parametrize(
    "text",
    [
        # both sides of the reported match are in view: whose team it is is not said
        "Sevilla beat Valencia 3-1. The team of Ruben Castell was poor in the second half.",
        "Sevilla beat Valencia 3-1 on Sunday. In the second half the side of Ruben Castell collapsed.",
    ],
)
def test_no_side_guessed_between_two_clubs(text: str) -> None:
    facts = facts_of(text, "2024-05-20")
    assert not [f for f in facts if f["coach"] == "Ruben Castell" and f["event"] == "in_charge"]


def test_team_of_a_man_tied_to_one_side_of_the_match() -> None:
    text = (
        "Sevilla have extended the contract of Ruben Castell until 2026. "
        "Sevilla beat Valencia 3-1 on Sunday. The team of Ruben Castell was superior."
    )
    keys = keys_of(text, "2024-05-20")
    assert ("Ruben Castell", "Sevilla", "first_team", "extended") in keys
    assert ("Ruben Castell", "Valencia", "first_team", "in_charge") not in keys


@pytest.mark.parametrize(
    "text",
    [
        # the lead's result told with its score between the verb and the other side, or as "A and B drew"
        "Sevilla drew 1-1 with Valencia on Sunday. The team of Ruben Castell was poor after the break.",
        "Sevilla lost 3-1 to Valencia. In the second half the team of Ruben Castell fell apart.",
        "Sevilla and Valencia drew 1-1 on Sunday. The team of Ruben Castell was poor after the break.",
        # a star player's team in the same words: which side he plays for is not the club in view's coach
        "Napoli drew 2-2 with Lazio at home. The team of Ruben Castell wasted many chances.",
    ],
)
def test_no_side_guessed_after_any_result_between_two_clubs(text: str) -> None:
    facts = facts_of(text, "2024-05-20")
    assert not [f for f in facts if f["coach"] == "Ruben Castell" and f["event"] == "in_charge"]


def test_a_club_apposed_to_the_team_of_a_man_is_his() -> None:
    text = "Napoli won again on Sunday. The team of Mirko Halden beat Lazio, the team of Ruben Castell, 2-0."
    facts = facts_of(text, "2024-05-20")
    assert not [f for f in facts if f["coach"] == "Ruben Castell" and f["club"] == "Napoli"]
