"""'X was most recently at the helm of C', 'was last at the head of C': a man's latest post told by the
place he held it, as 'was most recently at C' already was (translated 'estava ao comando de'). Not the helm
of a side that names no club. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import spells_of

STORY = "Boavista unveiled Hugo Baptista as their new coach on Friday. "


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Baptista was most recently at the helm of Rio Ave, in the top tier.", id="most_recent"),
        pytest.param("He was last at the head of Rio Ave.", id="last_at_the_head"),
    ],
)
def test_latest_post_told_by_its_place(told: str) -> None:
    assert "Rio Ave" in spells_of(STORY + told, "Hugo Baptista")


def test_latest_post_in_a_country_is_no_club() -> None:
    """Near miss: the helm of a side in a country names no club of his."""
    told = "Baptista was most recently at the helm of a side in Cyprus."
    assert spells_of(STORY + told, "Hugo Baptista") == set()
