"""Aides who come with a new head coach ('arrives with his long-time assistant Y', 'comes
accompanied by his assistant Y', 'will be assisted by former C midfielder Y', 'will be joined by his
assistant Y', 'brings a staff headed by Y'); a player's brother or a coach's wife is no aide."""

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


# --- staff arriving with a new coach ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rayo Vallecano appointed Iñigo Pérez. He will be joined by his assistant Pablo Gil.",
        "Rayo Vallecano appointed Iñigo Pérez, who brings his long-time assistant Pablo Gil with him.",
        "Rayo Vallecano appointed Iñigo Pérez. The 36-year-old brings a three-man coaching staff with him, "
        "headed by assistant coach Pablo Gil.",
        "Rayo appointed Iñigo Pérez. He brought with him a backroom team led by assistant Pablo Gil.",
    ],
)
def test_staff_arrive_with_the_new_coach(text: str) -> None:
    assert any(k[0] == "Pablo Gil" and k[1].startswith("Rayo") and k[3] == "appointed" for k in keys_of(text))


def test_joined_by_family_is_no_staff() -> None:
    text = "Rayo Vallecano appointed Iñigo Pérez. He was joined by his wife Laura Gil at the presentation."
    assert not any(k[0] == "Laura Gil" for k in keys_of(text))
