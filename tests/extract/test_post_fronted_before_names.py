"""Translated word order with the post or the list fronted, the verb before the names: 'For the position were
also mentioned Dean Holt and Mark Rees', 'Among the candidates had also been cited A and B' are linked, as
'In the press were also mentioned A and B' is. Not 'For the post were named A and B' (may be an
appointment), nor 'For the position of assistant were …' (another post)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_VACANCY = "Hull sacked Tom Carr on Monday. "


def _linked(text: str) -> set[str]:
    return {
        coach for coach, club, _squad, event in keys_of(text) if club == "Hull City" and event == "linked"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "For the position were also mentioned Dean Holt and Mark Rees.",
        "For the bench had also been cited Dean Holt and Mark Rees, who prefers to stay at Crewe.",
        "Among the candidates had also been cited Dean Holt and Mark Rees.",
    ],
)
def test_names_after_the_fronted_post_are_linked(sentence: str) -> None:
    assert {"Dean Holt", "Mark Rees"} <= _linked(_VACANCY + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "For the post were named Dean Holt and Mark Rees.",
        "For the position of assistant were also mentioned Dean Holt and Mark Rees.",
    ],
)
def test_names_after_another_fronted_phrase_are_not_linked(sentence: str) -> None:
    assert not {"Dean Holt", "Mark Rees"} & _linked(_VACANCY + sentence)
