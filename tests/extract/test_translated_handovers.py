"""How translated copy hands a club's bench to a new man: "X was officialized as new coach" (Spanish
"fue oficializado", Italian "è stato ufficializzato") and "the bench passes to X" ("la panchina passa a",
"el banquillo pasa a manos de"): each is his appointment (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Cremonese sacked Paolo Neri on Sunday after five straight defeats. "
_NEW = ("Dario Fonti", "Cremonese", "first_team", "appointed")


@pytest.mark.parametrize(
    "told",
    [
        "Dario Fonti was officialized this afternoon as the new coach of Cremonese.",
        "Dario Fonti, 51, was officialised on Monday as new trainer.",
        "Dario Fonti has been officialized as technical commissioner of the club until 2026.",
        "The club said that Dario Fonti was officialized as new technician.",
    ],
)
def test_officialized_as_coach_is_appointed(told: str) -> None:
    assert _NEW in keys_of(_LEAD + told)


@pytest.mark.parametrize(
    "told",
    [
        "The bench passes to Dario Fonti.",
        "The bench of the grey-red club now passes into the hands of Dario Fonti.",
        "The command of the team goes to Dario Fonti until the end of the season.",
        "The job goes to Dario Fonti.",
        "The bench passed to the second coach Dario Fonti.",
        "The helm passes to Neri's assistant Dario Fonti.",
    ],
)
def test_bench_passing_to_a_man_is_his_appointment(told: str) -> None:
    assert _NEW in keys_of(_LEAD + told)


@pytest.mark.parametrize(
    "other",
    [
        # the ball, an armband, a word: nothing of the bench is handed over
        "The ball passes to Dario Fonti, who scores.",
        "The captain's armband passes to Dario Fonti.",
        "The word now passes to Dario Fonti, the sporting director.",
        # a farewell made official, not a post given to him
        "The club made official the farewell of Dario Fonti.",
    ],
)
def test_other_things_passing_or_made_official_are_no_appointment(other: str) -> None:
    assert _NEW not in keys_of(_LEAD + other)
