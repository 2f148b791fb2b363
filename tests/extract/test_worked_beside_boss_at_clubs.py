"""An aide's past work beside his boss, told with the aide as subject ("X had worked alongside Y at A, B
and C", "X, 48, worked under Y at A"): both men held a post at each club listed, the boss as head coach
and the aide as his assistant. An object pronoun read as the subject himself ("X had also worked with him
at C") names no boss."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "aide", "boss", "clubs"),
    [
        # every club of the list, not only the first
        (
            "Norwich City have dismissed manager Piet Dekker. His number two Alan Moss had previously worked "
            "alongside Dekker at Utrecht, Heerenveen and Vitesse.",
            "Alan Moss",
            "Piet Dekker",
            ["Utrecht", "Heerenveen", "Vitesse"],
        ),
        # the aide's age set off by commas before the verb
        (
            "Norwich City have dismissed manager Piet Dekker and his assistant Alan Moss. Moss, 61, had "
            "worked under Dekker at Groningen.",
            "Alan Moss",
            "Piet Dekker",
            ["Groningen"],
        ),
        # age and a list together
        (
            "Norwich City have dismissed manager Piet Dekker and his assistant Alan Moss. Moss, 61, worked "
            "with Dekker at Twente and Heracles.",
            "Alan Moss",
            "Piet Dekker",
            ["Twente", "Heracles"],
        ),
    ],
)
def test_each_club_of_the_work_beside_the_boss(text: str, aide: str, boss: str, clubs: list[str]) -> None:
    found = keys_of(text)
    for club in clubs:
        spells = {(coach, event) for coach, c, _squad, event in found if club in c}
        assert (aide, "in_charge") in spells, club
        assert (boss, "in_charge") in spells, club


def test_the_aides_role_at_each_club() -> None:
    text = (
        "Norwich City have dismissed manager Piet Dekker. His number two Alan Moss had previously worked "
        "alongside Dekker at Utrecht and Heerenveen."
    )
    spells = [f for f in facts_of(text) if f["event"] == "in_charge"]
    roles = {(f["coach"], f["club"].removeprefix("SC ")): f["role"] for f in spells}
    assert roles[("Alan Moss", "Heerenveen")] == "assistant_coach"
    assert roles[("Piet Dekker", "Heerenveen")] == "head_coach"


def test_pronoun_read_as_the_subject_names_no_boss() -> None:
    # the aide's own post stands; he is no head coach of the club beside himself
    text = (
        "Norwich City have parted company with Piet Dekker. Dekker's assistant Alan Moss has gone too. "
        "Moss had also worked with him at Heerenveen."
    )
    roles = {f["role"] for f in facts_of(text) if f["coach"] == "Alan Moss" and "Heerenveen" in f["club"]}
    assert roles <= {"assistant_coach"}


@pytest.mark.parametrize(
    "text",
    [
        # a player who worked with a coach: no spell for anyone at the clubs named after a possessive's squad
        "Norwich City have dismissed manager Piet Dekker. Moss, 61, once worked with Dekker at Ajax's "
        "academy.",
        # two men who played side by side: no work on a staff
        "Norwich City have dismissed manager Piet Dekker. Moss, 61, had played alongside Dekker at Utrecht "
        "and Vitesse.",
    ],
)
def test_no_spell_beside_a_boss_without_both_men(text: str) -> None:
    found = keys_of(text)
    assert not any(club in ("Utrecht", "Vitesse") and event == "in_charge" for _c, club, _s, event in found)
    assert not any(coach == "Piet Dekker" and "Ajax" in club for coach, club, _s, _e in found)
