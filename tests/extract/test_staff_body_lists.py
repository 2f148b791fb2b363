"""A new coach's staff told as a list: "The technical team includes A, B and C", "His technical body is
formed by the assistant A, who worked with him at C, the fitness coach B and the analyst C". The list
runs past an aside on one aide (whose "him" is the boss, no aide), and a bare "the technical team" in the
present is the staff of the man in view. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_LEAD = "Parma have appointed Marco Rossi as their new head coach until 2027. "
_AIDES = ("Paolo Neri", "Luca Bianchi", "Gino Verdi")


@pytest.mark.parametrize(
    "staff",
    [
        "The technical team includes the adjunct Paolo Neri, who worked with him at Pisa, the goalkeepers "
        "trainer Luca Bianchi and the physical trainer Gino Verdi.",
        "His technical body is formed by the assistant Paolo Neri, who followed him from Pisa, the fitness "
        "coach Luca Bianchi and the analyst Gino Verdi.",
        "The coaching staff includes assistant Paolo Neri, fitness coach Luca Bianchi and goalkeeping coach "
        "Gino Verdi.",
    ],
)
def test_each_listed_aide_is_appointed(staff: str) -> None:
    keys = keys_of(_LEAD + staff)
    for aide in _AIDES:
        assert (aide, "Parma", "first_team", "appointed") in keys


def test_the_boss_in_an_aside_is_no_aide() -> None:
    facts = facts_of(
        _LEAD + "His technical body is formed by the assistant Paolo Neri, who worked alongside him at "
        "Pisa, and the fitness coach Luca Bianchi."
    )
    assert ("Paolo Neri", "appointed") in {(f["coach"], f["event"]) for f in facts}
    assert {f["role"] for f in facts if f["coach"] == "Marco Rossi"} == {"head_coach"}


@pytest.mark.parametrize(
    "other",
    [
        # a staff told in the past: not the new man's
        "The technical team included the assistant Paolo Neri and the fitness coach Luca Bianchi.",
        # the staff of another side
        "The technical team of the under-19s includes the assistant Paolo Neri and the fitness coach Luca "
        "Bianchi.",
    ],
)
def test_no_arrival_from_other_staffs(other: str) -> None:
    keys = keys_of(_LEAD + other)
    assert ("Paolo Neri", "Parma", "first_team", "appointed") not in keys
    assert ("Luca Bianchi", "Parma", "first_team", "appointed") not in keys


def test_the_technical_body_of_the_boss_with_an_apposed_title() -> None:
    keys = keys_of(
        _LEAD + "The technical body of Rossi will include his historic assistant, Paolo Neri, and the "
        "physical trainer Luca Bianchi."
    )
    assert ("Paolo Neri", "Parma", "first_team", "appointed") in keys
    assert ("Luca Bianchi", "Parma", "first_team", "appointed") in keys


def test_an_apposed_title_needs_the_name_to_close_its_commas() -> None:
    # near-miss: "his assistant, Neri said, …" is no apposition: Neri speaks
    keys = keys_of(
        _LEAD + "The technical body of Rossi will include his assistant, Paolo Neri said on Monday."
    )
    assert ("Paolo Neri", "Parma", "first_team", "appointed") not in keys


@pytest.mark.parametrize(
    "kept",
    [
        "The coaching staff includes assistant Paolo Neri, who has been at the club since 2021.",
        "The coaching staff includes assistant Paolo Neri, who was kept on from the previous staff.",
    ],
)
def test_an_aide_already_at_the_club_is_no_arrival(kept: str) -> None:
    """Near miss: the staff in the present names an aide who was there before the new man; he stays."""
    assert ("Paolo Neri", "Parma", "first_team", "appointed") not in keys_of(_LEAD + kept)
