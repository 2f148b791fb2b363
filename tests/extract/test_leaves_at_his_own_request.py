"""A departure whose own clause gives his choice as its reason is a resignation: "leaves at his own request",
"left the club in May for personal reasons", "of her own accord". Near misses: a reason of the family
(the readers call that a departure), another man's request, and a reason told in a later clause."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hammarby IF named Kim Lund as head coach on Monday. "


@pytest.mark.parametrize(
    "departure",
    [
        "Fitness coach Ola Sund leaves the club at his own request.",
        "Goalkeeping coach Ola Sund leaves at his own request after four seasons.",
        "Assistant coach Ola Sund left Hammarby IF in May for personal reasons.",
        "Performance analyst Ola Sund also leaves the club of his own accord.",
    ],
)
def test_departure_for_his_own_reasons_is_resigned(departure: str) -> None:
    keys = keys_of(_LEAD + departure)
    assert ("Ola Sund", "Hammarby IF", "first_team", "resigned") in keys
    assert ("Ola Sund", "Hammarby IF", "first_team", "left") not in keys


def test_family_reasons_stay_a_departure() -> None:
    """Near miss: 'for family reasons' is read as a departure, not a resignation."""
    keys = keys_of(_LEAD + "Fitness coach Ola Sund leaves the club for family reasons.")
    assert ("Ola Sund", "Hammarby IF", "first_team", "left") in keys
    assert not any(k[0] == "Ola Sund" and k[3] == "resigned" for k in keys)


def test_a_reason_in_a_later_clause_is_not_his() -> None:
    """Near miss: the own-request words belong to another clause (after a semicolon)."""
    keys = keys_of(
        _LEAD + "Fitness coach Ola Sund leaves the club; the analyst moved to the academy at his own request."
    )
    assert ("Ola Sund", "Hammarby IF", "first_team", "left") in keys
    assert not any(k[0] == "Ola Sund" and k[3] == "resigned" for k in keys)
