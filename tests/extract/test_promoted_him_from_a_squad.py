"""'C promoted X from its under-20 side to take over the first team': in the active voice too, the squad
named after 'from' is the post he leaves (its spell and its end), and his appointment is not to it.
Sentences of our own."""

from __future__ import annotations

from extract_helpers import keys_of


def test_active_promotion_from_a_youth_side() -> None:
    text = "Lazio sacked coach Tom Reid and promoted Ivo Greco from the under-19 side to lead the team."
    keys = keys_of(text)
    assert ("Ivo Greco", "Lazio", "first_team", "appointed") in keys
    assert ("Ivo Greco", "Lazio", "u19", "in_charge") in keys
    assert ("Ivo Greco", "Lazio", "u19", "left") in keys
    assert ("Ivo Greco", "Lazio", "u19", "appointed") not in keys


def test_active_promotion_named_to_another_youth_side() -> None:
    keys = keys_of("Lazio have promoted Ivo Greco from their Under-17s to the Under-19s.")
    assert ("Ivo Greco", "Lazio", "u19", "appointed") in keys
    assert ("Ivo Greco", "Lazio", "u17", "left") in keys


def test_near_miss_a_player_promoted_from_the_youth_side() -> None:
    assert keys_of("Lazio have promoted striker Ivo Greco from the under-19 side.") == set()


def test_promoted_from_the_academy_where_he_led_an_age_group() -> None:
    text = "Lazio named Ivo Greco head coach. Greco was promoted from the academy, where he led the U18s."
    keys = keys_of(text)
    assert ("Ivo Greco", "Lazio", "u18", "left") in keys
    assert ("Ivo Greco", "Lazio", "youth", "left") not in keys


def test_near_miss_players_moved_up_to_the_first_team() -> None:
    """A player promoted from a youth or reserve side (to the first-team squad, to train with it) held no
    coaching post there: no spell, no exit."""
    for text in (
        "Porto promoted Rui Mendes from the B team to the first team squad.",
        "Porto promoted Rui Mendes from the under-19 side to train with the first team.",
        "Porto promoted Rui Mendes from the academy, where he captained the Under-18s, to the first team.",
    ):
        assert not {k for k in keys_of(text) if k[3] in ("in_charge", "left")}, text
