"""A spell's end told with 'until' ('…, where he worked until last year') ends the spell of its own
clause only, not every post the sentence lists nor one told in another clause."""

from __future__ import annotations

from extract_helpers import keys_of


def _left(text: str) -> set[tuple[str, str]]:
    return {(k[1], k[2]) for k in keys_of(text) if k[3] == "left"}


def test_until_in_a_where_clause_ends_the_last_listed_club_only():
    text = (
        "Fluminense have appointed Jorge Vasconcelos as head coach. He led the Portugal national team "
        "between 2014 and 2016 and has spells at Braga, Boavista and Vitória de Guimarães, where he "
        "worked until last year."
    )
    assert _left(text) == {("Vitória de Guimarães", "first_team")}


def test_until_of_the_club_he_comes_from_is_not_the_earlier_clubs():
    text = (
        "Rapid Wien appointed Marko Kovačić as head coach. Kovačić, 44, comes from Sturm Graz, where he "
        "worked until November, and before that he coached LASK."
    )
    left = _left(text)
    assert ("Sturm Graz", "first_team") in left
    assert ("LASK", "first_team") not in left


# --- near misses: the until of the spell's own clause still ends it ------------------------------


def test_until_told_with_the_spell_ends_it():
    text = (
        "Marcel Dupont has been appointed head coach of Nantes. Dupont, 50, coached Lorient until "
        "last season."
    )
    assert ("FC Lorient", "first_team") in _left(text)


def test_until_in_a_who_clause_ends_that_spell():
    text = (
        "Getafe have named Álvaro Ruiz as head coach. Ruiz, who was the manager of Mirandés until "
        "last season, signed a two-year deal."
    )
    assert ("Mirandés", "first_team") in _left(text)
