"""'guided Wrexham to a seventh-place finish', 'led C to a club-record third-place finish': a league place
reached is what a spell achieved, as 'to second place' is (sentences of our own)."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of


def test_a_place_finish_reached_is_a_spell_beside_its_end() -> None:
    """What the spell achieved makes it a fact of its own beside the sacking that ended it."""
    text = (
        "Bolton have appointed Ross Vale as head coach. Vale guided Wrexham to a club-record fifth-place "
        "finish before he was sacked in May."
    )
    keys = keys_of(text)
    assert ("Ross Vale", "Wrexham", "first_team", "in_charge") in keys
    assert ("Ross Vale", "Wrexham", "first_team", "dismissed") in keys


def test_a_player_behind_a_finish_is_no_coach() -> None:
    text = "Bolton have signed Leo Hart. Hart led Wrexham to a fifth-place finish with 20 goals."
    assert not [f for f in facts_of(text) if f["coach"] == "Leo Hart"]
