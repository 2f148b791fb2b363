"""What is no coaching appointment: a club 'close to appointing' someone has not appointed him, and an
executive post (sporting director, chief executive) is none; a coaching post after 'as' stays one."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Brighton are close to appointing St Pauli boss Jonas Keller as their new head coach.",
        "Everton are closing in on naming Jonas Keller as their new manager.",
        "Celtic are on the verge of appointing Jonas Keller as manager after talks this week.",
    ],
)
def test_close_to_appointing_is_no_appointment(text: str) -> None:
    keys = keys_of(text)
    assert not {k for k in keys if k[0] == "Jonas Keller" and k[3] in ("appointed", "left")}


@pytest.mark.parametrize(
    "text",
    [
        "Max Eberl was appointed as sporting director of Bayern Munich in March.",
        "Marco Rose took over as technical director at RB Leipzig in March.",
        "Ralf Kramer, who will take over as Head of Football Development at Red Bull in March, "
        "was not involved.",
        "Celtic have appointed Mark Lyle as the club's new chief executive.",
    ],
)
def test_an_executive_post_is_no_coaching_appointment(text: str) -> None:
    assert not {k for k in keys_of(text) if k[3] == "appointed"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Ralf Rangnick was appointed as sporting director and head coach of RB Leipzig.",
            ("Ralf Rangnick", "RB Leipzig", "first_team", "appointed"),
        ),
        (
            "Mikel Arteta was appointed as head coach of Arsenal in December.",
            ("Mikel Arteta", "Arsenal", "first_team", "appointed"),
        ),
    ],
)
def test_a_coaching_post_after_as_stays(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)
