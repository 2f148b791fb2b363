"""An aide named by his title at a club who follows his boss: "His assistant at Hull, X, follows him to the
Meinau", "Y's assistant at C, X, will also follow him to the national team": the aide leaves that club (left).
Not an aide who stays, nor one named with no club. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            "Nantes have appointed Tom Baker as head coach. His assistant at Lorient, Paul Girard, follows "
            "him to Brittany.",
            ("Paul Girard", "FC Lorient", "first_team", "left"),
            id="his_assistant_at_c_follows_him",
        ),
        pytest.param(
            "Greece have named Ivan Jovanovic as head coach. Jovanovic's assistant at Olympiacos, Nikos "
            "Papas, will also follow him to the national team.",
            ("Nikos Papas", "Olympiacos", "first_team", "left"),
            id="possessor_assistant_at_c_will_follow_him",
        ),
    ],
)
def test_aide_leaves_with_his_boss(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)


def test_aide_who_stays_is_no_exit() -> None:
    """Near miss: the aide at the club stays there; he follows no one."""
    text = (
        "Strasbourg have appointed Liam Rosenior as head coach. His assistant at Hull, Justin Walker, stays "
        "at the club as first-team coach."
    )
    assert not any(k[0] == "Justin Walker" and k[3] == "left" for k in keys_of(text))
