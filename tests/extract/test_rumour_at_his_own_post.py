"""A head coach the story keeps at his club by a new contract is no candidate for that club's job: 'had
been linked with several clubs abroad' read at his own club is no rumour. A rumour naming another club
stays, and so does one at a club where he holds no extended post."""

from __future__ import annotations

from extract_helpers import keys_of


def test_extended_coach_linked_with_clubs_abroad_is_no_rumour_at_home():
    text = (
        "Brann have extended the contract of head coach Erik Lunde until 2027. "
        "Lunde had been linked with several clubs abroad over the summer."
    )
    keys = keys_of(text)
    assert ("Erik Lunde", "SK Brann", "first_team", "extended") in keys
    assert ("Erik Lunde", "SK Brann", "first_team", "linked") not in keys


def test_extended_coach_linked_with_jobs_in_a_country_is_no_rumour_at_home():
    text = (
        "Brann have extended the contract of head coach Erik Lunde until 2027. Lunde had been linked with "
        "coaching jobs in Germany over the summer, but said he never wanted to go."
    )
    assert ("Erik Lunde", "SK Brann", "first_team", "linked") not in keys_of(text)


def test_rumour_naming_another_club_stays():
    """Near miss: the rumour names the other club."""
    text = (
        "Brann have extended the contract of head coach Erik Lunde until 2027. Lunde had been linked with "
        "Molde in the autumn, but the 44-year-old said he never thought of leaving."
    )
    assert ("Erik Lunde", "Molde", "first_team", "linked") in keys_of(text)


def test_rumour_without_an_extension_stays():
    """Near miss: no new deal at the club keeps him there."""
    text = "Brann head coach Erik Lunde is the favourite to take over at Molde next season."
    assert ("Erik Lunde", "Molde", "first_team", "linked") in keys_of(text)
