"""'X, the club's veteran defender, will act as player-coach': a player taking a post on the staff is
appointed to it (an assistant's post). A player who only plays on, or a coach who 'acts as' something that
is no post, reads no appointment."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Shelbourne have named Damien Duff as head coach. "


def test_player_named_player_coach_is_appointed() -> None:
    text = "Kevin Doyle, the club's long-serving striker, will act as player-coach next season."
    assert ("Kevin Doyle", "Shelbourne", "first_team", "appointed") in keys_of(_LEAD + text)


def test_no_post_without_player_coach() -> None:
    for text in (
        "Kevin Doyle, the club's long-serving striker, will act as captain next season.",
        "Kevin Doyle will play on for another season.",
    ):
        assert not any(c == "Kevin Doyle" and e == "appointed" for c, _, _, e in keys_of(_LEAD + text)), text
