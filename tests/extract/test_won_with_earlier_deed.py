"""A title won with a club, told with "earlier" or translated copy's "before" between the subject and the
verb ("had earlier won the cup with C", "before was champion with C"): a spell at C like "won the cup with
C". A "before" ahead of a gerund ("before joining C") tells no deed there. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Aberdeen have appointed Tomas Varga as head coach. "


@pytest.mark.parametrize(
    "text",
    [
        "Varga had earlier won the league title with Slovan Bratislava.",
        "The Slovak, who took Zilina to the cup final, had earlier won two titles with Slovan Bratislava.",
        "Varga before was champion with Slovan Bratislava in the 2016-17 season.",
    ],
)
def test_earlier_title_is_a_spell(text: str) -> None:
    assert ("Tomas Varga", "Slovan Bratislava", "first_team", "in_charge") in keys_of(_NEWS + text)


@pytest.mark.parametrize(
    "text",
    [
        "Varga, before joining Slovan Bratislava, had won nothing.",
        "Varga had earlier won the league title with Slovan Bratislava as a player.",
    ],
)
def test_no_spell_without_a_deed_of_his_own(text: str) -> None:
    assert not any(k[1] == "Slovan Bratislava" for k in keys_of(_NEWS + text))
