"""An aide's spell told through his boss: 'adjunct of Y in C', 'Y's right-hand man at C and D', 'who worked
with him in C' (the aide at each club named), 'A, B and C, all of whom worked with him at …' (everyone
listed), and nothing for someone who worked with him without being on his staff."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _spells(text: str, coach: str) -> set[tuple[str, str, str]]:
    return {(f["club"], f["role"], f["event"]) for f in facts_of(text) if f["coach"] == coach}


@pytest.mark.parametrize(
    ("text", "aide", "boss", "clubs"),
    [
        (
            "Porto have appointed Vitor Bruno. Before that, Bruno was adjunct of Sergio Conceicao in "
            "Nantes and in the Braga.",
            "Vitor Bruno",
            "Sergio Conceicao",
            {"Braga"},
        ),
        (
            "Celtic have named Chris Davies as manager. Davies had been Brendan Rodgers' right-hand man at "
            "Swansea City and Liverpool.",
            "Chris Davies",
            "Brendan Rodgers",
            {"Swansea City", "Liverpool"},
        ),
        (
            "Lazio appointed Marco Baroni. Baroni was once the auxiliary of Luciano Spalletti at Roma.",
            "Marco Baroni",
            "Luciano Spalletti",
            {"Roma"},
        ),
    ],
)
def test_aide_of_the_boss_at_his_clubs(text, aide, boss, clubs):
    aide_spells = _spells(text, aide)
    for club in clubs:
        assert (club, "assistant_coach", "in_charge") in aide_spells
        assert (club, "head_coach", "in_charge") in _spells(text, boss)


@pytest.mark.parametrize(
    ("text", "aide", "clubs"),
    [
        (
            "Al-Nassr appointed Stefano Pioli. Pioli arrives with his assistant Davide Lucarelli, who "
            "worked with him in Fiorentina and AC Milan.",
            "Davide Lucarelli",
            {"Fiorentina", "AC Milan"},
        ),
        (
            "Benfica have hired Bruno Lage. His staff includes the adjunct Alexandre Silva, who accompanied "
            "him in Wolverhampton.",
            "Alexandre Silva",
            {"Wolverhampton Wanderers"},
        ),
        (
            "Manchester City kept their staff. Lorenzo Buenaventura, the fitness coach, has worked alongside "
            "Pep Guardiola since their days at Bayern Munich.",
            "Lorenzo Buenaventura",
            {"Bayern Munich"},
        ),
    ],
)
def test_aide_who_worked_with_him_in_a_club(text, aide, clubs):
    assert clubs <= {club for club, role, event in _spells(text, aide) if event == "in_charge"}


def test_fitness_title_after_the_name_is_the_role():
    text = (
        "Manchester City kept their staff. Lorenzo Buenaventura, the fitness coach, has worked alongside "
        "Pep Guardiola since their days at Bayern Munich."
    )
    assert ("Bayern Munich", "fitness_coach", "in_charge") in _spells(text, "Lorenzo Buenaventura")


def test_everyone_of_all_of_whom_worked_with_him():
    text = (
        "Everton appointed David Moyes. Moyes will be joined by his assistant Alan Irvine, first-team coach "
        "Billy McKinlay and goalkeeping coach Xavi Valero, all of whom worked with him at West Ham United."
    )
    facts = facts_of(text)
    spells = {
        (f["coach"], f["role"]) for f in facts if (f["club"], f["event"]) == ("West Ham United", "in_charge")
    }
    assert {
        ("Alan Irvine", "assistant_coach"),
        ("Billy McKinlay", "assistant_coach"),
        ("Xavi Valero", "goalkeeping_coach"),
    } <= spells


def test_both_assistants_before_who_worked_alongside():
    text = (
        "Columbus Crew appointed Wilfried Nancy. Assistants Kwame Ampadu and Yoann Damet, who worked "
        "alongside Nancy in Toulouse, are expected to follow him."
    )
    for aide in ("Kwame Ampadu", "Yoann Damet"):
        assert ("Toulouse", "assistant_coach", "in_charge") in _spells(text, aide)


@pytest.mark.parametrize(
    "text",
    [
        # a club president is no aide
        "Dynamo Kyiv appointed Oleksandr Shovkovskyi. Club president Ihor Surkis, who had worked with him at "
        "Arsenal Kyiv, welcomed the appointment.",
        # "those who worked with him": nobody named is his aide
        "Stephen Kenny has gone back to the League of Ireland with Shamrock Rovers, and some of those who "
        "worked with him in Dundalk have found work elsewhere.",
    ],
)
def test_worked_with_him_without_a_staff_title_tells_no_spell(text):
    facts = facts_of(text)
    assert not [f for f in facts if f["role"] == "assistant_coach"]
