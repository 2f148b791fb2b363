"""'Wales have named X. X has coached abroad for years and led C to the title. Goalkeeping coach Y will join
him': the man the story appointed, told in the perfect at another club, is looked back on; the story stays
at his new post, so the aide arriving after it joins that post, not C. A career told in the past ('X spent
four years at C. He was sacked by the club in May') still takes the story to C, and so does a perfect
sentence on another man ('Z has coached C since 2019'). Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Wales have named Tom Berger as head coach of the national team. "


@pytest.mark.parametrize(
    "career, aide",
    [
        (
            "Berger has coached abroad for years and led Sturm Graz to the league title in 2019.",
            "Goalkeeping coach Jan Kos will join him.",
        ),
        (
            "The 49-year-old has spent his whole career in Austria and guided Sturm Graz to the cup in 2021.",
            "Fitness coach Jan Kos will follow him.",
        ),
    ],
)
def test_aide_joins_the_appointees_new_post(career: str, aide: str) -> None:
    keys = keys_of(_NEWS + career + " " + aide)
    assert ("Jan Kos", "Wales", "national", "appointed") in keys
    assert ("Jan Kos", "Sturm Graz", "first_team", "appointed") not in keys


def test_a_career_told_in_the_past_still_goes_on_about_that_club() -> None:
    text = _NEWS + "Berger spent four years at Sturm Graz and won the title in 2019. "
    text += "He was sacked by the club in May."
    assert ("Tom Berger", "Sturm Graz", "first_team", "dismissed") in keys_of(text)


def test_another_mans_perfect_career_still_turns_the_story() -> None:
    text = (
        _NEWS
        + "Luis Ramos has coached Sturm Graz since 2019 and is the favourite there. "
        + "Goalkeeping coach Jan Kos will join him."
    )
    assert ("Jan Kos", "Wales", "national", "appointed") not in keys_of(text)
