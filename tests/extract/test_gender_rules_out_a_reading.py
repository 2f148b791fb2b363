"""Coreference by gender: a person the text itself tells is a man (a "He" opening the sentence after
the one person named, "Welshman X", "Mr X") is no reading of "her" or "the Englishwoman", and a woman so
told is no reading of "his" or "the Dutchman". Unknown gender rules nothing out, and a women's side's
coach is no woman by that alone. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import read_as

from pipeline.extract.facts import Mention
from pipeline.extract.genders import learn_genders, told_gender
from pipeline.extract.people import People


def test_her_is_not_the_man_a_he_opening_the_next_sentence_told(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Norwich City Women have named Pieter Dekker as their new head coach. He joins from Heerenveen. "
        "Dekker spent six years beside Ingrid Holm at Vitesse. He was her assistant when Vitesse won the "
        "league in 2019."
    )
    assert read_as(text, "her", monkeypatch) == ["Ingrid Holm"]


def test_her_is_not_the_man_a_nationality_noun_tells(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Umea IK have appointed Linda Berg as head coach. She will be joined by Welshman Gareth Evans, who "
        "becomes her assistant."
    )
    assert read_as(text, "her", monkeypatch) == ["Linda Berg"]


@pytest.mark.parametrize(
    ("reference", "gender"),
    [
        ("she", "f"),
        ("His", "m"),
        ("the Englishwoman", "f"),
        ("The Welshman", "m"),
        ("the former Chelsea man", "m"),
        ("the German", None),  # a nationality, not a man
        ("the chairman", None),  # a title women hold too
        ("his predecessor", None),  # tells of the possessor, not the predecessor
        ("the former Sweden international", None),
        ("the 38-year-old", None),
    ],
)
def test_told_gender(reference: str, gender: str | None) -> None:
    assert told_gender(reference) == gender


def _person(sentence: str, name: str) -> Mention:
    start = sentence.index(name)
    return Mention("P", start, start + len(name), name, name=name)


def _people_after(previous: str, names: list[str], sentence: str, named: list[str]) -> People:
    """The genders learned reading `sentence` after `previous`, which named `names`."""
    people = People()
    people.cursor = 0
    learn_genders(previous, [_person(previous, n) for n in names], people)
    people.last_named.update(dict.fromkeys(names, 0))
    people.cursor = 1
    learn_genders(sentence, [_person(sentence, n) for n in named], people)
    return people


@pytest.mark.parametrize(
    ("sentence", "name", "gender"),
    [
        ("Mrs Karen Lund will take charge.", "Karen Lund", "f"),
        ("Mr Tom Hart will take charge.", "Tom Hart", "m"),
        ("The club named the Dutchwoman Eva Smit.", "Eva Smit", "f"),
        ("Eva Smit, the 44-year-old Dutchwoman, arrives.", "Eva Smit", "f"),
        ("Englishman Dave Cole becomes her assistant.", "Dave Cole", "m"),
    ],
)
def test_gender_told_beside_the_name(sentence: str, name: str, gender: str) -> None:
    assert _people_after("The club spoke.", [], sentence, [name]).gender == {name: gender}


@pytest.mark.parametrize(
    "sentence",
    [
        "German coach Jens Weber will take charge.",  # a nationality
        "Chairman Jens Weber confirmed the news.",  # a title women hold too
        "Women's coach Jens Weber will take charge.",  # men coach women's sides
        "Former Sweden international Jens Weber will take charge.",  # a past, no gender
    ],
)
def test_no_gender_told_beside_the_name(sentence: str) -> None:
    assert _people_after("The club spoke.", [], sentence, ["Jens Weber"]).gender == {}


def test_a_pronoun_opening_the_sentence_after_one_person_tells_hers() -> None:
    people = _people_after("Anna Vik has been appointed.", ["Anna Vik"], "She joins from Kalmar.", [])
    assert people.gender == {"Anna Vik": "f"}


@pytest.mark.parametrize(
    ("previous", "names", "sentence"),
    [
        # two people named before: "She" may mean either
        ("Anna Vik replaces Tom Hart.", ["Anna Vik", "Tom Hart"], "She joins from Kalmar."),
        # the pronoun does not open the sentence
        ("Anna Vik has been appointed.", ["Anna Vik"], "The club said she joins from Kalmar."),
        # inside a quote it may mean anyone
        ("Anna Vik has been appointed.", ["Anna Vik"], '"He is a fine coach," she said.'),
    ],
)
def test_no_gender_from_a_pronoun_that_may_mean_another(
    previous: str, names: list[str], sentence: str
) -> None:
    assert _people_after(previous, names, sentence, []).gender == {}
