"""A man the story told as a stand-in a sentence or two before goes back to the post he held ("He goes
back to his former post", "X now returns to the under-21s", "She is expected to remain part of Y's coaching
staff"): his stand-in spell ends (left), at that spell's club and squad, not at the post he goes back to.
Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            "Lech Poznan sacked their coach in March and put Marek Bajor in interim charge of the side. "
            "He now goes back to his former post.",
            ("Marek Bajor", "Lech Poznań", "first_team", "left"),
            id="he_goes_back_to_his_former_post",
        ),
        pytest.param(
            "Denmark have named Kasper Dahl as head coach. Under-21 coach Mads Holm led the team on a "
            "temporary basis in two friendlies. Holm now returns to the under-21s.",
            ("Mads Holm", "Denmark", "national", "left"),
            id="now_returns_to_the_under_21s",
        ),
        pytest.param(
            "Everton have named Brian Sorensen to lead their women's side. Assistant Chloe Arthur has been "
            "in caretaker charge of the women's team since January. She is expected to remain part of "
            "Sorensen's coaching staff.",
            ("Chloe Arthur", "Everton", "women", "left"),
            id="she_is_expected_to_remain_part_of_the_staff",
        ),
    ],
)
def test_stand_in_told_before_goes_back(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)


def test_coach_back_from_illness_is_no_stand_in() -> None:
    """Near miss: the head coach himself back at his post after an illness; no stand-in spell ends there."""
    text = (
        "Mainz coach Bo Lund missed Saturday's game through illness. He will return to his post for the "
        "trip to Bremen."
    )
    assert not any(k[0] == "Bo Lund" and k[3] == "left" for k in keys_of(text))


def test_going_back_not_said_of_the_stand_in() -> None:
    """Near miss: the stand-in is another man; the one going back to his role was never told as one."""
    text = (
        "Lech Poznan have appointed Niels Frederiksen as head coach. Marek Bajor had been in interim "
        "charge since March. Goalkeeping coach Piotr Nowak returns to his previous role after a month abroad."
    )
    assert not any(k[0] == "Piotr Nowak" and k[3] == "left" for k in keys_of(text))


@pytest.mark.parametrize(
    "going_back",
    [
        pytest.param("Gardner will stay on in the new manager's coaching staff if the board agree.", id="if"),
        pytest.param("Gardner would return to the under-21s unless he gets the job.", id="would_unless"),
        pytest.param(
            "In 2019, Gardner returned to his previous role after a month in charge.", id="earlier_year"
        ),
    ],
)
def test_going_back_hedged_or_years_before_ends_no_spell(going_back: str) -> None:
    """Near miss: a step back set on a condition, or told of an earlier stand-in spell."""
    text = (
        "Leeds have sacked Jesse Marsch. Under-21 coach Scott Gardner has been placed in interim charge. "
        + going_back
    )
    assert not any(k[0] == "Scott Gardner" and k[3] == "left" for k in keys_of(text))
