"""'The Orange Lionesses' (the English for Oranje Leeuwinnen) are the Netherlands women's team, not
England's Lionesses, whose nickname the longer name holds (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_orange_lionesses_are_the_dutch_women() -> None:
    keys = keys_of(
        "Wolfsburg have appointed Henk Vos as head coach. Vos led the Orange Lionesses to the World Cup "
        "final in 2019."
    )
    assert ("Henk Vos", "Netherlands", "national_women", "in_charge") in keys
    assert not any(k[1] == "England" for k in keys)


def test_the_lionesses_stay_englands() -> None:
    # near-miss: the bare nickname is England's women's team
    keys = keys_of(
        "Wolfsburg have appointed Henk Vos as head coach. Vos led the Lionesses to the Euro final in 2022."
    )
    assert ("Henk Vos", "England", "national_women", "in_charge") in keys
