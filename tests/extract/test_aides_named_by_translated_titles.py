"""An incoming aide named by the title translated press gives him ("the vice", "the collaborator … as
vice", "The new assistant coach is X", "With him in Parma arrives …"), and a new post named before the man
who fills it ("The new coach is X"): each is appointed to the club in view (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Parma have appointed Marco Rossi as head coach until 2026. "
_AIDE = ("Luca Verdi", "Parma", "first_team", "appointed")


@pytest.mark.parametrize(
    "aide",
    [
        "The vice will be Luca Verdi, until now in charge of the goalkeepers.",
        "The new assistant coach is Luca Verdi.",
        "The assistant of Rossi will be Luca Verdi.",
        "The new second coach is the former defender Luca Verdi.",
        "With him in Parma arrives the vice Luca Verdi.",
        "With Rossi will arrive the collaborator Luca Verdi as vice.",
        "His old friend Luca Verdi will be again his assistant.",
    ],
)
def test_aide_named_by_translated_title_is_appointed(aide: str) -> None:
    assert _AIDE in keys_of(_LEAD + aide)


@pytest.mark.parametrize(
    "other",
    [
        "The vice-president will be Luca Verdi.",
        "The vice captain will be Luca Verdi.",
        "The assistant referee will be Luca Verdi.",
        "With him in Parma arrives the striker Luca Verdi.",
        # a staff told in the past: who was there, not who arrives
        "The assistant coach was Luca Verdi.",
    ],
)
def test_no_aide_without_a_staff_title_to_come(other: str) -> None:
    assert _AIDE not in keys_of(_LEAD + other)


@pytest.mark.parametrize("verb", ["is", "will be"])
def test_new_post_named_before_its_man(verb: str) -> None:
    keys = keys_of(f"Parma have sacked Marco Rossi after five defeats. The new coach {verb} Luca Verdi.")
    assert ("Luca Verdi", "Parma", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "said",
    ["The new coach is no stranger to Italian football.", "The new coach is English and speaks Italian."],
)
def test_new_coach_said_of_the_man_already_named(said: str) -> None:
    keys = keys_of("Parma have appointed Luca Verdi as head coach. " + said)
    assert ("Luca Verdi", "Parma", "first_team", "appointed") in keys
