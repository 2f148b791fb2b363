"""'The Argentina of X' (Romance word order for 'X's Argentina') names a team after its coach or after its
star player. When the story shows X scoring or capped ('X scored twice', 'the goals of X', 'X's
hat-trick', 'X won her 100th cap') and nothing makes X a coach, the team is X's as a player: no
coaching fact. A man told as a coach elsewhere, a scorer of the past ('as a player'), another man
scoring, or a sentence about the bench keep the reading. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Nobody could stop the Portugal of Tiago Mendonça, who scored twice in the final.",
        "The Portugal of Tiago Mendonça won the group. Mendonça scored twice against Slovenia.",
        "The Portugal of Tiago Mendonça won the group. The goals of Mendonça sank Slovenia.",
        "The Portugal of Tiago Mendonça won the group. Mendonça's late brace sank Slovenia.",
        "The Portugal of Tiago Mendonça won the group. Mendonça's 89th-minute goal sank Slovenia.",
        "The Portugal of Tiago Mendonça won the group. A goal from Mendonça sank Slovenia.",
        "The Portugal of Tiago Mendonça won the group, and Mendonça won his 150th cap.",
    ],
)
def test_team_of_a_scorer_is_no_coaching_post(text: str) -> None:
    story = "Slovenia appointed Marek Kos as head coach. " + text  # a coach's fact beside: the story is read
    keys = keys_of(story, "2024-06-20")
    assert ("Marek Kos", "Slovenia", "national", "appointed") in keys
    assert not any(k[0] == "Tiago Mendonça" for k in keys)


def test_womens_team_of_a_scorer_is_no_coaching_post() -> None:
    text = "The Juventus women's team of Carla Benassi won the league again. Benassi scored the winner."
    assert not any(k[0] == "Carla Benassi" for k in keys_of(text, "2024-05-20"))


@pytest.mark.parametrize(
    "text",
    [
        # no one scores
        "The Colombia of Hernán Ocampo reached the Copa América final.",
        # another man scores
        "The Colombia of Hernán Ocampo won 2-0. Luis Cárdenas scored twice.",
        # his side scores
        "The Colombia of Hernán Ocampo won again. Ocampo's side scored four goals.",
        # a scorer of the past
        "The Colombia of Hernán Ocampo won again. Ocampo, who scored 30 goals as a player, smiled.",
        # the sentence is about the bench
        "The Colombia of coach Hernán Ocampo won again. Ocampo scored twice in a charity game.",
        # a goal aimed at, not scored
        "The Colombia of Hernán Ocampo won 2-0. Ocampo's main goal is to win the Copa América.",
        "The Colombia of Hernán Ocampo won 2-0. Ocampo's goal this year is the title.",
        "The Colombia of Hernán Ocampo won 2-0. The goals of Luis Cárdenas settled it, and Ocampo's goal "
        "remains the title.",
        # a deed of a year gone by
        "The Colombia of Hernán Ocampo won 2-0. Ocampo, who scored in the 2001 Copa América final, smiled.",
        "The Colombia of Hernán Ocampo won 2-0. Ocampo, who netted 20 times for Nacional in 1998, smiled.",
    ],
)
def test_team_of_its_coach_is_kept(text: str) -> None:
    assert ("Hernán Ocampo", "Colombia", "national", "in_charge") in keys_of(text, "2024-06-20")


def test_scorer_told_as_a_coach_elsewhere_keeps_the_team() -> None:
    text = (
        "The Colombia of Hernán Ocampo won again. Ocampo scored twice in a charity game. "
        "Ocampo has coached Colombia since 2022."
    )
    assert ("Hernán Ocampo", "Colombia", "national", "in_charge") in keys_of(text, "2024-06-20")
