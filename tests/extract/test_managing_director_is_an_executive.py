"""'X, the federation's managing director,' (or 'the managing director') is a board post, not a coach's:
his exit is no coaching fact. A coaching title after the same possessor ('the federation's assistant
coach') still is one. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Portugal will keep Rui Fontes in charge, although Duarte Saraiva, the federation's managing "
        "director, left his post in the summer.",
        "Ghana will keep Kofi Mensah in charge, although Yaw Boateng, the association's managing director, "
        "left his post on Monday.",
        "Lorient kept faith with their coach, but Pierre Vasseur, the managing director, left his post.",
    ],
)
def test_managing_director_leaving_is_no_coaching_fact(text: str) -> None:
    assert not any(k[0] in ("Duarte Saraiva", "Yaw Boateng", "Pierre Vasseur") for k in keys_of(text))


@pytest.mark.parametrize(
    ("text", "coach"),
    [
        # a coaching title after the same possessor
        (
            "Portugal will keep Rui Fontes in charge, although Duarte Saraiva, the federation's assistant "
            "coach, left his post last week.",
            "Duarte Saraiva",
        ),
        # 'managing' that is no board title
        (
            "Lorient confirmed that Pierre Vasseur, managing the side since May, left his post on Monday.",
            "Pierre Vasseur",
        ),
    ],
)
def test_coaching_titles_keep_the_exit(text: str, coach: str) -> None:
    assert any(k[0] == coach and k[3] == "left" for k in keys_of(text))
