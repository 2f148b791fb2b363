"""The new man named after a colon that announces him: "Kalmar FF have a new head coach: X takes over",
"the club presented his successor: X, 41, …", "the successor was presented: X signs until 2027", "made
official the new coach of the U19s: it is X" (appointed, at the story's club, the side named before the
colon). Not candidates weighed ("the successor: X or Y?") nor a new coach's words ("the new coach's first
words: X said …"). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Kalmar FF sacked Erik Sand on Monday after a run of seven defeats. "


@pytest.mark.parametrize(
    ("text", "squad"),
    [
        pytest.param(
            "Kalmar FF has a new head coach: Swede Nils Holm takes over the club.",
            "first_team",
            id="has_a_new_coach",
        ),
        pytest.param(
            _SACKED + "A day later the club presented his successor: Nils Holm, 41, formerly of Hammarby.",
            "first_team",
            id="presented_his_successor",
        ),
        pytest.param(
            _SACKED + "Already on Friday the successor was unveiled: Nils Holm signs a deal until 2027.",
            "first_team",
            id="successor_was_unveiled",
        ),
        pytest.param(
            _SACKED
            + "Kalmar FF made official on Tuesday the new coach of the U19s: it is Nils Holm, from Orebro.",
            "u19",
            id="it_is_him",
        ),
    ],
)
def test_new_man_named_after_a_colon_is_appointed(text: str, squad: str) -> None:
    assert ("Nils Holm", "Kalmar FF", squad, "appointed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_SACKED + "The successor question: Nils Holm or Olof Berg?", id="candidates_weighed"),
        pytest.param(
            _SACKED + "The new coach's first words: Nils Holm said he was proud.", id="the_new_mans_words"
        ),
    ],
)
def test_no_appointment_from_a_colon_that_announces_nobody(text: str) -> None:
    assert ("Nils Holm", "Kalmar FF", "first_team", "appointed") not in keys_of(text)
