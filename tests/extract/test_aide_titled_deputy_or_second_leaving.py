"""An aide titled by a translated word for the number two ('deputy', bare 'second', 'vice', 'adjunct') who
leaves with his boss: "His deputy A also leaves" gives A leaving the boss's club, as "His assistant A also
leaves" does, and "With Y arrive his deputy A" his arrival. Not a club officer ('deputy chairman'), nor a
'second' that titles no one ('his second spell'). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

SACKING = "Hammarby have sacked head coach Lars Lund after a run of five defeats. "


@pytest.mark.parametrize(
    "aside",
    [
        pytest.param("His deputy Erik Sand also leaves.", id="deputy_also_leaves"),
        pytest.param("His second Erik Sand also leaves the club.", id="bare_second"),
        pytest.param("Lund's vice Erik Sand also leaves the club.", id="possessive_vice"),
        pytest.param("Lund's adjunct, Erik Sand, also leaves the club.", id="adjunct_apposed"),
        pytest.param("His long-serving deputy Erik Sand leaves with him.", id="deputy_leaves_with_him"),
    ],
)
def test_translated_aide_title_leaving_with_his_boss(aside: str) -> None:
    assert ("Erik Sand", "Hammarby IF", "first_team", "left") in keys_of(SACKING + aside)


@pytest.mark.parametrize(
    "aside",
    [
        pytest.param("His deputy chairman Erik Sand also leaves the club.", id="deputy_chairman"),
        pytest.param("Lund, in his second spell, leaves with deputy chairman Erik Sand.", id="second_spell"),
    ],
)
def test_an_officer_or_a_spell_is_no_aide(aside: str) -> None:
    keys = keys_of(SACKING + aside)
    assert not any(coach == "Erik Sand" and event == "left" for coach, _, _, event in keys)


@pytest.mark.parametrize(
    "aside",
    [
        pytest.param(
            "With Lund arrive his deputy Erik Sand and the fitness coach Olof Berg.", id="deputy_arrives"
        ),
        pytest.param("Lund brings with him his trusted second Erik Sand.", id="second_brought"),
    ],
)
def test_translated_aide_title_arriving_with_his_boss(aside: str) -> None:
    keys = keys_of("Hammarby have named Lars Lund as head coach. " + aside)
    assert ("Erik Sand", "Hammarby IF", "first_team", "appointed") in keys
