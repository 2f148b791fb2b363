"""A man "who also coaches the under-20 team" (translated "who directs also the Sub-20 selection") leads that
side of the club or country in view as the story is told, beside the post he is named to (sentences of our
own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "The Peruvian federation named Carlos Mendes as head coach of the national team. "


@pytest.mark.parametrize(
    "sentence",
    [
        "His assistant will be Luis Rojas, who also coaches the under-20 team.",
        "His assistant will be the Peruvian Luis Rojas, who directs also the Sub-20 selection since 2021.",
    ],
)
def test_the_side_he_also_leads(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence, "2024-01-03")
    assert ("Luis Rojas", "Peru", "national_u20", "in_charge") in keys
    assert ("Luis Rojas", "Peru", "national", "appointed") in keys


def test_leading_a_team_out_is_no_post() -> None:
    keys = keys_of(_LEAD + "Luis Rojas leads the first team out at the stadium.", "2024-01-03")
    assert not any(person == "Luis Rojas" for person, *_ in keys)
