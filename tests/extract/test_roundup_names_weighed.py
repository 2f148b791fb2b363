"""Round-up items that name the men a club weighed: 'the names of A and B were evaluated', 'A and B were on
the table', 'the names of A and of B were also on the agenda of the board', 'the name of the former C
technician D was mentioned', 'the names of A and B circulate', 'the board also evaluated A and B', 'the
federation had on the list A and B', 'were evaluated also A, who is bound to C, and B' (translated word
order), 'Among the names evaluated by the director Y there were also A and B'. Each man is linked with the
post in view; not a coach weighing his players, an offer 'on the table' for a man, a list of the injured,
a name mentioned in a match report, nor the director who weighs them."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_VACANCY = "Ternana sacked Marco Rossi on Monday. "


@pytest.mark.parametrize(
    ("sentence", "candidates"),
    [
        (
            "The names of Luca Bianchi and Paolo Verdi were evaluated by the owners.",
            ["Luca Bianchi", "Paolo Verdi"],
        ),
        (
            "Sources admit that Luca Bianchi and Paolo Verdi were on the table.",
            ["Luca Bianchi", "Paolo Verdi"],
        ),
        (
            "The names of Luca Bianchi and of Paolo Verdi were also on the agenda of the board.",
            ["Luca Bianchi", "Paolo Verdi"],
        ),
        ("Also the name of the former Pescara technician Luca Bianchi was mentioned.", ["Luca Bianchi"]),
        ("In the city the names of Luca Bianchi and Paolo Verdi circulate.", ["Luca Bianchi", "Paolo Verdi"]),
        ("The board also evaluated Luca Bianchi and Paolo Verdi.", ["Luca Bianchi", "Paolo Verdi"]),
        (
            "The club of president Stefano Neri evaluated Luca Bianchi and Paolo Verdi.",
            ["Luca Bianchi", "Paolo Verdi"],
        ),
        (
            "The management also had on the list Luca Bianchi and Paolo Verdi.",
            ["Luca Bianchi", "Paolo Verdi"],
        ),
        (
            "The committee of selections had on the list Luca Bianchi and Paolo Verdi.",
            ["Luca Bianchi", "Paolo Verdi"],
        ),
        (
            "The names of Luca Bianchi, ex-technician of Pescara, and of the Uruguayan Paolo Verdi "
            "circulated.",
            ["Luca Bianchi", "Paolo Verdi"],
        ),
        (
            "In the last days were evaluated also Luca Bianchi, who is still bound to Pescara, and "
            "Paolo Verdi.",
            ["Luca Bianchi", "Paolo Verdi"],
        ),
        (
            "Among the names evaluated by the director Stefano Neri there were also Luca Bianchi and "
            "Paolo Verdi.",
            ["Luca Bianchi", "Paolo Verdi"],
        ),
    ],
)
def test_names_a_club_weighed_are_linked(sentence: str, candidates: list[str]) -> None:
    keys = keys_of(_VACANCY + sentence)
    for name in candidates:
        assert (name, "Ternana", "first_team", "linked") in keys


def test_the_director_who_weighs_them_is_no_candidate() -> None:
    keys = keys_of(
        _VACANCY + "Among the names evaluated by the director Stefano Neri there were also Luca Bianchi."
    )
    assert not any(k[0] == "Stefano Neri" and k[3] == "linked" for k in keys)


@pytest.mark.parametrize(
    "sentence",
    [
        "The coach also evaluated Luca Bianchi and Paolo Verdi in training.",
        "An offer for Luca Bianchi is on the table.",
        "Luca Bianchi is on the list of injured players.",
        "The name of Luca Bianchi was mentioned in the match report.",
        "The names of Luca Bianchi and Paolo Verdi are on the team sheet.",
    ],
)
def test_no_candidate_without_a_club_weighing_him(sentence: str) -> None:
    keys = keys_of(_VACANCY + sentence)
    assert not any(k[0] in ("Luca Bianchi", "Paolo Verdi") and k[3] == "linked" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        # players checked by the medical staff or for a game, with or without a post in view
        "Ternana coach Marco Rossi has named his squad. Luca Bianchi and Paolo Verdi were assessed by the "
        "medical staff after the match.",
        "Ternana coach Marco Rossi has named his squad. The club assessed Luca Bianchi and Paolo Verdi "
        "before the game.",
        _VACANCY + "Captain Luca Bianchi and Paolo Verdi have been assessed and will travel to Pescara.",
        _VACANCY + "The club evaluated Luca Bianchi and Paolo Verdi, who both have a knock.",
    ],
)
def test_players_assessed_are_no_candidates(text: str) -> None:
    keys = keys_of(text)
    assert not any(k[0] in ("Luca Bianchi", "Paolo Verdi") and k[3] == "linked" for k in keys)
