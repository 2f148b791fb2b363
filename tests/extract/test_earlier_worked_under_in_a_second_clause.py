"""An aide's earlier spells told in a second clause with its subject left out, 'earlier' before the verb:
'Orr was an assistant to Ivo Lind with Wales and earlier worked under Mark Rees at Everton and Fulham' gives
Orr's spell as assistant at each club listed; not a post that is no coaching one ('earlier worked as a
scout'), nor a playing spell ('earlier played under Mark Rees at Everton')."""

from __future__ import annotations

from extract_helpers import keys_of

_NEWS = "Burnley have named Sam Orr as their new manager. "


def test_aide_at_each_club_of_the_second_clause() -> None:
    sentence = (
        "Orr was assistant to Ivo Lind with Wales and earlier worked under Mark Rees at Everton and Fulham."
    )
    keys = keys_of(_NEWS + sentence)
    assert ("Sam Orr", "Wales", "national", "in_charge") in keys
    assert ("Sam Orr", "Everton", "first_team", "in_charge") in keys
    assert ("Sam Orr", "Fulham", "first_team", "in_charge") in keys


def test_aide_at_one_club_after_a_past_head_coach_post() -> None:
    keys = keys_of(_NEWS + "Orr was head coach of Hull and earlier worked alongside Mark Rees at Leeds.")
    assert ("Sam Orr", "Leeds United", "first_team", "in_charge") in keys


def test_no_aide_post_for_a_scouting_job() -> None:
    keys = keys_of(_NEWS + "Orr was sacked by Fulham in 2019 and earlier worked as a scout at Everton.")
    assert ("Sam Orr", "Everton", "first_team", "in_charge") not in keys


def test_no_aide_post_for_a_playing_spell() -> None:
    keys = keys_of(_NEWS + "Orr coached Hull and earlier played under Mark Rees at Everton.")
    assert ("Sam Orr", "Everton", "first_team", "in_charge") not in keys
