"""'His assistant X will lead the side in the June window', 'Assistant X will take charge of the team at next
month's Asian Cup': with the post open, the man named for a national side's coming window or tournament is
its stand-in, as one named for the next games is; with no post open it is the coach's own preview (written
for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

_OPEN = "Iceland have parted ways with head coach Age Hareide and are searching for a successor. "


def test_the_aide_named_for_the_coming_window_stands_in():
    found = keys_of(_OPEN + "His assistant Dagur Sveinsson will lead the side in the June window.")
    assert ("Dagur Sveinsson", "Iceland", "national", "appointed") in found


def test_the_aide_named_for_next_months_tournament_stands_in():
    found = keys_of(_OPEN + "Assistant Dagur Sveinsson will lead the team at next month's Asian Cup.")
    assert ("Dagur Sveinsson", "Iceland", "national", "appointed") in found


def test_near_miss_the_coach_in_post_leads_his_side_at_a_tournament():
    found = keys_of(
        "Iceland beat Wales 2-1 on Tuesday. Coach Age Hareide will lead the team at next month's Nations "
        "League finals."
    )
    assert ("Age Hareide", "Iceland", "national", "appointed") not in found


def test_near_miss_a_window_of_transfers_is_no_game():
    found = keys_of(_OPEN + "Striker Dagur Sveinsson will lead the line in the January window.")
    assert not any(coach == "Dagur Sveinsson" for coach, _, _, _ in found)
