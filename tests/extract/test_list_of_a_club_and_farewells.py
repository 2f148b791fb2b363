"""Two round-up wordings: 'X is on the list of C (for next season)' (C's candidate, linked with C) and 'X says
goodbye to C' / 'bids farewell to C' (the translated 'se despide de', 'saluta': he leaves C). Not 'on the list
of injured players', nor a goodbye to the fans."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Pablo Ortega is on the list of Preston for next season.",
        "Luis Campos, the coach of Hull City, is on the list of Preston.",
    ],
)
def test_on_the_list_of_a_club_is_linked(text: str) -> None:
    keys = keys_of(text)
    assert any(k[1] == "Preston North End" and k[3] == "linked" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Pablo Ortega says goodbye to Hull City after two seasons.",
        "After three years Pablo Ortega bids farewell to Hull City.",
    ],
)
def test_goodbye_to_a_club_is_leaving(text: str) -> None:
    assert ("Pablo Ortega", "Hull City", "first_team", "left") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hull City coach Pablo Ortega is on the list of injured players.",
        "Hull City coach Pablo Ortega said goodbye to the fans after the match.",
    ],
)
def test_no_link_or_exit_without_a_club_after_the_words(text: str) -> None:
    keys = keys_of(text)
    assert not any(k[0] == "Pablo Ortega" and k[3] in ("linked", "left") for k in keys)
