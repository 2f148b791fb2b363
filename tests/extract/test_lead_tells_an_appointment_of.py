"""A lead telling 'the appointment of X as C head coach' (whoever speaks of it: a player, the fans) makes C
the story's club, though the teams in a player's career ('his former Celtic and Norway team-mate') are named
more often."""

from __future__ import annotations

from extract_helpers import keys_of

_TEXT = (
    "Striker Ole Dahl welcomed the appointment of his former Celtic and Norway team-mate Anders Vik as "
    "{post} on Tuesday. Vik replaces Tomas Berg, who resigned last week. Dahl and Vik won two titles "
    "together at Celtic and played at the World Cup for Norway."
)


def test_the_appointment_the_lead_tells_is_the_storys() -> None:
    keys = keys_of(_TEXT.format(post="Hibernian head coach"), "2024-03-14")
    assert ("Anders Vik", "Hibernian", "first_team", "appointed") in keys
    assert ("Tomas Berg", "Hibernian", "first_team", "resigned") in keys
    assert not any(k[1] in ("Celtic", "Norway") and k[3] in ("appointed", "resigned") for k in keys)


def test_a_captaincy_is_no_such_lead() -> None:
    keys = keys_of(_TEXT.format(post="Hibernian captain"), "2024-03-14")
    assert ("Anders Vik", "Hibernian", "first_team", "appointed") not in keys
