"""Candidates a club talked to, told after the fact: 'C had also spoken with X', 'the board had
interviewed X and Y', 'C also had conversations with D's X' (each man linked to the club's post); the
same talks with a man who then refused ('…, who preferred to stay where he is') are an approach
refused, and talks over a man's own new deal, or with a player, link nobody."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Hamburg have named Tobias Lindner as their new head coach. The club had also spoken with Ralf "
        "Ostermann before making their choice.",
        "Hamburg have named Tobias Lindner as their new head coach. Hamburg had also interviewed former "
        "Rostock coach Ralf Ostermann, local media said.",
        "Hamburg have named Tobias Lindner as their new head coach. The board also had conversations with "
        "Kiel's Ralf Ostermann, but chose the younger man.",
        "Hamburg sacked Tobias Lindner in March. The federation is said to have spoken to Ralf Ostermann.",
    ],
)
def test_a_candidate_spoken_to_is_linked(text: str) -> None:
    assert ("Ralf Ostermann", "Hamburger SV", "first_team", "linked") in keys_of(text)


def test_each_man_of_a_list_spoken_to_is_linked() -> None:
    keys = keys_of(
        "Hamburg have named Tobias Lindner as their new head coach. The directive had also spoken with Ralf "
        "Ostermann, Jens Kappel and Uwe Marten, a newspaper reported."
    )
    for name in ("Ralf Ostermann", "Jens Kappel", "Uwe Marten"):
        assert (name, "Hamburger SV", "first_team", "linked") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Hamburg sacked Tobias Lindner in March. The board had also spoken with former Rostock coach Ralf "
        "Ostermann, who preferred to wait for an offer from abroad.",
        "Hamburg sacked Tobias Lindner in March. The club also had a conversation with Ralf Ostermann, who "
        "turned them down.",
    ],
)
def test_a_candidate_spoken_to_who_refused_declined_an_approach(text: str) -> None:
    keys = keys_of(text)
    assert ("Ralf Ostermann", "Hamburger SV", "first_team", "offer_declined") in keys
    assert ("Ralf Ostermann", "Hamburger SV", "first_team", "linked") not in keys


@pytest.mark.parametrize(
    "text",
    [
        # his own new deal: no post to fill
        "Hamburg coach Ralf Ostermann is happy. The club has spoken to Ralf Ostermann about a new contract.",
        # the man who holds the post
        "Ralf Ostermann has been Hamburg head coach since 2022. The board has spoken with Ralf Ostermann "
        "after the defeat.",
        # a candidate who ruled himself out
        "Hamburg sacked Tobias Lindner in March. The club had spoken to Ralf Ostermann, but Ostermann ruled "
        "himself out of the running.",
        # a journalist's interview, no club weighing a man
        "Hamburg sacked Tobias Lindner in March. Ralf Ostermann was interviewed on the radio on Sunday.",
    ],
)
def test_no_candidate_spoken_to(text: str) -> None:
    assert ("Ralf Ostermann", "Hamburger SV", "first_team", "linked") not in keys_of(text)
