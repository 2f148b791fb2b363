"""Phrasebook wordings of coaching news: rumours ('odds-on to', 'on C's radar', 'interviewed for the C head
coach position'), exits told by the spell they end ('departs after three years at the club'), renewals
('agreed terms on a new contract'), aides brought in, past posts ('His last job was at C'), stand-ins named
together or told by their coming games, and a coming spell 'at the helm'."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, facts_of

LEAD = "Leyton Orient have appointed Paul Smith as manager. "


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Former Barnsley boss Paul Smith is odds-on to become the next Leyton Orient manager.",
            "Leyton Orient",
        ),
        ("Paul Smith is odds on to take over at Portsmouth.", "Portsmouth"),
        ("Paul Smith is in pole position to succeed Richie Wellens at Portsmouth.", "Portsmouth"),
        ("Leyton Orient manager Paul Smith is on Portsmouth's radar.", "Portsmouth"),
        ("Paul Smith has been interviewed for the Portsmouth head coach position.", "Portsmouth"),
    ],
)
def test_rumour_wordings_are_links(text, club):
    assert ("Paul Smith", club, "linked") in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Paul Smith has been interviewed by reporters about the Portsmouth head coach position.",
        "Leyton Orient manager Paul Smith said the odds on his side going up are long.",
        "Leyton Orient manager Paul Smith has put the play-offs on his players' radar.",
    ],
)
def test_no_rumour_without_its_words(text):
    assert not {f for f in events_of(text) if f[2] == "linked"}


@pytest.mark.parametrize(
    "text",
    [
        "Leyton Orient manager Richie Wellens departs after three years at the club.",
        "Leyton Orient manager Richie Wellens is leaving after two seasons in charge.",
        "Leyton Orient boss Richie Wellens leaves after four years at the helm.",
    ],
)
def test_an_exit_told_by_the_spell_it_ends(text):
    assert ("Richie Wellens", "Leyton Orient", "left") in events_of(text)


def test_a_player_leaving_after_years_at_the_club_is_no_coach():
    assert not events_of("Captain Joe Bloggs leaves after ten years at the club.")


def test_leaving_after_minutes_is_no_exit():
    facts = events_of("Leyton Orient manager Richie Wellens left after ten minutes of the press conference.")
    assert ("Richie Wellens", "Leyton Orient", "left") not in facts


@pytest.mark.parametrize(
    "text",
    [
        "Leyton Orient manager Richie Wellens has agreed terms on a new contract.",
        "Leyton Orient manager Richie Wellens has agreed personal terms on a new three-year deal.",
    ],
)
def test_terms_agreed_on_a_new_contract_are_a_renewal(text):
    assert ("Richie Wellens", "Leyton Orient", "extended") in events_of(text)


def test_terms_agreed_to_become_another_clubs_manager_are_no_renewal():
    facts = events_of("Richie Wellens has agreed terms to become the new Portsmouth manager.")
    assert not {f for f in facts if f[2] == "extended"}


@pytest.mark.parametrize(
    "text",
    [
        "Paul Smith has been appointed Leyton Orient manager. He will bring in Tom Jones as his assistant.",
        "Paul Smith has been appointed Leyton Orient manager and has brought in Tom Jones as his number two.",
    ],
)
def test_an_aide_brought_in_as_his_assistant(text):
    assert ("Tom Jones", "Leyton Orient", "appointed") in events_of(text)


def test_bringing_in_a_player_is_no_aide():
    facts = events_of(
        "Paul Smith has been appointed Leyton Orient manager. He will bring in Tom Jones as a striker."
    )
    assert ("Tom Jones", "Leyton Orient", "appointed") not in facts


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "His last job was at Barnsley.",
        LEAD + "His previous managerial post was as head coach of Barnsley.",
        LEAD + "His last club was Barnsley.",
        LEAD + "Smith's most recent job was with Barnsley.",
    ],
)
def test_a_past_post_told_by_its_place_in_his_career(text):
    assert ("Paul Smith", "Barnsley", "in_charge") in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "His last game was at Barnsley.",
        LEAD + "His first job was at Barnsley's academy.",
        LEAD + "His last job was to beat Barnsley.",
    ],
)
def test_no_past_post_without_a_post(text):
    assert ("Paul Smith", "Barnsley", "in_charge") not in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Leyton Orient sacked Richie Wellens. Paul Smith was put in interim charge alongside Tom Jones.",
        "Paul Smith took temporary charge of Leyton Orient together with Tom Jones on Sunday.",
    ],
)
def test_a_stand_in_named_alongside_another_stands_in_too(text):
    facts = {(f["coach"], f["club"], f["role"], f["event"]) for f in facts_of(text)}
    assert ("Tom Jones", "Leyton Orient", "caretaker", "appointed") in facts
    assert ("Paul Smith", "Leyton Orient", "caretaker", "appointed") in facts


def test_a_permanent_charge_alongside_another_names_no_stand_in():
    facts = events_of("Paul Smith took charge of Leyton Orient alongside Tom Jones in 2019.")
    assert ("Tom Jones", "Leyton Orient", "appointed") not in facts


@pytest.mark.parametrize(
    "text",
    [
        "Caretaker boss Paul Smith will lead Leyton Orient against Barnsley on Saturday.",
        "Leyton Orient sacked Richie Wellens on Sunday. Interim manager Paul Smith will take charge of the "
        "team for the trip to Barnsley.",
        "Acting head coach Paul Smith will oversee Leyton Orient's game against Barnsley.",
    ],
)
def test_a_stand_ins_coming_games_tell_his_appointment(text):
    facts = {(f["coach"], f["club"], f["role"], f["event"]) for f in facts_of(text)}
    assert ("Paul Smith", "Leyton Orient", "caretaker", "appointed") in facts


def test_a_permanent_coachs_coming_game_is_no_appointment():
    facts = events_of("Leyton Orient boss Paul Smith will lead the side against Barnsley on Saturday.")
    assert ("Paul Smith", "Leyton Orient", "appointed") not in facts


@pytest.mark.parametrize(
    "text",
    [
        "Former Barnsley boss Paul Smith will be at the helm at Leyton Orient next season.",
        "Paul Smith will be in charge of Leyton Orient next season.",
    ],
)
def test_a_coming_spell_at_the_helm_is_an_appointment(text):
    assert ("Paul Smith", "Leyton Orient", "appointed") in events_of(text)


def test_at_the_helm_for_a_match_is_no_appointment():
    facts = events_of("Paul Smith will be at the helm at Leyton Orient against Barnsley on Saturday.")
    assert ("Paul Smith", "Leyton Orient", "appointed") not in facts
