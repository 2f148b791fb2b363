"""A round-up of coaching news whose item is headed by its club and opens on its man ('HIBERNIAN: X is under
growing pressure', 'LECCE - X will begin his third season'): the club's coach, in charge. Not where the item
tells him moving, nor outside a round-up, nor the boss of an aide the item is about. Written for these
tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_ROUNDUP = "Scottish dugout gossip: pressure grows at Easter Road"


@pytest.mark.parametrize(
    ("item", "coach", "club"),
    [
        (
            "HIBERNIAN: Noel Harkin is under growing pressure after five games without a win.",
            "Noel Harkin",
            "Hibernian",
        ),
        (
            "LECCE - Tobias Varga will begin his third season on the bench in mid-July.",
            "Tobias Varga",
            "Lecce",
        ),
    ],
)
def test_the_man_opening_a_club_item_is_its_coach(item: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "in_charge") in keys_of(item, title=_ROUNDUP)


@pytest.mark.parametrize(
    "item",
    [
        "MOTHERWELL: Noel Harkin says goodbye to the club after two years.",
        "LECCE - Noel Harkin is close to replacing Ivo Brandt, who will not stay on.",
        "HIBERNIAN: Noel Harkin's assistant Mark Duffy watched from the stands on Saturday.",
    ],
)
def test_no_spell_where_the_item_tells_a_move_or_an_aide(item: str) -> None:
    assert not {k for k in keys_of(item, title=_ROUNDUP) if k[0] == "Noel Harkin" and k[3] == "in_charge"}


def test_no_spell_outside_a_roundup() -> None:
    item = "HIBERNIAN: Noel Harkin is under growing pressure after five games without a win."
    assert not keys_of(item, title="Hibernian injury update")
