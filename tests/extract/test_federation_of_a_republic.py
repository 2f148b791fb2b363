"""Agency copy names a federation by its state ("the Football Federation of the Slovak Republic") and its
coach without an article ("the contract of national team head coach X"): the national team is that
state's. Sentences and names of our own."""

from __future__ import annotations

from extract_helpers import keys_of


def test_republic_federation_extends_its_national_coach() -> None:
    text = (
        "BRATISLAVA, May 4 - The Football Federation of the Slovak Republic on Monday extended the contract "
        "of national team head coach Marek Hrdina until the end of the qualifying campaign."
    )
    assert ("Marek Hrdina", "Slovakia", "national", "extended") in keys_of(text)


def test_republic_federation_named_by_demonym_of_a_central_asian_state() -> None:
    text = (
        "The Football Federation of the Kyrgyz Republic has renewed the deal of national team coach Ruslan "
        "Toktogulov for two more years, the body said on Friday."
    )
    assert ("Ruslan Toktogulov", "Kyrgyzstan", "national", "extended") in keys_of(text)


# --- near misses -------------------------------------------------------------------------------------


def test_federation_beside_a_clubs_coach_names_no_national_team() -> None:
    text = (
        "The Football Federation of the Slovak Republic fined Trencin on Monday after their head coach "
        "Marek Hrdina was sent to the stands."
    )
    assert not any(k[1] == "Slovakia" for k in keys_of(text))


def test_national_team_coach_of_another_country_keeps_his_country() -> None:
    text = (
        "The Football Federation of the Slovak Republic has asked the Czech federation about national "
        "team head coach Pavel Novotny of the Czech Republic."
    )
    assert ("Pavel Novotny", "Slovakia", "national", "in_charge") not in keys_of(text)
