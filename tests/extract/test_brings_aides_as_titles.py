"""A new coach bringing his aides, each named before his own title after a colon ("X brings his trusted
men: A as assistant and B as physical trainer", translated "sus hombres de confianza"): each aide
appointed with his own role."""

from __future__ import annotations

from extract_helpers import facts_of


def test_each_aide_gets_his_own_title():
    facts = facts_of(
        "Real Oviedo have appointed Javier Calleja. Calleja brings his trusted men: Pedro López as assistant "
        "and Juan Ruiz as physical trainer."
    )
    found = {(f["coach"], f["club"], f["event"], f["role"]) for f in facts}
    assert ("Pedro López", "Real Oviedo", "appointed", "assistant_coach") in found
    assert ("Juan Ruiz", "Real Oviedo", "appointed", "fitness_coach") in found


def test_players_brought_as_no_title_are_no_aides():
    # near miss: players named with their positions, no backroom title
    facts = facts_of(
        "Real Oviedo have appointed Javier Calleja. Calleja brings his trusted men: Pedro López as captain "
        "and Juan Ruiz as striker."
    )
    assert not {f["coach"] for f in facts} & {"Pedro López", "Juan Ruiz"}
