"""A youth or reserve coach named by his own title who led "the side" for some games: the title is his post,
"the side" he led is the senior team, which he led as a stand-in ("Under-19 coach X led the side in the last
two games"). Near misses: a club named as what he led stays unread as the senior side's, and a man with no
youth title keeps his plain reading."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of

_LEAD = "Oakfield Rovers have sacked Piet Lammers after a run of six defeats. "


def test_youth_titled_man_led_the_senior_side() -> None:
    facts = facts_of(_LEAD + "Under-19 coach Tomas Brandt led the side in the last two games.")
    brandt = {(f["squad"], f["role"], f["event"]) for f in facts if f["coach"] == "Tomas Brandt"}
    assert ("u19", "head_coach", "in_charge") in brandt
    assert ("first_team", "caretaker", "in_charge") in brandt


def test_reserve_title_in_an_aside() -> None:
    text = _LEAD + "The interim Tomas Brandt, coach of the reserve team, led the team in the last two games."
    keys = keys_of(text)
    assert ("Tomas Brandt", "Oakfield Rovers", "reserve", "in_charge") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "in_charge") in keys


def test_club_he_led_is_no_senior_side() -> None:
    keys = keys_of("Under-19 coach Tomas Brandt led Oakfield Rovers to the youth cup in 2019.")
    assert ("Tomas Brandt", "Oakfield Rovers", "u19", "in_charge") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "in_charge") not in keys


def test_untitled_man_keeps_his_reading() -> None:
    facts = facts_of(_LEAD + "Assistant Tomas Brandt led the side in the last two games.")
    squads = {f["squad"] for f in facts if f["coach"] == "Tomas Brandt"}
    assert squads == {"first_team"}
