"""An arrival told in the passive with its date ('X had been drafted in' early in a month, 'X had been
brought in' as a stand-in in a month) is his appointment at the club in view, dated by the clause (a
stand-in's as caretaker). A man bringing others in ('X had brought in five players in January') and an
arrival as a player ('X had been brought in as a player in 2010') are none. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_OPENING = "Hull City have sacked head coach Tom Baker after a run of seven defeats. "


def _appointments(sentence: str) -> dict[str, tuple[str | None, str]]:
    """Dale's appointments: club → (date, role)."""
    return {
        f["club"]: (f["date"], f["role"])
        for f in facts_of(_OPENING + sentence, "2024-11-02")
        if f["coach"] == "Ray Dale" and f["event"] == "appointed"
    }


@pytest.mark.parametrize(
    ("sentence", "month", "role"),
    [
        (
            "Veteran coach Ray Dale had been drafted in at the start of May once Tom Baker was gone.",
            "2024-05",
            "head_coach",
        ),
        (
            "Veteran coach Ray Dale had been brought in on a temporary basis in February, following a loss.",
            "2024-02",
            "caretaker",
        ),
    ],
)
def test_a_passive_arrival_with_its_date_is_the_appointment(sentence: str, month: str, role: str) -> None:
    date, read_role = _appointments(sentence).get("Hull City", (None, ""))
    assert (date or "").startswith(month)
    assert read_role == role


@pytest.mark.parametrize(
    "sentence",
    [
        "Veteran coach Ray Dale had brought in five players in January.",
        "Veteran coach Ray Dale had been brought in as a player in 2010.",
    ],
)
def test_his_own_signings_or_a_playing_arrival_are_no_appointment(sentence: str) -> None:
    assert "Hull City" not in _appointments(sentence)
