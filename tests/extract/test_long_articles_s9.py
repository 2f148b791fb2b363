"""Long features and careers (session 9): a career sentence going on to its next spells after a club it
named ("made his name at A before spells at B and C"), and past posts told in passing ("leaves Y's
staff at C", "the assistant of Y at C", "finished the season with Y as interim coach")."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

LEAD = "Brentwick Town have appointed Tom Reid as head coach. "


def _spells(text: str, coach: str = "Tom Reid") -> set[str]:
    return {f["club"] for f in facts_of(text) if f["coach"] == coach and f["event"] == "in_charge"}


@pytest.mark.parametrize(
    ("sentence", "clubs"),
    [
        (
            "He made his name by taking Motherwell up before spells at Swansea City and Hull City.",
            {"Swansea City", "Hull City"},
        ),
        (
            "Reid began at Motherwell, then coached Dundee, Kilmarnock and St Mirren.",
            {"Dundee", "Kilmarnock", "St Mirren"},
        ),
        (
            "Reid won the Scottish Cup with Motherwell in 2019 and also had two spells with Hibernian.",
            {"Hibernian"},
        ),
        (
            "Born in Leeds, he won a title at Motherwell and later managed Dundee United.",
            {"Dundee United"},
        ),
    ],
)
def test_a_career_sentence_goes_on_to_the_next_spells(sentence: str, clubs: set[str]) -> None:
    assert clubs <= _spells(LEAD + sentence)


TWO = "Brentwick Town have appointed Jim Smith as head coach. Tom Reid was sacked by Hull City. "


def test_another_man_between_keeps_his_own_spells_apart() -> None:
    text = TWO + "Reid previously worked with Jim Smith at Motherwell and was head coach of Dundee."
    assert "Dundee" not in _spells(text, "Jim Smith")


def test_opponents_guided_past_are_no_spells() -> None:
    text = LEAD + "Reid guided Motherwell past Celtic and Rangers into the final."
    assert not {"Celtic", "Rangers"} & _spells(text)


def test_the_subject_of_a_who_clause_keeps_his_and_clause() -> None:
    text = LEAD + "Reid replaced Jim Smith, who left for Motherwell, and previously coached Dundee."
    assert "Dundee" not in _spells(text, "Jim Smith")


def test_a_new_coach_of_is_no_past_spell() -> None:
    text = LEAD + "Reid left Motherwell and has since been presented as the new coach of Dundee."
    assert "Dundee" not in _spells(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Reid leaves Jim Smith's staff at Leeds, where he was an assistant.",
        "Reid spent two years on Jim Smith's coaching staff at Leeds.",
        "Reid was part of Jim Smith's backroom staff at Leeds.",
        "Reid had been the assistant of Jim Smith at Leeds.",
        "Reid was the assistant of Jim Smith at Leeds United until 2020.",
    ],
)
def test_the_boss_of_a_staff_at_a_club_was_in_charge_there(sentence: str) -> None:
    assert "Leeds United" in _spells(LEAD + sentence, "Jim Smith")


@pytest.mark.parametrize(
    "sentence",
    [
        "Leeds, who sacked Jim Smith, finished the season with Bob Jones as interim coach.",
        "Leeds ended the campaign with Bob Jones as caretaker manager.",
        "Leeds have played four games with Bob Jones serving as interim head coach.",
    ],
)
def test_a_side_with_a_man_as_interim_coach(sentence: str) -> None:
    assert ("Bob Jones", "Leeds United", "first_team", "in_charge") in keys_of(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Leeds finished the season with Bob Jones as captain.",  # a player's role
        "Reid spoke with Bob Jones as interim coaches were discussed.",  # no one's post
        "Bob Jones thanked the staff at Leeds for their work.",  # not a boss's staff
    ],
)
def test_no_post_for_near_misses(sentence: str) -> None:
    assert not {k for k in keys_of(LEAD + sentence) if k[0] == "Bob Jones"}


# --- moves told in passing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "coach", "club"),
    [
        (
            "Assistant coach Bob Jones is leaving with Jim Smith for Derby, while Sam Lee stays.",
            "Bob Jones",
            "Derby County",
        ),
        ("Bob Jones left with Jim Smith for Derby County in May.", "Bob Jones", "Derby County"),
        (
            "Reid took over in 2021 following the departure of Jim Smith to Derby County.",
            "Jim Smith",
            "Derby County",
        ),
        ("Reid came in after the exit of head coach Jim Smith to Dutch side Ajax.", "Jim Smith", "Ajax"),
        (
            "Reid was promoted after the departure of Jim Smith, who joined Dutch side Ajax in July.",
            "Jim Smith",
            "Ajax",
        ),
    ],
)
def test_where_a_man_went_is_his_appointment(sentence: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "appointed") in keys_of(LEAD + sentence)


def test_joined_from_a_side_is_where_he_came_from() -> None:
    text = LEAD + "Reid, who joined from Scottish side Motherwell in 2021, leaves after two years."
    assert ("Tom Reid", "Motherwell", "first_team", "appointed") not in keys_of(text)
