"""Coaches who got no fact because a general wording was not read: aides arriving with a new coach,
stand-ins told in a relative clause, successions with a nationality or an odd verb before the name
(sentences of our own, with near-misses that must give nothing)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

# --- successions: a nationality or a translated verb before the replaced man -----------------------------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "Shanghai Port appointed Kevin Muscat. Muscat replaces the South Korean Choi Kang-hee.",
            ("Choi Kang-hee", "Shanghai Port"),
        ),
        (
            "Al Ahly appointed Jose Riveiro. He replaces the South African Pitso Mosimane.",
            ("Pitso Mosimane", "Al Ahly"),
        ),
        (
            "Egypt appointed Hossam Hassan. Hassan succeeds to the Portuguese Rui Vitoria.",
            ("Rui Vitoria", "Egypt"),
        ),
        (
            "Lyon appointed Paulo Fonseca. Fonseca took over after Pierre Sage in January.",
            ("Pierre Sage", "Lyon"),
        ),
        (
            "Hajduk Split appointed Gennaro Gattuso. Gattuso comes on the place of Ivan Leko.",
            ("Ivan Leko", "Hajduk Split"),
        ),
    ],
)
def test_the_man_replaced_leaves(text: str, gone: tuple[str, str]) -> None:
    assert (*gone, "left") in events_left(text)


def events_left(text: str) -> set[tuple[str, str, str]]:
    return {(f["coach"], f["club"], f["event"]) for f in facts_of(text) if f["event"] == "left"}


def test_an_earlier_succession_with_a_compass_nationality() -> None:
    text = (
        "Shenhua appointed Leonid Slutsky. Slutsky replaces Wu Jingui. "
        "Wu had taken over from North Korean Kim Jong-song in 2021."
    )
    facts = [f for f in facts_of(text) if f["coach"] == "Kim Jong-song"]
    assert [(f["event"], f["date"]) for f in facts] == [("left", "2021-01-01")]


@pytest.mark.parametrize(
    "text",
    [
        "Lyon appointed Paulo Fonseca. Fonseca took over after Sage's exit in January.",
        "Nice appointed Franck Haise. Haise succeeded to the post in June.",
        "Lyon appointed Paulo Fonseca. He played in South Korea under Choi Kang-hee.",
    ],
)
def test_no_man_replaced_is_named(text: str) -> None:
    assert not [f for f in facts_of(text) if f["event"] == "left"]


# --- aides arriving with the new coach ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "aide", "role"),
    [
        (
            "Walsall appointed Dean Holt. Holt will be joined by Sam Price, who becomes his "
            "assistant manager.",
            "Sam Price",
            "assistant_coach",
        ),
        (
            "Burnley appointed Scott Parker. Parker will be joined at Turf Moor by Matt Wells, who will be "
            "his number two.",
            "Matt Wells",
            "assistant_coach",
        ),
        (
            "Hull appointed Tim Walter. Walter will be joined by Simon Rink, who will serve as his "
            "goalkeeping coach.",
            "Simon Rink",
            "goalkeeping_coach",
        ),
        (
            "Serbia appointed Goran Petrovic. The coach will have as assistant the Serbian "
            "Nikola Ilic, who worked in the youth selections.",
            "Nikola Ilic",
            "assistant_coach",
        ),
        (
            "Leeds appointed Daniel Farke. Farke will have Edmund Riemer as his assistant.",
            "Edmund Riemer",
            "assistant_coach",
        ),
        (
            "Kosovo appointed Marco Reis. In the staff of Reis will be the Uruguayan Diego Soto, "
            "ex-player of Valencia, as assistant coach.",
            "Diego Soto",
            "assistant_coach",
        ),
        (
            "Malawi appointed Peter Novak. Chiko Banda, who led the team in the friendlies, will be "
            "part of Novak's technical bench.",
            "Chiko Banda",
            "assistant_coach",
        ),
    ],
)
def test_an_aide_arrives_with_the_new_coach(text: str, aide: str, role: str) -> None:
    facts = [f for f in facts_of(text) if f["coach"] == aide and f["event"] == "appointed"]
    assert facts and {f["role"] for f in facts} == {role}
    clubs = ("Walsall", "Burnley", "Hull City", "Serbia", "Leeds United", "Kosovo", "Malawi")
    assert facts[0]["club"] in clubs


@pytest.mark.parametrize(
    "text",
    [
        # the new coach has a player, an opponent or a past, no aide
        "Leeds appointed Daniel Farke. Farke will have Ethan Ampadu as his captain.",
        "Leeds appointed Daniel Farke. Farke will be joined by Ethan Ampadu, who becomes the club captain.",
        "Albania appointed Sylvinho. In the squad of Sylvinho will be Armando Broja.",
        "Zambia appointed Avram Grant. Patson Daka will remain part of Grant's plans.",
    ],
)
def test_no_aide_arrives(text: str) -> None:
    assert not [f for f in facts_of(text) if f["role"] != "head_coach"]


# --- stand-ins told in a relative clause, going back to their old post -------------------------------------


def test_a_stand_in_who_returns_to_the_backroom_staff() -> None:
    text = (
        "Gremio appointed Rui Matos. Assistant Caio Lima, who was in temporary charge for the past "
        "three games, returns to the backroom staff."
    )
    keys = keys_of(text)
    assert ("Caio Lima", "Grêmio", "first_team", "left") in keys
    assert ("Caio Lima", "Grêmio", "first_team", "in_charge") in keys


def test_a_stand_in_in_charge_since_then_goes_back_to_be_assistant() -> None:
    text = (
        "Malawi sacked Ivan Kos in August. Peter Novak was appointed on Friday. Chiko Banda, who "
        "has been in charge as interim boss since then, will go back to being assistant coach."
    )
    mine = {(f["event"], f["role"]) for f in facts_of(text) if f["coach"] == "Chiko Banda"}
    assert mine == {("in_charge", "caretaker"), ("left", "caretaker"), ("in_charge", "assistant_coach")}


def test_a_stand_in_returns_to_his_job() -> None:
    text = (
        "Nepal appointed Tom Greaves. Ram Thapa, who led the side as interim coach in May, "
        "will return to his post with the academy."
    )
    assert ("Ram Thapa", "Nepal", "national", "left") in keys_of(text)


def test_a_head_coach_who_returns_to_his_staff_is_no_stand_in() -> None:
    text = "Palmeiras appointed Abel Ferreira. Director Anderson Barros returns to the backroom staff."
    assert not [f for f in facts_of(text) if f["coach"] == "Anderson Barros"]


def test_the_team_handed_to_a_stand_in() -> None:
    text = (
        "Algeria sacked Karim Saadi. The federation has handed the side on an interim basis to Nabil "
        "Ferhat, who was Saadi's assistant, for the June friendlies."
    )
    mine = {(f["club"], f["event"], f["role"]) for f in facts_of(text) if f["coach"] == "Nabil Ferhat"}
    assert mine == {("Algeria", "appointed", "caretaker"), ("Algeria", "in_charge", "assistant_coach")}


def test_the_side_entrusted_to_a_new_coach() -> None:
    text = "Leeds sacked Jesse Marsch. The board entrusted the side to Michael Skubala on Monday."
    assert ("Michael Skubala", "Leeds United", "first_team", "appointed") in keys_of(text)


def test_a_team_sheet_handed_over_is_no_appointment() -> None:
    text = "Leeds sacked Jesse Marsch. Skubala handed the team sheet to the referee Michael Oliver."
    assert not [f for f in facts_of(text) if f["event"] == "appointed"]


def test_replaced_there_by_his_assistant() -> None:
    text = "Braga sacked Nuno Dias in May. He was replaced there by his assistant Joao Pinto."
    assert ("Joao Pinto", "Braga", "first_team", "appointed") in keys_of(text)


# --- a boss named through his assistant, his national team told after "in the" -----------------------------


@pytest.mark.parametrize(
    ("text", "boss", "team"),
    [
        (
            "Kosovo appointed Marco Reis. He was assistant of Carlos Mendes in the Portugal national team.",
            "Carlos Mendes",
            "Portugal",
        ),
        (
            "Wales appointed Craig Bellamy. He was assistant of Vincent Kompany in the Belgium national "
            "team.",
            "Vincent Kompany",
            "Belgium",
        ),
    ],
)
def test_assistant_of_a_boss_in_the_national_team(text: str, boss: str, team: str) -> None:
    keys = keys_of(text)
    assert (boss, team, "national", "in_charge") in keys


def test_a_country_after_in_stays_a_place() -> None:
    text = "Albania appointed Sylvinho. He won the Copa America in Brazil with the national team."
    assert not [f for f in facts_of(text) if f["club"] == "Brazil"]
