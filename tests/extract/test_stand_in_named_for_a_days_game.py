"""A stand-in named for a game told by its day: "will lead the team in Saturday's match against C", "will
take the side on Sunday against C", "will be in charge for next month's qualifier". With the post open he
is the caretaker; the sitting coach's own preview of a game is no appointment."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_SACKING = "Dunmore Athletic have sacked manager Gregor Lisle after a winless autumn, it said on Monday. "


def _caretakers(text: str) -> set[str]:
    return {f["coach"] for f in facts_of(text) if f["event"] == "appointed" and f["role"] == "caretaker"}


@pytest.mark.parametrize(
    "sentence",
    [
        "First-team coach Niall Brack will lead the side in Tuesday's game against Barnsley.",
        "Academy coach Niall Brack will take the team on Sunday against Barnsley.",
        "Assistant Niall Brack will lead the team in next week's cup tie.",
        "Niall Brack, the under-21 coach, will be in charge for next month's qualifier against Barnsley.",
        "Until a permanent replacement is named, academy coach Niall Brack will lead the side.",
        # translated French "assurera l'intérim"
        "His number two Niall Brack will ensure the interim.",
    ],
)
def test_man_named_for_a_days_game_is_the_caretaker(sentence):
    assert "Niall Brack" in _caretakers(_SACKING + sentence)


@pytest.mark.parametrize(
    "text",
    [
        # the sitting coach's preview, no post open
        "Dunmore Athletic manager Gregor Lisle is upbeat. Lisle will lead the side in Tuesday's game against "
        "Barnsley.",
        # a game already played
        _SACKING + "First-team coach Niall Brack led the side in Tuesday's game against Barnsley.",
        # a man given other work meanwhile
        _SACKING + "Until a permanent replacement is named, youth coach Niall Brack will handle scouting.",
    ],
)
def test_a_preview_or_a_past_game_names_no_caretaker(text):
    assert not _caretakers(text)
