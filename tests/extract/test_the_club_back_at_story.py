"""A bare 'the club' after the story came back to its own club: the story's club, not one a sentence
a while before opened on (a suitor, a rival) — coreference `_openers_since_topic`."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_EXTENSION = "Everton have extended the contract of head coach Mark Dunbar until 2027. "


def test_the_club_after_the_story_came_back_is_the_storys() -> None:
    text = (
        _EXTENSION + "The 48-year-old had been linked with the empty post at Bristol City. "
        "Bristol City, who sacked Tom Harland this month, had also made an approach. "
        "Dunbar arrived from Coventry City in 2022 and took Everton to seventh place last season. "
        "His assistant Paul Greig has also signed a new deal, the club confirmed."
    )
    keys = keys_of(text, "2024-06-10")
    assert ("Paul Greig", "Everton", "first_team", "extended") in keys
    assert not any(k[0] == "Paul Greig" and k[1] == "Bristol City" for k in keys)


def test_the_club_right_after_another_club_opened_is_that_club() -> None:
    # near-miss: the sentence before opened on the other club, and nothing turned back to Everton
    text = (
        _EXTENSION + "Bristol City, meanwhile, have sacked Tom Harland after a run of six defeats. "
        "His assistant Paul Greig has also left, the club confirmed."
    )
    assert ("Paul Greig", "Bristol City", "first_team", "left") in keys_of(text, "2024-06-10")


def test_the_club_after_a_sentence_still_about_the_other_club_is_that_club() -> None:
    # near-miss: the sentence between tells of the other club's man and names no club
    text = (
        _EXTENSION + "Bristol City, meanwhile, have sacked Tom Harland after a run of six defeats. "
        "The 51-year-old had been in charge since 2021. "
        "His assistant Paul Greig has also left, the club confirmed."
    )
    assert ("Paul Greig", "Bristol City", "first_team", "left") in keys_of(text, "2024-06-10")
