"""A coach's place taken by his successor, told with the bench ("His place on the bench of the Lions is
taken by X", "his place on the bench will be taken by X") or as occupied ("his place was occupied by X"): X
takes the post. Near misses: a player's place in the team, or his place told in the future with no bench,
taken by another player stays unread."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers sacked Tomas Brandt on Monday. "


def _appointed(sentence: str) -> set[tuple[str, str]]:
    return {(coach, club) for coach, club, _squad, event in keys_of(_LEAD + sentence) if event == "appointed"}


def test_place_on_the_bench_of_a_nickname() -> None:
    sentence = "His place on the bench of the Lions is taken by Jan Vos, until now his assistant."
    assert ("Jan Vos", "Oakfield Rovers") in _appointed(sentence)


def test_place_occupied_by() -> None:
    assert ("Jan Vos", "Oakfield Rovers") in _appointed("His place was occupied by Jan Vos.")


def test_place_on_the_bench_will_be_taken_by() -> None:
    assert ("Jan Vos", "Oakfield Rovers") in _appointed("His place on the bench will be taken by Jan Vos.")


def test_players_place_in_the_future_stays_unread() -> None:
    text = "Harwich Town striker Jan Vos is injured. His place will be taken by Piet Lammers."
    assert not [key for key in keys_of(text) if key[3] == "appointed"]


def test_players_place_in_the_team_stays_unread() -> None:
    assert not _appointed("His place in the team was taken by the midfielder Jan Vos.") - {
        ("Tomas Brandt", "Oakfield Rovers")
    }
