"""Club words of more countries mark a club the reference data does not know, as 'Town' and 'Rovers' do:
'Juniors', 'Deportiva' and 'Balompié' closing the name ('Tolvik Juniors', 'Marvela Deportiva', 'Drevna
Balompié'), 'Torpedo', 'Dukla' and 'Excelsior' opening it ('Torpedo Velmor', 'Excelsior Marnock'),
so a career or an offer naming one reads that club. Near misses: a German or Dutch age group's letter before
'Juniors' ('the A-Juniors') is a squad, no club, and the word alone names nothing."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of, spells_of

_LEAD = "Dunmore Athletic appointed Arvid Lund as their new manager on Monday. "


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Lund previously coached Tolvik Juniors.", "Tolvik Juniors"),
        ("Lund previously coached Marvela Deportiva.", "Marvela Deportiva"),
        ("Before that he coached Torpedo Velmor and Dukla Kresno.", "Dukla Kresno"),
        ("Before that he coached Torpedo Velmor and Dukla Kresno.", "Torpedo Velmor"),
        ("He has also trained Excelsior Marnock in the third tier.", "Excelsior Marnock"),
    ],
)
def test_club_word_makes_a_spell(sentence: str, club: str) -> None:
    assert club in spells_of(_LEAD + sentence, "Arvid Lund")


def test_offer_from_a_club_closing_on_balompie() -> None:
    text = _LEAD + "In the summer Lund had turned down an offer from Drevna Balompié."
    assert ("Arvid Lund", "Drevna Balompié", "first_team", "offer_declined") in keys_of(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund had coached the A-Juniors of the club for three seasons.",
        "Lund had coached the Juniors of the club for three seasons.",
    ],
)
def test_age_group_letter_and_bare_word_are_no_club(sentence: str) -> None:
    spells = spells_of(_LEAD + sentence, "Arvid Lund")
    assert not any("Juniors" in club for club in spells)
