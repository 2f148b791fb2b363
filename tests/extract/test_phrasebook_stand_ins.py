"""Phrasebook wordings of coaching changes: a stand-in 'put in interim charge', the man he succeeds and
the club courting a coach told in asides, and who 'he' and 'the manager' mean after a sacking."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, facts_of


@pytest.mark.parametrize(
    "text",
    [
        "Leyton Orient coach Paul Smith has been put in interim charge of the team.",
        "Paul Smith was put in temporary charge of Leyton Orient on Sunday.",
        "Leyton Orient sacked Richie Wellens and Paul Smith was put in caretaker charge.",
        "Paul Smith has been placed in interim charge of Leyton Orient.",
    ],
)
def test_put_in_interim_charge_is_a_caretakers_appointment(text):
    facts = {(f["coach"], f["club"], f["role"], f["event"]) for f in facts_of(text)}
    assert ("Paul Smith", "Leyton Orient", "caretaker", "appointed") in facts


def test_putting_in_a_shift_is_no_charge():
    assert ("Paul Smith", "Leyton Orient", "appointed") not in events_of(
        "Leyton Orient coach Paul Smith said his players put in a shift in charge of their own destiny."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Leyton Orient have rejected an approach from Portsmouth for manager Richie Wellens.",
        "Leyton Orient turned down a bid from Portsmouth for their manager Richie Wellens.",
        "Leyton Orient have rebuffed interest from Portsmouth in manager Richie Wellens.",
    ],
)
def test_the_courting_club_is_not_the_one_a_manager_coaches(text):
    facts = events_of(text)
    assert ("Richie Wellens", "Leyton Orient", "in_charge") in facts
    assert ("Richie Wellens", "Portsmouth", "in_charge") not in facts


def test_a_club_named_before_a_title_without_suitor_words_is_his():
    facts = events_of("Portsmouth beat Leyton Orient, and manager Richie Wellens praised his players.")
    assert ("Richie Wellens", "Leyton Orient", "in_charge") not in facts


@pytest.mark.parametrize(
    "text",
    [
        "Paul Smith replaces Richie Wellens, who left for Portsmouth, as Leyton Orient manager.",
        "Paul Smith succeeds Richie Wellens, who has joined Portsmouth, as the new head coach of Leyton "
        "Orient.",
        "Paul Smith replaces Richie Wellens, who moved to Portsmouth, as the new Leyton Orient boss.",
    ],
)
def test_the_post_taken_is_named_after_the_aside_on_where_the_man_replaced_went(text):
    facts = events_of(text)
    assert ("Paul Smith", "Leyton Orient", "appointed") in facts
    assert ("Paul Smith", "Portsmouth", "appointed") not in facts
    assert ("Richie Wellens", "Leyton Orient", "left") in facts


def test_a_club_after_the_aside_that_names_another_mans_post_is_not_the_post_taken():
    facts = events_of(
        "Leyton Orient have a new manager. Paul Smith replaces Richie Wellens, who left for Portsmouth, as "
        "Barnsley boss Tom Jones had predicted."
    )
    assert ("Paul Smith", "Leyton Orient", "appointed") in facts
    assert ("Paul Smith", "Barnsley", "appointed") not in facts


@pytest.mark.parametrize(
    "text",
    [
        "Leyton Orient sacked Richie Wellens in March and Paul Smith was put in interim charge. "
        "He was given the job permanently in May.",
        "Leyton Orient fired manager Richie Wellens in March and Paul Smith took temporary charge. "
        "He was given the job permanently in May.",
    ],
)
def test_he_after_a_sacking_and_a_stand_in_clause_is_the_stand_in(text):
    facts = events_of(text)
    assert ("Paul Smith", "Leyton Orient", "appointed") in facts
    assert ("Richie Wellens", "Leyton Orient", "appointed") not in facts


def test_he_after_a_sacking_with_no_clause_of_another_man_is_the_man_sacked():
    facts = events_of("Leyton Orient sacked Richie Wellens in March. He had been appointed in 2021.")
    assert ("Richie Wellens", "Leyton Orient", "appointed") in facts


@pytest.mark.parametrize(
    "text",
    [
        "Paul Smith was placed in caretaker charge of Leyton Orient after the departure of the manager.",
        "Paul Smith took over at Leyton Orient following the sacking of the head coach.",
        "Paul Smith was named Leyton Orient boss after the resignation of the manager.",
    ],
)
def test_the_manager_whose_exit_is_told_is_not_the_man_taking_the_post(text):
    facts = events_of(text)
    assert ("Paul Smith", "Leyton Orient", "appointed") in facts
    assert not {f for f in facts if f[0] == "Paul Smith" and f[2] in ("left", "dismissed", "resigned")}


def test_the_manager_whose_exit_is_told_is_the_man_who_left_before():
    facts = events_of(
        "Leyton Orient sacked Richie Wellens on Sunday. Paul Smith was placed in caretaker charge after "
        "the departure of the manager."
    )
    assert ("Paul Smith", "Leyton Orient", "appointed") in facts
    assert ("Paul Smith", "Leyton Orient", "left") not in facts
