"""A headline telling a coach leaving a club ('X leaves C by mutual consent', 'X sacked by C', 'X parts
ways with C') names the story's club, even where the article names a club of his past career more
often; clubless staff news after the career ('His assistant also leaves') is about that club. Not when
the headline says where he goes ('X leaves C for D'). Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_TEXT = (
    "Tom Reddy has left Hartlepool United after two years as head coach, the club confirmed on Monday. "
    "Reddy made his name at Gillingham and has also managed Walsall, Barnet and Stevenage. "
    "Assistant head coach Jim Dale also leaves, while goalkeeping coach Pat Moss remains. "
    "Former Stevenage boss Lee Bowyer is one of the bookmakers' early favourites."
)


@pytest.mark.parametrize(
    "title",
    [
        "Tom Reddy leaves Hartlepool United by mutual consent",
        "Tom Reddy sacked by Hartlepool United",
        "Tom Reddy parts ways with Hartlepool United",
    ],
)
def test_staff_news_after_the_career_is_the_headline_clubs(title: str) -> None:
    keys = keys_of(_TEXT, title=title)
    assert ("Pat Moss", "Hartlepool United", "first_team", "in_charge") in keys
    assert not any(coach == "Pat Moss" and club == "Stevenage" for coach, club, _, _ in keys)


def test_a_headline_naming_where_he_goes_is_not_read_so() -> None:
    """'X leaves C for D': the story may be D's appointment; the headline does not settle it."""
    from pipeline.extract.attribution import TITLE_OBJECT

    assert TITLE_OBJECT.search("«P0» leaves «C1» for «C2»") is None
    assert TITLE_OBJECT.search("«P0» quits «C1» to join «C2»") is None
    assert TITLE_OBJECT.search("«P0» leaves «C1» by mutual consent") is not None


# a leaving headline over a lead that tells the man's appointment elsewhere: the story is the new club's
_MOVE_TEXT = (
    "Vincent Kompany has been appointed head coach of Bayern Munich. Kompany had coached Anderlecht and "
    "Burnley. His assistant Craig Bellamy will also be part of the new staff."
)


def test_a_leaving_headline_yields_to_a_lead_telling_the_appointment_elsewhere() -> None:
    keys = keys_of(_MOVE_TEXT, title="Kompany leaves Burnley")
    assert ("Craig Bellamy", "Bayern Munich", "first_team", "appointed") in keys
    assert ("Craig Bellamy", "Burnley", "first_team", "appointed") not in keys


def test_a_leaving_headline_over_a_lead_telling_the_same_exit_stays() -> None:
    text = (
        "Hartlepool United have sacked Tom Reddy after two years. Reddy had managed Walsall and Stevenage. "
        "Goalkeeping coach Pat Moss remains."
    )
    keys = keys_of(text, title="Tom Reddy sacked by Hartlepool United")
    assert ("Pat Moss", "Hartlepool United", "first_team", "in_charge") in keys


def test_a_lead_leaving_one_club_and_joining_another_is_the_new_clubs_story() -> None:
    text = (
        "Vincent Kompany has left Burnley after two seasons and will join Bayern Munich. His assistant Craig "
        "Bellamy will also be part of the new staff."
    )
    keys = keys_of(text)
    assert ("Craig Bellamy", "Bayern Munich", "first_team", "appointed") in keys
    assert ("Craig Bellamy", "Burnley", "first_team", "appointed") not in keys
