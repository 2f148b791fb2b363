"""Costa Ricans call themselves "ticos" ("ticas"), and translated copy keeps it: "the Tica selection" is
Costa Rica's national team. A man named Tico is no country."""

from __future__ import annotations

from extract_helpers import keys_of


def test_tica_selection_is_costa_rica():
    text = (
        "Monterrey have appointed Ana Solís as head coach of their women's team. Solís, who coached the "
        "Tica selection from 2019 to 2023, arrives from Saprissa."
    )
    keys = keys_of(text)
    assert any(k[0] == "Ana Solís" and k[1] == "Costa Rica" and k[3] == "in_charge" for k in keys)


def test_a_man_called_tico_names_no_country():
    """Near miss: 'Tico' as a given name."""
    text = "Saprissa have appointed Tico Vargas as head coach on a two-year deal."
    keys = keys_of(text)
    assert not any(k[1] == "Costa Rica" for k in keys)
