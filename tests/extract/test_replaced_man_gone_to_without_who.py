"""'…to take the place of Y, passed to the Fiorentina', 'he replaced Y, gone to C': translated copy drops the
'who' of 'who has gone to C'; C is where Y went, not the post Y left (the post in view). A club named as
the post after the man replaced ('replaced Y at C') stays the post. Written for these tests in our own
words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Monza appointed Alberto Nesi. Nesi arrived from Reggiana to take the place of Raffaele Pallone, "
        "passed to the Fiorentina.",
        "Monza appointed Alberto Nesi. Nesi takes the place of Raffaele Pallone, gone to Fiorentina.",
    ],
)
def test_club_gone_to_is_not_the_post_left(text: str) -> None:
    keys = keys_of(text)
    assert ("Raffaele Pallone", "Monza", "first_team", "left") in keys
    assert ("Raffaele Pallone", "Fiorentina", "first_team", "left") not in keys


def test_club_named_as_the_post_stays() -> None:
    text = "Monza appointed Alberto Nesi. Nesi had replaced Raffaele Pallone at Fiorentina in 2021."
    assert ("Raffaele Pallone", "Fiorentina", "first_team", "left") in keys_of(text)
