"""'He had been the collaborator of Y at C', 'the vice of Y with C', 'the physical trainer of Y at C':
any backroom title before 'of Y' / 'to Y' makes the man Y's aide there, so Y coached C too; not a
vice-president's or a vice-captain's 'of Y'."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions

_NEW_MAN = "Lecce have appointed Marco Rossi as head coach. "


@pytest.mark.parametrize(
    ("sentence", "boss", "club"),
    [
        ("In the past he had been the collaborator of Maurizio Sarri at Napoli.", "Maurizio Sarri", "Napoli"),
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
    "sentence",
    [
        "In the past he was the vice-president of Maurizio Sarri at Napoli.",
        "In the past he was the vice captain of Maurizio Sarri at Napoli.",
        "In the past he was the chairman of Maurizio Sarri at Napoli.",
    ],
)
def test_titles_of_no_aide_give_no_spell(sentence: str) -> None:
    assert not any(k[0] == "Maurizio Sarri" for k in keys_of(_NEW_MAN + sentence))


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
