"""A club that "had been in contact with" a coach approached him (an offer), and refused when he "preferred to
remain free" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Raja Casablanca sacked head coach Jens Lund on Monday. "


def _events(text: str) -> set[str]:
    return {
        event
        for person, club, _squad, event in keys_of(text)
        if person == "Ola Berg" and club == "Raja Casablanca"
    }


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            _LEAD + "The board had also been in contact with Ola Berg, who preferred to remain free.",
            {"offer", "offer_declined"},
        ),
        (_LEAD + "The club has been in contact with Ola Berg.", {"offer"}),
    ],
)
def test_contact_is_an_approach(text: str, events: set[str]) -> None:
    assert _events(text) == events


@pytest.mark.parametrize(
    "text",
    [
        # contact with someone about him, or a contact kept, no approach to him
        _LEAD + "The club had been in contact with the agent of Ola Berg.",
        _LEAD + "Ola Berg stays in contact with the club's scouts.",
    ],
)
def test_no_approach_without_contact_with_him(text: str) -> None:
    assert "offer" not in _events(text)
