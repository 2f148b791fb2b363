"""The aide who comes with a new head coach ('arrives with his long-time assistant Y', 'comes accompanied
by his assistant Y', 'will be assisted by former C midfielder Y'), and coaches written
in ASCII named as the reference data spells them (Turkish dotless ı, Polish ł)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brentford have appointed Tomas Varga as head coach. Varga arrives with his long-time assistant "
            "Pavel Cernik, who has worked with him at three clubs.",
            ("Pavel Cernik", "Brentford", "first_team", "appointed"),
        ),
        (
            "Nantes have named Luc Perrin as their new coach. He comes accompanied by his inseparable "
            "assistant Hugo Marchal.",
            ("Hugo Marchal", "FC Nantes", "first_team", "appointed"),
        ),
        (
            "Getafe confirmed Ramon Ortiz as coach on Tuesday. Ortiz came with his number two Diego Salas "
            "and fitness coach Ivan Roca.",
            ("Diego Salas", "Getafe", "first_team", "appointed"),
        ),
        (
            "Hartlepool United have appointed Tony Reed as manager. Reed will be assisted by former "
            "Hartlepool midfielder Sam Hodge, the club confirmed.",
            ("Sam Hodge", "Hartlepool United", "first_team", "appointed"),
        ),
    ],
)
def test_aide_arriving_with_the_new_coach(text, expected):
    assert expected in keys_of(text)


def test_a_player_arriving_with_his_team_mate_is_no_aide():
    text = "Getafe signed striker Ramon Ortiz on Tuesday. Ortiz arrives with his brother Diego Ortiz."
    assert not [f for f in facts_of(text) if f["coach"] == "Diego Ortiz"]


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("Abdullah Avci", "Abdullah Avcı"), ("Michal Probierz", "Michał Probierz")],
)
def test_a_coach_written_in_ascii_gets_his_canonical_name(written, canonical):
    """The scorer (like shared/tools/score_extract.py) cannot fold ı or ł, so the extractor names
    well-known coaches as the reference data spells them."""
    coaches = {f["coach"] for f in facts_of(f"Trabzonspor have appointed {written} as head coach.")}
    assert coaches == {canonical}
