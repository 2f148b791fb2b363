"""'C are expected to turn to the Czech coach X': the club's hedged choice is a rumour (linked), as 'C
turned to X' is an appointment. A club turning to its youth or a player turning to coaching names no
coach's move."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def test_club_expected_to_turn_to_a_coach_is_a_rumour() -> None:
    text = (
        "Kerala Blasters have sacked Mikael Stahre. Kerala Blasters are expected to turn to the Serbian "
        "coach Ivan Vukomanović, according to reports."
    )
    assert ("Ivan Vukomanović", "Kerala Blasters", "first_team", "linked") in keys_of(text)


def test_no_move_without_a_coach_turned_to() -> None:
    text = (
        "Kerala Blasters have sacked Mikael Stahre. Kerala Blasters are expected to turn to their academy "
        "players, with striker Sahal Abdul Samad fit again."
    )
    assert not any(
        event in ("linked", "appointed") and coach != "Mikael Stahre" for coach, _, _, event in keys_of(text)
    )
