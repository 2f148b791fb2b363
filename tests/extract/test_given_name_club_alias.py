"""A club alias that is also a common given name ("Milan", "Everton", "Chelsea") opening a two-word name
whose second word is no club, squad or suffix word is a man's full name ("the coach Milan Rastavac",
"Everton Ribeiro"), not the club; "Milan Women" and "Milan sacked X" stay the club."""

from __future__ import annotations

from extract_helpers import keys_of


def test_milan_as_a_given_name():
    found = keys_of("Sparta Prague have appointed the coach Milan Kostelecký until 2026.")
    assert ("Milan Kostelecký", "Sparta Prague", "first_team", "appointed") in found
    assert not any(club == "AC Milan" for _, club, _, _ in found)


def test_milan_women_and_milan_stay_the_club():
    # near misses: a squad word after the alias, and the alias alone before a verb
    assert ("Maurizio Ganz", "AC Milan", "women", "dismissed") in keys_of("Milan Women sacked Maurizio Ganz.")
    assert ("Paulo Fonseca", "AC Milan", "first_team", "dismissed") in keys_of("Milan sacked Paulo Fonseca.")
