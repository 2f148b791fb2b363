"""A contract extension in more word orders: the new term told before the deal ('renewed for two more
seasons the contract of the coach X'), the team's name before his title ('the contract of Norway head coach
X'), the passive with the deal named first ('the contract of the head coach X for next season has been
renewed'), the deal's old term set off by commas ("X's contract, which was due to end in June, has been
extended"), the body's word of it ("X's contract would be extended") and the day it was done ("his contract
was extended on Monday"). A deal not renewed, a player's deal and talk of a deal are no extension. Written
for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Dunmore Rovers head coach Marten Vosk has led the side to the title. "
_EXTENDED = ("Marten Vosk", "Dunmore Rovers", "first_team", "extended")


@pytest.mark.parametrize(
    "sentence",
    [
        # the new term before the deal
        "The board of Dunmore Rovers renewed for two more seasons the contract of the Hungarian coach Marten "
        "Vosk, the club said on Tuesday.",
        # the deal named first, told passively
        "Dunmore Rovers announced that the contract of the head coach Marten Vosk for the next season has "
        "been renewed.",
        # its old term set off by commas
        "Dunmore Rovers confirmed that Vosk's contract, which was due to end in June, has been extended "
        "until 2027.",
        # the body's word of it
        "The chairman said on Monday that Vosk's contract would be extended to cover the next two seasons.",
        # the day it was done
        "The club confirmed that Vosk will stay, and his contract was extended on Monday.",
        # new terms, no noun of the deal
        "Vosk has agreed fresh terms with Dunmore Rovers.",
        "Vosk signed improved terms on Friday.",
    ],
)
def test_extension_word_orders(sentence: str) -> None:
    assert _EXTENDED in keys_of(_LEAD + sentence)


def test_team_name_before_his_title() -> None:
    text = "The Norwegian federation has extended the contract of Norway head coach Marten Vosk until 2027."
    assert ("Marten Vosk", "Norway", "national", "extended") in keys_of(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # not renewed: his term runs out
        "Dunmore Rovers announced that the contract of the head coach Marten Vosk will not be renewed.",
        # talk of a deal, not one made
        "Dunmore Rovers confirmed that Vosk's contract, which runs until June, was discussed on Monday.",
        # terms agreed for a move, not new terms of his deal
        "Vosk has agreed terms with Dunmore Rovers' rivals Carrow Town.",
    ],
)
def test_no_extension_told(sentence: str) -> None:
    assert _EXTENDED not in keys_of(_LEAD + sentence)


def test_players_deal_extended_beside_the_coach() -> None:
    text = (
        _LEAD + "Vosk wants to keep his best players. Striker Ivo Brandt signed for the club in 2021, and "
        "his contract was extended on Monday."
    )
    assert not {k for k in keys_of(text) if k[0] == "Ivo Brandt" and k[3] == "extended"}
