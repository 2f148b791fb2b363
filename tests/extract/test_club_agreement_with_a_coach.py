"""A club's deal with a man it calls a coach, as translated club statements tell it, is his appointment: 'C
has reached (an) agreement with the Hungarian coach X', 'C announced the contracting with the Hungarian coach
X to lead the first team', 'C announced its official contract with coach X'. The end of his contract, a deal
to end it or to renew it, and a deal with a player are none. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_APPOINTED = ("Marten Vosk", "Dunmore Rovers", "first_team", "appointed")


@pytest.mark.parametrize(
    "sentence",
    [
        "Dunmore Rovers has reached agreement with Hungarian coach Marten Vosk, the club said on Saturday.",
        "Dunmore Rovers, which parted ways with Ede Farkasz, has reached an agreement with the Hungarian "
        "coach Marten Vosk.",
        "Dunmore Rovers announced on Monday the contracting with the Hungarian coach Marten Vosk to lead the "
        "first team next season.",
        "The Dunmore Rovers administration announced yesterday its official contract with the Hungarian "
        "coach Marten Vosk to lead the first team for two seasons.",
    ],
)
def test_club_agreement_with_a_coach_is_his_appointment(sentence: str) -> None:
    assert _APPOINTED in keys_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the end of his contract
        "On Monday Dunmore Rovers made public the end of the contract with Hungarian trainer Marten Vosk.",
        # a deal to end it, or to renew it
        "Dunmore Rovers has reached an agreement with coach Marten Vosk to terminate his contract.",
        "Dunmore Rovers has reached an agreement with coach Marten Vosk on a new contract until 2027.",
    ],
)
def test_deal_that_is_no_appointment(sentence: str) -> None:
    assert _APPOINTED not in keys_of(sentence)


def test_deal_with_a_player() -> None:
    keys = keys_of("Dunmore Rovers has reached an agreement with the Hungarian striker Ivo Brandt.")
    assert not {k for k in keys if k[0] == "Ivo Brandt"}
