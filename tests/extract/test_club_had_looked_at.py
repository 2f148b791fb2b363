"""'The club had looked at A and former Partick boss B': the men a club weighed for its vacancy are linked
with it. Looking at things that are no men ('had looked at the options', 'has looked at the footage')
names no candidate."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Kilmarnock have named Derek Boyd as their new manager. "


def _linked(text: str) -> set[str]:
    return {
        coach for coach, club, _, event in keys_of(_LEAD + text) if event == "linked" and club == "Kilmarnock"
    }


def test_men_the_club_looked_at_are_linked() -> None:
    linked = _linked(
        "The club had looked at Robbie Neilson and former Partick boss Ian McCall, according to reports."
    )
    assert {"Robbie Neilson", "Ian McCall"} <= linked


def test_looking_at_no_man_names_no_candidate() -> None:
    for text in (
        "The board had looked at the options before Boyd agreed terms.",
        "Boyd has looked at the footage of the defeat with Robbie Neilson's old staff.",
    ):
        assert not _linked(text), text
