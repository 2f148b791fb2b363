"""Staff below and beside the first team (extract_train21's theme): women's, youth and national youth
sides as the news names them, and the backroom staff around their coaches."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.mentions import squad_mentions


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Vasco named Ana Lima head coach of the female team on Monday.", "women"),
        ("He will now lead the club's female side in the league.", "women"),
        ("She spent two years as director of female football at Benfica.", "women"),
        ("Santos promoted the assistant of the female squad to head coach.", "women"),
    ],
)
def test_female_team_is_a_womens_squad(sentence: str, code: str) -> None:
    assert code in {m.squad for m in squad_mentions(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "She became the first female coach in the league's history.",
        "Female referees took charge of the final.",
        "The club hired a female physiotherapist.",
    ],
)
def test_female_person_is_no_squad(sentence: str) -> None:
    assert not squad_mentions(sentence)


def test_female_team_post_of_a_translated_club_statement() -> None:
    keys = keys_of(
        "Palmeiras officialized this Monday the promotion of Rui Costa Lima to head coach of the female "
        "team, after the departure of Marcos Prado to Santos."
    )
    assert ("Rui Costa Lima", "Palmeiras", "women", "appointed") in keys
    assert ("Rui Costa Lima", "Palmeiras", "first_team", "appointed") not in keys
