"""'X is among the names the club is expected to consider': a candidate the press names for the post in
view, as 'among the candidates' tells one. Not a scorer 'among the names on the scoresheet'. Sentences of
our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Hull City sacked their manager on Sunday. "


@pytest.mark.parametrize(
    "text",
    [
        _SACKED + "Paul Cook is among the names the club is expected to consider.",
        _SACKED + "Former Wigan boss Paul Cook, now out of work, is among the names the board will weigh.",
    ],
)
def test_a_name_for_the_post(text: str) -> None:
    assert ("Paul Cook", "Hull City", "first_team", "linked") in keys_of(text)


def test_near_miss_a_name_on_the_scoresheet() -> None:
    text = _SACKED + "Paul Cook was among the names on the scoresheet in the 3-0 win."
    assert ("Paul Cook", "Hull City", "first_team", "linked") not in keys_of(text)
