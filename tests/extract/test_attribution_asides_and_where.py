"""Clubs told in passing that are not the post of the fact beside them: a club inside a man's aside
('Torrent, Guardiola's former assistant at Manchester City, arrived to replace Y, who was sacked') is
not Y's; a squad a club owns by its possessive ('Villarreal's B team in Spain') is not the country's;
a spell list's squad in ', where he coached the under-23s' is that club's."""

from __future__ import annotations

from extract_helpers import keys_of


def test_club_in_the_newcomers_aside_is_not_the_sacked_mans() -> None:
    keys = keys_of(
        "Besiktas have sacked Fernando Santos. Santos, Portugal's former coach at two World Cups and once "
        "in charge at Porto, arrived in January to replace Senol Gunes, who was sacked after a poor run."
    )
    assert ("Senol Gunes", "Beşiktaş", "first_team", "dismissed") in keys
    assert not any(k[0] == "Senol Gunes" and k[1] == "FC Porto" for k in keys)


def test_club_named_before_replacing_still_fills_the_post() -> None:
    keys = keys_of("Ruben Selles took over as Reading boss, replacing Paul Ince, who was sacked in April.")
    assert ("Paul Ince", "Reading", "first_team", "dismissed") in keys


def test_possessive_club_keeps_its_b_team_before_a_country() -> None:
    keys = keys_of(
        "Kerala Blasters have appointed David Catala as head coach. Catala, 43, has coached Espanyol's B "
        "team in Spain and Apollon in Cyprus."
    )
    assert ("David Catala", "Espanyol", "reserve", "in_charge") in keys
    assert not any(k[0] == "David Catala" and k[1] == "Spain" for k in keys)


def test_squad_of_a_where_clause_is_that_clubs() -> None:
    keys = keys_of(
        "Luton Town have appointed Sam Okoye as head coach. The 41-year-old previously managed Crawley "
        "Town and worked at Brentford, where he coached the under-21s."
    )
    assert ("Sam Okoye", "Brentford", "u21", "in_charge") in keys
    assert ("Sam Okoye", "Crawley Town", "first_team", "in_charge") in keys
