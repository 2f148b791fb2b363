"""A coach's move told as today's news with 'moves to' and the new club described before its name ('Coach X
moves to Danish top-flight club C with immediate effect'): his appointment there, as 'moved to C' and 'is
leaving for C' are read."""

from __future__ import annotations

from extract_helpers import keys_of


def test_a_coach_moving_to_a_described_club_is_appointed_there():
    keys = keys_of(
        "Sturm Graz have lost their head coach: Lukas Ebner moves to Danish top-flight club Brøndby IF with "
        "immediate effect."
    )
    assert ("Lukas Ebner", "Brøndby IF", "first_team", "appointed") in keys


def test_a_titled_coach_moving_to_a_club_named_bare():
    keys = keys_of("Sturm Graz head coach Lukas Ebner moves to Rosenborg, the club confirmed on Monday.")
    assert ("Lukas Ebner", "Rosenborg", "first_team", "appointed") in keys


# --- near misses: a player's move, a move told as a plan ----------------------------------------------


def test_a_players_move_is_no_coaching_appointment():
    keys = keys_of("Striker Jonas Holt moves to Danish top-flight club Brøndby IF on a three-year deal.")
    assert not any(k[0] == "Jonas Holt" for k in keys)


def test_a_move_he_rules_out_is_no_appointment():
    keys = keys_of("Sturm Graz coach Lukas Ebner said he never moves to a club like Rosenborg in mid-season.")
    assert ("Lukas Ebner", "Rosenborg", "first_team", "appointed") not in keys
