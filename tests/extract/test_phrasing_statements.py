"""Club statements, wire copy, link lines and tense (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


def _fact(text: str, coach: str, event: str, published: str = "2024-03-14") -> dict:
    found = [f for f in facts_of(text, published) if f["coach"] == coach and f["event"] == event]
    assert found, facts_of(text, published)
    return found[0]


# --- the speaker announcing is not the one announced ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Roy Hodgson has announced he is stepping down as Crystal Palace manager at the end of the season.",
        "Roy Hodgson confirmed that he is standing down as Crystal Palace manager.",
        "Roy Hodgson has confirmed he will step down as Crystal Palace manager in the summer.",
    ],
)
def test_announcing_his_own_departure_is_a_resignation(text: str) -> None:
    keys = keys_of(text)
    assert ("Roy Hodgson", "Crystal Palace", "first_team", "resigned") in keys
    assert ("Roy Hodgson", "Crystal Palace", "first_team", "appointed") not in keys


def test_announced_as_coach_still_an_appointment() -> None:
    keys = keys_of("Kieran McKenna was confirmed as Ipswich Town manager on Monday.")
    assert ("Kieran McKenna", "Ipswich Town", "first_team", "appointed") in keys


# --- future tense: the coming month or weekday ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Lee Carsley will take temporary charge of England for the games in September.", "2024-09-01"),
        ("Lee Carsley will take over as England manager in February.", "2025-02-01"),
        ("Lee Carsley will take charge of England on Monday.", "2024-03-18"),
    ],
)
def test_future_tense_date_is_the_coming_one(text: str, when: str) -> None:
    assert _fact(text, "Lee Carsley", "appointed")["date"] == when


def test_past_tense_month_is_still_the_last_one() -> None:
    fact = _fact("Lee Carsley took charge of England in September.", "Lee Carsley", "appointed")
    assert fact["date"] == "2023-09-01"


@pytest.mark.parametrize(
    "text",
    [
        "Quique Sánchez Flores has been appointed Sevilla coach and will be presented on Monday.",
        "Quique Sánchez Flores has been named Sevilla coach and is set to be unveiled on Friday.",
    ],
)
def test_perfect_appointment_is_not_dated_by_a_future_presentation(text: str) -> None:
    assert _fact(text, "Quique Sánchez Flores", "appointed")["date"] == "2024-03-14"


# --- link lines and captions are not statements -------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Mauricio Pochettino leaves Chelsea by mutual consent",
        "Also read: Mauricio Pochettino leaves Chelsea by mutual consent",
        "Photo: Mauricio Pochettino leaves Chelsea's training ground (Getty Images)",
        "More: Chelsea sack Mauricio Pochettino",
    ],
)
def test_link_and_caption_lines_state_nothing(line: str) -> None:
    text = f"Chelsea drew with Arsenal on Saturday.\n\n{line}\n\nThe club are fourth in the table."
    assert not [f for f in facts_of(text) if f["coach"] == "Mauricio Pochettino"]
