"""Contracts ended, not renewed, terminated or extended, written for these tests in our own words:
a parting agreed with the club is a departure, the employer ending it a sacking, 'decided not to
renew the contract of X' the senior coach's exit, 'a new contract at <ground>' an extension there."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parting agreed with the club in plain words: left
        (
            "Getafe said on Sunday they had reached a mutual agreement with Rolf Madsen to end his contract.",
            ("Rolf Madsen", "Getafe", "first_team", "left"),
        ),
        (
            "Osasuna have come to an agreement with coach Rolf Madsen to end his deal early.",
            ("Rolf Madsen", "Osasuna", "first_team", "left"),
        ),
        # the employer ends the contract: dismissed
        (
            "Rolf Madsen was appointed by Elche in May, but the club ended his contract after six games.",
            ("Rolf Madsen", "Elche", "first_team", "dismissed"),
        ),
        (
            "Rolf Madsen took over at Getafe in June before Getafe terminated his contract in October.",
            ("Rolf Madsen", "Getafe", "first_team", "dismissed"),
        ),
    ],
)
def test_contract_endings(text: str, expected: tuple) -> None:
    assert expected in keys_of(text)


def test_coach_ending_his_own_contract_is_no_sacking() -> None:
    keys = keys_of("Rolf Madsen took over at Getafe in June but ended his contract in October.")
    assert ("Rolf Madsen", "Getafe", "first_team", "dismissed") not in keys
    assert ("Rolf Madsen", "Getafe", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "The federation decided not to renew the contract of Ivan Horvat after the Euros.",
        "The federation chose not to extend Ivan Horvat's deal.",
        "The federation opted against renewing the contract of coach Ivan Horvat.",
    ],
)
def test_contract_not_renewed_is_a_departure(sentence: str) -> None:
    text = "Ivan Horvat had coached Croatia since 2019. " + sentence
    keys = keys_of(text)
    assert ("Ivan Horvat", "Croatia", "national", "left") in keys
    assert ("Ivan Horvat", "Croatia", "national", "extended") not in keys


def test_contract_not_renewed_is_the_senior_coach_even_in_a_youth_story() -> None:
    text = (
        "Marko Babic will coach Croatia's Under-21 team, the federation said. "
        "Babic replaces Ante Kovac, who was promoted when the federation decided not to renew "
        "the contract of coach Ivan Horvat."
    )
    assert ("Ivan Horvat", "Croatia", "national", "left") in keys_of(text)


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        (
            "Al Wahda announced the termination of the contract of the Brazilian coach Paulo Lima.",
            "dismissed",
        ),
        (
            "Al Wahda announced the cancellation of the contract of coach Paulo Lima by mutual consent.",
            "left",
        ),
        (
            "Al Wahda confirmed the rescission of the contract of Paulo Lima, the technical director of the "
            "first team, by mutual agreement.",
            "left",
        ),
    ],
)
def test_termination_of_the_contract_of(sentence: str, event: str) -> None:
    keys = keys_of("Al Wahda lost again. " + sentence)
    assert ("Paulo Lima", "Al-Wahda", "first_team", event) in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Moyes himself signed a one-year extension in October, taking his deal to 2025.",
        "Moyes signed a one-year contract extension last month.",
        "Moyes, who has been in charge since 2019, had his contract extended until 2027 last year.",
        "Moyes has had his deal renewed until 2026.",
    ],
)
def test_extension_phrasings(sentence: str) -> None:
    keys = keys_of("West Ham beat Fulham on Sunday. David Moyes is West Ham's manager. " + sentence)
    assert ("David Moyes", "West Ham United", "first_team", "extended") in keys


def test_new_contract_at_a_ground_is_extended_there():
    text = (
        "Brighton were keen on Kieran McKenna. McKenna has agreed a new contract at Portman Road "
        "running to 2029."
    )
    events = events_of(text)
    assert ("Kieran McKenna", "Ipswich Town", "extended") in events
    assert ("Kieran McKenna", "Brighton & Hove Albion", "extended") not in events


def test_extension_of_a_titled_coach_and_a_date_from_another_clause() -> None:
    facts = facts_of(
        "Kerala Blasters have extended head coach Ivan Vukomanovic's contract until 2025. His assistant "
        "Ishfaq Ahmed has also signed a new two-year deal, while goalkeeping coach Slaven Progovecki will "
        "depart at the end of the season.",
        published="2024-06-01",
    )
    got = {(f["coach"], f["event"]): f["date"] for f in facts}
    assert ("Ivan Vukomanovic", "extended") in got
    assert got.get(("Ishfaq Ahmed", "extended")) != "2024-06-30"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toulouse let go of coach Carles Martinez on Monday.", "dismissed"),
        ("Coach Carles Martinez has penned a new deal with Toulouse.", "extended"),
        ("Toulouse boss Carles Martinez has inked a new two-year contract.", "extended"),
    ],
)
def test_let_go_and_penned_a_new_deal(text: str, expected: str) -> None:
    assert ("Carles Martinez", "Toulouse", "first_team", expected) in keys_of(text)
