"""An arrival told in an aside that names the club he came from: 'X, hired in February from Grimsby
Town, won …', 'X, appointed in November from English side Y, lasted …' is his appointment at the club in
view, dated by the aside, as it is when the aside names no club ('X, hired in February, won …'). An aside
naming the post itself ('X, appointed in 2019 as Grimsby Town coach, …') tells no appointment at the club
in view. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_OPENING = "Hull City have sacked head coach Tom Baker after a run of seven defeats. "


def _appointments(sentence: str) -> dict[str, str | None]:
    """Baker's appointments: club → date."""
    return {
        f["club"]: f["date"]
        for f in facts_of(_OPENING + sentence, "2024-11-02")
        if f["coach"] == "Tom Baker" and f["event"] == "appointed"
    }


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("Baker, hired in February from Grimsby Town, won just three of his 20 games.", "2024-02"),
        ("Baker, appointed in March from English side Grimsby Town, lasted only eight months.", "2024-03"),
        ("Baker, hired in February, won just three of his 20 games.", "2024-02"),
    ],
)
def test_an_aside_arrival_is_the_appointment_at_the_club_in_view(sentence: str, month: str) -> None:
    assert (_appointments(sentence).get("Hull City") or "").startswith(month)


def test_an_aside_naming_the_post_itself_is_no_appointment_here() -> None:
    assert "Hull City" not in _appointments("Baker, appointed in 2019 as Grimsby Town coach, won the cup.")
