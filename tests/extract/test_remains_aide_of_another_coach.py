"""A new head coach who "also remains Y's assistant with C" keeps his aide's post with C (in_charge as
assistant) beside the new job, and Y is C's coach. Not a man who remains "Y's friend", nor "remains
in touch with Y"."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_LEAD = "Port Vale have appointed Owen Farrow as their new manager. "


@pytest.mark.parametrize(
    "sentence",
    [
        "He also remains Neil Garside's assistant with Iceland.",
        "Farrow remains Neil Garside's number two with Iceland for the autumn qualifiers.",
    ],
)
def test_aides_post_kept_beside_the_new_job(sentence: str) -> None:
    facts = facts_of(_LEAD + sentence)
    aide = [f for f in facts if f["coach"] == "Owen Farrow" and f["club"] == "Iceland"]
    assert [(f["event"], f["role"]) for f in aide] == [("in_charge", "assistant_coach")]
    assert ("Neil Garside", "Iceland", "national", "in_charge") in keys_of(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He also remains Neil Garside's closest friend in the game.",
        "Farrow remains in touch with Neil Garside, his old coach at Iceland.",
    ],
)
def test_no_aides_post_without_an_aides_title(sentence: str) -> None:
    facts = facts_of(_LEAD + sentence)
    assert not [f for f in facts if f["coach"] == "Owen Farrow" and f["role"] == "assistant_coach"]
