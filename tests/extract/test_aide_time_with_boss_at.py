"""An aide's time with his boss at an earlier club, told beside his new or current post: "who has worked
alongside him since their days at C", "has worked with him since C", "his assistant since the period of C",
"who had also been with him at C", "his assistant during the spell at C". Each is a spell of the aide's
at C. Not a time without a club ("since the summer"), a man he only knows, nor a place that is no club.
Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Leeds United have appointed Daniel Farke as head coach. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Edmund Riemer, who has worked alongside him since their days at Norwich City, joins too.",
        _LEAD + "His assistant Edmund Riemer has worked with him since Norwich City.",
        _LEAD + "Farke brings Edmund Riemer, his assistant since the period of Norwich City.",
        _LEAD + "Edmund Riemer, who had also been with him at Norwich City, completes the staff.",
        _LEAD
        + "Farke will bring in Edmund Riemer, his assistant during the promotion spell at Norwich City.",
    ],
)
def test_the_aides_spell_at_the_shared_club(text: str) -> None:
    assert ("Edmund Riemer", "Norwich City", "first_team", "in_charge") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Edmund Riemer, who has known him since their days at Norwich City, completes the staff.",
        _LEAD + "Edmund Riemer, who had been with him at the training ground, completes the staff.",
        _LEAD + "Edmund Riemer, his assistant during the season, completes the staff.",
    ],
)
def test_near_miss_no_spell_of_the_aide(text: str) -> None:
    assert not {key for key in keys_of(text) if key[0] == "Edmund Riemer" and key[1] == "Norwich City"}
