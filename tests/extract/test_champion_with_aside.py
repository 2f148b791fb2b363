"""A title won with a club, told in an aside after a coach's name ("X, champion with C in 2015, was also
considered", "X, finalist of the Copa Sudamericana with C, …", "X, a two-time Danish champion with C, …"),
or after the noun that names him ("X is among the most successful coaches in Norway, champion with A and
B"): a spell in charge of each club. A world, European or Olympic champion is mostly a player's title,
a title won "as a player" is one, and the aside of another man is his. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _spells(text: str, coach: str) -> set[str]:
    return {f["club"] for f in facts_of(text) if f["coach"] == coach and f["event"] == "in_charge"}


@pytest.mark.parametrize(
    ("text", "coach", "clubs"),
    [
        (
            "Hibernian are looking for a new manager. Owen Coyle, champion with Burnley in 2009, "
            "is among the names on the list.",
            "Owen Coyle",
            {"Burnley"},
        ),
        (
            "Nantes sacked their coach on Sunday. Frédéric Antonetti, finalist of the Coupe de France "
            "with Rennes, has been sounded out.",
            "Frédéric Antonetti",
            {"Rennes"},
        ),
        (
            "Lyngby have named Morten Wieghorst as coach. Wieghorst, a two-time Danish champion with "
            "Aalborg, also worked with the national under-21 side.",
            "Morten Wieghorst",
            {"Aalborg"},
        ),
        (
            "Viking have turned to Kjetil Rekdal. Rekdal is among the most successful coaches in "
            "Norway, champion with Aalesund and Valerenga.",
            "Kjetil Rekdal",
            {"Aalesund", "Vålerenga"},
        ),
    ],
)
def test_title_in_an_aside_is_a_spell(text: str, coach: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text, coach)


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Parma have appointed Fabio Pecchia. Pecchia, world champion with Italy in 2006, "
            "signed until 2026.",
            "Fabio Pecchia",
            "Italy",
        ),
        (
            "Lyngby have named Morten Wieghorst as coach. Wieghorst, champion with Brondby as a "
            "player, signed a two-year deal.",
            "Morten Wieghorst",
            "Brøndby",
        ),
        (
            "Hibernian are looking for a new manager. They have spoken to Owen Coyle, who replaced "
            "Paul Lambert, champion with Norwich in 2010.",
            "Owen Coyle",
            "Norwich City",
        ),
    ],
)
def test_no_spell_from_a_players_title_or_another_mans_aside(text: str, coach: str, club: str) -> None:
    assert club not in _spells(text, coach)
