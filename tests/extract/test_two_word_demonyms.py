"""Demonyms of two words ('Costa Rican', 'Sierra Leonean', 'Cape Verdean') name a country's national team
and federation as one-word ones do ('the Costa Rican selection', 'the Sierra Leonean federation'); a
federation so named also tells whose story it is when the lead gives its news. A two-word phrase that is no
country's demonym ('the South American federation', 'the New York side') names no national team. Written
for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of


def test_the_two_word_demonym_selection_is_the_national_team() -> None:
    keys = keys_of(
        "The Chilean Tomas Robles is the new coach of the Costa Rican selection. "
        "Robles, 51, had coached Everton de Viña del Mar and Cobresal."
    )
    assert ("Tomas Robles", "Costa Rica", "national", "appointed") in keys


def test_the_federation_by_its_two_word_demonym_is_the_storys_club() -> None:
    # the man he replaces left for another country's team: that country is named once, the federation once
    keys = keys_of(
        "The Sierra Leonean federation on Monday presented Dutchman Wim Koster as the new coach of the "
        "senior national team, after the departure of Jonas Alder to Ghana. "
        "Koster will be assisted by Musa Kamara, until now in charge of the under-20 team."
    )
    assert ("Wim Koster", "Sierra Leone", "national", "appointed") in keys
    assert ("Musa Kamara", "Ghana", "national_u20", "in_charge") not in keys


def test_a_continent_or_a_city_is_no_two_word_demonym() -> None:
    # near misses: a confederation by its continent, a club by its city
    for line in (
        "Koster was fined by the South American federation in March.",
        "Koster had turned down the New York side in March.",
    ):
        keys = keys_of("Feyenoord have appointed Wim Koster as head coach. " + line)
        assert {k[1] for k in keys} <= {"Feyenoord"}


def test_a_federation_merely_mentioned_is_not_the_storys_club() -> None:
    # near miss: the federation is named but does no hiring; the club's news stays the club's
    keys = keys_of(
        "The Saudi Arabian federation on Friday fined Al-Ettifaq over crowd trouble. "
        "Tomas Robles will be replaced by his assistant Luis Mora, the club said."
    )
    assert ("Luis Mora", "Al-Ettifaq", "first_team", "appointed") in keys
    assert not any(k[1] == "Saudi Arabia" for k in keys)
