"""A new man's backroom staff told in more words: the aides he arrives with ('arrives with his assistant A
and the physical preparer B'), those he takes with him ('will take with him his assistant A'), the staff
told as a translated 'technical body' ('His technical body is formed by the assistant A …'), and the
'athletic performance coach', a fitness coach's title."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_NEW_MAN = "Getafe have appointed Tomas Reyes as head coach. "


@pytest.mark.parametrize(
    ("sentence", "aides"),
    [
        (
            "He arrives with his assistant Mario Ledesma and the physical preparer Ivan Soto.",
            ["Mario Ledesma", "Ivan Soto"],
        ),
        (
            "Reyes comes with the auxiliary Paulo Nery and the physical trainer Davi Costa.",
            ["Paulo Nery", "Davi Costa"],
        ),
        (
            "Reyes will take with him his assistant Emre Kaya and the athletic performance coach Ozan Tekin.",
            ["Emre Kaya", "Ozan Tekin"],
        ),
        (
            "His technical body is formed by the assistant Raul Vega and the goalkeepers trainer Pablo Rios.",
            ["Raul Vega", "Pablo Rios"],
        ),
    ],
)
def test_aides_arriving_with_the_new_man_are_appointed(sentence: str, aides: list[str]) -> None:
    keys = keys_of(_NEW_MAN + sentence)
    for aide in aides:
        assert (aide, "Getafe", "first_team", "appointed") in keys


def test_an_athletic_performance_coach_is_a_fitness_coach() -> None:
    facts = facts_of(_NEW_MAN + "Reyes will take with him the athletic performance coach Ozan Tekin.")
    assert [f["role"] for f in facts if f["coach"] == "Ozan Tekin"] == ["fitness_coach"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a contract is no aide: the bare "with" names the staff only right after the verb
        "He arrives with a contract until 2026, and his assistant Mario Ledesma stays on the staff.",
        # a "with" further on is not his company: the aide was there before him
        "He arrives at a club with the physical trainer Mario Ledesma long in place.",
    ],
)
def test_no_aide_arrives_without_the_words_for_it(sentence: str) -> None:
    keys = keys_of(_NEW_MAN + sentence)
    assert not any(k[0] == "Mario Ledesma" and k[3] == "appointed" for k in keys)


# near-misses: a bare "with" after a verb whose subject is no man, and "take with him" beside his leaving


def test_a_sacking_that_came_with_an_aide_leaving_is_no_arrival() -> None:
    text = (
        "Stoke City have sacked Karl Engel. The sacking came with assistant coach Tom Weller also leaving "
        "the club."
    )
    assert not any(k[0] == "Tom Weller" and k[3] == "appointed" for k in keys_of(text))


def test_the_aide_he_takes_with_him_when_he_leaves_is_no_arrival() -> None:
    text = (
        "Stoke City have sacked Karl Engel. Engel will take with him his assistant Tom Weller when he "
        "leaves the bet365 Stadium."
    )
    assert not any(k[0] == "Tom Weller" and k[3] == "appointed" for k in keys_of(text))


def test_the_aide_he_takes_with_him_to_the_new_club_arrives() -> None:
    text = (
        "Burnley have appointed Karl Engel. He will take with him his assistant Tom Weller from Sturm Graz."
    )
    assert ("Tom Weller", "Burnley", "first_team", "appointed") in keys_of(text)
