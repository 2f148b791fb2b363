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


# --- the club just named, the verb's own date ----------------------------------------------


def test_left_the_club_is_the_club_named_before() -> None:
    text = "Maurizio Sarri, who won the Europa League with Chelsea, left the club and joined Juventus."
    keys = keys_of(text)
    assert ("Maurizio Sarri", "Chelsea", "first_team", "left") in keys
    assert ("Maurizio Sarri", "Juventus", "first_team", "left") not in keys


def test_relative_clause_trophy_is_a_spell() -> None:
    keys = keys_of("Antonio Conte, who won the Premier League with Chelsea, was named Tottenham manager.")
    assert ("Antonio Conte", "Chelsea", "first_team", "in_charge") in keys


def test_trophy_as_a_player_is_no_spell() -> None:
    text = "Xabi Alonso, who won the Champions League as a player with Liverpool, was named Leverkusen coach."
    assert ("Xabi Alonso", "Liverpool", "first_team", "in_charge") not in keys_of(text)


def test_and_was_named_is_dated_by_its_own_month() -> None:
    text = "Luciano Spalletti left Napoli in the summer and was named Italy coach in August."
    assert _fact(text, "Luciano Spalletti", "appointed")["date"] == "2023-08-01"


# --- club statements and wire copy ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The club has reached an agreement with coach Vicente Moreno for the termination of his contract.",
        "The club have come to an agreement with Vicente Moreno on the rescission of his contract.",
        "Espanyol came to an agreement with manager Vicente Moreno over the cancellation of his contract.",
    ],
)
def test_agreed_termination_is_a_departure(sentence: str) -> None:
    text = f"Espanyol lost 2-0 on Sunday. {sentence}"
    assert ("Vicente Moreno", "Espanyol", "first_team", "left") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sunderland have agreed a deal with Régis Le Bris to become their new head coach.",
        "Sunderland have reached an agreement with Régis Le Bris to be the club's next manager.",
        "Sunderland have chosen Régis Le Bris as their new head coach.",
        "Régis Le Bris has agreed to take over at Sunderland.",
    ],
)
def test_club_agreement_or_choice_is_an_appointment(text: str) -> None:
    assert ("Régis Le Bris", "Sunderland", "first_team", "appointed") in keys_of(text)


def test_could_agree_a_deal_stays_a_rumour() -> None:
    keys = keys_of("Sunderland could agree a deal with Régis Le Bris to become their new head coach.")
    assert ("Régis Le Bris", "Sunderland", "first_team", "appointed") not in keys


def test_nickname_subject_chooses_a_coach() -> None:
    keys = keys_of("The Rossoneri have picked Paulo Fonseca as their new coach.")
    assert ("Paulo Fonseca", "AC Milan", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Marcelo Gallardo returned to River Plate in August, two years after ending his spell as coach.",
        "Bruno Lage is back at Benfica. The coach replaces Roger Schmidt.",
    ],
)
def test_coach_returning_to_a_club_is_appointed(text: str) -> None:
    assert any(k[3] == "appointed" and k[1] in ("River Plate", "Benfica") for k in keys_of(text))


def test_player_returning_to_a_club_is_no_appointment() -> None:
    assert not keys_of("Jordan Henderson returned to Anfield with Ajax on Thursday.")


def test_mononym_in_a_replacing_slot_is_a_coach() -> None:
    text = "Real Betis have appointed Manuel Pellegrini as coach, replacing Rubi who left last summer."
    assert ("Rubi", "Real Betis", "first_team", "left") in keys_of(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The sporting director confirmed that Julen Lopetegui will not continue next season.",
        "Julen Lopetegui won't continue as coach beyond June, the club said.",
    ],
)
def test_will_not_continue_is_a_departure(sentence: str) -> None:
    text = f"Sevilla lost again on Sunday. {sentence}"
    assert ("Julen Lopetegui", "Sevilla", "first_team", "left") in keys_of(text)


def test_will_continue_is_no_departure() -> None:
    text = "Sevilla lost again on Sunday. Julen Lopetegui will continue as coach next season."
    assert ("Julen Lopetegui", "Sevilla", "first_team", "left") not in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bruno Lage is back at Benfica. The coach replaces Roger Schmidt, dismissed after the defeat.",
        "Benfica have named Bruno Lage as coach, succeeding Roger Schmidt, who was sacked on Sunday.",
    ],
)
def test_replaced_coach_described_as_dismissed(text: str) -> None:
    assert ("Roger Schmidt", "Benfica", "first_team", "dismissed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sevilla sacked Diego Alonso. The Uruguayan arrived in October to replace José Luis Mendilibar.",
        "Sevilla sacked Diego Alonso, who came in last October to succeed José Luis Mendilibar.",
    ],
)
def test_arrived_to_replace(text: str) -> None:
    keys = keys_of(text)
    assert ("Diego Alonso", "Sevilla", "first_team", "appointed") in keys
    assert ("José Luis Mendilibar", "Sevilla", "first_team", "left") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Vitor Pereira is the new technician of Wolves.",
        "Vitor Pereira is the new trainer of Wolves.",
    ],
)
def test_is_the_new_technician(text: str) -> None:
    assert ("Vitor Pereira", "Wolverhampton Wanderers", "first_team", "appointed") in keys_of(text)


@pytest.mark.parametrize("team", ["the Spanish national team", "the Spanish selection"])
def test_demonym_national_team(team: str) -> None:
    keys = keys_of(f"Luis Enrique will remain in charge of {team} until the World Cup.")
    assert ("Luis Enrique", "Spain", "national", "in_charge") in keys
