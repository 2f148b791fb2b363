"""An aide's spell told through his boss: 'adjunct of Y in C', 'Y's right-hand man at C and D', 'who worked
with him in C' (the aide at each club named), 'A, B and C, all of whom worked with him at …' (everyone
listed), and nothing for someone who worked with him without being on his staff."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


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
            "Porto have hired Vitor Matos. Among his staff is the adjunct Nuno Reis, who accompanied "
            "him in Southampton.",
            "Nuno Reis",
            {"Southampton"},
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
        "Atlanta United appointed Pierre Leroy. Assistants Sam Okafor and Julien Roux, who worked "
        "alongside Leroy in Montpellier, are set to join him."
    )
    for aide in ("Sam Okafor", "Julien Roux"):
        assert ("Montpellier", "assistant_coach", "in_charge") in _spells(text, aide)


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


@pytest.mark.parametrize(
    ("text", "aides", "club"),
    [
        (
            "Nice have appointed Franck Haise. He will be assisted by his long-time deputies Thierry Bocquet "
            "and Laurent Guyot, the club said.",
            ("Thierry Bocquet", "Laurent Guyot"),
            "OGC Nice",
        ),
        (
            "Orlando Pirates appointed Jose Riveiro. Riveiro will be assisted by his compatriot "
            "Javier Nodar.",
            ("Javier Nodar",),
            "Orlando Pirates",
        ),
        (
            "Poland appointed Michal Probierz as coach. Probierz's assistants will include Kamil Potrykus, "
            "his long-time aide, the federation said.",
            ("Kamil Potrykus",),
            "Poland",
        ),
        (
            "Porto appointed Martin Anselmi. The technical team of Anselmi includes the adjunct Tomas "
            "Vidal and the analyst Gabriel Bonaldi.",
            ("Tomas Vidal", "Gabriel Bonaldi"),
            "FC Porto",
        ),
    ],
)
def test_aides_who_start_with_the_new_man(text, aides, club):
    facts = facts_of(text)
    for aide in aides:
        assert (club, "appointed") in {(f["club"], f["event"]) for f in facts if f["coach"] == aide}


def test_staff_list_stops_at_a_relative_clause():
    text = (
        "Porto appointed Martin Anselmi. The technical team of Anselmi includes the adjunct Tomas Vidal, who "
        "accompanied him in Cruz Azul."
    )
    assert not [f for f in facts_of(text) if f["coach"] == "Martin Anselmi" and f["club"] == "Cruz Azul"]


def test_aide_leaves_the_boss_staff_at_a_club():
    text = (
        "PSV appointed Rick Mulder. Mulder signs a three-year contract and leaves Erik Vos's staff at "
        "Brentford, where he had been an assistant."
    )
    assert ("Brentford", "assistant_coach", "left") in _spells(text, "Rick Mulder")


def test_aide_who_joined_the_boss_staff():
    text = (
        "Leicester City sacked Steve Cooper. Ben Dawson, who only joined Cooper's coaching staff in the "
        "summer, takes interim charge of the team."
    )
    assert ("Leicester City", "assistant_coach", "appointed") in _spells(text, "Ben Dawson")


def test_job_not_given_on_a_permanent_basis():
    text = (
        "Swansea City sacked Luke Hale. Former Wales winger Owen Pryce took charge for "
        "the last three matches, but Swansea chose not to give him the job on a permanent basis."
    )
    assert "head_coach" not in {f["role"] for f in facts_of(text) if f["coach"] == "Owen Pryce"}


def test_assisted_by_a_former_international():
    text = (
        "The federation named Eric Chelle as the new head coach of Nigeria. "
        "Chelle will be assisted by former international Emmanuel Amuneke."
    )
    assert ("Nigeria", "assistant_coach", "appointed") in _spells(text, "Emmanuel Amuneke")


def test_aides_who_will_assist_him_and_a_spell_beside_a_youth_post() -> None:
    text = (
        "The Football Association has appointed Lee Carsley as interim England manager following Gareth "
        "Southgate's resignation. Ashley Cole and Joleon Lescott, both members of Carsley's under-21 staff, "
        "will assist him. Southgate, 53, had been in charge since 2016, having previously managed "
        "Middlesbrough and the Under-21s."
    )
    assert ("England", "assistant_coach", "appointed") in _spells(text, "Ashley Cole")
    assert ("England", "assistant_coach", "appointed") in _spells(text, "Joleon Lescott")
    keys = keys_of(text)
    assert ("Gareth Southgate", "England", "national", "in_charge") in keys
    assert ("Gareth Southgate", "England", "national_u21", "in_charge") in keys


def test_former_club_assistant_title() -> None:
    text = (
        "Red Bull Salzburg have appointed Pep Lijnders as head coach. Former Liverpool assistant Pep "
        "Lijnders takes over."
    )
    assert ("Liverpool", "assistant_coach", "in_charge") in _spells(text, "Pep Lijnders")
