"""'C approached X, but he is happy at D': D is the club he stays at, the refused approach is C's (as with
'decided to stay at D'). A refusal told with the club he turned down still files it under that club.
Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Chelsea approached Tomas Vik, but he is happy at Brighton.",
        "Chelsea made an approach for Tomas Vik, but the Norwegian is happy at Brighton.",
        "Chelsea approached Tomas Vik, but he was happy where he is at Brighton.",
        "Chelsea approached Tomas Vik, but he is happy working at Brighton under a long contract.",
    ],
)
def test_happy_where_he_is_declines_the_suitor(sentence: str) -> None:
    keys = keys_of(sentence, "2024-11-20")
    assert ("Tomas Vik", "Chelsea", "first_team", "offer_declined") in keys
    assert not any(k[1] == "Brighton & Hove Albion" and k[3] == "offer_declined" for k in keys)


def test_club_turned_down_is_the_declined_one() -> None:
    keys = keys_of("Chelsea approached Tomas Vik, but he turned Brighton down.", "2024-11-20")
    assert ("Tomas Vik", "Brighton & Hove Albion", "first_team", "offer_declined") in keys
