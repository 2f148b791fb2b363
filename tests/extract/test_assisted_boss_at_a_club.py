"""An aide's post told by the verb itself, his boss its object: 'Holt had assisted Mark Rees at Fulham and
Brentford', 'accompanied Rees at Lazio, Napoli and Roma' give the aide's spell at each club as assistant and
the boss's there as head coach; 'accompanied Y at C' is no move to C. Not a goal assisted, nor 'was
accompanied by Y', nor 'accompanied Y to C' (a move)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_NEWS = "Hartlepool United have appointed Dean Holt as their new manager. "


@pytest.mark.parametrize(
    ("told", "clubs"),
    [
        ("Holt had assisted Mark Rees at Fulham and Brentford.", ("Fulham", "Brentford")),
        (
            "Holt previously assisted Mark Rees at Bolton Wanderers and at Wigan Athletic.",
            ("Bolton Wanderers", "Wigan Athletic"),
        ),
        ("Before that, Holt accompanied Mark Rees at Lazio, Napoli and Roma.", ("Lazio", "Napoli", "Roma")),
    ],
)
def test_aide_and_boss_at_each_club(told: str, clubs: tuple[str, ...]) -> None:
    facts = facts_of(_NEWS + told)
    for club in clubs:
        roles = {f["coach"]: f["role"] for f in facts if f["club"] == club and f["event"] == "in_charge"}
        assert roles.get("Dean Holt") == "assistant_coach"
        assert roles.get("Mark Rees") == "head_coach"


def test_accompanied_at_is_no_move() -> None:
    keys = keys_of(_NEWS + "Holt accompanied Mark Rees at Lazio, Napoli and Roma.")
    assert ("Dean Holt", "Lazio", "first_team", "appointed") not in keys


@pytest.mark.parametrize(
    "told",
    [
        "Holt assisted Mark Rees's second goal at Fulham.",
        "Holt was accompanied by Mark Rees at Fulham.",
    ],
)
def test_no_spell_at_the_club(told: str) -> None:
    keys = keys_of(_NEWS + told)
    assert not any(club == "Fulham" and event == "in_charge" for _coach, club, _squad, event in keys)


def test_accompanied_to_a_club_is_a_move() -> None:
    keys = keys_of(_NEWS + "Holt accompanied Mark Rees to Fulham.")
    assert ("Dean Holt", "Fulham", "first_team", "in_charge") not in keys
