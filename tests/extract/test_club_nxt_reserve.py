"""'Club NXT' is Club Brugge's reserve side (it plays in Belgium's second tier under that name), not a
club of its own (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_club_nxt_is_brugges_reserve_side() -> None:
    keys = keys_of(
        "Club Brugge have appointed Tom Peeters as head coach. Before that, Peeters was in charge of "
        "Club NXT, the club's young side in the Challenger Pro League."
    )
    assert ("Tom Peeters", "Club Brugge", "reserve", "in_charge") in keys
    assert not any(k[1] == "Club NXT" for k in keys)


def test_club_brugge_named_alone_stays_the_first_team() -> None:
    # near-miss: the club's own name is its senior side
    keys = keys_of("Club Brugge have appointed Tom Peeters as head coach.")
    assert ("Tom Peeters", "Club Brugge", "first_team", "appointed") in keys
