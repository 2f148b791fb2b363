"""The bare title 'Assistant X', 'the assistant X' (as translated copy writes it) names an
aide holding his post at the club in view. Not 'his assistant X' (his boss's aide, placed only through his
boss), nor an aide the sentence tells arriving. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_MATCH = "Hartberg drew 0-0 with Ried on Sunday. "
_HELD = ("Lukas Feichter", "TSV Hartberg", "first_team", "in_charge")


@pytest.mark.parametrize(
    "sentence",
    [
        "Assistant Lukas Feichter has been running the training sessions this week.",
        "The assistant Lukas Feichter and the goalkeeping coach Pavel Novak were thrown in the air.",
    ],
)
def test_the_bare_title_names_an_aide_at_the_club_in_view(sentence: str) -> None:
    assert _HELD in keys_of(_MATCH + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Brenner thanked his assistant Lukas Feichter after the game.",
        "Brenner brings two men with him: the assistant Lukas Feichter and the fitness coach Pavel Novak.",
        "Assistant Lukas Feichter, who joined in the summer, runs most of the sessions.",
    ],
)
def test_no_spell_for_a_bosss_aide_or_an_arriving_one(sentence: str) -> None:
    assert _HELD not in keys_of(_MATCH + sentence)
