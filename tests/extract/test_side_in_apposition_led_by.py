"""'Betis B, the reserve team, will be coached by X': a club's side set off in apposition after its name
before the passive that hands it to a coach; another apposition ('the league leaders') is no side
(written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_a_reserve_side_in_apposition_will_be_coached_by():
    found = keys_of("Real Betis B, the reserve team, will be coached by Marcos Villar next season.")
    assert ("Marcos Villar", "Real Betis", "reserve", "appointed") in found


def test_an_alias_of_a_reserve_side_in_apposition_will_be_led_by():
    found = keys_of("Bilbao Athletic, the club's second team, will be led by Iker Zabala.")
    assert ("Iker Zabala", "Athletic Bilbao", "reserve", "appointed") in found


def test_an_apposition_naming_no_side_reads_nothing_new():
    found = keys_of("Real Betis, the league leaders, will be coached by Marcos Villar.")
    assert ("Marcos Villar", "Real Betis", "reserve", "appointed") not in found
