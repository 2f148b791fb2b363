"""'The Chelsea of Ken Bates', 'the right-hand man at Napoli of Aurelio De Laurentiis', 'the Argentina of
Lionel Messi': a team named after a well-known owner, president or star player (`non_coaches.csv`) is
his as owner or star, not as coach, even with no goal or cap in the story. A coach named the same way,
and a listed man the story itself makes a coach, keep the reading. Written for these tests in our own
words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import known_non_coaches


@pytest.mark.parametrize(
    ("text", "man"),
    [
        (
            "Chelsea sacked Glenn Hoddle's successor in 1998. It was the Chelsea of Ken Bates, impatient.",
            "Ken Bates",
        ),
        (
            "Napoli appointed Marco Ferri as head coach. Ferri was chosen by Dario Sala, the right-hand "
            "man at Napoli of Aurelio De Laurentiis.",
            "Aurelio De Laurentiis",
        ),
        (
            "Argentina appointed Tomás Rivas as head coach in 2018. The Argentina of Lionel Messi won the "
            "Copa América in 2021.",
            "Lionel Messi",
        ),
        (
            "Spain named Ana Ruiz as head coach. The Spain of Alexia Putellas has won everything.",
            "Alexia Putellas",
        ),
    ],
)
def test_team_of_a_known_non_coach_is_no_coaching_post(text: str, man: str) -> None:
    assert not any(k[0] == man for k in keys_of(text, "2024-06-20"))


def test_team_of_a_coach_is_kept() -> None:
    text = "Argentina appointed Tomás Rivas as head coach. The Argentina of Tomás Rivas won the Copa América."
    assert ("Tomás Rivas", "Argentina", "national", "in_charge") in keys_of(text, "2024-06-20")


def test_listed_man_made_coach_by_the_story_is_kept() -> None:
    text = (
        "Inter Miami appointed Lionel Messi as player-coach on Monday. The Inter Miami of Lionel Messi "
        "won the Supporters' Shield."
    )
    keys = keys_of(text, "2024-06-20")
    assert ("Lionel Messi", "Inter Miami", "first_team", "appointed") in keys
    assert ("Lionel Messi", "Inter Miami", "first_team", "in_charge") in keys


def test_the_list_names_no_known_coach() -> None:
    assert "lionel messi" in known_non_coaches()
    assert not {"pep guardiola", "zinedine zidane", "xavi hernandez"} & known_non_coaches()


@pytest.mark.parametrize(
    ("text", "man"),
    [
        # an owner given a post by another wording than the team named after him
        (
            "Porto have appointed Marco Ferri. Ferri first made his name in England with the Chelsea of "
            "Roman Abramovich.",
            "Roman Abramovich",
        ),
        (
            "Chelsea have sacked Marco Ferri. It was the Chelsea of Todd Boehly that had hired him in 2022.",
            "Todd Boehly",
        ),
    ],
)
def test_known_non_coach_gets_no_post_from_any_wording(text: str, man: str) -> None:
    assert not any(k[0] == man for k in keys_of(text, "2024-06-20"))


def test_known_non_coach_titled_coach_is_kept() -> None:
    """Near miss: the text titles the listed man a coach ('Lionel Messi as head coach')."""
    text = "Inter Miami appointed Lionel Messi as head coach on Monday."
    assert ("Lionel Messi", "Inter Miami", "first_team", "appointed") in keys_of(text, "2024-06-20")
