"""'X comes from C, where he led C's reserve / the U19': the exit from C leaves the one side the where-clause
right after the club says he coached there, not C's senior side. A stand-in who goes back to his side, and a
side coached first or earlier at the club, leave the exit where it was."""

from __future__ import annotations

from extract_helpers import keys_of


def test_comes_from_club_where_he_led_its_reserve():
    text = (
        "Heracles have appointed Bram Peters as head coach. The 47-year-old comes over from PSV, where he "
        "led Jong PSV in the Eerste Divisie for three seasons."
    )
    keys = keys_of(text)
    assert ("Bram Peters", "PSV Eindhoven", "reserve", "left") in keys
    assert ("Bram Peters", "PSV Eindhoven", "first_team", "left") not in keys


def test_joins_from_club_where_he_coached_an_age_group():
    text = (
        "Paderborn have named Tim Vogel as their new head coach. Vogel joins from Mainz, where he has been "
        "head coach of the under-19 side since 2022."
    )
    keys = keys_of(text)
    assert ("Tim Vogel", "1. FSV Mainz 05", "u19", "left") in keys
    assert ("Tim Vogel", "1. FSV Mainz 05", "first_team", "left") not in keys


def test_where_he_first_coached_leaves_the_exit_alone():
    """Near miss: 'where he first coached the under-23s' is where his time at the club began."""
    text = (
        "Ipswich named Dan Cole as first-team coach. Cole leaves Norwich, where he first coached the "
        "under-23s before five years as assistant."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Dan Cole" and k[2] == "u23" and k[3] == "left" for k in keys)
