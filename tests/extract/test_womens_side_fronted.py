"""A sentence that opens on the women's side as its topic ("On the women's side, X was appointed …"): a
story of a federation's or club's two sides turns to the women's, and the posts it tells there, at the
country or club named bare, are the women's team's (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Norway have appointed Rune Halvorsen as head coach of the national team until 2027. "


@pytest.mark.parametrize(
    "fronted",
    [
        "On the women's side, Kari Nordbø was appointed head coach of Norway in March.",
        "For the women's team, Kari Nordbø has been appointed head coach of Norway.",
        "As for the women's national team, Norway appointed Kari Nordbø as head coach in March.",
    ],
)
def test_fronted_womens_side_takes_the_womens_team(fronted: str) -> None:
    keys = keys_of(_LEAD + fronted)
    assert ("Kari Nordbø", "Norway", "national_women", "appointed") in keys
    assert ("Rune Halvorsen", "Norway", "national", "appointed") in keys  # the story's men's news stays


def test_fronted_womens_side_of_a_club() -> None:
    keys = keys_of(
        "Brentwood Rovers have sacked Tom Harding after a run of six defeats. "
        "On the women's side, Brentwood Rovers have appointed Lucy Ashworth as head coach."
    )
    assert ("Lucy Ashworth", "Brentwood Rovers", "women", "appointed") in keys
    assert ("Tom Harding", "Brentwood Rovers", "first_team", "dismissed") in keys


@pytest.mark.parametrize(
    "other",
    [
        # the men's side told as the topic, or the women's game only in passing: the country's team
        "On the men's side, Kari Nordbø was appointed head coach of Norway in March.",
        "In the women's game he is admired, and Kari Nordbø was appointed head coach of Norway in March.",
        "Kari Nordbø, who watched the Women's Euro final, was appointed head coach of Norway in March.",
    ],
)
def test_no_womens_topic_no_womens_team(other: str) -> None:
    keys = keys_of(_LEAD + other)
    assert ("Kari Nordbø", "Norway", "national", "appointed") in keys
    assert ("Kari Nordbø", "Norway", "national_women", "appointed") not in keys
