"""Candidates the press named, told in translated copy: "the press had also mentioned the names of A and
B" (the post in view), "the name of X had been associated in the press with C", "X's name had been
linked with club C", "the media linked also X with the post", and a board that "evaluates also the name
of X" (the present tense of translated copy)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Real Zaragoza have sacked Víctor Fernández. In recent days the press had also mentioned "
            "the names of Rubén Baraja and Gabi Fernández.",
            {("Rubén Baraja", "Real Zaragoza", "linked"), ("Gabi Fernández", "Real Zaragoza", "linked")},
        ),
        (
            "Gil Vicente have extended the contract of Bruno Pinheiro. The name of Pinheiro had been "
            "associated in the press with Braga.",
            {("Bruno Pinheiro", "Braga", "linked")},
        ),
        (
            "Gil Vicente have extended the contract of Bruno Pinheiro. Pinheiro's name had been linked with "
            "Portuguese club Vitória de Guimarães last summer.",
            {("Bruno Pinheiro", "Vitória de Guimarães", "linked")},
        ),
        (
            "Pogoń Szczecin have appointed Robert Kolendowicz. In autumn, the media linked also "
            "Kosta Runjaić with the post.",
            {("Kosta Runjaić", "Pogoń Szczecin", "linked")},
        ),
        (
            "CR Belouizdad have parted ways with Sead Ramović. The board evaluates also the name of "
            "Nabil Kouki.",
            {("Nabil Kouki", "CR Belouizdad", "linked")},
        ),
    ],
)
def test_press_candidates_are_linked(text, expected):
    assert expected <= events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near miss: a name "linked with" something that is no club
        "Gil Vicente have extended the contract of Bruno Pinheiro. Pinheiro's name had been linked with a "
        "fine for his protests.",
        # near miss: another post than the coach's ("sporting director post")
        "Pogoń Szczecin have appointed Robert Kolendowicz. The media linked Kosta Runjaić with the club's "
        "sporting director post.",
        # near miss: a board weighing an injury, not a name
        "CR Belouizdad have parted ways with Sead Ramović. The club evaluates the injury of "
        "Abdelraouf Benguit.",
    ],
)
def test_no_candidate_without_a_club_or_the_post(text):
    assert not {e for _, _, e in events_of(text)} & {"linked"}


def test_probed_who_preferred_to_stay_is_an_approach_he_declined():
    # translated "sondeó": the club sounded him out, he stayed
    found = events_of(
        "Fortaleza have sacked Juan Pablo Vojvoda. The directive also had probed Guto Ferreira, who "
        "preferred to stay at his club."
    )
    assert {
        ("Guto Ferreira", "Fortaleza EC", "offer"),
        ("Guto Ferreira", "Fortaleza EC", "offer_declined"),
    } <= found


def test_probed_without_a_refusal_is_no_approach():
    # near miss: "probed" as investigated, nobody refusing anything
    found = events_of(
        "Fortaleza have sacked Juan Pablo Vojvoda. The league probed Guto Ferreira over his remarks."
    )
    assert not {e for c, _, e in found if c == "Guto Ferreira"} & {"offer", "offer_declined"}
