"""The team's post told as the subject and handed to a man ("The technical direction of C will be in charge
of X", translated Spanish "la dirección técnica estará a cargo de"; "the bench will remain in the hands of
assistant X") is his appointment; a man in charge of something else is none."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

PUBLISHED = "2025-10-08"


def _appointed(text: str) -> set[tuple[str, str]]:
    return {(f["coach"], f["club"]) for f in facts_of(text, PUBLISHED) if f["event"] == "appointed"}


@pytest.mark.parametrize(
    "text",
    [
        "The technical direction of Brentwick Town will be in charge of the Uruguayan Dario Fenn.",
        "Brentwick Town sacked Colin Marsh. The bench will remain in the hands of assistant Dario Fenn.",
    ],
)
def test_the_post_handed_to_a_man_is_his_appointment(text: str) -> None:
    assert ("Dario Fenn", "Brentwick Town") in _appointed(text)


def test_a_man_in_charge_of_something_else_is_no_appointment() -> None:
    text = "Brentwick Town sacked Colin Marsh. The stadium works will be in charge of the builder Dario Fenn."
    assert ("Dario Fenn", "Brentwick Town") not in _appointed(text)
