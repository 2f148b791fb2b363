"""Rumours, offers and names in plain news phrasing (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_quoted_nickname_inside_a_name() -> None:
    keys = keys_of('Inter Miami hired Gerardo "Tata" Martino on Wednesday as head coach.')
    assert ("Gerardo Martino", "Inter Miami", "first_team", "appointed") in keys


def test_rumour_to_replace_a_coach_takes_his_club() -> None:
    text = (
        "Chelsea sacked Graham Potter on Sunday. Barcelona beat Real Madrid in the league. "
        "Thomas Frank is expected to succeed Potter."
    )
    assert ("Thomas Frank", "Chelsea", "first_team", "linked") in keys_of(text)


def test_possessive_shortlist() -> None:
    keys = keys_of("Julian Nagelsmann was on Bayern's shortlist to succeed Thomas Tuchel.")
    assert ("Julian Nagelsmann", "Bayern Munich", "first_team", "linked") in keys


def test_club_considering_a_coach() -> None:
    keys = keys_of("Barcelona are considering Hansi Flick as they look for a new coach.")
    assert ("Hansi Flick", "Barcelona", "first_team", "linked") in keys


def test_club_targeting_a_player_is_no_rumour_about_a_coach() -> None:
    assert not keys_of("Arsenal are targeting Joe Bloggsworth ahead of the transfer window.")


def test_person_in_talks_with_club() -> None:
    keys = keys_of("Ruben Amorim is in talks with Manchester United.")
    assert ("Ruben Amorim", "Manchester United", "first_team", "linked") in keys


def test_emerged_as_contender() -> None:
    keys = keys_of("Kieran McKenna emerged as a contender for the Brighton job.")
    assert ("Kieran McKenna", "Brighton & Hove Albion", "first_team", "linked") in keys


def test_received_an_offer_from() -> None:
    keys = keys_of("Unai Emery received an offer from Bayern Munich last month.")
    assert ("Unai Emery", "Bayern Munich", "first_team", "offer") in keys
