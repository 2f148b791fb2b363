"""A name followed by a bare apostrophe ("Nicholls' assistant") is a possessor, as one followed by "'s" is:
the clause's later verbs are not his. "Hadley had been Nicholls' assistant and was previously in charge of
the club's academy" tells Hadley's academy spell, and no aide's post of Nicholls there."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _spells(text: str, name: str) -> set[tuple[str, str]]:
    spells = (f for f in facts_of(text) if f["coach"] == name and f["event"] == "in_charge")
    return {(f["squad"], f["role"]) for f in spells}


@pytest.mark.parametrize("possessive", ["Nicholls'", "Nicholls’", "Nicholls's"])
def test_the_academy_spell_is_not_the_possessors(possessive):
    text = (
        f"Perth Glory have named Tom Hadley as head coach. Hadley had been Jonas {possessive} assistant for "
        "two seasons and was previously in charge of the club's academy."
    )
    assert ("youth", "assistant_coach") not in _spells(text, "Jonas Nicholls")
    assert _spells(text, "Tom Hadley")
