"""Sides known by a name of their own (pipeline/reference/squad_aliases.csv): Simba SC's women's team
"Simba Queens", Crusaders' women "Crusaders Strikers", the Liga de Expansión MX affiliates "Pumas Tabasco"
(Pumas UNAM) and "Tapatío" (Guadalajara), Real Valladolid's reserve "Promesas", and a South African club's
side in the PSL reserve league, "the DStv Diski Challenge (DDC) side"."""

from __future__ import annotations

from extract_helpers import keys_of


def test_simba_queens_is_the_womens_side():
    text = "Simba SC have named Hamisi Juma as head coach of Simba Queens on a two-year deal."
    keys = keys_of(text)
    assert ("Hamisi Juma", "Simba SC", "women", "appointed") in keys
    assert ("Hamisi Juma", "Simba SC", "first_team", "appointed") not in keys


def test_liga_de_expansion_affiliate_is_the_reserve():
    text = "Pumas UNAM confirmed on Monday that Raúl Ortega will coach Pumas Tabasco next season."
    keys = keys_of(text)
    assert any(k[0] == "Raúl Ortega" and k[1] == "Pumas UNAM" and k[2] == "reserve" for k in keys)
    assert not any(k[0] == "Raúl Ortega" and k[2] == "first_team" for k in keys)


def test_the_clubs_diski_challenge_side_is_its_reserve():
    text = (
        "Golden Arrows have appointed Sipho Dube as head coach. Themba Nkosi takes over the DStv Diski "
        "Challenge side, which he led to the final last season."
    )
    keys = keys_of(text)
    assert ("Themba Nkosi", "Lamontville Golden Arrows", "reserve", "appointed") in keys


def test_the_first_team_in_the_premiership_stays_the_first_team():
    """Near miss: the club's senior side in the DStv Premiership is no reserve."""
    text = "Golden Arrows have appointed Sipho Dube as head coach of their DStv Premiership side."
    keys = keys_of(text)
    assert ("Sipho Dube", "Lamontville Golden Arrows", "first_team", "appointed") in keys
