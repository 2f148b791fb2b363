"""The aide's post told as one of several or by the translated title: "X will be one of his assistants",
"X will be his second", "X joins as second assistant" (each an aide's appointment on the new man's staff).
Near misses: "his second spell" or "his second-choice goalkeeper" name no aide."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of

_LEAD = "Oakfield Rovers have named Piet Lammers as their new head coach. "
_POST = ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed")


def test_one_of_his_assistants() -> None:
    assert _POST in keys_of(
        _LEAD + "Tomas Brandt, coach of the under-19 side, will be one of his assistants."
    )


def test_one_of_the_bosss_assistants() -> None:
    assert _POST in keys_of(_LEAD + "Tomas Brandt will be one of Lammers' assistants.")


def test_his_second() -> None:
    assert _POST in keys_of(_LEAD + "The coach of the reserve team, Tomas Brandt, will be his second.")


def test_joins_as_second_assistant() -> None:
    text = _LEAD + "Tomas Brandt, until now coach of the reserve team, joins as second assistant."
    facts = [f for f in facts_of(text) if f["coach"] == "Tomas Brandt" and f["event"] == "appointed"]
    assert [(f["squad"], f["role"]) for f in facts] == [("first_team", "assistant_coach")]


def test_second_spell_is_no_aide() -> None:
    keys = keys_of(_LEAD + "Tomas Brandt said it will be his second spell in the dugout.")
    assert _POST not in keys


def test_second_choice_is_no_aide() -> None:
    assert _POST not in keys_of(_LEAD + "Tomas Brandt will be his second-choice goalkeeper.")
