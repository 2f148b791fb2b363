"""A club's second team named by a number joined to the club's name ('Rubin-2', 'Lokomotiv-2', 'Rostov-II')
is that club's reserve side, not a club of its own called 'Rubin-2' that the rest of the story is then
told about."""

from __future__ import annotations

from extract_helpers import keys_of


def test_coach_of_the_numbered_second_team_is_the_reserves():
    text = "Pavel Sokolov will stay on as head coach of Rubin-2 for another season, Rubin Kazan said."
    keys = keys_of(text)
    assert ("Pavel Sokolov", "Rubin Kazan", "reserve", "in_charge") in keys
    assert not any(k[1] == "Rubin-2" for k in keys)


def test_headline_naming_the_second_team_leaves_the_club_in_view():
    text = (
        "Belan stays with Rostov-2 while Yegor Lunin arrives\n\n"
        "ROSTOV-ON-DON, May 30 - Igor Belan will keep his post as coach of Rostov-2, the club said, while "
        "Yegor Lunin was hired to lead the first team until 2027.\n\n"
        "Lunin replaces Oleg Varga, who left at the end of the season."
    )
    keys = keys_of(text)
    assert ("Yegor Lunin", "FC Rostov", "first_team", "appointed") in keys
    assert ("Oleg Varga", "FC Rostov", "first_team", "left") in keys
    assert not any(k[1] == "Rostov-2" for k in keys)


def test_roman_numeral_joined_to_the_name():
    text = "Rostov have handed the job to Igor Belan, who has led Rostov-II since the summer of 2021."
    assert ("Igor Belan", "FC Rostov", "reserve", "in_charge") in keys_of(text)


def test_club_named_without_the_number_stays_the_first_team():
    """Near miss: the same club's name with no number joined to it is its senior side."""
    text = "Pavel Sokolov will stay on as head coach of Rubin for another season, Rubin Kazan said."
    keys = keys_of(text)
    assert ("Pavel Sokolov", "Rubin Kazan", "first_team", "in_charge") in keys
    assert not any(k[2] == "reserve" for k in keys)
