"""A player titled by his position and given the post in the same words ('appointed defender X as
player-manager') is the new manager, not a player whose moves are no coach's."""

from __future__ import annotations

from extract_helpers import keys_of


def test_a_player_appointed_as_player_manager():
    text = (
        "Stranraer have appointed defender Tom Rees as player-manager. Rees, 33, has coached the "
        "club's under-18s for two seasons."
    )
    keys = keys_of(text)
    assert ("Tom Rees", "Stranraer", "first_team", "appointed") in keys
    assert ("Tom Rees", "Stranraer", "u18", "in_charge") in keys


def test_a_player_signed_stays_a_player():
    """Near miss: a player titled by his position and signed, not named to a post, gets no fact."""
    text = "Stranraer have signed midfielder Tom Rees from Dundee. Rees, 33, scored twice on his debut."
    assert not keys_of(text)


def test_a_player_beside_a_new_manager_stays_a_player():
    """Near miss: 'as captain' is a player's role; only the manager's post makes a coach."""
    text = "Stranraer have named midfielder Tom Rees as captain for the new season under manager Ian Reid."
    assert not any(k[0] == "Tom Rees" for k in keys_of(text))
