"""'X was appointed after leaving C, where he had spent three years, and succeeded Y, who had left for D':
a ', where' clause closed by a comma and 'and' goes back to the main clause, so the post Y left is the
story's (the club that appointed X), not C. A 'where' clause still tells its own club's facts ('left C,
where he was replaced by Y'). Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Oxford United have sacked Tom Hale. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Hale, 44, was appointed in May after leaving Crewe Alexandra, where he had spent three years, "
        "and succeeded Dan Marsh, who had left for Stoke City.",
        "Hale arrived from Crewe Alexandra, where he won promotion twice, and replaced Dan Marsh.",
    ],
)
def test_the_man_replaced_after_a_closed_where_clause_left_the_storys_club(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence)
    assert ("Dan Marsh", "Crewe Alexandra", "first_team", "left") not in keys
    assert ("Dan Marsh", "Oxford United", "first_team", "left") in keys


def test_a_where_clause_still_tells_its_clubs_succession() -> None:
    text = _NEWS + "Hale had earlier left Crewe Alexandra, where he was replaced by Dan Marsh in October."
    keys = keys_of(text)
    assert ("Dan Marsh", "Crewe Alexandra", "first_team", "appointed") in keys
