"""Machine-translated football news (Spanish, Portuguese, Italian, Turkish, Arabic sources through a
translator): the translated titles, verbs and word orders (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# --- 'technical director': the head coach in Turkish and Arabic football ------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club", "squad", "event"),
    [
        (
            "Al Ahly appointed the Swiss Marcel Koller as technical director of the first team.",
            "Marcel Koller",
            "Al Ahly",
            "first_team",
            "appointed",
        ),
        (
            "Wydad Casablanca named the Tunisian Moïne Chaâbani as their new technical director on Sunday.",
            "Moïne Chaâbani",
            "Wydad AC",
            "first_team",
            "appointed",
        ),
        (
            "Zamalek's board decided to terminate the contract of technical director José Gomes.",
            "José Gomes",
            "Zamalek",
            "first_team",
            "dismissed",
        ),
        (
            "Egypt's Football Association named Hossam Hassan as technical director of the Pharaohs.",
            "Hossam Hassan",
            "Egypt",
            "national",
            "appointed",
        ),
        (
            "Trabzonspor have appointed Şenol Güneş as technical director until the end of the season.",
            "Şenol Güneş",
            "Trabzonspor",
            "first_team",
            "appointed",
        ),
    ],
)
def test_technical_director_is_the_coach_in_turkish_and_arabic_football(
    text: str, coach: str, club: str, squad: str, event: str
) -> None:
    assert (coach, club, squad, event) in keys_of(text)


def test_technical_director_elsewhere_stays_an_executive() -> None:
    keys = keys_of("Southampton appointed Jason Wilcox as technical director on Monday.")
    assert not any(k[0] == "Jason Wilcox" for k in keys)


# --- the name set off by commas before the verb ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        (
            "The technical director of Beşiktaş, Giovanni van Bronckhorst, was dismissed after the defeat.",
            "Giovanni van Bronckhorst",
            "Beşiktaş",
            "dismissed",
        ),
        (
            "The coach of Sevilla, José Luis Mendilibar, has been sacked.",
            "José Luis Mendilibar",
            "Sevilla",
            "dismissed",
        ),
        (
            "The new trainer of Lazio, Marco Baroni, was appointed on Monday.",
            "Marco Baroni",
            "Lazio",
            "appointed",
        ),
    ],
)
def test_name_in_commas_before_the_verb(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


def test_comma_after_a_name_not_in_apposition_is_no_subject() -> None:
    text = (
        "The Argentine, who arrived in substitution of Gregorio Manzano, is the coach with most matches "
        "at Atlético Madrid."
    )
    assert not any(k[0] == "Gregorio Manzano" and k[3] == "in_charge" for k in keys_of(text))
