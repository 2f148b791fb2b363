"""'The 2nd team' (translated and non-native copy writing the ordinal as digits) is the reserve side,
as 'the second team' is."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.mentions import squad_mentions


def test_the_2nd_team_is_the_reserve_side():
    text = (
        "Valur have appointed Jón Arnarsson as head coach. Arnarsson was coach of the Valur 2nd team in 2022."
    )
    assert ("Jón Arnarsson", "Valur", "reserve", "in_charge") in keys_of(text)


def test_a_2nd_place_is_no_squad():
    """Near miss: '2nd' before a place or a word other than 'team' names no squad."""
    assert not squad_mentions("He finished 2nd in the league with the team in 2023.")
    assert not squad_mentions("Valur won the 2nd round tie against Fram.")
