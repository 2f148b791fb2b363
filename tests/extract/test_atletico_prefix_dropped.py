"""Clubs whose official name carries a "Club Atlético" or "Atlético" prefix the press drops ("Colón",
"Junior", "Alvarado", "Los Andes") are printed under the press name ("Colón de Santa Fe", "Junior de
Barranquilla", "CA Los Andes"): a reader records "Colón", and a name carrying "Atlético" is never the
same club as one without it when facts are compared. Clubs the press itself calls "Atlético"
(Atlético Madrid, Atlético Nacional, Atlético Tucumán) keep it."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.scoring import club_match


def _clubs(text: str) -> set[str]:
    return {club for _coach, club, _squad, _event in keys_of(text)}


def test_the_official_name_prints_the_press_name() -> None:
    keys = keys_of("Club Atlético Colón have appointed Piet Lammers as head coach.")
    assert ("Piet Lammers", "Colón de Santa Fe", "first_team", "appointed") in keys


def test_the_printed_name_is_the_bare_press_name_too() -> None:
    clubs = _clubs("Junior de Barranquilla have sacked coach Piet Lammers after the quadrangulars.")
    assert "Junior de Barranquilla" in clubs
    assert club_match("Junior", "Junior de Barranquilla")
    assert not club_match("Junior", "Atlético Junior")


def test_clubs_the_press_calls_atletico_keep_it() -> None:
    clubs = _clubs("Atlético Tucumán have appointed Piet Lammers as head coach.")
    assert "Atlético Tucumán" in clubs
