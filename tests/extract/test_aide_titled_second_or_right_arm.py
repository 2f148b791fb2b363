"""An aide's post told with a translated title or with the places in a clause on his boss: 'was for years
the second of Y at A and B', 'the right arm of Y at C', 'the right hand of Y, with whom he worked in A and
B', 'spent the 2021-22 season as Y's assistant at C', 'after two decades as Y's right-hand man at C' give
the aide's spell at each place as assistant and the boss's as head coach. Not 'the second of Y's goals',
'his right arm', nor a season as a player."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_NEWS = "Kilmore Rovers have appointed Ossian Varga as their new head coach. "


def _roles_at(told: str, club: str) -> dict[str, str]:
    spells = (f for f in facts_of(_NEWS + told) if f["event"] == "in_charge")
    return {f["coach"]: f["role"] for f in spells if f["club"] == club}


@pytest.mark.parametrize(
    ("told", "clubs"),
    [
        ("Varga was for years the second of Ivo Lind at Valencia and Getafe.", ("Valencia", "Getafe")),
        ("Varga was previously the right arm of Ivo Lind at Everton.", ("Everton",)),
        (
            "Varga was for years the right hand of Ivo Lind, with whom he worked at Burnley and Stoke City.",
            ("Burnley", "Stoke City"),
        ),
        ("Varga spent the 2019-20 season as Ivo Lind's assistant at Fulham.", ("Fulham",)),
        ("Varga arrives after six seasons as the right-hand man of Ivo Lind at Brentford.", ("Brentford",)),
    ],
)
def test_aide_and_boss_at_each_place(told: str, clubs: tuple[str, ...]) -> None:
    for club in clubs:
        roles = _roles_at(told, club)
        assert roles.get("Ossian Varga") == "assistant_coach"
        assert roles.get("Ivo Lind") == "head_coach"


@pytest.mark.parametrize(
    "told",
    [
        "Varga once scored the second of Ivo Lind's goals at Valencia.",
        "Varga broke his right arm at Valencia.",
        "Varga spent the 2015-16 season as a player at Valencia.",
    ],
)
def test_no_aide_spell(told: str) -> None:
    keys = keys_of(_NEWS + told)
    assert ("Ossian Varga", "Valencia", "first_team", "in_charge") not in keys
