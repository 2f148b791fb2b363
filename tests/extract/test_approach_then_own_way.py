"""A man approached who chose his own way instead declines the approach: 'sounded out X, who turned down
the approach', '…, but he preferred to wait for a job abroad', 'held talks with X, who decided to take a
break from football', 'has been approached by C but is happy working under Y'. A man who takes the job,
or whose choice is not told, declines nothing. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SEARCH = "Hibernian are looking for a new head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Hibernian sounded out former Rangers boss Tomas Vik, who turned down the approach.",
        "Hibernian had first sounded out Tomas Vik, but he preferred to wait for a job abroad.",
        "The club also held talks with Tomas Vik, who decided to take a break from football.",
        "Rangers assistant Tomas Vik has been approached by Hibernian but is happy working under Ole Berg.",
        "Hibernian approached Tomas Vik, who opted to sign a new contract at Molde instead.",
    ],
)
def test_approach_then_his_own_way_is_declined(sentence: str) -> None:
    keys = keys_of(_SEARCH + sentence, "2024-11-20")
    assert ("Tomas Vik", "Hibernian", "first_team", "offer") in keys
    assert ("Tomas Vik", "Hibernian", "first_team", "offer_declined") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        # he took the job
        "Hibernian sounded out former Rangers boss Tomas Vik, who agreed a two-year deal on Friday.",
        # his choice is not told
        "Hibernian sounded out former Rangers boss Tomas Vik, who is out of work.",
    ],
)
def test_approach_without_a_refusal_is_no_decline(sentence: str) -> None:
    keys = keys_of(_SEARCH + sentence, "2024-11-20")
    assert ("Tomas Vik", "Hibernian", "first_team", "offer_declined") not in keys
