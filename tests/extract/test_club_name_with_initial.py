"""A club whose name holds an initial ('Yokohama F. Marinos') is read whole: the initial's full stop does not
cut the name ('Yokohama F' is no club). A man's initial without a club ('Juan C. Osorio') is read as before.
Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def _mentions(sentence: str) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in run_mentions(sentence, None)]


def test_initial_inside_a_club_name() -> None:
    assert _mentions("Tom Arden has been named manager of Yokohama F. Marinos.") == [
        ("P", "Tom Arden"),
        ("C", "Yokohama F. Marinos"),
    ]


def test_club_with_an_initial_gets_the_appointment() -> None:
    keys = keys_of("Tom Arden has been named manager of Yokohama F. Marinos.", "2024-05-20")
    assert keys == {("Tom Arden", "Yokohama F. Marinos", "first_team", "appointed")}


def test_near_miss_a_mans_initial_is_no_club() -> None:
    assert ("C", "Yokohama F") not in _mentions("Yokohama F. Marinos sacked Tom Arden on Monday.")
    clubs = [
        name for kind, name in _mentions("Pedro J. Salcedo was sacked by Deportivo Cali.") if kind == "C"
    ]
    assert clubs == ["Deportivo Cali"]
