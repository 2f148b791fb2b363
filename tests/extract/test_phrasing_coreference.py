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


# A departure told with what went before it: careful readers record the spell as well as its end
@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Hartlepool have appointed Sam Ferris, who replaces Dan Oakley. Oakley left for Gillingham "
            "after guiding Hartlepool United to promotion.",
            "Dan Oakley",
            "Hartlepool United",
        ),
        (
            "Grimsby Town have named Tom Pell as head coach. He succeeds Ian Crane, who left Grimsby Town "
            "to join Walsall after leading them to the play-offs.",
            "Ian Crane",
            "Grimsby Town",
        ),
        (
            "Real Betis confirmed on Monday that Pablo Ruiz leaves the club after five seasons.",
            "Pablo Ruiz",
            "Real Betis",
        ),
        (
            "Ipswich named Al Kerr as manager. Neil Roper, who left Sheffield Wednesday last month after "
            "three seasons, is also in the frame.",
            "Neil Roper",
            "Sheffield Wednesday",
        ),
    ],
)
def test_departure_after_a_spell_tells_the_spell(text: str, coach: str, club: str) -> None:
    keys = keys_of(text)
    assert (coach, club, "first_team", "in_charge") in keys
    assert any(k[0] == coach and k[1] == club and k[3] in ("left", "resigned", "dismissed") for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Real Betis confirmed that Pablo Ruiz has left the club after two years as a player.",
        "Pablo Ruiz left Real Betis in May and joined Sevilla after a season away.",
    ],
)
def test_departure_without_a_spell_tells_none(text: str) -> None:
    assert not any(k[3] == "in_charge" and k[1] == "Real Betis" for k in keys_of(text))
