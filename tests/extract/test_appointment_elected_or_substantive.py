"""An appointment told by a federation's body electing the coach ("the executive board elected X as new
head coach"), or with the permanent post called 'substantive' ("confirmed X as the substantive head
coach"), is read as one. Not a man elected to another office, nor an award. Sentences and names of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("sentence", "club", "squad"),
    [
        (
            "The executive board of the Welsh federation elected Kerry Mole as new head coach of Wales.",
            "Wales",
            "national",
        ),
        (
            "Walsall elected Kerry Mole as their new manager at a board meeting on Thursday.",
            "Walsall",
            "first_team",
        ),
        (
            "Walsall have confirmed Kerry Mole as the substantive head coach of the club.",
            "Walsall",
            "first_team",
        ),
    ],
)
def test_elected_or_substantive_coach_is_appointed(sentence: str, club: str, squad: str) -> None:
    assert ("Kerry Mole", club, squad, "appointed") in keys_of(sentence)


# --- near misses ----------------------------------------------------------------------------------


def test_man_elected_president_is_not_appointed_coach() -> None:
    text = "The members of Walsall elected Kerry Mole as president of the club."
    assert not any(k[0] == "Kerry Mole" and k[3] == "appointed" for k in keys_of(text))


def test_coach_elected_coach_of_the_year_is_not_appointed() -> None:
    text = "Walsall manager Kerry Mole was elected coach of the year by the league's managers."
    assert not any(k[0] == "Kerry Mole" and k[3] == "appointed" for k in keys_of(text))
