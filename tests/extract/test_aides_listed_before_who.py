"""A relative clause after a list of aides tells of each of them when it says so ("A and B, who both
worked with him at C") or when each name carries its own backroom title ("assistant A and goalkeeping
coach B, who worked with him at C"): each aide had a spell at C. A list of untitled names, or a verb of
one man ("…, who has worked with him at C"), tells of the last name alone (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hibernian have appointed Ian Moffat as head coach. "


def _at_dundee(text: str) -> set[str]:
    return {
        person
        for person, club, _squad, event in keys_of(_LEAD + text)
        if club == "Dundee" and event == "in_charge"
    }


@pytest.mark.parametrize(
    "text",
    [
        "His staff will be assistant Greg Tully and goalkeeping coach Kevin Lusk, who both worked with "
        "him at Dundee.",
        "Moffat will be joined by assistant Greg Tully and fitness coach Kevin Lusk, who worked with him at "
        "Dundee.",
        "Moffat brings the assistant Greg Tully and the physical trainer Kevin Lusk, who worked alongside "
        "him in Dundee.",
        "His staff will be assistant Greg Tully and goalkeeping coach Kevin Lusk, who all worked with "
        "him at Dundee.",
    ],
)
def test_each_aide_of_the_list_worked_there(text: str) -> None:
    assert _at_dundee(text) == {"Greg Tully", "Kevin Lusk"}


@pytest.mark.parametrize(
    "text",
    [
        # the second name has no title of its own: the clause is his
        "Moffat will be joined by assistant Greg Tully and Kevin Lusk, who worked with him at Dundee.",
        # a verb of one man
        "Moffat will be joined by assistant Greg Tully and goalkeeping coach Kevin Lusk, who has worked with "
        "him at Dundee.",
    ],
)
def test_the_last_aide_alone(text: str) -> None:
    assert "Greg Tully" not in _at_dundee(text)
