"""The club a candidate keeps, told in passing: "…, but preferred to remain at C", "X, who chose to stay at
C", "X, who is under contract with C", "who is however bound to C", "X declined to leave C", "X, now at C, …"
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


_LEAD = "Hull City have appointed Tim Walter as head coach. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD
        + "Coach Karl Brandt was sounded out by the chairman Acun Ilicali, but preferred to remain at Ajax.",
        _LEAD + "The club first approached coach Karl Brandt, who chose to stay at Ajax.",
        _LEAD + "They also talked to coach Karl Brandt, who is under contract with Ajax.",
        _LEAD + "Coach Karl Brandt was mentioned, but he is however bound to Ajax.",
        _LEAD + "Coach Karl Brandt declined to leave Ajax.",
        _LEAD + "Coach Karl Brandt, now at Ajax, had also been mentioned.",
    ],
)
def test_the_club_a_candidate_keeps(text: str) -> None:
    assert "Ajax" in _spells(text, "Karl Brandt")


@pytest.mark.parametrize(
    ("text", "coach"),
    [
        # a player's contract: nothing shows him coaching
        ("Hull City have signed the striker Karl Brandt, who is under contract with Ajax.", "Karl Brandt"),
        # the subject after a comma is the one who stays, not the man before
        (
            "Before coach Karl Brandt took over, coach Dan Pryce was offered the job, but decided to remain "
            "at Ajax.",
            "Karl Brandt",
        ),
        # "A and B, now at C": B's club alone
        (_LEAD + "Coach Karl Brandt and coach Dan Pryce, now at Ajax, have been mentioned.", "Karl Brandt"),
    ],
)
def test_no_current_club_of_another_man(text: str, coach: str) -> None:
    assert "Ajax" not in _spells(text, coach)


def test_no_spell_beside_the_told_appointment_there() -> None:
    text = (
        "Ajax appointed Karl Brandt as coach of their reserve team in June. Hull City offered him their job, "
        "but Brandt decided to remain at Ajax."
    )
    assert ("Karl Brandt", "Ajax", "first_team", "in_charge") not in keys_of(text)
