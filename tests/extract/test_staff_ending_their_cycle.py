"""Backroom staff whose exit is told as the end of their cycle (translated "cierran su ciclo", "encerram
o ciclo"): each aide named leaves the post."""

from __future__ import annotations

from extract_helpers import keys_of


def test_titled_staff_also_end_their_cycle():
    text = (
        "Honduras confirmed on Tuesday the exit of coach Rodrigo Paz after the Gold Cup. His assistant "
        "Martín Ibarra and the physical trainer Luis Cano also end their cycle, while the goalkeepers "
        "trainer Raúl Soto continues."
    )
    keys = keys_of(text)
    assert ("Martín Ibarra", "Honduras", "national", "left") in keys
    assert ("Luis Cano", "Honduras", "national", "left") in keys
    assert ("Luis Cano", "Honduras", "national", "in_charge") not in keys
    assert ("Raúl Soto", "Honduras", "national", "left") not in keys


def test_cycle_of_the_club_is_no_staff_exit():
    """Near miss: staff who 'close the cycle of preparation' for a game leave nothing."""
    text = (
        "Honduras named Rodrigo Paz as coach on Tuesday. His assistant Martín Ibarra and the physical "
        "trainer Luis Cano close the cycle of preparation for the friendlies."
    )
    keys = keys_of(text)
    assert not any(k[3] == "left" for k in keys)
