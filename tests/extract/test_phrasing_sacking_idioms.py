"""Sackings told from the coach's side (sentences of our own): 'X lost his job at C', 'a run of defeats
cost X his job', 'X got the sack'; not a threat ('could cost him his job', 'will lose his job') nor a
player's lost place ('lost his job to Y', 'lost his job as captain')."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

SACKED = ("Tom Reid", "Hartlepool United", "first_team", "dismissed")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reid lost his job as Hartlepool United manager in November after six straight defeats.",
        "Hartlepool United boss Tom Reid has lost his job after six straight defeats.",
        "Tom Reid loses his job as head coach of Hartlepool United.",
        "Hartlepool United manager Tom Reid lost his post on Sunday.",
        "Six straight defeats cost Tom Reid his job as Hartlepool United manager.",
        "Hartlepool United manager Tom Reid was beaten again on Saturday. The defeat cost him his job.",
        "A poor start to the season has cost Tom Reid his job at Hartlepool United.",
        "Hartlepool United boss Tom Reid got the sack on Sunday after six straight defeats.",
        "Hartlepool United manager Tom Reid has got the boot.",
    ],
)
def test_sacking_told_from_the_coach_side(text: str) -> None:
    assert SACKED in keys_of(text)


def test_job_lost_in_an_aside_is_the_club_it_names() -> None:
    text = "Gateshead have appointed Tom Reid, who lost his job at Hartlepool United in November, as manager."
    keys = keys_of(text)
    assert SACKED in keys
    assert ("Tom Reid", "Gateshead", "first_team", "dismissed") not in keys


@pytest.mark.parametrize(
    "text",
    [
        "Hartlepool United manager Tom Reid admits another defeat could cost him his job.",
        "Hartlepool United manager Tom Reid fears he will lose his job if results do not improve.",
        "Hartlepool United manager Tom Reid knows that a defeat would cost him his job.",
        "Hartlepool United manager Tom Reid has not lost his job despite six straight defeats.",
        "Hartlepool United goalkeeper Tom Reid lost his job to Sam Hill in November.",
        "Hartlepool United defender Tom Reid lost his job as captain in November.",
    ],
)
def test_threats_and_players_are_no_sacking(text: str) -> None:
    keys = keys_of(text)
    assert not any(k[3] == "dismissed" for k in keys)
    if " manager " in text:  # the extractor read the sentence: the manager's post is still told
        assert ("Tom Reid", "Hartlepool United", "first_team", "in_charge") in keys
