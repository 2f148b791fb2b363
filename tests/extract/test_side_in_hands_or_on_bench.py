"""'The U19 side remains in the hands of X', 'C will face the league with X on the bench': the man a side is
left to, or who sits on its bench through a stretch, coaches it; a substitute on a match's bench and
'the decision is in the hands of X' are no coach's post (written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Brentford have appointed Tom Harlow as head coach.\n\n"


def test_squad_remains_in_the_hands_of():
    found = keys_of(_LEAD + "The under-19 side remains in the hands of Carl Benning.")
    assert ("Carl Benning", "Brentford", "u19", "in_charge") in found


def test_squad_of_a_club_in_the_hands_of_a_titled_coach():
    found = keys_of(_LEAD + "The women's team of Fulham remains in the hands of trainer Kim Lode.")
    assert ("Kim Lode", "Fulham", "women", "in_charge") in found


def test_club_faces_the_season_with_him_on_the_bench():
    found = keys_of(_LEAD + "Fulham will face the Championship with Abel Torrin on the bench.")
    assert ("Abel Torrin", "Fulham", "first_team", "in_charge") in found


def test_fronted_with_him_on_the_bench():
    found = keys_of(_LEAD + "Last season, with Ivo Kestrel on the bench, Brentford reached the play-offs.")
    assert ("Ivo Kestrel", "Brentford", "first_team", "in_charge") in found


# --- near misses ------------------------------------------------------------------------------------


def _names(text: str) -> set[str]:
    return {coach for coach, *_ in keys_of(_LEAD + text)}


def test_a_substitute_who_started_on_the_bench():
    assert "Pete Maddox" not in _names("Fulham started with Pete Maddox on the bench.")


def test_a_substitute_on_a_matchs_bench():
    assert "Pete Maddox" not in _names(
        "Fulham, with Pete Maddox on the bench until the hour mark, lost the match 2-0."
    )


def test_a_decision_in_someones_hands():
    assert "Pete Maddox" not in _names("The decision is in the hands of Pete Maddox.")
