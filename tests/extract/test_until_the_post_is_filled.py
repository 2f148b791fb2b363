"""One fragment for a stand-in's time, "until the post is filled", however it is spelled: "until a
successor is found", "until their new head coach is in place", "until the appointment of a permanent
manager" make the man named a caretaker. A post he holds "until the end of his contract" does not.
Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_SACKED = "Getafe sacked Tomas Ruiz on Monday. "


def _roles(text: str) -> set[tuple[str, str]]:
    return {(f["coach"], f["role"]) for f in facts_of(text) if f["event"] == "appointed"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_SACKED + "Until a successor is found, Ivo Brandt takes over.", id="successor_first"),
        pytest.param(_SACKED + "Ivo Brandt will lead the team until a coach is found.", id="coach_found"),
        pytest.param(
            _SACKED + "Ivo Brandt will lead the team until their new head coach is in place.", id="in_place"
        ),
        pytest.param(
            _SACKED + "Ivo Brandt will lead the team until the appointment of a permanent manager.",
            id="appointment_of",
        ),
    ],
)
def test_until_the_post_is_filled_makes_a_caretaker(text: str) -> None:
    assert ("Ivo Brandt", "caretaker") in _roles(text)


def test_a_contract_until_its_end_is_no_stand_in() -> None:
    roles = _roles("Getafe have appointed Ivo Brandt as head coach until the end of his contract in 2027.")
    assert ("Ivo Brandt", "head_coach") in roles
