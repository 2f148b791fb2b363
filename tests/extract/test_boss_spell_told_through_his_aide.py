"""'X joins from C, where he had been assistant to Y since 2023': the pluperfect is the aide's, not Y's;
Y coaching C is told, not his exit. A spell of Y's own told in the pluperfect ('Y had been in charge
since 2023') is over. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_NEWS = "Birmingham have appointed Tomas Vik as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Vik joins from Tottenham Hotspur, where he had served as assistant to Ange Postecoglou since 2023.",
        "Vik arrives from Tottenham Hotspur, where since 2023 he had been assistant to Ange Postecoglou.",
        "Vik comes from Tottenham Hotspur, where he had worked as assistant to Ange Postecoglou since 2022.",
        "He joins from Tottenham Hotspur, where he had been assistant coach to Ange Postecoglou since 2023.",
    ],
)
def test_aides_tense_ends_no_spell_of_the_boss(sentence: str) -> None:
    facts = facts_of(_NEWS + sentence, "2024-06-25")
    boss = [f for f in facts if f["coach"] == "Ange Postecoglou"]
    assert [f["event"] for f in boss] == ["in_charge"]


def test_bosss_own_pluperfect_spell_is_over() -> None:
    keys = keys_of("Spurs boss Ange Postecoglou had been in charge since 2023.", "2024-06-25")
    assert ("Ange Postecoglou", "Tottenham Hotspur", "first_team", "left") in keys
