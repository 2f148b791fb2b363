"""The men a new coach follows in a count of the club's coaches over a span ("the fourth coach of the season,
after A, B and C", "Rovers' third permanent head coach in two years, following A and B", "the third head
coach in club history after A and B") each coached the club, as "in the club's history" was read before.
Near misses: a count with no span ("the third coach after A and B" of a list of successors elsewhere), and a
count of titles or games ("his third win of the season, after A and B")."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers have appointed Piet Lammers as head coach. "


def _spells(text: str) -> set[str]:
    keys = keys_of(text)
    return {c for c, club, _squad, event in keys if club == "Oakfield Rovers" and event == "in_charge"}


def test_count_of_the_season() -> None:
    text = _LEAD + "He is the fourth coach of the season, after Tomas Brandt, Ruud Mol and Bram Kessler."
    assert {"Tomas Brandt", "Ruud Mol", "Bram Kessler"} <= _spells(text)


def test_count_over_years_following() -> None:
    text = _LEAD + (
        "He becomes Rovers' third permanent head coach in two years, following Tomas Brandt and Ruud Mol."
    )
    assert {"Tomas Brandt", "Ruud Mol"} <= _spells(text)


def test_count_in_club_history() -> None:
    text = _LEAD + "Lammers is only the third head coach in club history after Tomas Brandt and Ruud Mol."
    assert {"Tomas Brandt", "Ruud Mol"} <= _spells(text)


def test_count_of_the_campaign_with_the_club_before() -> None:
    text = _LEAD + "Lammers becomes Oakfield's fifth manager of the campaign after Tomas Brandt and Ruud Mol."
    assert {"Tomas Brandt", "Ruud Mol"} <= _spells(text)


def test_count_of_wins_is_no_spell() -> None:
    text = _LEAD + "It was his third win of the season, after Tomas Brandt and Ruud Mol had both lost there."
    assert not {"Tomas Brandt", "Ruud Mol"} & _spells(text)
