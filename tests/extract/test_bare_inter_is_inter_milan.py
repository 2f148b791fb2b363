"""Bare "Inter" in football copy is Inter Milan: "had managed Valencia and Inter", "was in charge of Inter
between 2021 and 2023" name the Milan club even when the story never writes "Inter Milan". The Brazilian
press's "Inter" (Internacional) and Finland's (Inter Turku) stay theirs where the story names that club;
longer names that start with the word ("Inter Turku", "Inter Baku") keep their own club."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers have named Piet Lammers their new manager. "


def test_a_past_spell_at_bare_inter() -> None:
    keys = keys_of(_LEAD + "Lammers had previously managed Valencia and Inter, and took Egypt to a Cup.")
    assert ("Piet Lammers", "Inter Milan", "first_team", "in_charge") in keys


def test_in_charge_of_inter_between_years() -> None:
    keys = keys_of(_LEAD + "The Dutchman was in charge of Inter between 2021 and 2023.")
    assert ("Piet Lammers", "Inter Milan", "first_team", "in_charge") in keys


def test_internacional_named_keeps_bare_inter() -> None:
    text = "Gremio have named Piet Lammers their new coach. Lammers was sacked by Internacional in 2022."
    clubs = {club for _coach, club, _squad, _event in keys_of(text + " Inter finished fifth that year.")}
    assert "Internacional" in clubs
    assert "Inter Milan" not in clubs


def test_longer_names_keep_their_club() -> None:
    keys = keys_of(_LEAD + "Lammers previously coached Inter Turku in Finland.")
    assert ("Piet Lammers", "FC Inter Turku", "first_team", "in_charge") in keys
    assert not any(club == "Inter Milan" for _coach, club, _squad, _event in keys)


def test_a_hyphenated_word_is_no_club() -> None:
    keys = keys_of(_LEAD + "Lammers once taught at an Inter-American school in Texas.")
    assert not any(club == "Inter Milan" for _coach, club, _squad, _event in keys)
