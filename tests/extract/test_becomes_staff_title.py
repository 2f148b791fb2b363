"""A staff post taken now, its title bare: 'A becomes goalkeeping coach', 'B will be physical preparer',
'C, who becomes assistant manager after three years as head of coaching' are appointments (at the club
named after the title, else the one in view; 'assistant to Y with the senior national team' is that side);
a pundit's 'analyst for TV', a post held in the past or a player's role is none."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

LEAD = "Real Oviedo have appointed Tomas Berg as head coach on a two-year deal. "


@pytest.mark.parametrize(
    "tail",
    [
        "Anders Lund stays on as assistant coach and Nils Dahl becomes goalkeeping coach.",
        "Berg will be assisted by Anders Lund, while Nils Dahl becomes goalkeeper coach.",
        "Nils Dahl will be physical preparer.",
        "Joining him is Nils Dahl, who becomes assistant manager after three years as head of the academy.",
    ],
)
def test_bare_staff_title_taken_now_is_an_appointment(tail: str) -> None:
    assert ("Nils Dahl", "Real Oviedo", "first_team", "appointed") in keys_of(LEAD + tail)


def test_the_club_after_the_title_is_the_post() -> None:
    keys = keys_of(LEAD + "Nils Dahl becomes goalkeeping coach at Sporting Gijon.")
    assert ("Nils Dahl", "Sporting Gijón", "first_team", "appointed") in keys


def test_the_side_after_his_boss_is_the_post() -> None:
    text = (
        "Norway have named Tomas Berg as coach of the under-21 team. He replaces Nils Dahl, who becomes "
        "assistant to Stale Solbakken with the senior national team."
    )
    keys = keys_of(text)
    assert ("Nils Dahl", "Norway", "national", "appointed") in keys
    assert ("Nils Dahl", "Norway", "national_u21", "appointed") not in keys


@pytest.mark.parametrize(
    "tail",
    [
        "Nils Dahl will be an analyst for Sky Sports this season.",
        "Nils Dahl was goalkeeping coach at Real Oviedo for three years.",
        "Nils Dahl will be captain this season.",
    ],
)
def test_no_staff_post_taken(tail: str) -> None:
    assert not any(k[0] == "Nils Dahl" and k[3] == "appointed" for k in keys_of(LEAD + tail))
