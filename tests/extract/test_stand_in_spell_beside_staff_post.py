"""An aide who stood in and stays on the staff: his stand-in spell is a post of its own beside the staff
post he keeps, whether told by its games, its title or the one game or days he took."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of

_LEAD = "Almagro Town have appointed Tobias Wendland as their new head coach. "


def _spells(text: str, name: str) -> set[tuple[str, str]]:
    """(squad, event) of the caretaker facts of one man."""
    return {
        (f["squad"], f["event"])
        for f in facts_of(_LEAD + text)
        if f["coach"] == name and f["role"] == "caretaker"
    }


def test_one_game_led_then_stays_on_the_staff():
    text = (
        "Assistant coach Pavel Ronde, who led the side in the weekend draw with Kestrel Rovers, will remain "
        "on the staff."
    )
    assert ("first_team", "in_charge") in _spells(text, "Pavel Ronde")
    assert ("Pavel Ronde", "Almagro Town", "first_team", "in_charge") in keys_of(_LEAD + text)


def test_training_led_then_stays_on():
    text = "Assistant Oskar Lindqvist, who oversaw training during the international break, stays on."
    assert ("first_team", "in_charge") in _spells(text, "Oskar Lindqvist")


def test_games_as_caretaker_then_part_of_the_staff():
    """The spell told by its games and title, beside the assistant's post he keeps."""
    text = (
        "Assistant Marco Velten, who led the side in three matches as caretaker, will remain part of the "
        "staff."
    )
    assert ("first_team", "in_charge") in _spells(text, "Marco Velten")


def test_stays_in_his_role_after_the_game_he_took():
    text = (
        "Assistant coach Dario Fenwick, who took the team for Saturday's defeat at Portmoor, will remain "
        "in his role under Wendland."
    )
    assert ("first_team", "in_charge") in _spells(text, "Dario Fenwick")


def test_the_aide_named_after_as_does_shares_no_stand_in_spell():
    """Near miss: the goalkeeping coach named after 'as does' stays on; the stand-in spell is the first
    man's."""
    text = (
        "Assistant Oskar Lindqvist, who led training in the past week, stays on, as does goalkeeping coach "
        "Henrik Barsby."
    )
    keys = keys_of(_LEAD + text)
    assert ("Henrik Barsby", "Almagro Town", "first_team", "in_charge") in keys
    assert ("Henrik Barsby", "Almagro Town", "first_team", "left") not in keys
    assert not _spells(text, "Henrik Barsby")


def test_a_final_led_long_ago_is_no_stand_in_spell():
    """Near miss: a former coach's game told of him, and no staff post kept after it."""
    text = "Former coach Rui Sandoval, who led the team in the 2014 final, remains a favourite of the fans."
    assert not _spells(text, "Rui Sandoval")


def test_a_head_coach_kept_in_charge_after_a_game_is_no_stand_in():
    """Near miss: the head coach led the side in a game and stays in charge; no stand-in spell."""
    text = "Tobias Wendland led the side in Sunday's win over Portmoor and remains in charge."
    assert not _spells(text, "Tobias Wendland")
