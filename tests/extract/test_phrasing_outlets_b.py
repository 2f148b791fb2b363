"""Phrasings of real outlets' copy (wire, club statements, translated Portuguese/Italian): staff
leaving with a head coach, 'the club' after a match opponent, arrivals, candidates (sentences of
our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


def _roles(text: str) -> dict[tuple[str, str], str]:
    return {(f["coach"], f["event"]): f["role"] for f in facts_of(text)}


@pytest.mark.parametrize(
    "sentence",
    [
        "His assistants Tom Price and Ali Demir and goalkeeping coach Lars Berg are also leaving the club.",
        "His assistants Tom Price and Ali Demir, plus goalkeeping coach Lars Berg, will also leave.",
        "Assistants Tom Price and Ali Demir and goalkeeping coach Lars Berg are also departing.",
    ],
)
def test_staff_also_leaving_with_the_coach(sentence: str) -> None:
    text = "Hoffenheim have parted company with head coach Jan Maier. " + sentence
    keys = keys_of(text)
    for person in ("Tom Price", "Lars Berg"):
        assert (person, "TSG Hoffenheim", "first_team", "left") in keys
    roles = _roles(text)
    assert roles[("Lars Berg", "left")] == "goalkeeping_coach"
    # the title names the post he leaves: no spell of its own
    assert ("Lars Berg", "TSG Hoffenheim", "first_team", "in_charge") not in keys


def test_a_single_assistant_will_also_leave_the_national_team() -> None:
    keys = keys_of(
        "Portugal announced that Fernando Santos will not continue as coach of the national team. "
        "His long-time assistant Ilídio Vale will also leave the national team."
    )
    assert ("Ilídio Vale", "Portugal", "national", "left") in keys


def test_left_together_with_a_translated_staff_list() -> None:
    text = (
        "The Grêmio dismissed Renato Gaúcho on Monday. Renato left the club together with his auxiliaries "
        "Alexandre Mendes and Marcelo dos Santos, the preparer of goalkeepers Rogério Godoy and the "
        "physical preparer Paulo Paixão."
    )
    keys = keys_of(text)
    for person in ("Alexandre Mendes", "Marcelo dos Santos", "Rogério Godoy", "Paulo Paixão"):
        assert (person, "Grêmio", "first_team", "left") in keys
    roles = _roles(text)
    assert roles[("Rogério Godoy", "left")] == "goalkeeping_coach"
    assert roles[("Paulo Paixão", "left")] == "fitness_coach"
    assert roles[("Marcelo dos Santos", "left")] == "assistant_coach"


def test_sacked_along_with_his_whole_staff_list() -> None:
    keys = keys_of(
        "Sevilla sacked Diego Alonso on Sunday along with his assistants Pablo Bengoechea, "
        "Juan Ferrer and the fitness coach Marcos Ruiz."
    )
    for person in ("Pablo Bengoechea", "Juan Ferrer", "Marcos Ruiz"):
        assert (person, "Sevilla", "first_team", "dismissed") in keys


@pytest.mark.parametrize("given", ["Miguel dos Santos", "Jan van Genk"])
def test_a_particle_ties_a_club_word_to_a_given_name(given: str) -> None:
    keys = keys_of(f"Benfica sacked Bruno Lage. His assistant {given} has also left.")
    assert any(k[0] == given and k[3] == "left" for k in keys)


@pytest.mark.parametrize(
    "opponent_clause",
    [
        "one day after the defeat by 1 to 0 against the Palmeiras",
        "after they were beaten by Palmeiras in the final",
        "days after losing the cup final to Palmeiras",
    ],
)
def test_the_club_is_not_the_match_opponent(opponent_clause: str) -> None:
    keys = keys_of(
        f"The Botafogo sacked Renato Paiva on Monday, {opponent_clause}. "
        "Paiva left the club together with his assistant Ricardo Dionísio."
    )
    assert ("Ricardo Dionísio", "Botafogo", "first_team", "left") in keys
    assert not any(k[1] == "Palmeiras" for k in keys)


@pytest.mark.parametrize(
    "sentence",
    [
        "Italian media name Thiago Motta as a candidate at Juventus.",
        "Reports name Thiago Motta as one of the leading contenders at Juventus.",
    ],
)
def test_naming_someone_as_a_candidate_is_a_rumour(sentence: str) -> None:
    keys = keys_of(sentence)
    assert ("Thiago Motta", "Juventus", "first_team", "linked") in keys
    assert not any(k[3] == "appointed" for k in keys)


def test_the_names_mentioned_are_rumours_not_appointments() -> None:
    keys = keys_of(
        "Sevilla sacked Diego Alonso on Sunday. Among the names mentioned in the local press are those of "
        "Quique Sánchez Flores and Marcelino, coach of the reserve side."
    )
    assert ("Quique Sánchez Flores", "Sevilla", "first_team", "linked") in keys
    assert not any(k[3] == "appointed" for k in keys)
    # the singular title describes only Marcelino
    assert not any(k[0] == "Quique Sánchez Flores" and k[3] == "in_charge" for k in keys)


@pytest.mark.parametrize("city", ["Mexico City", "Kuwait City", "Panama City"])
def test_a_capital_city_is_not_the_national_team(city: str) -> None:
    keys = keys_of(
        f"André Jardine confirmed on Saturday night, on his arrival at {city} airport, "
        "that he turned down an offer from Botafogo."
    )
    assert ("André Jardine", "Botafogo", "first_team", "offer_declined") in keys
    assert not any(k[3] == "appointed" for k in keys)


@pytest.mark.parametrize(
    ("sentence", "left"),
    [
        ("Vincent Kompany arrived last summer from Burnley, where he had won the Championship.", "Burnley"),
        ("He had arrived in the summer from Burnley to succeed Thomas Tuchel.", "Burnley"),
        ("Kompany arrived at Bayern in the summer of 2024 from Burnley.", "Burnley"),
        ("Kompany arrived to the Bayern in May of 2024, coming from the Burnley, of England.", "Burnley"),
    ],
)
def test_arrived_with_a_time_or_place_before_from(sentence: str, left: str) -> None:
    keys = keys_of("Bayern Munich head coach Vincent Kompany has signed a new contract. " + sentence)
    assert ("Vincent Kompany", left, "first_team", "left") in keys
