"""Every Russian Premier League club of 2010-2025 is a club: the ones that were missing (FC Ufa,
SKA-Khabarovsk, Yenisey Krasnoyarsk, Rotor Volgograd, Volga Nizhny Novgorod, Spartak Nalchik, Sibir
Novosibirsk, Saturn Ramenskoye) and Akhmat Grozny's former name Terek Grozny (until 2017), printed so
where the story names the club only by it. Near misses: the city alone ("flew to Ufa") names no club."""

from __future__ import annotations

from extract_helpers import keys_of


def test_a_club_named_in_full() -> None:
    keys = keys_of("FC Ufa have appointed Piet Lammers as head coach.", "2016-03-01")
    assert ("Piet Lammers", "FC Ufa", "first_team", "appointed") in keys


def test_past_spells_at_the_added_clubs() -> None:
    text = (
        "Lokomotiv Moscow named Piet Lammers as coach. Lammers previously coached SKA-Khabarovsk and "
        "Rotor Volgograd."
    )
    keys = keys_of(text, "2021-06-01")
    assert ("Piet Lammers", "SKA-Khabarovsk", "first_team", "in_charge") in keys
    assert ("Piet Lammers", "Rotor Volgograd", "first_team", "in_charge") in keys


def test_the_former_name_of_akhmat() -> None:
    keys = keys_of("Terek Grozny sacked Piet Lammers on Monday.", "2015-10-12")
    assert ("Piet Lammers", "Terek Grozny", "first_team", "dismissed") in keys


def test_the_city_alone_is_no_club() -> None:
    keys = keys_of("Piet Lammers flew to Ufa on Monday to meet Rubin Kazan officials.", "2016-03-01")
    assert not any(club == "FC Ufa" for _coach, club, _squad, _event in keys)
