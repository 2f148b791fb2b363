"""'… under X, appointed last week', 'the first match of X, named on Tuesday': an aside telling a coach's
arrival by the days before the article, also when it closes the sentence. A player's 'named' or 'signed'
in such an aside is no appointment."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hibernian drew 1-1 with Aberdeen on Saturday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The new striker will play under Anders Vik, appointed last week after the sacking of Tomas Berg.",
        "It was the first match of Anders Vik, named on Tuesday.",
        "It was the first match of Anders Vik, appointed this week, and the fans were patient.",
    ],
)
def test_an_arrival_told_by_the_days_before(sentence: str) -> None:
    assert ("Anders Vik", "Hibernian", "first_team", "appointed") in keys_of(_LEAD + sentence, "2024-03-14")


@pytest.mark.parametrize(
    "sentence",
    [
        "Goalkeeper Anders Vik, named on Tuesday in the team of the week, saved a penalty.",
        "The goal came from striker Anders Vik, signed last week.",
    ],
)
def test_a_players_news_is_no_appointment(sentence: str) -> None:
    assert not any(k[0] == "Anders Vik" for k in keys_of(_LEAD + sentence, "2024-03-14"))
