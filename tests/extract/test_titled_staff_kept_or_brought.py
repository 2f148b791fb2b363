"""Backroom staff named by their titles and what happens to them, in more words: kept on ('his assistant
A and the physical preparer B also continue in the staff', 'the assistant A continues in his function',
'Jets assistant A will remain on the staff'), come with the new man ('his right hand A and the physical
trainer B arrived with him'), brought by him ('brings with him the adjunct A and the goalkeeper trainer
B'); a club's last word before a title ('Jets assistant A', 'Jets chairman B') is that club."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEW_MAN = "Valencia have appointed Marco Rossi as head coach. "


@pytest.mark.parametrize(
    ("sentence", "aides"),
    [
        (
            "His assistant Luis Perez and the physical preparer Diego Carranza continue in the staff.",
            ["Luis Perez", "Diego Carranza"],
        ),
        ("The assistant Diego Guacci continues in his function.", ["Diego Guacci"]),
        (
            "His assistant Jorge Vidal and the fitness coach Ramon Soto will also stay.",
            ["Jorge Vidal"],
        ),
        ("Long-time assistant Pablo Amo remains on the staff.", ["Pablo Amo"]),
    ],
)
def test_titled_staff_kept_on_are_in_charge(sentence: str, aides: list[str]) -> None:
    keys = keys_of(_NEW_MAN + sentence)
    for aide in aides:
        assert (aide, "Valencia", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    ("sentence", "aides"),
    [
        (
            "His right hand Martin Ocampo and the physical trainer Lucas Ferro arrived with him from Chile.",
            ["Martin Ocampo", "Lucas Ferro"],
        ),
        (
            "Rossi brings with him the adjunct Nuno Silva and the goalkeeper trainer Rui Teixeira.",
            ["Nuno Silva", "Rui Teixeira"],
        ),
        ("His assistant Andrea Zanini came with him from Lecce.", ["Andrea Zanini"]),
    ],
)
def test_titled_staff_coming_with_the_new_man_are_appointed(sentence: str, aides: list[str]) -> None:
    keys = keys_of(_NEW_MAN + sentence)
    for aide in aides:
        assert (aide, "Valencia", "first_team", "appointed") in keys


def test_an_aside_of_arrival_does_not_make_staff_kept_on_new() -> None:
    keys = keys_of(_NEW_MAN + "His assistant Alberto Benito, who joined with him from Lecce, will also stay.")
    assert ("Alberto Benito", "Valencia", "first_team", "in_charge") in keys
    assert not any(k[0] == "Alberto Benito" and k[3] == "appointed" for k in keys)


@pytest.mark.parametrize(
    "sentence",
    [
        "The assistant referee Paolo Bianco continues his career in Serie A.",
        "Rossi brings with him the experience of Paolo Bianco.",
        "Assistant coach Paolo Bianco remains in caretaker charge for the visit of Sevilla.",
    ],
)
def test_no_titled_staff_fact_without_a_title_before_the_name(sentence: str) -> None:
    keys = keys_of(_NEW_MAN + sentence)
    assert not any(k[0] == "Paolo Bianco" and k[3] == "appointed" for k in keys)
    assert not any(k[0] == "Paolo Bianco" and k[1] != "Valencia" for k in keys)


def test_a_clubs_last_word_before_a_title_is_that_club() -> None:
    text = (
        "Newcastle Jets have appointed Sam Briggs as head coach. He captained Sydney FC in 2012. "
        "Jets assistant Liam Doherty will remain on the staff. "
        '"Sam knows what he wants," said Jets chairman Ray Coates.'
    )
    keys = keys_of(text)
    assert ("Liam Doherty", "Newcastle Jets", "first_team", "in_charge") in keys
    assert not any(k[0] in ("Jets", "Ray Coates") for k in keys)
    assert not any(k[0] == "Liam Doherty" and k[1] != "Newcastle Jets" for k in keys)
