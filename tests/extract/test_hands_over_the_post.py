"""A coach who hands his post over leaves it: 'X will hand that role over to his assistant', '… and then
handed over to Y', 'the last tournament before X hands over to Y', 'before handing over at the end of
that season'. What he hands over is the post or nothing named: not a trophy or a captain's armband, and
'handing the reins' needs 'over' here. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Latvia have appointed Ivars Kolar as head coach. "


@pytest.mark.parametrize(
    ("sentence", "squad"),
    [
        (
            "Henk Vella, in charge of the Latvia under-21s for three years, will hand that role over to "
            "his assistant Jan Berzins.",
            "national_u21",
        ),
        (
            "Latvia coach Henk Vella won the Baltic Cup in 2023 and then handed over to Jan Berzins.",
            "national",
        ),
        (
            "Latvia coach Henk Vella leads the side at the Baltic Cup, the last tournament before he hands "
            "over to Kolar.",
            "national",
        ),
        (
            "Henk Vella took interim charge of Latvia in 2023 and reached the final before handing over at "
            "the end of that season.",
            "national",
        ),
    ],
)
def test_handing_the_post_over_is_leaving_it(sentence: str, squad: str) -> None:
    assert ("Henk Vella", "Latvia", squad, "left") in keys_of(_NEWS + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Latvia coach Henk Vella handed over the trophy to the captain.",
        "Latvia coach Henk Vella handed the armband over to Jan Berzins.",
    ],
)
def test_handing_over_a_thing_is_no_departure(sentence: str) -> None:
    assert not any(k[0] == "Henk Vella" and k[3] == "left" for k in keys_of(_NEWS + sentence))
