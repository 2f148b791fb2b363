"""'X had been in charge of C since 2022, when he succeeded Y', 'has led C's under-21s since 2022, when he
replaced Y': the spell told before '…, when he succeeded' is the post Y left, not the club the story is
about (X's new club). A succession told without such a spell ('He replaces Y') stays at the post in
view. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of


def test_replaced_man_left_the_spell_told_since() -> None:
    text = (
        "Servette confirmed Marko Saar as head coach. Saar, 50, had been in charge of Latvia since the "
        "summer of 2022, when he succeeded Janis Ozols."
    )
    keys = keys_of(text)
    assert ("Janis Ozols", "Latvia", "national", "left") in keys
    assert not any(k[0] == "Janis Ozols" and k[1] == "Servette" for k in keys)


def test_squad_of_the_spell() -> None:
    text = (
        "Servette confirmed Marko Saar as head coach. Saar has led Latvia's under-21s since 2022, when he "
        "replaced Janis Ozols."
    )
    assert ("Janis Ozols", "Latvia", "national_u21", "left") in keys_of(text)


def test_succession_without_a_spell_stays_in_view() -> None:
    text = "Servette appointed Marko Saar as head coach. He replaces Janis Ozols, who left in May."
    assert ("Janis Ozols", "Servette", "first_team", "left") in keys_of(text)
