"""'Hale most recently ran Dunmore Athletic, whom he left in May': a club told as the one a coach left is a
post he held there, so the spell is read beside the exit (written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import events_of, facts_of

_NEWS = "Kelby Rovers have named Tom Hale as their new head coach. "


def test_a_club_he_left_last_season_gives_his_spell_there():
    found = events_of(_NEWS + "Hale last season led Dunmore Athletic, which he left in May.")
    assert ("Tom Hale", "Dunmore Athletic", "left") in found
    assert ("Tom Hale", "Dunmore Athletic", "in_charge") in found


def test_a_club_told_with_whom_he_left_gives_his_spell_there():
    found = events_of(_NEWS + "He was latterly in Wales, with Dunmore Athletic, whom he left in January.")
    assert ("Tom Hale", "Dunmore Athletic", "in_charge") in found


def test_the_spell_is_not_dated_by_the_exit():
    facts = facts_of(_NEWS + "Hale last season led Dunmore Athletic, which he left in May.")
    spells = [f for f in facts if f["club"] == "Dunmore Athletic" and f["event"] == "in_charge"]
    assert spells and all(f["date"] is None for f in spells)


def test_a_club_he_left_as_a_player_gives_no_spell():
    found = events_of(_NEWS + "Hale played for Dunmore Athletic, which he left as a teenager.")
    assert ("Tom Hale", "Dunmore Athletic", "in_charge") not in found
    assert ("Tom Hale", "Dunmore Athletic", "left") not in found


def test_a_club_he_left_for_another_gives_no_spell():
    found = events_of(_NEWS + "Hale grew up near Dunmore Athletic, which he left for the capital at 18.")
    assert ("Tom Hale", "Dunmore Athletic", "in_charge") not in found
