"""A headline telling the coach's own new deal ('X signs new long-term deal with C', 'X extends contract
with C', 'X commits future to C', 'X signs new C deal') names the story's club, even when the text names
another side more often (a job he was linked with): its staff's unnamed posts are there (sentences of our
own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_TEXT = (
    "Tom Baker has signed a new long-term contract with Preston North End. "
    "His name had been linked with the Wales job after Rob Page's departure, and Wales will decide in May. "
    "Goalkeeping coach Sam Ward has also agreed a new deal."
)
_AT_CLUB = ("Sam Ward", "Preston North End", "first_team", "extended")
_AT_WALES = ("Sam Ward", "Wales", "national", "extended")


@pytest.mark.parametrize(
    "title",
    [
        "Tom Baker signs new long-term deal with Preston North End",
        "Baker extends contract with Preston North End",
        "Tom Baker commits future to Preston North End",
        "Tom Baker signs new Preston North End deal",
        "Tom Baker extends Preston North End contract until 2027",
        "Baker agrees three-year extension with Preston North End",
    ],
)
def test_headline_new_deal_names_the_club(title: str) -> None:
    keys = keys_of(_TEXT, title=title)
    assert _AT_CLUB in keys and _AT_WALES not in keys


@pytest.mark.parametrize(
    "title",
    [
        # no deal signed: talks, a rumour
        "Tom Baker in talks over new deal with Preston North End",
        "Tom Baker linked with Wales job",
    ],
)
def test_no_deal_in_the_headline(title: str) -> None:
    assert _AT_CLUB not in keys_of(_TEXT, title=title)
