"""A context-only alias one club owns, written as the title of its coach or trainer ('Kelbridge coach X',
'former Kelbridge trainer X'), names that club, as it did before 'manager', 'boss' and 'head coach'; a
past title's club is where the man was, never the story's. 'Athletic coach X' is a fitness coach."""

from __future__ import annotations

from extract_helpers import keys_of, spells_of


def test_context_alias_before_coach_names_the_club() -> None:
    text = (
        "Dornoch Rovers have named Ansel Trevik as head coach. "
        "Rovers had also spoken to former Simba coach Teodor Marsh about the vacancy."
    )
    assert "Simba SC" in spells_of(text, "Teodor Marsh")


def test_context_alias_before_trainer_names_the_club() -> None:
    text = (
        "Dornoch Rovers have named Ansel Trevik as head coach. "
        "The board also considered former Rapid trainer Teodor Marsh for the post."
    )
    assert "Rapid Vienna" in spells_of(text, "Teodor Marsh")


def test_a_past_title_does_not_take_the_story() -> None:
    text = (
        "Zurich - Grasshopper Club Zürich have separated from coach Ansel Trevik with immediate effect. "
        "His assistant Piet Dorn also has to go. "
        "Sporting director Bernhard Vogt had sounded out former Lausanne trainer Teodor Marsh in the spring. "
        "GC sit third in the table, two places above Lausanne."
    )
    assert ("Piet Dorn", "Grasshopper Club Zürich", "first_team", "dismissed") in keys_of(text)


def test_athletic_coach_is_a_fitness_title() -> None:
    text = (
        "Dornoch Rovers have named Ansel Trevik as head coach. "
        "Athletic coach Teodor Marsh will leave the club at the end of the season."
    )
    assert not any(club == "Athletic Bilbao" for _, club, _, _ in keys_of(text))
