"""'The Wanderers' is a context alias of each Wanderers club the English-language press calls so: Bolton,
Wycombe and Western Sydney Wanderers (the A-League club's usual short name); it means the one the article
names in full (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "event"),
    [
        pytest.param(
            "Melbourne Victory drew with Western Sydney Wanderers on Saturday. Meanwhile Mark Doyle has been "
            "named the new coach of the Wanderers.",
            "appointed",
            id="the_wanderers_is_western_sydney_in_its_story",
        ),
        pytest.param(
            "Melbourne Victory beat Western Sydney Wanderers on Saturday. Victory coach Mark Doyle, who left "
            "the Wanderers in 2018, was delighted.",
            "left",
            id="left_the_wanderers_in_a_match_story",
        ),
    ],
)
def test_the_wanderers_is_western_sydney_in_its_story(text: str, event: str) -> None:
    assert ("Mark Doyle", "Western Sydney Wanderers", "first_team", event) in keys_of(text)


def test_the_wanderers_is_bolton_in_a_bolton_story():
    """Near miss: with Bolton named in full, 'the Wanderers' stays Bolton."""
    text = "Bolton Wanderers have appointed Mark Doyle. Doyle said the Wanderers were ready."
    keys = keys_of(text)
    assert ("Mark Doyle", "Bolton Wanderers", "first_team", "appointed") in keys
    assert not any(k[1] == "Western Sydney Wanderers" for k in keys)
