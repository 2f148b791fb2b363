"""An aide's arrival told beside his boss's, with 'him' left out: "He will be assisted by A, with B joining as
goalkeeping coach" gives B appointed with that title, as "with B joining him as fitness coach" does. Not a
man joining with no staff title ('joining as captain', 'as a player'). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

NEWS = "Hammarby have named Lars Lund as head coach. "


@pytest.mark.parametrize(
    ("aside", "role"),
    [
        pytest.param(
            "He will be assisted by Erik Sand, with Olof Berg joining as goalkeeping coach.",
            "goalkeeping_coach",
            id="joining_as_goalkeeping_coach",
        ),
        pytest.param(
            "Lund brings in Erik Sand as his assistant, with Olof Berg joining as the keeper trainer.",
            "goalkeeping_coach",
            id="joining_as_the_keeper_trainer",
        ),
        pytest.param(
            "He will be assisted by Erik Sand, with Olof Berg joining as fitness coach.",
            "fitness_coach",
            id="joining_as_fitness_coach",
        ),
    ],
)
def test_aide_joining_as_a_staff_title_is_appointed(aside: str, role: str) -> None:
    facts = facts_of(NEWS + aside)
    read = {(f["coach"], f["club"], f["event"], f["role"]) for f in facts}
    assert ("Olof Berg", "Hammarby IF", "appointed", role) in read


@pytest.mark.parametrize(
    "aside",
    [
        pytest.param("He will be assisted by Erik Sand, with Olof Berg joining as captain.", id="captain"),
        pytest.param("Hammarby also signed Erik Sand, with Olof Berg joining as a player.", id="player"),
    ],
)
def test_a_man_joining_with_no_staff_title_is_not_appointed(aside: str) -> None:
    facts = facts_of(NEWS + aside)
    assert not any(f["coach"] == "Olof Berg" and f["event"] == "appointed" for f in facts)
