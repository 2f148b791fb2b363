"""'C are expected to consider X for the role', translated 'C also evaluated X for the post': a candidate
(linked), like 'C had considered X'. Sentences written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Swansea City have sacked manager Luke Dale. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Swansea are expected to consider Tom Hale for the permanent role.",
        "Swansea are likely to consider Tom Hale, who left Hull in May, for the job.",
        "According to local press, Swansea also evaluated the Welshman Tom Hale for the post.",
        "Swansea are expected to consider Tom Hale.",
        "Swansea are expected to consider Tom Hale for the vacant post.",
    ],
)
def test_a_club_considering_a_man_links_him(sentence: str) -> None:
    assert ("Tom Hale", "Swansea City", "first_team", "linked") in keys_of(_LEAD + sentence, "2024-06-20")


@pytest.mark.parametrize(
    "sentence",
    [
        # the club weighing an offer, not a man
        "Swansea are expected to consider the offer for striker Tom Hale.",
        # a player's fitness evaluated
        "The medical staff also evaluated Tom Hale after the match.",
        # a player considered for something on the pitch
        "Swansea are expected to consider Tom Hale for the captaincy.",
        "Swansea are likely to consider Tom Hale for a starting place on Saturday.",
    ],
)
def test_no_link_without_a_man_considered_for_the_post(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence, "2024-06-20")
    assert not any(k[0] == "Tom Hale" and k[3] == "linked" for k in keys)
