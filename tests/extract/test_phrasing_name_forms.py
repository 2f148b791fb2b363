"""How a coach's name is read: a coach written in ASCII gets the name the reference data spells
(Turkish dotless ı, Polish ł); a one-name coach opening a sentence ('Marcelino resigned …'), but not
any opening capital; a first name alone after the full name; a surname that is also a word ('Arena',
'Will Still'); and a 'Development Squad' is nobody."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, facts_of, keys_of


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("Abdullah Avci", "Abdullah Avcı"), ("Michal Probierz", "Michał Probierz")],
)
def test_a_coach_written_in_ascii_gets_his_canonical_name(written, canonical):
    """The scorer (like shared/tools/score_extract.py) cannot fold ı or ł, so the extractor names
    well-known coaches as the reference data spells them."""
    coaches = {f["coach"] for f in facts_of(f"Trabzonspor have appointed {written} as head coach.")}
    assert coaches == {canonical}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Valencia named Ruben Baraja as coach on Monday. Marcelino resigned in October after a run of "
            "five defeats.",
            ("Marcelino", "Valencia", "resigned"),
        ),
        (
            "Brazil named Fernando Diniz as interim coach. Tite had been in charge since 2016.",
            ("Tite", "Brazil", "in_charge"),
        ),
        (
            "Espanyol have appointed Luis Garcia as coach. Rubi left the club in the summer.",
            ("Rubi", "Espanyol", "left"),
        ),
    ],
)
def test_one_name_coach_opening_a_sentence(text, expected):
    assert expected in events_of(text)


def test_first_name_of_a_coach_named_in_full_is_still_him():
    facts = events_of(
        "Girona said head coach Michel Sanchez has signed a new contract. Michel arrived in June "
        "2021 after a spell at Huesca."
    )
    assert not any(coach == "Míchel" for coach, _, _ in facts)


def test_an_opening_capital_that_is_no_known_coach_stays_untagged():
    facts = events_of("Rangers named Philippe Clement as manager. Clear pathways left the club in shape.")
    assert not any(coach.startswith("Clear") for coach, _, _ in facts)


@pytest.mark.parametrize(
    "text",
    [
        "Manchester City appointed Ryan Cole in 2019. Cole, who had come up from the club's Elite "
        "Development Squad, lifted the League Cup.",
        "Chelsea named Liam Rosenior as coach. Rosenior, who came through the Development Squad at Fulham, "
        "signed a five-year deal.",
    ],
)
def test_a_development_squad_is_nobody(text):
    assert not any(coach.startswith(("Elite", "Development")) for coach, _, _ in events_of(text))


# --- a surname on its own that is also a word ("Arena", "Park"), once the full name was told --------


def test_surname_that_is_a_word_is_the_person_named_before() -> None:
    text = (
        "Bruce Arena resigned as coach of the New England Revolution on Saturday. "
        "Arena joined New England Revolution in May 2019."
    )
    assert ("Bruce Arena", "New England Revolution", "first_team", "appointed") in keys_of(text)


def test_the_arena_is_a_place() -> None:
    text = "Bruce Arena was sacked by LA Galaxy. Fans gathered at the Arena in May 2019."
    assert {k[0] for k in keys_of(text)} == {"Bruce Arena"}


# --- "Will Still": a capitalised adverb-like word after a given name is a surname -------------


@pytest.mark.parametrize(
    "text",
    [
        "Burnley have held talks with former Reims coach Will Still.",
        "Will Still, the Belgian who led Reims, was sacked by Lens on Monday.",
        "Lens have sacked Will Still after a run of five defeats.",
    ],
)
def test_capitalised_still_after_a_given_name_is_a_surname(text: str) -> None:
    coaches = {k[0] for k in keys_of(text)}
    assert "Will Still" in coaches and "Will" not in coaches
