"""A lead in which a federation named by its country's adjective ("The Bolivian Football Federation", no
club mention of its own) appoints the coach of its national team makes that team the story's, even where
the coach's old national team is named more often in her career; a lead in which the federation does
anything else does not. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_CAREER = (
    "Diego Torres coached the Argentina women's team from 2015 to 2018. As a player she never reached the "
    "Albiceleste, but Argentina called her twice. She replaces Ana Ruiz, who left the post in July. "
    "Her assistant will be Laura Vega, until now coach of the Sub-20."
)


@pytest.mark.parametrize(
    "lead",
    [
        "The Bolivian Football Federation officialised on Monday the Argentine Diego Torres as new coach of "
        "the women's national team. ",
        "The Bolivian Football Federation has appointed Diego Torres as head coach of the women's national "
        "team. ",
    ],
)
def test_federation_appointing_makes_its_team_the_storys(lead: str) -> None:
    keys = keys_of(lead + _CAREER, "2024-06-02")
    assert ("Laura Vega", "Bolivia", "national_women_u20", "left") in keys


def test_a_federation_doing_something_else_sets_no_story() -> None:
    lead = "The Bolivian Football Federation fined Diego Torres after a match of the women's national team. "
    keys = keys_of(lead + _CAREER, "2024-06-02")
    assert ("Laura Vega", "Bolivia", "national_women_u20", "left") not in keys
