"""A past post told in the descriptor after a man's name, counted or with a squad among its clubs: "X, a
two-time Kelbridge boss who has also managed A, leaves" gives his spell at Kelbridge, "X, the former Wales
under-21 and Crewe Alexandra coach, said" his spells with Wales' under-21s and at Crewe. Not a count of
titles ("a two-time Welsh champion"), nor a player's clubs. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of, spells_of

_NEWS = "Tranmere Rovers have named Declan Orr as their new manager. "


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        ("Gareth Pryce, a two-time Crewe Alexandra boss, was also interviewed.", {"Crewe Alexandra"}),
        (
            "Gareth Pryce, a three-time Crewe Alexandra manager who also coached Port Vale, left.",
            {"Crewe Alexandra", "Port Vale"},
        ),
        (
            "Gareth Pryce, the two-time former Crewe Alexandra coach, was also considered.",
            {"Crewe Alexandra"},
        ),
        (
            "Gareth Pryce, the former Crewe Alexandra women's and Port Vale coach, was also considered.",
            {"Crewe Alexandra", "Port Vale"},
        ),
    ],
)
def test_a_counted_or_squad_listed_descriptor_is_a_spell(text: str, clubs: set[str]) -> None:
    assert spells_of(_NEWS + text, "Gareth Pryce") == clubs


def test_a_squad_in_the_descriptor_list_keeps_its_side() -> None:
    keys = keys_of(
        _NEWS + "Gareth Pryce, the former Wales national team and Port Vale coach, was also considered."
    )
    spells = {
        (club, squad)
        for coach, club, squad, event in keys
        if coach == "Gareth Pryce" and event == "in_charge"
    }
    assert spells == {("Wales", "national"), ("Port Vale", "first_team")}


@pytest.mark.parametrize(
    "text",
    [
        "Gareth Pryce, a two-time Welsh champion, was also considered.",
        "Gareth Pryce, a two-time Crewe Alexandra player of the year, was also considered.",
        "Gareth Pryce, the former Crewe Alexandra and Port Vale striker, was also considered.",
    ],
)
def test_no_spell_from_titles_or_a_playing_past(text: str) -> None:
    assert not spells_of(_NEWS + text, "Gareth Pryce")
