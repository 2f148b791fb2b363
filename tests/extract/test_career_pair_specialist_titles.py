"""A spell read from a career title before a club ("was also a goalkeeping coach at C", "fitness coach
of C") is the specialist's post, not the head coach's; a bare title ("coach of C") and the next item of
a list ("fitness coach of A and coach of B": B is a head coach's spell) stay the head coach's. Written
for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _roles(text: str, coach: str, club: str) -> set[str]:
    return {f["role"] for f in facts_of(text) if f["coach"] == coach and f["club"] == club}


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("a goalkeeping coach at", "goalkeeping_coach"),
        ("goalkeeping coach of", "goalkeeping_coach"),
        ("the fitness coach at", "fitness_coach"),
    ],
)
def test_specialist_title_gives_its_role(title: str, role: str) -> None:
    text = f"Lecce appointed Dario Ferretti as head coach. Ferretti was also {title} Bari."
    assert _roles(text, "Dario Ferretti", "Bari") == {role}


@pytest.mark.parametrize(
    "text",
    [
        "Lecce appointed Dario Ferretti as head coach. Ferretti was previously coach of Bari.",
        "Lecce appointed Dario Ferretti. Ferretti was fitness coach of Cagliari and coach of Bari.",
        "Lecce appointed Dario Ferretti. Ferretti, fitness coach of Cagliari, then coached Bari.",
    ],
)
def test_head_coach_titles_stay(text: str) -> None:
    assert _roles(text, "Dario Ferretti", "Bari") == {"head_coach"}
