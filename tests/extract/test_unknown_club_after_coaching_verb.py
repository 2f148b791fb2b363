"""A club the reference data does not know, told bare as the object of a past coaching verb, is a spell
there: "previously coached Kelvaren.", "has also trained Tolvik and Marnock Rovers", "trained the ASV
Kelmsdorf" (small clubs are named bare in a career). A man coached, a nickname after 'the' and a
player the article names stay no club (sentences and names of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import spells_of

_LEAD = "Dunmore Athletic appointed Arvid Lund as their new manager on Monday. "


def _spells(text: str) -> set[str]:
    return spells_of(text, "Arvid Lund")


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        (_LEAD + "Lund previously coached Kelvaren.", {"Kelvaren"}),
        (_LEAD + "Before that he coached Kelvaren, and he knows the league well.", {"Kelvaren"}),
        (_LEAD + "He has also trained Tolvik and Marnock Rovers.", {"Tolvik", "Marnock Rovers"}),
        # "ASV", not "ASK": initials that open a listed club's name (ASK Voitsberg, SKN St. Pölten) are read
        # by the alias readings
        (_LEAD + "Before, the 51-year-old trained the ASV Kelmsdorf.", {"ASV Kelmsdorf"}),
        (_LEAD + "Earlier he commanded Tolvik in the second tier.", {"Tolvik"}),
    ],
)
def test_unknown_club_after_a_coaching_verb(text: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # two plain words: a man's name as often as a club's
        (_LEAD + "Lund previously coached Dario Pellicci.", "Dario Pellicci"),
        # one word after 'the': a nickname, left to coreference
        (_LEAD + "Lund previously coached the Gulls.", "Gulls"),
        # a player the article names in full, told by his surname
        (_LEAD + "Striker Enzo Varga signed on the same day. Lund once coached Varga.", "Varga"),
        # not closing its clause: a man coached somewhere
        (_LEAD + "Lund coached Kelvaren at the youth camp of Dunmore Athletic.", "Kelvaren"),
    ],
)
def test_no_club_of_a_man_nickname_or_player(text: str, name: str) -> None:
    assert name not in _spells(text)
