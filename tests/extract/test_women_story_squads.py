"""Which squad in a women's story: the club a new women's national coach held up to the news is that
club's women's side; a club spell from further back keeps the first team."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "The federation has found a successor: Jonas Weber becomes the new coach of the women's national "
            "team of Austria, it announced on Tuesday. Weber comes from Sturm Graz, where he won the double "
            "twice. He had coached Sturm Graz since 2020.",
            "Jonas Weber",
            "Sturm Graz",
        ),
        (
            "Sweden named Erik Lund head coach of the women's national team on Monday. Lund had been "
            "working as head coach of Malmö FF since 2019.",
            "Erik Lund",
            "Malmö FF",
        ),
        (
            "Norway appointed Kari Dahl as women's national team coach. Dahl has coached Rosenborg "
            "since 2021.",
            "Kari Dahl",
            "Rosenborg",
        ),
    ],
)
def test_club_held_up_to_a_womens_national_post_is_the_womens(text: str, coach: str, club: str) -> None:
    keys = keys_of(text)
    assert (coach, club, "women", "in_charge") in keys
    assert (coach, club, "first_team", "in_charge") not in keys


@pytest.mark.parametrize(
    "text",
    [
        # a spell from further back, told without the tense that brings it up to the news
        "Austria named Jonas Weber the new coach of the women's national team on Tuesday. Weber coached "
        "Sturm Graz from 2012 to 2015.",
        # the post he held up to the news was the men's national team's, not a club's
        "Austria named Jonas Weber coach of the men's national team. Weber had coached Sturm Graz "
        "since 2020.",
    ],
)
def test_earlier_or_mens_spells_keep_the_first_team(text: str) -> None:
    keys = keys_of(text)
    assert ("Jonas Weber", "Sturm Graz", "first_team", "in_charge") in keys
    assert ("Jonas Weber", "Sturm Graz", "women", "in_charge") not in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the Wolves" is Wolfsburg's nickname too: in a story naming Wolfsburg, its women's team
        (
            "VfL Wolfsburg has found its replacement for Jonas Hahn: Ralf Becker will return to the "
            "bench with the Wolves' women's side in the summer.",
            ("Ralf Becker", "VfL Wolfsburg", "women", "appointed"),
        ),
        (
            "VfL Wolfsburg sacked Ralph Hasenhüttl on Sunday. Paul Simonis is the Wolves' new coach.",
            ("Paul Simonis", "VfL Wolfsburg", "first_team", "appointed"),
        ),
        # "returns to the bench (of C)": translated copy for a coach coming back to a club
        (
            "Werder Bremen have found a successor for Ole Werner: Horst Steffen returns to the bench of the "
            "club in July.",
            ("Horst Steffen", "Werder Bremen", "first_team", "appointed"),
        ),
    ],
)
def test_return_to_the_bench_of_a_club_named_by_nickname(text: str, expected: tuple) -> None:
    assert expected in keys_of(text)


def test_wolves_alone_stays_wolverhampton_and_a_player_back_on_the_bench_is_no_coach() -> None:
    keys = keys_of("Wolverhampton Wanderers sacked Gary O'Neil. The Wolves' new coach is Vitor Pereira.")
    assert ("Vitor Pereira", "Wolverhampton Wanderers", "first_team", "appointed") in keys
    assert not keys_of("Marco Rossi returns to the bench on Sunday after his injury.")
