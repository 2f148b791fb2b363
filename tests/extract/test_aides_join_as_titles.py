"""Aides arriving with a new coach, each named before his own title: 'X will be joined by compatriot A as
assistant', 'X arrives with A as his assistant', 'X will also add A as assistant coach and B as goalkeeping
coach', 'X has brought in A from C's academy as goalkeeping coach' are appointments at the new man's club;
a player, a captain or a head coach named after 'as' is no aide."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

LEAD = "Real Oviedo have appointed Tomas Berg as head coach on a two-year deal. "


@pytest.mark.parametrize(
    ("tail", "aides"),
    [
        ("Berg will be joined by compatriot Anders Lund as assistant.", ["Anders Lund"]),
        ("Berg will be joined by Anders Lund as first-team coach, while Nils Dahl stays.", ["Anders Lund"]),
        ("Berg arrives with Anders Lund as his assistant.", ["Anders Lund"]),
        ("Berg arrives with his son Anders Lund as assistant.", ["Anders Lund"]),
        (
            "Berg will also add Anders Lund as assistant coach and Nils Dahl as goalkeeping coach.",
            ["Anders Lund", "Nils Dahl"],
        ),
        ("Berg adds former Malmo captain Anders Lund as an assistant.", ["Anders Lund"]),
        ("Berg will bring Anders Lund from Malmo's academy as his assistant.", ["Anders Lund"]),
        ("Berg has also brought in Anders Lund from Malmo as goalkeeping coach.", ["Anders Lund"]),
    ],
)
def test_aide_named_before_his_title_joins_the_new_mans_club(tail: str, aides: list[str]) -> None:
    keys = keys_of(LEAD + tail)
    for aide in aides:
        assert (aide, "Real Oviedo", "first_team", "appointed") in keys


def test_aide_joins_the_new_mans_club_not_one_named_later() -> None:
    # (the club the two worked at together is a past post, not where the aide arrives)
    tail = "Berg arrives with Anders Lund as his assistant, the two having worked together at Malmo."
    keys = keys_of(LEAD + tail)
    assert ("Anders Lund", "Real Oviedo", "first_team", "appointed") in keys
    assert not any(k[0] == "Anders Lund" and k[1] != "Real Oviedo" and k[3] == "appointed" for k in keys)


@pytest.mark.parametrize(
    "tail",
    [
        "Berg will be joined by winger Anders Lund as captain.",
        "Berg will be joined by Anders Lund as head coach of the women's team.",
        "Berg will also add midfielder Anders Lund to the squad as a loan signing.",
        "Berg arrives with Anders Lund as the favourite to win the league.",
    ],
)
def test_no_aide_without_a_staff_title(tail: str) -> None:
    keys = keys_of(LEAD + tail)
    assert not any(k[0] == "Anders Lund" and k[3] == "appointed" for k in keys)
