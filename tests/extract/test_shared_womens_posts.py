"""A club post that became the women's through its coach (a women's coach in a story of women's football)
is the same women's team for the others told at that club in the same sentence: her successor, her aide."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_HART = (
    "Hart goes straight to the US women's national team after finishing the WSL season. "
    "She was named USWNT coach in November."
)


@pytest.mark.parametrize(
    ("news", "expected"),
    [
        (
            "Chelsea have confirmed Sonia Blanc as their new head coach, and she's replacing Emma Hart, who "
            "leaves after twelve years.",
            ("Sonia Blanc", "Chelsea", "women", "appointed"),
        ),
        (
            "Aston Villa appointed Robert Paulsen as head coach, replacing Emma Hart, who leaves after "
            "twelve years.",
            ("Robert Paulsen", "Aston Villa", "women", "appointed"),
        ),
    ],
)
def test_the_successor_of_a_womens_coach_takes_the_womens_team(news: str, expected: tuple) -> None:
    keys = keys_of(news + " " + _HART)
    assert expected in keys
    assert (expected[0], expected[1], "first_team", expected[3]) not in keys


def test_the_clubs_men_told_in_another_sentence_keep_the_first_team() -> None:
    keys = keys_of(
        "Chelsea have confirmed Sonia Blanc as their new head coach, and she's replacing Emma Hart, who "
        "leaves after twelve years. In May, Chelsea sacked manager Mauricio Perez and his assistant Jesus "
        "Lopez. " + _HART
    )
    assert ("Sonia Blanc", "Chelsea", "women", "appointed") in keys
    assert ("Mauricio Perez", "Chelsea", "first_team", "dismissed") in keys
