"""A capitalised word before 'titles' / 'crown' names a league ('two Damallsvenskan titles'), not a
person: it must not stand between a pronoun and the man the sentence is about."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = (
    "San Diego Wave have hired Jonas Eidevall as head coach. "
    "Assistant coach Paul Buckle had been in interim charge. Buckle will not be part of the new staff. "
)


def _spells(text: str, club: str) -> set[str]:
    return {coach for coach, c, _, event in keys_of(text) if c == club and event == "in_charge"}


def test_league_titles_before_where_he_worked():
    text = (
        _LEAD
        + "Before Arsenal, Eidevall won three Damallsvenskan titles with FC Rosengård, "
        + "where he coached from 2017."
    )
    assert _spells(text, "FC Rosengård") == {"Jonas Eidevall"}


def test_league_crown_before_where_he_coached():
    text = _LEAD + "Eidevall lifted the Eliteserien crown with Rosenborg, where he coached from 2015 to 2017."
    assert _spells(text, "Rosenborg") == {"Jonas Eidevall"}


def test_league_title_in_the_singular():
    text = _LEAD + "Eidevall won the Allsvenskan title with Malmö FF, where he worked from 2012 to 2014."
    assert _spells(text, "Malmö FF") == {"Jonas Eidevall"}


def test_without_a_league_name_the_subject_is_still_the_man():
    text = _LEAD + "Eidevall won two titles with FC Rosengård, where he worked from 2018."
    assert _spells(text, "FC Rosengård") == {"Jonas Eidevall"}
