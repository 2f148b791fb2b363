"""A coach who 'moved to C' took a post there, as 'left for C' tells ('… takes over until the summer, after
Y moved to C on Tuesday'); a move 'as a player' is none."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Blackpool have sacked Neil Critchley. "


def test_moved_to_a_club_is_an_appointment_there() -> None:
    text = "Lee Bowyer takes over as head coach, after Paul Cook moved to Wigan Athletic on Tuesday."
    assert ("Paul Cook", "Wigan Athletic", "first_team", "appointed") in keys_of(_LEAD + text)


def test_a_players_move_is_none() -> None:
    for text in (
        "Lee Bowyer, who moved to Wigan Athletic as a player in 1998, takes over.",
        "Lee Bowyer takes over. He left for Wigan Athletic as a midfielder in 1998.",
    ):
        facts = keys_of(_LEAD + text)
        assert not any(club == "Wigan Athletic" and event == "appointed" for _, club, _, event in facts), text
