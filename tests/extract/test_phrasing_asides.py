"""Staff lists, participle asides, surname-first names and national teams named by demonym
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

# --- staff lists told as one plural subject ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Leeds have sacked Daniel Farke. Farke's assistants Eddie Riemer, Christopher John and "
        "Edmund Riemer, and goalkeeping coach Mike Smith, have also left.",
        "Leeds have sacked Daniel Farke. His coaches Eddie Riemer, Christopher John and Edmund Stiles "
        "have also left the club.",
    ],
)
def test_a_staff_list_that_has_also_left(text: str) -> None:
    keys = keys_of(text)
    for name in ("Eddie Riemer", "Christopher John"):
        assert (name, "Leeds United", "first_team", "left") in keys
    assert ("Daniel Farke", "Leeds United", "first_team", "left") not in keys


def test_one_assistant_has_also_left() -> None:
    keys = keys_of("Burnley have sacked Vincent Kompany. His assistant Craig Bellamy has also left.")
    assert ("Craig Bellamy", "Burnley", "first_team", "left") in keys


def test_has_left_a_legacy_is_no_departure() -> None:
    keys = keys_of("Sunderland appointed Tony Mowbray in 2022. Tony Mowbray has left a mark on the squad.")
    assert not any(k[3] == "left" for k in keys)


def test_as_was_repeats_the_dismissal() -> None:
    keys = keys_of(
        "Valencia have sacked Rubén Baraja. His assistants Carlos Marchena and Chema Sanz were dismissed "
        "as well, as was fitness coach Pedro Gómez."
    )
    for name in ("Carlos Marchena", "Chema Sanz", "Pedro Gómez"):
        assert (name, "Valencia", "first_team", "dismissed") in keys


def test_an_aside_about_the_whole_list() -> None:
    keys = keys_of(
        "Wolves have sacked Gary O'Neil. First-team coach Tim Jenkins and analyst Shaun Cummings, who both "
        "arrived from Bournemouth, were also dismissed."
    )
    assert ("Tim Jenkins", "Wolverhampton Wanderers", "first_team", "dismissed") in keys
    assert ("Shaun Cummings", "Wolverhampton Wanderers", "first_team", "dismissed") in keys


# --- surname-first names; competitions after a club cue; demonym national teams -------------


def test_a_korean_surname_is_not_the_end_of_a_hyphenated_given_name() -> None:
    facts = facts_of(
        "Hwang Sun-hong was caretaker in March. Kim Do-hoon followed in June. "
        "Hong Myung-bo has been named head coach of the South Korean national team. "
        "Hong had been in charge of Ulsan since 2021."
    )
    coaches = {f["coach"] for f in facts if f["event"] == "appointed"}
    assert "Hong Myung-bo" in coaches and "Hwang Sun-hong" not in coaches
    assert any(f["coach"] == "Hong Myung-bo" and f["club"] == "Ulsan HD" for f in facts)


def test_a_league_after_coach_of_is_no_club() -> None:
    facts = facts_of("Kim Gi-dong, head coach of K League 1 champions Pohang Steelers, was sacked on Monday.")
    assert {f["club"] for f in facts} == {"Pohang Steelers"}


@pytest.mark.parametrize(
    "text",
    [
        "Hong Myung-bo was named the new head coach of the South Korean men's national football team.",
        "Hong Myung-bo has taken charge of the South Korean national team.",
    ],
)
def test_a_two_word_demonym_names_the_national_team(text: str) -> None:
    keys = keys_of(text)
    assert ("Hong Myung-bo", "South Korea", "national", "appointed") in keys


def test_the_demonym_before_champions_is_no_person() -> None:
    facts = facts_of(
        "Bayern Munich held talks with Vincent Kompany. Austria coach Ralf Rangnick turned the German "
        "champions down earlier this month."
    )
    declined = [f for f in facts if f["event"] == "offer_declined"]
    assert declined and declined[0]["club"] == "Bayern Munich"
