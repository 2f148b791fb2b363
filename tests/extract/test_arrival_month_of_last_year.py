"""'X took office in June last year, succeeding Y', 'X stepped in in October last year, replacing Y': a
month told with 'last year' or 'this year' is the arrival's time like 'in June 2023', so the arrival in
Y's place is read (the man before him leaving too). An executive taking office in Y's place, or the
coach taking an office post, is no coach's arrival."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Kashiwa Reysol have dismissed Ryo Tanaka. "
_ARRIVAL = ("Ryo Tanaka", "Kashiwa Reysol", "first_team", "appointed")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tanaka took office in June last year, succeeding Kenji Mori, but could not lift the side.",
        "Tanaka stepped in in October last year, replacing Kenji Mori.",
    ],
)
def test_arrival_in_a_month_of_last_year(sentence: str) -> None:
    assert _ARRIVAL in keys_of(_LEAD + sentence)


def test_an_executive_taking_office_is_no_coach() -> None:
    keys = keys_of(_LEAD + "The club's president Kenji Mori took office in June last year, after Hiro Sato.")
    assert ("Kenji Mori", "Kashiwa Reysol", "first_team", "appointed") not in keys


def test_an_office_post_is_no_coachs_arrival() -> None:
    keys = keys_of(
        _LEAD + "Tanaka took office in June last year as the club's sporting director, succeeding Kenji Mori."
    )
    assert _ARRIVAL not in keys
