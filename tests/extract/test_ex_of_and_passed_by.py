"""Past clubs told in translated copy after a name: "X, ex of A and B" (Italian "ex di"), "X, passed by A, B
and C" (Portuguese "passou por"), like "X, formerly of A and B", also with his age between ("X, 51 years, ex
of A, B and C", "X, 51, formerly of A") (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Genoa have appointed Paolo Verdi as head coach. "


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "The favourite was Paolo Verdi, ex of Empoli and Torino.",
        _LEAD + "Verdi, passed by Empoli and Torino, signed until 2027.",
        _LEAD + "Verdi, passed through Empoli and Torino, signed a deal.",
        _LEAD + "Verdi, 51 years, ex of Empoli, Spezia, Pisa and Torino, arrives with his staff.",
        _LEAD + "Verdi, 51, formerly of Empoli and Torino, was presented on Monday.",
        _LEAD + "Verdi, 51 years old, previously with Empoli and Torino, was presented on Monday.",
    ],
)
def test_past_clubs_of_a_coach(text: str) -> None:
    assert {"Empoli", "Torino"} <= _spells(text, "Paolo Verdi")


@pytest.mark.parametrize(
    "text",
    [
        # a player's past clubs: nothing shows him coaching
        "Genoa have signed the striker Paolo Verdi, ex of Empoli and Torino.",
        "Genoa have signed the striker Paolo Verdi. Verdi, passed by Empoli and Torino, signed until 2027.",
        # a ball passed by a man, no club after it
        _LEAD + "Verdi, passed by the fans, smiled.",
        # a player's age before his past clubs: nothing shows him coaching
        "Genoa have signed the striker Paolo Verdi. Verdi, 24, formerly of Empoli and Torino, scored twice.",
        # an age that stands for no apposition ("Verdi, 51, said …"), the clubs told in the verb's clause
        _LEAD + "Verdi, 51, said the former of the two offers, from Empoli, was too low.",
    ],
)
def test_no_spells_of_a_player(text: str) -> None:
    assert not {"Empoli", "Torino"} & _spells(text, "Paolo Verdi")
