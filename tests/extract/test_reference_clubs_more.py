"""Clubs of the Luxembourg National Division, women-only clubs of Serie A Femminile and of Nigeria's
women's league: named, and the women-only ones' posts are the women's."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


@pytest.mark.parametrize(
    ("text", "club", "squad"),
    [
        (
            "F91 Dudelange have named Fabio Ferrari as their new head coach.",
            "F91 Dudelange",
            "first_team",
        ),
        ("Swift Hesperange have appointed Carlos Fangueiro as head coach.", "Swift Hesperange", "first_team"),
        (
            "Paola Ricci spent three seasons in charge of Pomigliano in Serie A Femminile.",
            "Pomigliano CF",
            "women",
        ),
        ("Edo Queens have sacked head coach Moses Aduku.", "Edo Queens", "women"),
        (
            "The former Nasarawa Amazons coach Justine Madugu was named head coach.",
            "Nasarawa Amazons",
            "women",
        ),
    ],
)
def test_more_clubs_are_named(text, club, squad):
    assert (club, squad) in {(f["club"], f["squad"]) for f in facts_of(text)}
