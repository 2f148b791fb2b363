"""An aide's spells told in their order after his boss's name: "Y's assistant, first at A and then at B" —
both men at each club, the aide as assistant."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "boss", "aide", "clubs"),
    [
        (
            "Hibernian sacked Paul Ward on Monday. Ward made his name as Neil Hart's assistant, "
            "first at Hearts and then at Burnley.",
            "Neil Hart",
            "Paul Ward",
            ["Heart of Midlothian", "Burnley"],
        ),
        (
            "Leeds named Tom Carr as head coach on Monday. Carr was Thomas Frank's assistant first at "
            "Brondby and later at Brentford.",
            "Thomas Frank",
            "Tom Carr",
            ["Brøndby IF", "Brentford"],
        ),
    ],
)
def test_aide_first_at_then_at(text, boss, aide, clubs):
    keys = keys_of(text)
    for club in clubs:
        assert (boss, club, "first_team", "in_charge") in keys
        assert (aide, club, "first_team", "in_charge") in keys


def test_first_not_a_spell_order_when_no_club_follows():
    # "first" with no club after it: no spell of the boss at a club the sentence names elsewhere
    keys = keys_of(
        "Sunderland sacked Michael Beale on Monday. Beale was Steven Gerrard's assistant first, at a time "
        "when Rangers were rebuilding."
    )
    assert not {k for k in keys if k[0] == "Steven Gerrard"}
