"""A career's clubs after the country they were in, told the translated way: "had directed in his country A
and B" (Spanish "dirigió en su país a"), "directed in Denmark A and B" (the preposition before the clubs
left out), beside the English "in Spain with A" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "AIK have appointed Jens Lund as head coach. "


def _spells(text: str) -> set[str]:
    keys = keys_of(text)
    return {club for person, club, _squad, event in keys if person == "Jens Lund" and event == "in_charge"}


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Lund, 54, had directed in his country Odense and Vejle, and he leaves Molde to sign.",
        _LEAD + "Lund, 54, had directed in his native country Odense and Vejle.",
        _LEAD + "Lund, 54, had directed in Denmark Odense and Vejle.",
    ],
)
def test_clubs_after_the_country(text: str) -> None:
    assert {"Odense Boldklub", "Vejle Boldklub"} <= _spells(text)


@pytest.mark.parametrize(
    "text",
    [
        # "the club" after the country is the club in view by its noun, no item of the list
        _LEAD + "Lund, 60, directed in Denmark the club before he moved abroad.",
        # the country's own team coached, no list of clubs after it
        _LEAD + "Lund, 60, worked in Denmark for years.",
    ],
)
def test_no_club_in_view_read_from_the_country(text: str) -> None:
    assert "AIK" not in _spells(text)
