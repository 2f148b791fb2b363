"""An aide arriving with his boss, their past together told beside the arrival: "X brings Y, his assistant at
C, to D", "X will be joined by Y, who was his assistant at C", "Y, who worked alongside him at C, joins him at
D", "With him arrives the assistant Y, who followed him everywhere", "X will again work with his assistant Y":
Y is appointed where his boss goes (the club the sentence names after the verb, else the post the story gave
the boss, else the story's club), not at C nor at the club last in view. Not an arrival told as a hope or a
past one, not a man the sentence gives no staff title, not an aide following his boss out of the door.
Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_HIRED = "Grimsby Town have appointed Harald Brenner as their new head coach on a two-year deal. "


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            _HIRED + "Brenner brings Pavel Drunn, his assistant at Aldershot, to Cleethorpes.",
            ("Pavel Drunn", "Grimsby Town", "first_team", "appointed"),
            id="boss_brings_aide_apposed_at_past_club",
        ),
        pytest.param(
            _HIRED + "Brenner will be joined by Pavel Drunn, who was his assistant at Aldershot.",
            ("Pavel Drunn", "Grimsby Town", "first_team", "appointed"),
            id="boss_joined_by_aide_of_past_club",
        ),
        pytest.param(
            _HIRED + "His long-time assistant Pavel Drunn, who worked alongside him at Aldershot and Yeovil, "
            "joins him at Grimsby.",
            ("Pavel Drunn", "Grimsby Town", "first_team", "appointed"),
            id="aide_joins_him_at_club",
        ),
        pytest.param(
            _HIRED + "Brenner will again work with his long-time assistant Pavel Drunn, who followed him to "
            "Aldershot and Yeovil.",
            ("Pavel Drunn", "Grimsby Town", "first_team", "appointed"),
            id="boss_will_work_with_aide",
        ),
        pytest.param(
            _HIRED + "Brenner began as a coach with the youth sides of Yeovil Town. With him arrives the "
            "assistant Pavel Drunn, who followed him in every job.",
            ("Pavel Drunn", "Grimsby Town", "first_team", "appointed"),
            id="with_him_arrives_aide_not_club_in_view",
        ),
        pytest.param(
            _HIRED + "As his second will arrive Pavel Drunn, who was his assistant at Aldershot.",
            ("Pavel Drunn", "Grimsby Town", "first_team", "appointed"),
            id="as_his_second_will_arrive_aide",
        ),
        pytest.param(
            _HIRED + "Brenner brings his long-time assistant at Aldershot, Pavel Drunn, with him.",
            ("Pavel Drunn", "Grimsby Town", "first_team", "appointed"),
            id="boss_brings_titled_at_club_apposed_name",
        ),
    ],
)
def test_aide_appointed_where_his_boss_goes(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)


def test_the_shared_past_stays_a_spell() -> None:
    """The club where they worked together is the aide's earlier post, not where he arrives."""
    keys = keys_of(_HIRED + "Brenner will be joined by Pavel Drunn, who was his assistant at Aldershot.")
    assert ("Pavel Drunn", "Aldershot Town", "first_team", "appointed") not in keys


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _HIRED + "At Aldershot, Brenner brought Pavel Drunn, who had worked with him at Yeovil, as an "
            "assistant.",
            id="past_arrival_at_another_club",
        ),
        pytest.param(
            _HIRED + "His assistant Pavel Drunn follows him out of the door at Aldershot.",
            id="follows_him_out_of_the_door",
        ),
        pytest.param(
            _HIRED + "Brenner brings Pavel Drunn, who played under him at Aldershot, into the squad.",
            id="no_staff_title",
        ),
    ],
)
def test_no_arrival_with_the_boss(text: str) -> None:
    """Near misses: a past arrival elsewhere, an aide leaving, a player."""
    assert ("Pavel Drunn", "Grimsby Town", "first_team", "appointed") not in keys_of(text)


def test_hoped_arrival_is_no_appointment() -> None:
    """Near miss: 'is expected to follow him' is a hope, not his arrival."""
    text = _HIRED + "His assistant at Aldershot, Pavel Drunn, is expected to follow him to Grimsby."
    assert ("Pavel Drunn", "Grimsby Town", "first_team", "appointed") not in keys_of(text)
