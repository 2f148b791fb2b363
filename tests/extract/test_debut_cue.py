"""A debut shows a player only when it is the man's own ("a year after his debut"); "on their debut in the
competition" is a team's, told of a coach's title as often as not (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of

_KELLER = "Valencia have appointed Jonas Keller as head coach. "


def _spells(text: str) -> set[str]:
    return {
        club for person, club, _squad, ev in keys_of(text) if person == "Jonas Keller" and ev == "in_charge"
    }


def test_a_teams_debut_is_no_players_cue() -> None:
    assert "FC Nantes" in _spells(
        _KELLER + "Keller won the cup with Nantes on their debut in the competition."
    )


def test_his_own_debut_still_shows_a_player() -> None:
    assert "FC Nantes" not in _spells(_KELLER + "Keller won the cup with Nantes a year after his debut.")
