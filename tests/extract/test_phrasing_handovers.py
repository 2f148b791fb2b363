"""The post handed on at a departure: 'handed the job to his assistant Y', 'gave the reins to Y', 'turned
to Y after sacking X', 'left and was replaced by Y', 'making way for Y', 'with Y in interim charge', and
'was suspended and then dismissed'; a substitution, a captaincy or a signing is no appointment."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, keys_of


@pytest.mark.parametrize(
    ("text", "aide", "head"),
    [
        (
            "Rayo Vallecano on Monday dismissed head coach Francisco Rodriguez and handed the job to his "
            "assistant Inigo Perez.",
            "Inigo Perez",
            "Francisco Rodriguez",
        ),
        (
            "Celta Vigo sacked Claudio Giraldez on Sunday and turned to his number two Javier Alonso.",
            "Javier Alonso",
            "Claudio Giraldez",
        ),
    ],
)
def test_job_handed_to_the_sacked_coachs_aide(text, aide, head):
    facts = {(c, e) for c, _, e in events_of(text)}
    assert (aide, "appointed") in facts
    assert (head, "appointed") not in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jane Foster stepped down at Brighton in May after three years in charge, "
            "and was replaced by Dane Mikkel Sorensen.",
            ("Mikkel Sorensen", "Brighton & Hove Albion", "appointed"),
        ),
        (
            "Gary Rowett left Millwall in the summer and was replaced by Joe Edwards.",
            ("Joe Edwards", "Millwall", "appointed"),
        ),
        (
            "Graham Potter resigned as Brighton manager and was succeeded by Italian Roberto De Zerbi.",
            ("Roberto De Zerbi", "Brighton & Hove Albion", "appointed"),
        ),
    ],
)
def test_an_exit_and_replaced_by(text, expected):
    assert expected in events_of(text)


def test_a_player_leaving_the_pitch_and_replaced_is_no_appointment():
    facts = events_of(
        "Arsenal coach Mikel Arteta watched as Bukayo Saka left the pitch injured and was replaced by "
        "Leandro Trossard."
    )
    assert not any(coach == "Leandro Trossard" for coach, _, _ in facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a departure handing the post on: "…, making way for X", "…, handing the team to his assistant X"
        (
            "Rennes are in crisis. Their coach Paul Morel was sacked in March with the side 17th, "
            "making way for Yann Bréhier.",
            {("Yann Bréhier", "Rennes", "first_team", "appointed")},
        ),
        (
            "Rennes are in crisis. Paul Morel resigned in May with two games left, handing the team to "
            "his assistant Yann Bréhier.",
            {("Yann Bréhier", "Rennes", "first_team", "appointed")},
        ),
        # "…, with X in caretaker charge": the club in view's stand-in
        (
            "Hull City have been without a manager since Paul Morel left last week, with Yann Bréhier "
            "in interim charge.",
            {("Yann Bréhier", "Hull City", "first_team", "in_charge")},
        ),
        # "was suspended and then sacked": the second participle of one passive
        (
            "Rennes are in crisis. Paul Morel was suspended and then dismissed in January.",
            {("Paul Morel", "Rennes", "first_team", "dismissed")},
        ),
    ],
)
def test_succession_clauses(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= keys_of(text)


def test_making_way_without_a_departure_is_no_appointment() -> None:
    text = "Rennes beat Lyon 2-0. Yann Bréhier came off after an hour, making way for Paul Morel."
    assert not any(event == "appointed" for _, _, _, event in keys_of(text))


# --- "C sacked X and handed the job to Y": the club gives its post to Y ----------------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Palmeiras dismissed Luiz Felipe Scolari on Sunday and handed the job to Abel Ferreira, "
            "the former Braga coach.",
            "Abel Ferreira",
            "Palmeiras",
        ),
        (
            "Valencia sacked Rubén Baraja and gave the reins to Carlos Corberán.",
            "Carlos Corberán",
            "Valencia",
        ),
        (
            "Marseille turned to 70-year-old Jean-Louis Gasset after sacking Gennaro Gattuso.",
            "Jean-Louis Gasset",
            "Olympique de Marseille",
        ),
        (
            "Days later, Watford fired Slaven Bilić, with the side tenth, to bring Tom Cleverley in.",
            "Tom Cleverley",
            "Watford",
        ),
    ],
)
def test_club_hands_its_post_to_the_new_man(text: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "appointed") in keys_of(text)


def test_handing_armband_or_a_player_in_is_no_appointment() -> None:
    keys = keys_of("Arsenal handed the captaincy to Martin Ødegaard and hope to bring in a striker.")
    assert not any(k[3] == "appointed" for k in keys)
