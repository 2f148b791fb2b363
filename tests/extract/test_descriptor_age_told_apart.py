"""A descriptor whose age ('The Dane, 52,') differs from the age an earlier descriptor read as the man
in view gave him ('the 44-year-old'): another man, the story's new coach first. The same age, or no age,
keeps the man in view. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_STORY = (
    "LEEDS - Leeds United have sacked Tom Hale after five games and replaced him with Mark Dunn.\n\n"
    "The decision came four months after the 44-year-old was given a new contract. Hale had taken over "
    "from Paul Kerr in 2022 and led the club to promotion.\n\n"
    "{descriptor} had been out of work since leaving Luton Town in the summer. He has also coached "
    "Millwall and Stoke City."
)


@pytest.mark.parametrize("descriptor", ["The Dane, 52,", "The Dane (52)", "The 52-year-old"])
def test_another_age_is_the_new_man(descriptor: str) -> None:
    keys = keys_of(_STORY.format(descriptor=descriptor), "2024-09-18")
    assert ("Mark Dunn", "Luton Town", "first_team", "left") in keys
    assert ("Mark Dunn", "Millwall", "first_team", "in_charge") in keys
    assert not any(k[0] == "Tom Hale" and k[1] == "Luton Town" for k in keys)


@pytest.mark.parametrize("descriptor", ["The Dane, 44,", "The Dane"])
def test_same_age_or_none_keeps_the_man_in_view(descriptor: str) -> None:
    keys = keys_of(_STORY.format(descriptor=descriptor), "2024-09-18")
    assert ("Tom Hale", "Luton Town", "first_team", "left") in keys
    assert not any(k[0] == "Mark Dunn" and k[1] == "Luton Town" for k in keys)
