"""A nickname several clubs of a country wear, written in lower case as translated local copy writes its
own club's colours ('the rossoneri club announced …'), in a story of a club the reference data lacks, is
that club's, not the nickname's usual owner's (who is never named): the story's club stays in view."""

from __future__ import annotations

from extract_helpers import keys_of


def test_lower_nickname_in_a_story_of_an_unlisted_club() -> None:
    text = (
        "Varenna and Luca Ferrante part ways. The rossoneri club said on Friday that the coach's deal, which "
        "runs until June, will not be extended. His deputy Marco Salvi also leaves, while the fitness coach "
        "Dario Benni remains at the club."
    )
    keys = keys_of(text)
    assert ("Marco Salvi", "Varenna", "first_team", "left") in keys
    assert ("Dario Benni", "Varenna", "first_team", "in_charge") in keys
    assert not any(club == "AC Milan" for _, club, _, _ in keys)


def test_nickname_of_the_club_the_story_names_stays_its_own() -> None:
    text = (
        "AC Milan have sacked coach Luca Ferrante. The rossoneri club said on Friday that his deputy Marco "
        "Salvi also leaves."
    )
    keys = keys_of(text)
    assert ("Marco Salvi", "AC Milan", "first_team", "left") in keys
