"""Appointments told in less common words, staff lists, extensions and East Asian names
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

from pipeline.extract.rule_facts import HIRED_BY_TITLE

# --- leaving one club for a post at another ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "new_club"),
    [
        (
            "Blackpool manager Gary Rowe has left the Seasiders to become head coach of "
            "Championship side Millwall with immediate effect.",
            "Gary Rowe",
            "Millwall",
        ),
        ("Graham Potter leaves Brighton to take charge of Chelsea", "Graham Potter", "Chelsea"),
        (
            "Steve Cooper won promotion with Swansea City in 2019 but quit Swansea City a year later to join "
            "Nottingham Forest.",
            "Steve Cooper",
            "Nottingham Forest",
        ),
    ],
)
def test_left_a_club_to_take_a_post_elsewhere(text: str, coach: str, new_club: str) -> None:
    keys = keys_of(text)
    assert (coach, new_club, "first_team", "appointed") in keys


# --- put in charge, brought in, appointment confirmed ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ghana have sacked coach Otto Addo and put technical director Kwesi Nyantakyi in interim charge of "
        "the Black Stars.",
        "Ghana placed sporting director Kwesi Nyantakyi in temporary charge of the Black Stars on Monday.",
    ],
)
def test_an_executive_put_in_charge_of_the_team_is_its_caretaker(text: str) -> None:
    facts = facts_of(text)
    got = [f for f in facts if f["coach"] == "Kwesi Nyantakyi" and f["event"] == "appointed"]
    assert got and got[0]["club"] == "Ghana" and got[0]["squad"] == "national"
    assert got[0]["role"] == "caretaker"


def test_an_executive_not_put_in_charge_stays_no_coach() -> None:
    text = (
        "Ghana have sacked coach Otto Addo, technical director Kwesi Nyantakyi said. "
        "Nyantakyi, who coached Ghana to the 2010 final, thanked the players."
    )
    assert not [f for f in facts_of(text) if f["coach"] == "Kwesi Nyantakyi"]


@pytest.mark.parametrize(
    "text",
    [
        "Preston North End brought in Paul Heckingbottom as head coach on Tuesday.",
        "Preston North End have brought Paul Heckingbottom in as their new manager.",
    ],
)
def test_brought_in_as_coach(text: str) -> None:
    assert ("Paul Heckingbottom", "Preston North End", "first_team", "appointed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Everton sacked Sean Dyche. David Moyes's appointment was confirmed by Everton on Saturday.",
        "Everton sacked Sean Dyche. David Moyes's appointment as manager has been officially announced.",
    ],
)
def test_appointment_was_confirmed(text: str) -> None:
    assert ("David Moyes", "Everton", "first_team", "appointed") in keys_of(text)


# --- staff: "assisted by A, who …, B and C, with D as goalkeeping coach" -----------------------


def test_staff_list_with_an_aside_and_a_goalkeeping_coach() -> None:
    text = (
        "Mali have appointed Tom Saintfiet as head coach. He will be assisted by Bakary Sako, who also "
        "worked under Eric Chelle, Djibril Sidibe and Adama Traore, with Soumaila Diakite as goalkeeping "
        "coach."
    )
    facts = facts_of(text)
    roles = {f["coach"]: f["role"] for f in facts if f["event"] == "appointed" and f["club"] == "Mali"}
    for name in ("Bakary Sako", "Djibril Sidibe", "Adama Traore"):
        assert roles.get(name) == "assistant_coach"
    assert roles.get("Soumaila Diakite") == "goalkeeping_coach"
    assert "Eric Chelle" not in roles  # the man of the aside is not on the staff


# --- extensions: "agreed new contracts, as did C" -----------------------------------------------


def test_agreed_new_contracts_as_did() -> None:
    text = (
        "Brentford have kept their backroom staff together. Assistants Justin Cochrane and Brian Riemer "
        "agreed to new two-year contracts, as did Keith Andrews."
    )
    keys = keys_of(text)
    for name in ("Justin Cochrane", "Brian Riemer", "Keith Andrews"):
        assert (name, "Brentford", "first_team", "extended") in keys


def test_agreed_a_new_deal_with_a_club() -> None:
    assert ("Kieran McKenna", "Ipswich Town", "first_team", "extended") in keys_of(
        "Kieran McKenna has agreed a new four-year deal with Ipswich Town."
    )


# --- names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        ("Shandong Taishan have appointed Hao Wei as their new coach.", "Hao Wei", "Shandong Taishan"),
        ("Wuhan Zall have appointed Li Tie as their new coach.", "Li Tie", "Wuhan Zall"),
        (
            "Indonesia have appointed Park Hang-seo as their new coach, the federation said on Monday.",
            "Park Hang-seo",
            "Indonesia",
        ),
    ],
)
def test_east_asian_names_are_whole(text: str, coach: str, club: str) -> None:
    coaches = {f["coach"] for f in facts_of(text) if f["club"] == club and f["event"] == "appointed"}
    assert coach in coaches


def test_los_angeles_is_no_person() -> None:
    text = "Los Angeles missed the playoffs in 2017, and Greg Vanney was sacked by LA Galaxy in September."
    assert {f["coach"] for f in facts_of(text)} == {"Greg Vanney"}


@pytest.mark.parametrize(
    "before",
    [
        "Nantes wasted no time replacing him, turning to Franco-Swiss ",
        "Getafe turned to Portuguese ",
        "the board turns instead to former ",
    ],
)
def test_hiring_phrase_before_the_title(before):
    assert HIRED_BY_TITLE.search(before)


@pytest.mark.parametrize("before", ["under the ", "He spoke to the Getafe "])
def test_other_words_before_the_title(before):
    assert not HIRED_BY_TITLE.search(before)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Marco Silva left Rennes on Monday. Rennes moved quickly to replace him, turning to Belgian "
            "coach "
            "Tomas Varga, who left Metz in May after a three-year spell in which he rose from "
            "assistant to one of the division's top coaches.",
            ("Tomas Varga", "Rennes", "first_team", "appointed"),
        ),
        (
            "Pedro Alves resigned as Getafe coach. Getafe turned to Portuguese manager Ramon Ortiz, who had "
            "left Braga.",
            ("Ramon Ortiz", "Getafe", "first_team", "appointed"),
        ),
    ],
)
def test_hired_by_title_is_appointed_not_in_charge(text, fact):
    keys = keys_of(text)
    assert fact in keys
    assert (*fact[:3], "in_charge") not in keys


def test_club_coach_title_still_tells_the_post():
    keys = keys_of("Getafe coach Ramon Ortiz said his side deserved the win.")
    assert ("Ramon Ortiz", "Getafe", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "text",
    [
        "The Ghana Football Association confirmed on Friday Kwame Mensah as national team head coach, "
        "ending his interim spell that began in June.",
        "The Ghana Football Association announced on Monday Kwame Mensah as the new coach of the "
        "national team, ending months of doubt.",
    ],
)
def test_confirmed_on_a_weekday_as_coach_ending_the_interim(text: str) -> None:
    facts = facts_of(text, "2024-12-23")
    mine = [f for f in facts if f["coach"] == "Kwame Mensah" and f["event"] == "appointed"]
    assert mine
    assert mine[0]["club"] == "Ghana" and mine[0]["squad"] == "national"
    assert mine[0]["role"] == "head_coach"


@pytest.mark.parametrize(
    "sentence",
    [
        "New Toulouse boss Carles Martinez was presented on Monday.",
        "Toulouse's new manager Carles Martinez was presented to the media on Monday.",
        "The new Toulouse coach, Carles Martinez, was presented on Monday.",
    ],
)
def test_a_new_title_is_the_post_just_taken(sentence: str) -> None:
    assert ("Carles Martinez", "Toulouse", "first_team", "appointed") in keys_of(sentence)


def test_a_title_with_new_elsewhere_is_no_appointment() -> None:
    keys = keys_of("Toulouse coach Carles Martinez praised his new signing.")
    assert ("Carles Martinez", "Toulouse", "first_team", "appointed") not in keys
    assert ("Carles Martinez", "Toulouse", "first_team", "in_charge") in keys


def test_formerly_of_a_list_of_clubs() -> None:
    keys = keys_of(
        "Toulouse have appointed Carles Martinez as head coach. Carles Martinez, formerly of Getafe and "
        "Elche, takes over from Philippe Montanier."
    )
    assert {
        ("Carles Martinez", "Getafe", "first_team", "in_charge"),
        ("Carles Martinez", "Elche", "first_team", "in_charge"),
    } <= keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Sheffield United reappointed Chris Wilder as manager on Tuesday.",
        "Sheffield United have re-appointed Chris Wilder.",
    ],
)
def test_reappointed(sentence: str) -> None:
    assert ("Chris Wilder", "Sheffield United", "first_team", "appointed") in keys_of(sentence)


def test_naming_his_staff_is_no_appointment_of_his_own() -> None:
    keys = keys_of(
        "Wales are still looking for a coach. "
        "In the meantime caretaker Tom Ellery has named his staff for the camp."
    )
    assert ("Tom Ellery", "Wales", "national", "appointed") not in keys


def test_naming_his_staff_is_no_rumour_about_him() -> None:
    keys = keys_of("Rangers manager Tom Ellery is expected to name his backroom staff next week.")
    assert ("Tom Ellery", "Rangers", "first_team", "in_charge") in keys
    assert ("Tom Ellery", "Rangers", "first_team", "linked") not in keys


def test_naming_him_after_his_predecessors_staff_left_still_reads() -> None:
    # near-miss: the staff word belongs to another man; he is still the one named
    keys = keys_of("After Dan Moss's staff left, Rangers named Tom Ellery as manager.")
    assert ("Tom Ellery", "Rangers", "first_team", "appointed") in keys
