"""A side below the senior one, told as the subject of its hand-over for a while: "The reserves will be
directed temporarily by X, head of the youth teams" gives X that side as its stand-in, not the first team
(the youth title in the aside is his own post, but the side handed over is the subject's). Near misses:
"the team", handed for now to a reserve coach, is still the senior side's stand-in post; a women's side
told so keeps the women's reading."""

from __future__ import annotations

from extract_helpers import keys_of

_SACKING = "Marlow Athletic have dismissed manager Rob Keane. "


def test_reserve_side_run_for_now_by_a_youth_coordinator() -> None:
    text = _SACKING + "The reserves will be directed temporarily by Olly Grant, head of the youth teams."
    keys = keys_of(text)
    assert ("Olly Grant", "Marlow Athletic", "reserve", "appointed") in keys
    assert ("Olly Grant", "Marlow Athletic", "first_team", "appointed") not in keys


def test_age_group_led_for_now_by_another_age_groups_coach() -> None:
    text = _SACKING + "The under-21s will be led on an interim basis by Olly Grant, the under-18s coach."
    keys = keys_of(text)
    assert ("Olly Grant", "Marlow Athletic", "u21", "appointed") in keys
    assert ("Olly Grant", "Marlow Athletic", "first_team", "appointed") not in keys


def test_the_team_handed_to_the_reserve_coach_is_the_senior_post() -> None:
    text = _SACKING + "The team will be led temporarily by Olly Grant, coach of the reserves."
    keys = keys_of(text)
    assert ("Olly Grant", "Marlow Athletic", "first_team", "appointed") in keys
    assert ("Olly Grant", "Marlow Athletic", "reserve", "appointed") not in keys


def test_womens_side_as_subject() -> None:
    text = _SACKING + "The women's team will be coached by Jo Grant from next season."
    assert ("Jo Grant", "Marlow Athletic", "women", "appointed") in keys_of(text)
