"""An aide who served two bosses in turn at one place: 'Egeland was an assistant to Tor Brekke and later to
Per Moen at Rosenborg' gives Egeland's spell there and both bosses' (the first no longer read at the club in
view); not 'an assistant to Y and Z was his captain at C', a clause of its own."""

from __future__ import annotations

from extract_helpers import keys_of

_NEWS = "Lars Egeland was named head coach of Molde on Monday. "


def test_aide_and_both_bosses_at_the_place_told_after_the_second() -> None:
    keys = keys_of(_NEWS + "Egeland was an assistant to Tor Brekke and later to Per Moen at Rosenborg.")
    for coach in ("Lars Egeland", "Tor Brekke", "Per Moen"):
        assert (coach, "Rosenborg", "first_team", "in_charge") in keys


def test_second_boss_without_to_before_the_place() -> None:
    keys = keys_of(_NEWS + "Egeland worked as an assistant to Tor Brekke and then Per Moen at Rosenborg.")
    assert ("Tor Brekke", "Rosenborg", "first_team", "in_charge") in keys


def test_no_place_for_the_first_boss_from_another_clause() -> None:
    keys = keys_of(_NEWS + "Egeland was an assistant to Tor Brekke and Per Moen was his captain at Brann.")
    assert ("Tor Brekke", "SK Brann", "first_team", "in_charge") not in keys
    assert ("Lars Egeland", "SK Brann", "first_team", "in_charge") not in keys
