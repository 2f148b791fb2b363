"""Candidates a club weighed, fronted by "among": who weighed them may be told in a relative clause ("Among
those the board interviewed were A and B"), the list's verb may come in translated word order ("… there had
also been X"), and "Among the candidates had also been named A and B" names candidates, not an appointment.
Near misses: the men a club thanked or released, and the players a coach named in his squad, are no
candidates."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers sacked Piet Lammers on Monday after a run of six defeats. "


def _linked(sentence: str) -> set[str]:
    return {coach for coach, club, _squad, event in keys_of(_LEAD + sentence) if event == "linked"}


def test_those_the_board_interviewed() -> None:
    sentence = "Among those the board interviewed were Tomas Brandt and Jan Vos."
    assert _linked(sentence) == {"Tomas Brandt", "Jan Vos"}


def test_names_the_directors_had_evaluated() -> None:
    sentence = "Among the names the directors had evaluated before deciding was Tomas Brandt."
    assert _linked(sentence) == {"Tomas Brandt"}


def test_there_had_also_been() -> None:
    sentence = "Among the names evaluated by the owners there had also been Tomas Brandt."
    assert _linked(sentence) == {"Tomas Brandt"}


def test_candidates_named_are_no_appointment() -> None:
    keys = keys_of(_LEAD + "Among the candidates had also been named Tomas Brandt and Jan Vos.")
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "linked") in keys
    assert ("Jan Vos", "Oakfield Rovers", "first_team", "linked") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") not in keys


def test_men_thanked_or_released_are_no_candidates() -> None:
    assert not _linked("Among those the board thanked were Tomas Brandt and Jan Vos.")
    assert not _linked("Among the players the club released were Tomas Brandt and Jan Vos.")


def test_players_named_in_a_squad_are_no_candidates() -> None:
    assert not _linked("Among those the new coach has named in his squad are Tomas Brandt and Jan Vos.")
