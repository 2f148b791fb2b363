"""Recall on careers, moves and staff, written for these tests in our own words: translated career
verbs ('had directed the selection of A', 'commanded the B', 'had worked at C and at the D'), list
items a descriptor or repeated preposition introduces ('as well as Dutch clubs E and F', 'a string of
Greek clubs, including …')."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_HIRED = "Hull City have appointed Tomas Wendt as manager. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # translated career verbs: directed / commanded / trained / worked at, with their list
        (
            _HIRED + "Before that, Wendt had directed the selection of Peru and the club of Alianza Lima.",
            {
                ("Tomas Wendt", "Peru", "national", "in_charge"),
                ("Tomas Wendt", "Alianza Lima", "first_team", "in_charge"),
            },
        ),
        (
            _HIRED + "Earlier he commanded the Benfica between 2015 and 2017 and the Valencia, of Spain.",
            {
                ("Tomas Wendt", "Benfica", "first_team", "in_charge"),
                ("Tomas Wendt", "Valencia", "first_team", "in_charge"),
            },
        ),
        (
            _HIRED + "Previously he had trained, among the others, the Torino and the Udinese.",
            {
                ("Tomas Wendt", "Torino", "first_team", "in_charge"),
                ("Tomas Wendt", "Udinese", "first_team", "in_charge"),
            },
        ),
        (
            _HIRED + "Wendt had worked at Mainz and at the 1. FC Nürnberg before that.",
            {
                ("Tomas Wendt", "1. FSV Mainz 05", "first_team", "in_charge"),
                ("Tomas Wendt", "1. FC Nürnberg", "first_team", "in_charge"),
            },
        ),
        # an aside with a club in it ("with which he won the Italy Cup") does not end the list
        (
            _HIRED + "He had trained the Sampdoria, with which he won the Italy Cup in 2012, and the Genoa.",
            {
                ("Tomas Wendt", "Sampdoria", "first_team", "in_charge"),
                ("Tomas Wendt", "Genoa", "first_team", "in_charge"),
            },
        ),
        # "the national teams of A and B as well as French clubs C and D": the clubs are club squads
        (
            _HIRED + "He had coached the national teams of Ghana and Mali"
            " as well as Dutch clubs Utrecht and Twente.",
            {
                ("Tomas Wendt", "Ghana", "national", "in_charge"),
                ("Tomas Wendt", "Mali", "national", "in_charge"),
                ("Tomas Wendt", "FC Utrecht", "first_team", "in_charge"),
                ("Tomas Wendt", "FC Twente", "first_team", "in_charge"),
            },
        ),
        # "a string of Greek clubs, including A, B and C"
        (
            _HIRED + "Since retiring, he has managed a string of Greek clubs,"
            " including Panionios, Levadiakos and Atromitos.",
            {
                ("Tomas Wendt", "Levadiakos", "first_team", "in_charge"),
                ("Tomas Wendt", "Panionios", "first_team", "in_charge"),
                ("Tomas Wendt", "Atromitos", "first_team", "in_charge"),
            },
        ),
    ],
)
def test_translated_career_lists(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a player's training or work is no coaching spell: "trained with", "worked as a pundit"
        _HIRED + "As a youngster Wendt trained with Torino and worked as a pundit for Sky.",
        # a place after a bare space is no list item: "coached Utrecht in Holland"
        _HIRED + "He had worked at Utrecht in Holland.",
    ],
)
def test_no_spell_without_a_coached_club(text: str) -> None:
    keys = keys_of(text)
    assert not any(club in ("Torino", "Netherlands") for _, club, _, _ in keys)


_NAMED = "Burnley have appointed Lars Vik as head coach. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural staff title spreads over every name after it, as the singular one names one man
        (
            _NAMED
            + "Vik's assistants Tom Hale and Ravi Singh, who ran the session on Friday, were at the ground.",
            {
                ("Tom Hale", "Burnley", "first_team", "in_charge"),
                ("Ravi Singh", "Burnley", "first_team", "in_charge"),
            },
        ),
        (
            _NAMED + "The assistant coaches Tom Hale, Ravi Singh and Piet Mol took training on Monday.",
            {
                ("Tom Hale", "Burnley", "first_team", "in_charge"),
                ("Ravi Singh", "Burnley", "first_team", "in_charge"),
                ("Piet Mol", "Burnley", "first_team", "in_charge"),
            },
        ),
        # the new man's aides: "will be assisted / supported by (assistant coaches) A and B"
        (
            _NAMED + "He will be assisted by Tom Hale and Ravi Singh.",
            {
                ("Tom Hale", "Burnley", "first_team", "appointed"),
                ("Ravi Singh", "Burnley", "first_team", "appointed"),
            },
        ),
        (
            "Norway have named Lars Vik as head coach of the national team. "
            "Vik, 50, will be supported by assistant coaches Tom Hale and Ravi Singh.",
            {
                ("Tom Hale", "Norway", "national", "appointed"),
                ("Ravi Singh", "Norway", "national", "appointed"),
            },
        ),
    ],
)
def test_staff_named_in_a_list(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # the list is the subject of a change: the title restates the post they leave, no spell of its own
        _NAMED + "His assistants Tom Hale and Ravi Singh have also left the club.",
        _NAMED + "The co-trainers Tom Hale and Ravi Singh must go as well.",
        _NAMED + "Vik's assistants Tom Hale and Ravi Singh followed him from Bristol City.",
    ],
)
def test_staff_list_leaving_is_no_spell(text: str) -> None:
    keys = keys_of(text)
    assert not any(
        coach in ("Tom Hale", "Ravi Singh") and event == "in_charge" for coach, _, _, event in keys
    )


@pytest.mark.parametrize(
    "text",
    [
        # "he" after "… and replaced by Y, and" goes back to the sentence's subject, a pronoun itself here
        "Derby have appointed Carl Moss. He took Derby up twice but was sacked in 2019 and replaced by "
        "Ian Platt, and he later had a spell in charge of Luton.",
        "Derby have appointed Carl Moss. He won promotion with Derby but was dismissed and succeeded by "
        "Ian Platt, and he then managed Luton for two seasons.",
        "Derby have appointed Carl Moss. Moss was sacked in 2019 and replaced by Ian Platt, and he later "
        "had a spell in charge of Luton.",
    ],
)
def test_he_after_the_successor_is_the_subject(text: str) -> None:
    keys = keys_of(text)
    assert ("Carl Moss", "Luton Town", "first_team", "in_charge") in keys
    assert not any(coach == "Ian Platt" and club == "Luton Town" for coach, club, _, _ in keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a departure handing the post on: "…, making way for X", "…, handing the team to his assistant X"
        (
            "Rennes are in crisis. Their coach Paul Morel was sacked in March with the side 17th, "
            "making way for Yann Bréhier.",
            {("Yann Bréhier", "Rennes", "first_team", "appointed")},
        ),
        (
            "Rennes are in crisis. Paul Morel resigned in May with two games left, handing the team to "
            "his assistant Yann Bréhier.",
            {("Yann Bréhier", "Rennes", "first_team", "appointed")},
        ),
        # "…, with X in caretaker charge": the club in view's stand-in
        (
            "Hull City have been without a manager since Paul Morel left last week, with Yann Bréhier "
            "in interim charge.",
            {("Yann Bréhier", "Hull City", "first_team", "in_charge")},
        ),
        # "was suspended and then sacked": the second participle of one passive
        (
            "Rennes are in crisis. Paul Morel was suspended and then dismissed in January.",
            {("Paul Morel", "Rennes", "first_team", "dismissed")},
        ),
    ],
)
def test_succession_clauses(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= keys_of(text)


def test_making_way_without_a_departure_is_no_appointment() -> None:
    text = "Rennes beat Lyon 2-0. Yann Bréhier came off after an hour, making way for Paul Morel."
    assert not any(event == "appointed" for _, _, _, event in keys_of(text))


@pytest.mark.parametrize(
    ("text", "aide_clubs", "boss"),
    [
        # "spent years as Y's assistant at A, B and C": both men at each club, the aide as assistant
        (
            "Valencia have appointed Marc Riba. The Catalan spent years as Pep Lluís's assistant at Girona, "
            "Osasuna and Espanyol before following him to Qatar.",
            ["Girona", "Osasuna", "Espanyol"],
            "Pep Lluís",
        ),
        # "two stints as an assistant to Y, at A and then with B"
        (
            "Valencia have appointed Marc Riba. His coaching career consisted of two stints as an assistant "
            "to Pep Lluís, at Girona and then with Osasuna.",
            ["Girona", "Osasuna"],
            "Pep Lluís",
        ),
        # "served as Y's number two at A"
        (
            "Valencia have appointed Marc Riba. Riba served as Pep Lluís's number two at Girona.",
            ["Girona"],
            "Pep Lluís",
        ),
    ],
)
def test_aide_of_a_named_boss_at_clubs(text: str, aide_clubs: list[str], boss: str) -> None:
    keys = keys_of(text)
    for club in aide_clubs:
        assert any(k[0] == "Marc Riba" and club in k[1] and k[3] == "in_charge" for k in keys)
        assert any(k[0] == boss and club in k[1] and k[3] == "in_charge" for k in keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "after working as an assistant at A", "began his coaching career as an assistant with B"
        (
            "Derby have appointed Carl Moss. He took over in August after working as an assistant "
            "at Stoke City.",
            {("Carl Moss", "Stoke City", "first_team", "in_charge")},
        ),
        (
            "Derby have appointed Carl Moss. Moss, 48, began his coaching career as an assistant "
            "with Burnley and had a spell on the staff of Danish club Brøndby.",
            {
                ("Carl Moss", "Burnley", "first_team", "in_charge"),
                ("Carl Moss", "Brøndby IF", "first_team", "in_charge"),
            },
        ),
        # "and had spells with Scottish clubs A and B": no article needed before "spells"
        (
            "Derby have appointed Carl Moss. He coached Wales and had spells with Scottish clubs Hibernian "
            "and Motherwell.",
            {
                ("Carl Moss", "Hibernian", "first_team", "in_charge"),
                ("Carl Moss", "Motherwell", "first_team", "in_charge"),
            },
        ),
    ],
)
def test_assistant_and_staff_spells(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= keys_of(text)


def test_a_players_spells_need_a_coaching_fact() -> None:
    text = (
        "Derby have signed striker Carl Moss, who scored twice and had spells with Hibernian and Motherwell."
    )
    assert not any(event == "in_charge" for _, _, _, event in keys_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "spent three years in Qatar with Al-Arabi": the country on the way to the club
        (
            "Derby have appointed Carl Moss. After leaving Wales he spent two years in Qatar with Al-Sadd "
            "before Jamaica appointed him.",
            {("Carl Moss", "Al-Sadd", "first_team", "in_charge")},
        ),
        # "after seven years at the head of the Switzerland selection", "after two seasons with C"
        (
            "Derby have appointed Carl Moss. He had joined Derby in July after six years at the head of "
            "the Austria selection.",
            {("Carl Moss", "Austria", "national", "in_charge")},
        ),
        (
            "Derby have appointed Carl Moss. Moss arrives after three seasons with Motherwell.",
            {("Carl Moss", "Motherwell", "first_team", "in_charge")},
        ),
    ],
)
def test_years_with_a_club(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= keys_of(text)
