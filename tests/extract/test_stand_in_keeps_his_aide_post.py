"""A stand-in the sentence titles an aide of the club keeps that post: "First-team coach X will take charge of
Saturday's game", "His assistant X will lead the team until the end of the season", "X, the club's long-time
assistant, takes interim charge". Besides his charge, his aide's post is a spell of its own (he goes back to
it, so no exit). Near misses: a stand-in with no aide's title, and "his former assistant X took over as
interim" (an aide of another day), keep their charge alone."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers have sacked manager Piet Lammers after a run of six defeats. "


def _events(text: str) -> set[str]:
    return {event for coach, club, _squad, event in keys_of(_LEAD + text) if coach == "Rune Halvorsen"}


def test_first_team_coach_standing_in_keeps_his_post() -> None:
    text = "First-team coach Rune Halvorsen will take charge of Saturday's game against Harwich Town."
    assert {"appointed", "in_charge"} <= _events(text)


def test_titled_after_his_name() -> None:
    text = "Rune Halvorsen, the club's long-time assistant, will take interim charge for Saturday's game."
    assert {"appointed", "in_charge"} <= _events(text)


def test_his_adjunct_leading_the_team_for_now() -> None:
    text = "His adjunct Rune Halvorsen will lead the team until the end of the season."
    assert {"appointed", "in_charge"} <= _events(text)


def test_no_exit_from_the_aide_post() -> None:
    text = "First-team coach Rune Halvorsen will take charge of Saturday's game against Harwich Town."
    assert "left" not in _events(text)


def test_stand_in_with_no_aide_title_keeps_his_charge_alone() -> None:
    text = "Academy manager Rune Halvorsen will take charge of Saturday's game against Harwich Town."
    assert "in_charge" not in _events(text)


def test_former_assistant_is_no_aide_of_the_club() -> None:
    text = "His former assistant Rune Halvorsen took over as interim coach."
    assert "in_charge" not in _events(text)
