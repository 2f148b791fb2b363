"""Wordings of past coaching spells: a return told in a relative clause with the spells it follows,
'after working as an assistant at C', 'had spells with Scottish clubs A and B', 'spent two years in
Qatar with C', 'after three seasons with C'; a player's loan spell or spells are no coaching spell."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alan Boyd will share the job with Kevin Gray, who returns to Rangers after spells in "
            "charge of Aberdeen and Bristol City.",
            {
                ("Kevin Gray", "Rangers", "appointed"),
                ("Kevin Gray", "Aberdeen", "in_charge"),
                ("Kevin Gray", "Bristol City", "in_charge"),
            },
        ),
        (
            "Leeds have appointed Daniel Farke, who arrives after a spell as manager of Norwich City.",
            {("Daniel Farke", "Norwich City", "in_charge")},
        ),
        (
            "Swansea hired Alan Sheehan, who returned to Swansea after two short stints in charge of Stoke "
            "City and Sunderland.",
            {("Alan Sheehan", "Stoke City", "in_charge"), ("Alan Sheehan", "Sunderland", "in_charge")},
        ),
    ],
)
def test_return_and_spells_told_in_a_relative_clause(text, expected):
    assert expected <= events_of(text)


def test_a_players_spell_is_not_read_as_a_coachs():
    facts = events_of("Everton re-signed Seamus Coleman, who returns after a loan spell at Sunderland.")
    assert not any(club == "Sunderland" for _, club, _ in facts)


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
            "with Burnley and had a spell on the staff of Belgian club Anderlecht.",
            {
                ("Carl Moss", "Burnley", "first_team", "in_charge"),
                ("Carl Moss", "Anderlecht", "first_team", "in_charge"),
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
