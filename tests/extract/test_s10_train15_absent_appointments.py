"""Coaches who got no fact and appointments that were missed (session 10, the extract_train15 misses):
a departure told with the next post ("resigned to take over C"), an aide arriving "as Y's assistant"
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

# --- "left / quit / walked out … to take over C": the move is his appointment at C ----------------


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Leeds have appointed Tom Jones after Mark Smith left to take over relegated Sunderland.",
            "Sunderland",
        ),
        (
            "Leeds named Tom Jones, who replaces Mark Smith, who resigned last week to take over "
            "Saudi Pro League strugglers Al-Fateh.",
            "Al-Fateh",
        ),
        (
            "Burnley have appointed Tom Jones, a fortnight after Mark Smith walked out of Turf Moor to take "
            "over at Wolves.",
            "Wolverhampton Wanderers",
        ),
        (
            "Mark Smith stepped down at Leeds before the end of the season to join Turkish giants "
            "Galatasaray.",
            "Galatasaray",
        ),
        ("Mark Smith quit Leeds in the summer of 2019 to take charge of Stoke City.", "Stoke City"),
    ],
)
def test_a_departure_to_take_over_a_club_is_the_appointment_there(text: str, club: str) -> None:
    assert ("Mark Smith", club, "first_team", "appointed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # the club after "to" is an opponent, not a new post
        "Mark Smith left Leeds after the 2-1 defeat to Sunderland.",
        # someone else's move
        "Mark Smith left the club in the summer, and his striker went on to join Sunderland.",
    ],
)
def test_no_appointment_without_the_move_to_the_club(text: str) -> None:
    assert not {k for k in keys_of(text) if k[3] == "appointed"}


# --- "joins as Y's assistant", "arrived last summer as Y's number two" -------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Darmstadt have named Florian Kohfeldt. Martin Heck joins as Kohfeldt's assistant.", None),
        (
            "Norwich have appointed Liam Manning. Jack Wilshere had arrived last summer as Thorup's "
            "assistant after coaching Arsenal's under-18s.",
            "2023-07-01",
        ),
        (
            "Norwich have appointed Liam Manning. Jack Wilshere arrived in July 2023 as Thorup's number two.",
            "2023-07-01",
        ),
    ],
)
def test_arriving_as_the_bosss_assistant_is_an_assistant_appointment(text: str, date: str | None) -> None:
    facts = [f for f in facts_of(text) if f["coach"] in ("Martin Heck", "Jack Wilshere")]
    apps = [f for f in facts if f["event"] == "appointed"]
    assert len(apps) == 1 and apps[0]["role"] == "assistant_coach"
    assert apps[0]["club"] in ("SV Darmstadt 98", "Norwich City")
    if date:
        assert apps[0]["date"] == date


@pytest.mark.parametrize(
    "text",
    [
        "Norwich have appointed Liam Manning. Jack Wilshere joined Arsenal as a player in 2001.",
        "Norwich have appointed Liam Manning. Jack Wilshere arrived last summer as Thorup's replacement.",
    ],
)
def test_arriving_as_something_else_is_no_assistant_appointment(text: str) -> None:
    assert not [f for f in facts_of(text) if f["coach"] == "Jack Wilshere" and f["role"] == "assistant_coach"]
