"""A town's name that is a listed club's alias, run on into a capitalised club word the listed name does not
hold ('Coventry United' beside the listed 'Coventry City', 'Oxford City' beside 'Oxford United'), is the
town's other club, not the listed one. A club word opening another alias ('Wydad Athletic Club') and a
listed longer name ('Coventry City') keep theirs. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def _clubs(sentence: str) -> list[str]:
    return [m.name for m in run_mentions(sentence, None) if m.kind == "C"]


def test_the_towns_other_club() -> None:
    assert _clubs("Ella Marsh left Coventry United last month.") == ["Coventry United"]


def test_the_womens_side_of_the_other_club() -> None:
    text = "Coventry United Women have parted company with manager Ella Marsh after three seasons."
    keys = keys_of(text, "2023-06-01")
    assert ("Ella Marsh", "Coventry United", "women", "dismissed") in keys
    assert not any(club == "Coventry City" for _c, club, _s, _e in keys)


def test_near_miss_the_listed_name_stays() -> None:
    assert _clubs("Ella Marsh left Coventry City last month.") == ["Coventry City"]


def test_near_miss_a_club_word_opening_another_alias() -> None:
    assert _clubs("Wydad Athletic Club named Omar Lahlou as coach.") == ["Wydad AC"]


def test_near_miss_a_lowercase_word_after_the_town() -> None:
    assert _clubs("Ella Marsh left Coventry city centre for the coast.") == ["Coventry City"]
