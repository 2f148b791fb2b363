"""A stand-in whose spell runs up to the news and who then stays on the new boss's staff: "X has led the
side since Y's departure and will continue as Z's assistant", "X has been in interim charge since then and
will stay on as first-team coach" end his spell in charge. Near misses: a coach who has led the side for
years and carries on as its head coach, and a stand-in kept on as head coach, end nothing."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = (
    "Oakfield Rovers have named Piet Lammers as their new manager on Tuesday. He succeeds Tomas Brandt, who "
    "was sacked in February. "
)
_LEFT = ("Jan Oster", "Oakfield Rovers", "first_team", "left")


def test_spell_since_then_ends_as_he_becomes_the_new_bosss_assistant() -> None:
    keys = keys_of(_LEAD + "Jan Oster has led the team since then and will continue as Lammers's assistant.")
    assert _LEFT in keys


def test_spell_told_in_a_relative_clause() -> None:
    text = _LEAD + (
        "Jan Oster, who has looked after the squad since Brandt's departure, will stay on as "
        "Lammers's assistant."
    )
    assert _LEFT in keys_of(text)


def test_interim_charge_ends_as_he_stays_on_as_first_team_coach() -> None:
    text = _LEAD + (
        "Jan Oster has been in interim charge since Brandt's departure and will stay on as first-team coach."
    )
    assert _LEFT in keys_of(text)


def test_long_spell_carried_on_as_head_coach_ends_nothing() -> None:
    text = "Jan Oster has led the team since 2019 and will continue as head coach of Oakfield Rovers."
    assert _LEFT not in keys_of(text)


def test_stand_in_kept_in_charge_ends_nothing() -> None:
    text = (
        "Oakfield Rovers sacked Tomas Brandt in February. Jan Oster has been in interim charge since "
        "Brandt's departure and will stay on as head coach until the summer."
    )
    assert _LEFT not in keys_of(text)
