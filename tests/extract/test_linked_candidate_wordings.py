"""Candidates told in more of the press's wordings: 'X remains the favourite', 'X appears as the first
option', 'C are reported to be considering X', 'C is evaluating X' / 'is thinking of X' (translated
Italian and Spanish), 'the names circulating are A and B', 'the shortlist drawn up by the board
included A and B'. Not a player who 'remains the first-choice goalkeeper' or 'appears as a guest'."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_VACANCY = "Catanzaro sacked Marco Rossi on Monday. "


@pytest.mark.parametrize(
    ("sentence", "candidates"),
    [
        ("Alberto Aquilani remains the favourite for the bench.", ["Alberto Aquilani"]),
        ("Alberto Aquilani, who has left Pisa, remains the front-runner.", ["Alberto Aquilani"]),
        ("The Argentine Javier Gandolfi appears as the first option.", ["Javier Gandolfi"]),
        ("Catanzaro are reported to be considering Renato Paiva.", ["Renato Paiva"]),
        ("Catanzaro is evaluating Filippo Inzaghi, free after leaving Salernitana.", ["Filippo Inzaghi"]),
        ("Catanzaro is thinking of the Moroccan Younes Zerdouk.", ["Younes Zerdouk"]),
        ("The names circulating are Paco Lopez and Fran Fernandez.", ["Paco Lopez", "Fran Fernandez"]),
        (
            "The names circulating in the media are those of Diego Ferrer and Hugo Vidal.",
            ["Diego Ferrer", "Hugo Vidal"],
        ),
        (
            "The final shortlist drawn up by the board included German Joe Zinnbauer and Brazilian "
            "Rogerio Micale.",
            ["Joe Zinnbauer", "Rogerio Micale"],
        ),
    ],
)
def test_candidates_in_more_wordings_are_linked(sentence: str, candidates: list[str]) -> None:
    keys = keys_of(_VACANCY + sentence)
    for name in candidates:
        assert (name, "Catanzaro", "first_team", "linked") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Paolo Bianco remains the first-choice goalkeeper.",
        "Paolo Bianco appears as a guest on the show tonight.",
        "Paolo Bianco remains injured after the derby.",
        "The names of Paolo Bianco and Fabio Caserta are on the team sheet.",
    ],
)
def test_no_candidate_without_a_candidate_wording(sentence: str) -> None:
    keys = keys_of(_VACANCY + sentence)
    assert not any(k[0] in ("Paolo Bianco", "Fabio Caserta") for k in keys)
