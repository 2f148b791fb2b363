"""'He had been the collaborator of Y at C', 'the vice of Y with C', 'the physical trainer of Y at C':
any backroom title before 'of Y' / 'to Y' makes the man Y's aide there, so Y coached C too; a
specialist's (a fitness or goalkeeping coach, an analyst, a collaborator) only if Y coaches elsewhere in the
story or is a known coach: he may serve a player or a president."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions

_NEW_MAN = "Lecce have appointed Marco Rossi as head coach. "


@pytest.mark.parametrize(
    ("sentence", "boss", "club"),
    [
        (
            "In the past he had been the collaborator of Antonio Conte at Juventus.",
            "Antonio Conte",
            "Juventus",
        ),
        ("Rossi was the vice of Stefano Pioli at Fiorentina for two seasons.", "Stefano Pioli", "Fiorentina"),
        (
            "He was the technical collaborator of Gian Piero Gasperini at Genoa.",
            "Gian Piero Gasperini",
            "Genoa",
        ),
        ("He was also the physical trainer of Claudio Ranieri at Valencia.", "Claudio Ranieri", "Valencia"),
        ("He was once the second coach of Walter Mazzarri with Torino.", "Walter Mazzarri", "Torino"),
    ],
)
def test_backroom_title_of_a_boss_gives_the_boss_his_spell(sentence: str, boss: str, club: str) -> None:
    keys = keys_of(_NEW_MAN + sentence)
    assert any(k[0] == boss and club in k[1] and k[3] == "in_charge" for k in keys)


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # a specialist may be a player's or a president's man: his "of Y" makes Y no coach
        ("He was the fitness coach of Cristiano Ronaldo at Real Madrid.", "Cristiano Ronaldo"),
        ("He was the goalkeeping coach of Gianluigi Buffon at Juventus.", "Gianluigi Buffon"),
        ("Rossi was the collaborator of Aurelio De Laurentiis at Napoli.", "Aurelio De Laurentiis"),
        ("Kjetil Brekke stays on as the fitness coach of Aurelio De Laurentiis.", "Aurelio De Laurentiis"),
    ],
)
def test_a_specialists_of_y_makes_no_coach_of_y(sentence: str, other: str) -> None:
    assert not any(k[0] == other for k in keys_of(_NEW_MAN + sentence))


def test_a_specialists_boss_coaching_elsewhere_in_the_story_keeps_his_spell() -> None:
    text = (
        _NEW_MAN + "He was the goalkeeping coach of Kjetil Brekke at Molde. Brekke was sacked by Molde in "
        "2019 after three years as head coach."
    )
    assert any(k[:2] == ("Kjetil Brekke", "Molde") and k[3] == "in_charge" for k in keys_of(text))


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("He was the physical trainer of Claudio Ranieri at Valencia.", "Claudio Ranieri", "P"),
        ("He was the second coach of Walter Mazzarri with Torino.", "Walter Mazzarri", "P"),
        ("He was the goalkeeping coach of Nchalo United for a year.", "Nchalo United", "C"),
        ("He was the head coach of Nchalo Rovers for a year.", "Nchalo Rovers", "C"),
    ],
)
def test_an_aides_title_before_of_names_his_boss_not_a_club(sentence: str, name: str, kind: str) -> None:
    assert any(m.kind == kind and m.text == name for m in run_mentions(sentence, None))
