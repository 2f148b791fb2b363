"""'X is leaving the club', 'X, who is leaving C after five seasons': the progressive tells a departure
as plainly as 'X leaves the club' (the rule reading it was tried only on sentences with 'leave', 'left',
'depart' … in them, and 'leaving' holds none of those). Not a denial ('dismissed talk that he is leaving
the club'). Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Sparta Prague have confirmed that head coach Henk Bosman is leaving the club.",
        "Sparta Prague coach Henk Bosman is leaving the club at the end of the month.",
        "Henk Bosman, who is leaving Sparta Prague after five seasons, is wanted by Slavia.",
    ],
)
def test_is_leaving_is_a_departure(text: str) -> None:
    assert ("Henk Bosman", "Sparta Prague", "first_team", "left") in keys_of(text)


def test_a_denied_departure_is_none() -> None:
    keys = keys_of("Sparta coach Henk Bosman has dismissed talk that he is leaving the club this summer.")
    assert not any(k[0] == "Henk Bosman" and k[3] == "left" for k in keys)
