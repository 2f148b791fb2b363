"""A man the story told as a stand-in a sentence or two before goes back to the post he held ("He will
return to his previous role", "X now returns to the under-21s", "She will stay on as part of Y's backroom
staff"): his stand-in spell ends (left), at that spell's club and squad, not at the post he goes back to.
Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            "Marek Bajor took interim charge of Lech Poznan in March after the sacking of John van den Brom. "
            "He will return to his previous role.",
            ("Marek Bajor", "Lech Poznań", "first_team", "left"),
            id="he_will_return_to_his_previous_role",
        ),
        pytest.param(
            "Norway have named Stale Solbakken as head coach. Under-21 coach Leif Smerud led the team on an "
            "interim basis in two friendlies. Smerud now returns to the under-21s.",
            ("Leif Smerud", "Norway", "national", "left"),
            id="now_returns_to_the_under_21s",
        ),
        pytest.param(
            "Everton have appointed Brian Sorensen as head coach of their women's team. Assistant Chloe "
            "Arthur has been in caretaker charge of the women's team since January. She will stay on as part "
            "of Sorensen's backroom staff.",
            ("Chloe Arthur", "Everton", "women", "left"),
            id="she_will_stay_on_as_part_of_the_staff",
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
