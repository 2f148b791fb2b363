"""Pumas UNAM: the Mexican club is named as the press names it, its official name (Club Universidad
Nacional), which shares no word with that, an alias (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_pumas_by_any_of_its_names_is_pumas_unam() -> None:
    for name in ("Pumas UNAM", "Club Universidad Nacional", "UNAM"):
        keys = keys_of(f"{name} have sacked head coach Jorge Salas after six months.")
        assert ("Jorge Salas", "Pumas UNAM", "first_team", "dismissed") in keys, name


def test_another_universidad_stays_its_own_club() -> None:
    # near-miss: Chile's Universidad de Chile shares the word, not the club
    keys = keys_of("Universidad de Chile have sacked head coach Jorge Salas after six months.")
    assert not any(k[1] == "Pumas UNAM" for k in keys)
