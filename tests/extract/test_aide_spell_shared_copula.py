"""aide-spell-at reads its copula from the shared `AIDE_COPULA` ("was previously also an assistant at
C", "having been assistant coach at C", "was briefly assistant at C", "became assistant coach at C"): a
staff spell at C. The present "is coach at C" is the head coach's post, never read as an aide's spell.
Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

STORY = "Porto appointed Rui Faria as head coach. "


@pytest.mark.parametrize(
    "text",
    [
        "Faria was previously also an assistant at Braga.",
        "Faria, having been assistant coach at Braga, knows the league.",
        "Faria was briefly assistant at Braga.",
        "Faria became assistant coach at Braga in 2015.",
    ],
)
def test_aide_spell_told_with_a_copula(text: str) -> None:
    spells = {(f["club"], f["role"], f["event"]) for f in facts_of(STORY + text) if f["coach"] == "Rui Faria"}
    assert ("Braga", "assistant_coach", "in_charge") in spells


def test_present_coach_at_is_no_aides_spell() -> None:
    facts = facts_of(STORY + "His brother, Nuno Faria, is coach at Braga.")
    assert {(f["club"], f["role"]) for f in facts if f["coach"] == "Nuno Faria"} == {("Braga", "head_coach")}


@pytest.mark.parametrize(
    "text",
    [
        "Faria became coach at Braga in 2015.",
        "Faria, having been coach at Braga, knows the league.",
        "Faria later became the coach at Braga.",
    ],
)
def test_became_coach_at_is_no_aides_spell(text: str) -> None:
    """Near misses: a bare 'coach' after 'became' / 'having been' is his own post, not an aide's spell."""
    facts = facts_of(STORY + text)
    assert ("Braga", "assistant_coach") not in {
        (f["club"], f["role"]) for f in facts if f["coach"] == "Rui Faria"
    }
