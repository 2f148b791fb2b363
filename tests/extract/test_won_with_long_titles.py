"""'He also won five league titles and the 1996 Champions League with C': a list of titles up to some seventy
characters long before 'with C' is still what the subject won with that club. A player's list stays none."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Hull City have appointed Erik Lund as head coach. "


def test_a_long_list_of_titles_won_with_a_club_is_a_spell() -> None:
    text = _LEAD + "He also won five Norwegian titles and the 2016 Scandinavian Royal League with Rosenborg."
    assert ("Erik Lund", "Rosenborg", "first_team", "in_charge") in keys_of(text)


def test_a_players_long_list_is_no_spell() -> None:
    titles = "five Norwegian titles and the 2016 Scandinavian Royal League"
    text = _LEAD + f"He also won {titles} with Rosenborg as a player."
    assert ("Erik Lund", "Rosenborg", "first_team", "in_charge") not in keys_of(text)
