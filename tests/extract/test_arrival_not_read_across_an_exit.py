"""'X arrived from C on Monday along with his assistant A': the aide arrives with his boss. 'X, who joined
from C in 2022, departs along with his assistant A' tells the aide leaving: the arrival verb of the
aside is not the one 'along with' goes with. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_HIRED = "Altrincham have appointed Owen Marsh as manager. "
_SACKED = "Altrincham have sacked manager Owen Marsh. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Marsh arrived from Gateshead on Monday along with his assistant Kieran Dale.",
        "Marsh, who left Gateshead last week, arrives together with his assistant Kieran Dale.",
    ],
)
def test_aide_arriving_along_with_his_boss_is_appointed(sentence: str) -> None:
    keys = keys_of(_HIRED + sentence, "2024-06-02")
    assert ("Kieran Dale", "Altrincham", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Marsh, who joined from Gateshead in 2022, departs along with his assistant Kieran Dale.",
        "Marsh, who arrived in 2022, leaves together with his assistant Kieran Dale.",
    ],
)
def test_aide_leaving_along_with_his_boss_is_no_arrival(sentence: str) -> None:
    keys = keys_of(_SACKED + sentence, "2024-06-02")
    assert not any(k[0] == "Kieran Dale" and k[3] == "appointed" for k in keys)
