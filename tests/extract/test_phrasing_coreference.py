"""Who a fact is about, written for these tests in our own words: a greeting is no part of a name
('Welcome Vincenzo Montella!'), a diminutive of a well-known coach's given name, the next sentence's
'he' after a sentence whose main subject is not the man named first after the opening clause, and a
'he' after an opening phrase without a subject of its own ('After replacing X, …, he …')."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _coaches(text: str) -> set[str]:
    return {k[0] for k in keys_of(text)}


@pytest.mark.parametrize("greeting", ["Welcome", "Congratulations", "Thanks", "Farewell"])
def test_greeting_is_no_given_name(greeting: str) -> None:
    text = (
        "The federation named Marco Bellandi as head coach of Italy's under-21 side on Monday. "
        f'"{greeting} Marco Bellandi!" the federation wrote. '
        "Bellandi previously coached Sassuolo."
    )
    assert _coaches(text) == {"Marco Bellandi"}


@pytest.mark.parametrize(
    ("text", "coach"),
    [
        ("Villarreal have appointed Javi Calleja as head coach for a second time.", "Javier Calleja"),
        ("China named Dejan Djurdjevic interim head coach on Friday.", "Dejan Đurđević"),
    ],
)
def test_known_spelling_of_a_coach(text: str, coach: str) -> None:
    assert coach in _coaches(text)


@pytest.mark.parametrize(
    "opening",
    [
        "After replacing Tom Raddle, who had won the league in 2019,",
        "Having succeeded Tom Raddle in the summer,",
        "Since taking over from Tom Raddle,",
    ],
)
def test_he_after_an_opening_phrase_without_subject(opening: str) -> None:
    text = (
        "Barnsley have appointed Piet Klerk as head coach. "
        "Klerk's two years at Bury were the best in that club's history. "
        f"{opening} he won promotion twice. "
        "He signed a contract extension at Bury in March."
    )
    assert {k[0] for k in keys_of(text) if k[3] == "extended"} == {"Piet Klerk"}


@pytest.mark.parametrize(
    "middle",
    [
        "When he arrived from Al-Ahli last December, replacing Tom Raddle, who had been sacked, Klerk kept "
        "the side up.",
        "Once he had settled in, succeeding Tom Raddle, Klerk won six games in a row.",
    ],
)
def test_next_sentence_goes_on_about_the_subject_not_the_object(middle: str) -> None:
    text = (
        "Wolves sacked Piet Klerk on Sunday after a 3-0 defeat at Fulham. "
        f"{middle} "
        "The board rewarded him with a new three-year contract in September."
    )
    assert {k[0] for k in keys_of(text) if k[3] == "extended"} == {"Piet Klerk"}
