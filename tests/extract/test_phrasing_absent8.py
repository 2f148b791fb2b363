"""Coaches the news names but no rule read: a one-name coach opening a sentence ('Marcelino
resigned …'), the replaced man introduced by his nationality ('replaces Serbian X', 'takes over from
Turkish tactician X'), and the vacancy a departure left ('C have been without a coach since X left')."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, keys_of


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
        "Girona said head coach Michel Sanchez has signed a new contract. Michel arrived in the summer "
        "of 2021 after a spell at Huesca."
    )
    assert not any(coach == "Míchel" for coach, _, _ in facts)


def test_an_opening_capital_that_is_no_known_coach_stays_untagged():
    facts = events_of("Rangers named Philippe Clement as manager. Clear pathways left the club in shape.")
    assert not any(coach.startswith("Clear") for coach, _, _ in facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uganda have named Paul Put as coach. Put, 67, replaces Serbian Milutin Sredojevic, whose spell "
            "ended in March.",
            ("Milutin Sredojevic", "Uganda", "left"),
        ),
        (
            "Kenya named Benni McCarthy as coach. He takes over from Turkish tactician Engin Firat, who "
            "parted ways with the federation last year.",
            ("Engin Firat", "Kenya", "left"),
        ),
        (
            "Ghana have appointed Otto Addo as coach. Addo succeeds Portuguese coach Carlos Queiroz.",
            ("Carlos Queiroz", "Ghana", "left"),
        ),
        (
            "Mali named Tom Saintfiet as head coach, replacing French Eric Chelle.",
            ("Eric Chelle", "Mali", "left"),
        ),
    ],
)
def test_replaced_man_introduced_by_nationality(text, expected):
    assert expected in events_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway have been without a permanent coach since Hege Riise left after the World Cup.",
            ("Hege Riise", "Norway", "left"),
        ),
        (
            "Brazil has been without a permanent coach since Tite left after the loss to Croatia.",
            ("Tite", "Brazil", "left"),
        ),
        (
            "Everton have been without a manager ever since Frank Lampard departed in January.",
            ("Frank Lampard", "Everton", "left"),
        ),
    ],
)
def test_vacancy_since_a_departure(text, expected):
    assert expected in events_of(text)


def test_vacancy_since_someone_else_arrived_is_no_departure():
    facts = keys_of("Everton have been without a manager since Frank Lampard arrived as a player in 2005.")
    assert not any(event == "left" for _, _, _, event in facts)


def test_executive_who_took_over_as_interim_coach_is_a_coach():
    facts = events_of(
        "Basel named Fabio Celestini as coach. Sporting director Heiko Vogel took over as coach on an "
        "interim basis following the dismissal of Alex Frei in February."
    )
    assert ("Heiko Vogel", "Basel", "appointed") in facts


def test_executive_who_took_over_as_director_stays_an_executive():
    facts = events_of(
        "Basel named Fabio Celestini as coach. Sporting director Heiko Vogel took over as sporting "
        "director in February after the club sold Breel Embolo."
    )
    assert not any(coach == "Heiko Vogel" for coach, _, _ in facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rayo named Inigo Perez as coach. Perez, 35, knows the squad well, having been Iraola's "
            "assistant both at Rayo Vallecano and previously at Mirandés.",
            {("Inigo Perez", "Mirandés", "in_charge"), ("Andoni Iraola", "Mirandés", "in_charge")},
        ),
        (
            "Brentford named Keith Andrews as head coach. Andrews had been Thomas Frank's assistant at "
            "Brentford and earlier at Brondby.",
            {("Keith Andrews", "Brøndby IF", "in_charge"), ("Thomas Frank", "Brøndby IF", "in_charge")},
        ),
    ],
)
def test_aide_at_two_clubs(text, expected):
    assert expected <= events_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cincinnati hired Pat Noonan as its coach. The 41-year-old spent the past five seasons on Jim "
            "Curtin's staff in Philadelphia Union.",
            ("Jim Curtin", "Philadelphia Union", "in_charge"),
        ),
        (
            "Leeds named Mark Bond as assistant. Bond previously joined Ange Postecoglou's staff at Celtic.",
            ("Ange Postecoglou", "Celtic", "in_charge"),
        ),
    ],
)
def test_member_of_a_head_coachs_staff_at_a_club(text, expected):
    assert expected in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cincinnati fired Jaap Stam on Sept. 27. Assistant Tyrone Marshall coached the final six games on "
        "an interim basis.",
        "Cincinnati fired Jaap Stam in April. Tyrone Marshall led the team for the last three matches.",
        "Cincinnati fired Jaap Stam in April. Tyrone Marshall oversaw the remaining fixtures.",
    ],
)
def test_stand_in_told_by_the_games_he_took(text):
    assert ("Tyrone Marshall", "FC Cincinnati", "in_charge") in events_of(text)


def test_stand_in_staying_on_the_new_coachs_staff_steps_back():
    facts = events_of(
        "Cincinnati fired Jaap Stam in April and later hired Pat Noonan. Assistant Tyrone Marshall "
        "coached the final six games on an interim basis and will remain on Noonan's staff."
    )
    assert ("Tyrone Marshall", "FC Cincinnati", "left") in facts


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
    "text",
    [
        "Manchester City appointed Gareth Taylor in 2020. Taylor, who was promoted from the club's Elite "
        "Development Squad, won the FA Cup.",
        "Chelsea named Liam Rosenior as coach. Rosenior, who came through the Development Squad at Fulham, "
        "signed a five-year deal.",
    ],
)
def test_a_development_squad_is_nobody(text):
    assert not any(coach.startswith(("Elite", "Development")) for coach, _, _ in events_of(text))


def test_mens_league_after_a_club_keeps_its_post_with_the_first_team():
    facts = keys_of(
        "Manchester City have appointed Andree Jeglertz as head coach of their women's team. Nick Cushing, "
        "who built the side that won the WSL title and later coached New York City FC in MLS, stepped in "
        "as interim boss."
    )
    assert ("Nick Cushing", "New York City FC", "first_team", "in_charge") in facts
