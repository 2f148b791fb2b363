"""A past arrival told in passing with the man it replaced ('had signed in January to replace Y', 'returned
to the Harbour Park for a second spell in May, replacing Y'): the newcomer's appointment, whatever the verb
of coming and however many words of where and when sit between it and the man replaced. Written for these
tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Dunmore Rovers have sacked head coach Marten Vosk after a run of six defeats.\n\n"
_APPOINTED = ("Marten Vosk", "Dunmore Rovers", "first_team", "appointed")


@pytest.mark.parametrize(
    "sentence",
    [
        # "only" after the verb
        "Vosk had arrived only in February in replacement of Ede Farkasz.",
        # a bare "signed", then the time
        "Vosk had signed in January 2023 to replace Ede Farkasz.",
        # translated "chiamato": "had been called in <when> to replace Y"
        "Vosk had been called in February to replace Ede Farkasz, sacked after a heavy defeat.",
        # a return, the ground, the spell and the time
        "Vosk returned to the Harbour Park Stadium for a second spell in October 2022, replacing Ede "
        "Farkasz.",
        "Vosk had returned for a third passage at the Harbour in 2023, in the place of Ede Farkasz.",
        # "joined" with the club's short name and "last year"
        "Vosk joined the Rovers in November last year to replace Ede Farkasz, who resigned.",
    ],
)
def test_past_arrival_in_place_of(sentence: str) -> None:
    assert _APPOINTED in keys_of(_SACKED + sentence)


def test_arrival_club_is_his_own_not_the_one_named_just_before() -> None:
    text = (
        "Dunmore Rovers head coach Marten Vosk has led the side to the title, the club said on Monday.\n\n"
        "Elmbridge City sounded out Vosk in April, but he chose to honour his contract.\n\n"
        "Vosk returned to the Harbour Park in June 2023 in substitution of Ede Farkasz."
    )
    keys = keys_of(text)
    assert _APPOINTED in keys
    assert ("Marten Vosk", "Elmbridge City", "first_team", "appointed") not in keys


def test_arrival_where_clause_is_not_the_club_in_view() -> None:
    # "at C, where he was called to replace Y": Y's post at C, not at the club of the story
    text = (
        "Dunmore Rovers have appointed Marten Vosk as head coach.\n\n"
        "It is his second job after a spell at Elmbridge City in 2022, where he was called in March to "
        "replace Ede Farkasz."
    )
    keys = keys_of(text)
    assert ("Ede Farkasz", "Dunmore Rovers", "first_team", "left") not in keys


@pytest.mark.parametrize(
    "sentence",
    [
        # a player signed by the coach: "signed" with its object, not a time
        "Vosk signed striker Tom Hale in January to replace Ede Farkasz.",
        # a player back in the side
        "Tom Hale returned to the side in March, replacing the injured Ede Farkasz.",
    ],
)
def test_not_an_arrival_in_place_of(sentence: str) -> None:
    keys = keys_of(_SACKED + sentence)
    assert ("Tom Hale", "Dunmore Rovers", "first_team", "appointed") not in keys
    assert ("Marten Vosk", "Dunmore Rovers", "first_team", "appointed") not in keys
